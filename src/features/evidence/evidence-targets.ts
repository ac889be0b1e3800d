import { allows, type Permission } from '../../server/permissions.ts';
import type { Role } from '../accounts/roles.ts';

/** What an evidence document may be attached to. */
export const EVIDENCE_TARGETS = ['practice', 'measure', 'processor', 'breach', 'request', 'activity'] as const;
export type EvidenceTargetType = (typeof EVIDENCE_TARGETS)[number];

export interface EvidenceTarget {
  type: EvidenceTargetType;
  /** Null for the practice itself. */
  id: string | null;
}

/**
 * Who reads and who attaches, per target: the permissions of the thing the file proves. The
 * secretary reads what she may read (never a breach) and attaches only to what she may change
 * (a patient request, a measure assigned to her: checked by the route).
 */
export const TARGET_RULES: Record<EvidenceTargetType, { read: Permission; manage: Permission; label: string }> = {
  practice: { read: 'register.read', manage: 'register.manage', label: 'Cabinet' },
  measure: { read: 'checklist.read', manage: 'checklist.answer', label: 'Mesure' },
  processor: { read: 'register.read', manage: 'register.manage', label: 'Sous-traitant' },
  breach: { read: 'breaches.read', manage: 'breaches.manage', label: 'Violation de données' },
  request: { read: 'requests.read', manage: 'requests.manage', label: 'Demande de patient' },
  activity: { read: 'register.read', manage: 'register.manage', label: 'Activité du registre' },
};

/** The target types a role may read. */
export function readableTargets(role: Role): EvidenceTargetType[] {
  return EVIDENCE_TARGETS.filter((type) => allows(TARGET_RULES[type].read, role));
}

/** Whether a role may attach to (or remove from) a target of this type, before any per-object check. */
export function mayManageTarget(role: Role, type: EvidenceTargetType): boolean {
  return allows(TARGET_RULES[type].manage, role);
}

/**
 * The French description of what a file proves, as lists and the compliance file show it.
 * @example targetLabel('processor', 'Logiciel Médical') // 'Sous-traitant : Logiciel Médical'
 */
export function targetLabel(type: EvidenceTargetType, name: string | null): string {
  const label = TARGET_RULES[type].label;
  return name ? `${label} : ${name}` : label;
}
