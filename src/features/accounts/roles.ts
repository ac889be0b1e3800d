/** The four roles of a practice (titulaire, praticien, secrétaire, auditeur). */
export const ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  owner: 'Titulaire',
  practitioner: 'Praticien',
  secretary: 'Secrétaire',
  auditor: 'Auditeur',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
