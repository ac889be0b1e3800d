import type { Role } from '../features/accounts/roles.ts';

const everyone = ['owner', 'practitioner', 'secretary', 'auditor'] as const satisfies readonly Role[];
const careTeam = ['owner', 'practitioner'] as const satisfies readonly Role[];

/**
 * Which roles may do what. Every /api/v1 route names one of these (or is declared public);
 * the app refuses to start otherwise, and a test walks every route against this table.
 * The secretary never reads medical content, breach details or the journal; the auditor reads
 * everything and writes nothing.
 */
export const PERMISSIONS = {
  /** One's own account: profile, password, MFA, API tokens, sessions. */
  'account.self': everyone,
  'practice.read': everyone,
  'practice.manage': ['owner'],
  /**
   * The whole-practice export (every table, the journal, the evidence files in clear): the owner only,
   * who answers for the practice's data (docs/security.md, « Qui peut exporter un cabinet »).
   */
  'practice.export': ['owner'],
  'users.read': ['owner', 'practitioner', 'auditor'],
  'users.manage': ['owner'],
  'journal.read': [...careTeam, 'auditor'],
  /** Backups and the recovery kit (which holds the database key). */
  'backup.manage': ['owner'],
  /** The diagnostic, its scores, the action plan and their documents. */
  'checklist.read': everyone,
  /** Answering a measure; the secretary only for the measures assigned to her (checked by the route). */
  'checklist.answer': [...careTeam, 'secretary'],
  /** The first pass and « tout est fait dans cette famille » answer for the whole practice. */
  'checklist.answer_all': careTeam,
  /** Retention rules, the calculator and the patient-index scan (no patient row is ever stored). */
  'retention.use': [...careTeam, 'secretary', 'auditor'],
  /** Changing the practice's retention defaults. */
  'retention.manage': careTeam,
  /** The patient requests register: the secretary records requests and their administrative steps. */
  'requests.read': everyone,
  'requests.manage': [...careTeam, 'secretary'],
  /** The content of an answer to a patient (medical information): practitioners only. */
  'requests.answer': careTeam,
  /** « Je pense être victime d'une cyberattaque »: anyone raises an incident and follows its playbook. */
  'incidents.raise': everyone,
  /** Reading incidents: the secretary only those she raised (checked by the routes). */
  'incidents.read': everyone,
  'incidents.manage': careTeam,
  'contacts.read': everyone,
  'contacts.manage': careTeam,
  /** The breach register (GDPR art. 33(5)), severity, notifications and their documents. */
  'breaches.read': [...careTeam, 'auditor'],
  'breaches.manage': careTeam,
  /** GDPR register, processors, DPO/DPIA screening and the patient notice: everyone reads (proof of compliance). */
  'register.read': everyone,
  'register.manage': careTeam,
  /** The compliance file (PDF and ZIP): whoever reads the register and the journal; not the secretary (breaches, journal). */
  'dossier.read': [...careTeam, 'auditor'],
  /**
   * Evidence documents: each role reads the files of what it may read (never a breach for the
   * secretary) and attaches to what it may change (checked per target by the routes); not the auditor.
   */
  'evidence.read': everyone,
  'evidence.manage': [...careTeam, 'secretary'],
  /** The yearly review: read by those who carry out or check the compliance; confirmed by the owner. */
  'review.read': [...careTeam, 'auditor'],
  'review.complete': ['owner'],
  /** The « à faire » list: each member sees the items of her role and those assigned to her. */
  'todo.read': everyone,
  /** « Ma mise en conformité » on the home page: those who carry it out, and the auditor who reads. */
  'path.read': [...careTeam, 'auditor'],
  /** Everyday tools (suspicious e-mail analyser, password checker): nothing is stored unless the user asks. */
  'tools.use': everyone,
  /** Keeping or deleting the verdict of an analysed e-mail (never the message itself): not the auditor. */
  'tools.keep': [...careTeam, 'secretary'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function allows(permission: Permission, role: Role): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The permission the route requires; the route is refused to every other role (403). */
    permission?: Permission;
    /** The route needs no authentication (sign-in, accepting an invitation, health). */
    public?: boolean;
    /** Allowed while a sign-in still waits for its second factor. */
    mfaPending?: boolean;
  }
}
