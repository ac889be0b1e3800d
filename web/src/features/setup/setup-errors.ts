import { ApiError } from '../../api/client.ts';
import type { SetupField } from './setup-form.ts';

const DPO_FIELDS: Record<string, SetupField> = { name: 'dpoName', email: 'dpoEmail', phone: 'dpoPhone' };
const OWNER_FIELDS: Record<string, SetupField> = { name: 'ownerName', email: 'email', password: 'password' };
const PRACTICE_FIELDS: readonly string[] = [
  'name',
  'structureType',
  'professions',
  'staffCount',
  'department',
  'dataLocations',
  'address',
  'phone',
  'website',
  'careSetting',
  'videoSurveillance',
  'practiceSoftware',
  'appointmentPlatform',
  'wifi',
  'mobileDevices',
  'teleconsultation',
  'siret',
  'finess',
  'rpps',
];

/**
 * The wizard's field for the `field` the server names: a Zod path of the body (`practice.siret`,
 * `practice.dpo.email`, `owner.password`) or a bare name (`password`, `email`) from the account checks.
 */
export function wizardField(field: string | undefined): SetupField | undefined {
  if (!field) return undefined;
  const [head, second, third] = field.split('.');
  if (head === 'password' || head === 'email' || head === 'setupCode') return head;
  if (head === 'owner' && second) return OWNER_FIELDS[second];
  if (head !== 'practice' || !second) return undefined;
  if (second === 'dpo') return DPO_FIELDS[third ?? 'name'];
  if (second === 'email') return 'practiceEmail';
  return PRACTICE_FIELDS.includes(second) ? (second as SetupField) : undefined;
}

/**
 * The server's refusal as the wizard shows it under a field: a schema message such as
 * « Champ « practice.siret » dans le corps de la requête : le SIRET compte 14 chiffres. » keeps
 * only its human part (« Le SIRET compte 14 chiffres. »).
 */
export function plainMessage(message: string): string {
  const human = /^Champ « [^»]+ »[^:]*: (.+)$/.exec(message)?.[1] ?? message;
  const sentence = human.charAt(0).toUpperCase() + human.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** Which field a failed setup points at, and what to say there; undefined: show it above the form. */
export function setupFieldError(error: unknown): { field: SetupField; message: string } | undefined {
  if (!(error instanceof ApiError)) return undefined;
  // A wrong installation code comes back as 403 without a field.
  if (error.status === 403 && !error.field) return { field: 'setupCode', message: error.message };
  const field = wizardField(error.field);
  return field ? { field, message: error.detail ?? plainMessage(error.message) } : undefined;
}
