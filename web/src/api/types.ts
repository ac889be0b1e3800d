/** The shapes the API returns, as the web application uses them. */
export type Role = 'owner' | 'practitioner' | 'secretary' | 'auditor';

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Titulaire',
  practitioner: 'Praticien',
  secretary: 'Secrétaire',
  auditor: 'Auditeur',
};

export interface Me {
  user: { id: string; email: string; name: string; role: Role; status: string; mfaEnabled: boolean; createdAt: string };
  practice: { id: string; name: string; structureType: string; professions: string[]; mfaRequired: boolean };
  csrfToken?: string;
  session: { via: 'session' | 'token'; idleExpiresAt?: string; idleMinutes?: number; expiresAt?: string };
}

export type LoginResult = { status: 'authenticated'; me: Me } | { status: 'mfa_required'; csrfToken: string };
