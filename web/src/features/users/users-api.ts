import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Role } from '../../api/types.ts';

/** A user of the practice, as GET /api/v1/users lists it. */
export interface TeamUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: 'active' | 'deactivated';
  mfaEnabled: boolean;
  createdAt: string;
}

/** A pending invitation (its link is never listed: it is shown once, at creation). */
export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  expiresAt: string;
}

/** A one-time link made by the owner: an invitation or an access reset. */
export interface OneTimeLink {
  url: string;
  expiresAt: string;
}

export const USERS_KEY = ['users'] as const;
export const INVITATIONS_KEY = ['users', 'invitations'] as const;

export const ROLE_ORDER: readonly Role[] = ['owner', 'practitioner', 'secretary', 'auditor'];

/** One line per role, in plain words, shown wherever a role is chosen. */
export const ROLE_HELP: Record<Role, string> = {
  owner: 'Gère tout, y compris les utilisateurs et les réglages du cabinet.',
  practitioner: 'Tout, sauf la gestion des utilisateurs et des réglages du cabinet.',
  secretary: 'Les tâches administratives ; jamais le contenu médical ni le journal de conformité.',
  auditor: 'Consulte tout, ne modifie rien (DPO externe, consultant).',
};

/** A date in French, in the practice's time zone: « 12/05/2025 ». */
export function frenchDate(iso: string): string {
  return new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
}

/** A date and time in French, for a link's expiry: « 12 mai 2025 à 14:30 ». */
export function frenchDateTime(iso: string): string {
  return new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });
}

/** Reloads the team, the invitations and the home page's team card after a change. */
export function useRefreshTeam(): () => Promise<void> {
  const client = useQueryClient();
  return useCallback(async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: USERS_KEY }),
      client.invalidateQueries({ queryKey: ['home'] }),
    ]);
  }, [client]);
}
