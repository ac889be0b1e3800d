import type { StructureTypeChoice as StructureType } from '../../../../src/features/accounts/profile-questions.ts';
import {
  type CareSetting,
  defaultCareSetting,
  departmentOfAddress,
} from '../../../../src/features/accounts/profile-questions.ts';

/** Everything the wizard asks, as the inputs hold it (strings for what the person types). */
export interface SetupForm {
  name: string;
  structureType: StructureType | '';
  professions: string[];
  staffCount: number | string;
  department: string;
  dataLocations: string[];
  address: string;
  phone: string;
  /** The practice's e-mail (`email` is the owner's sign-in address). */
  practiceEmail: string;
  website: string;
  /** '' until the person chooses: the profession's usual answer is shown (see {@link careSettingOf}). */
  careSetting: CareSetting | '';
  videoSurveillance: boolean;
  practiceSoftware: string;
  appointmentPlatform: string;
  wifi: boolean;
  mobileDevices: boolean;
  teleconsultation: boolean;
  siret: string;
  finess: string;
  rpps: string;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  ownerName: string;
  email: string;
  password: string;
  passwordConfirm: string;
  setupCode: string;
}

export type SetupField = keyof SetupForm;
export type FormErrors = Partial<Record<SetupField, string>>;

/** What every step receives: the values, the messages to show under the fields, and a setter. */
export interface StepProps {
  form: SetupForm;
  errors: FormErrors;
  onChange(patch: Partial<SetupForm>): void;
}

export const EMPTY_FORM: SetupForm = {
  name: '',
  structureType: '',
  professions: [],
  staffCount: 0,
  department: '',
  dataLocations: [],
  address: '',
  phone: '',
  practiceEmail: '',
  website: '',
  careSetting: '',
  videoSurveillance: false,
  practiceSoftware: '',
  appointmentPlatform: '',
  wifi: false,
  mobileDevices: false,
  teleconsultation: false,
  siret: '',
  finess: '',
  rpps: '',
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  ownerName: '',
  email: '',
  password: '',
  passwordConfirm: '',
  setupCode: '',
};

/** The fields of the « Informations complémentaires (facultatif) » section. */
export const EXTRA_FIELDS: readonly SetupField[] = ['siret', 'finess', 'rpps', 'dpoName', 'dpoEmail', 'dpoPhone'];
/** The fields of step 2; every other field belongs to step 1. */
export const OWNER_FIELDS: readonly SetupField[] = ['ownerName', 'email', 'password', 'passwordConfirm', 'setupCode'];

/** The step (0 or 1) that shows a field. */
export function stepOf(field: SetupField): number {
  return OWNER_FIELDS.includes(field) ? 1 : 0;
}

const blank = (value: string) => value.trim() === '';

/** Only what helps the person before sending: missing answers. The server checks the rest. */
export function validatePractice(form: SetupForm): FormErrors {
  const errors: FormErrors = {};
  if (blank(form.name)) errors.name = 'Indiquez le nom du cabinet.';
  if (!form.structureType) errors.structureType = 'Choisissez la façon dont vous exercez.';
  if (form.professions.length === 0) errors.professions = 'Cochez au moins une profession.';
  if (blank(form.department)) errors.department = 'Indiquez le numéro du département, par exemple 75.';
  if (form.dataLocations.length === 0) errors.dataLocations = 'Cochez au moins un endroit.';
  if (blank(form.address) && blank(form.phone)) {
    errors.phone = 'Indiquez le téléphone ou l’adresse du cabinet : l’information des patients doit les donner.';
  }
  if (blank(form.dpoName) && !(blank(form.dpoEmail) && blank(form.dpoPhone))) {
    errors.dpoName = 'Indiquez le nom du délégué, ou effacez ses coordonnées.';
  }
  return errors;
}

export function validateOwner(form: SetupForm, codeRequired: boolean): FormErrors {
  const errors: FormErrors = {};
  if (blank(form.ownerName)) errors.ownerName = 'Indiquez votre nom et votre prénom.';
  if (blank(form.email)) errors.email = 'Indiquez votre adresse e-mail.';
  if (form.password === '') errors.password = 'Choisissez un mot de passe.';
  else if (form.password !== form.passwordConfirm) {
    errors.passwordConfirm = 'Les deux mots de passe ne sont pas identiques : retapez-le.';
  }
  if (codeRequired && blank(form.setupCode)) errors.setupCode = 'Recopiez le code d’installation.';
  return errors;
}

const optional = (value: string) => value.trim() || null;
const digits = (value: string) => value.replace(/\s/g, '') || null;

/** Where care happens: the person's answer, or the usual one for the professions ticked. */
export function careSettingOf(form: Pick<SetupForm, 'careSetting' | 'professions'>): CareSetting {
  return form.careSetting || defaultCareSetting(form.professions);
}

/** The body of POST /api/v1/setup. */
export function toSetupBody(form: SetupForm, codeRequired: boolean) {
  const dpo = blank(form.dpoName)
    ? null
    : { name: form.dpoName.trim(), email: optional(form.dpoEmail), phone: optional(form.dpoPhone) };
  return {
    practice: {
      name: form.name.trim(),
      structureType: form.structureType,
      professions: form.professions,
      staffCount: Number(form.staffCount) || 0,
      department: optional(form.department),
      dataLocations: form.dataLocations,
      address: optional(form.address),
      phone: optional(form.phone),
      email: optional(form.practiceEmail),
      website: optional(form.website),
      careSetting: careSettingOf(form),
      videoSurveillance: form.videoSurveillance,
      practiceSoftware: optional(form.practiceSoftware),
      appointmentPlatform: optional(form.appointmentPlatform),
      wifi: form.wifi,
      mobileDevices: form.mobileDevices,
      teleconsultation: form.teleconsultation,
      siret: digits(form.siret),
      finess: digits(form.finess)?.toUpperCase() ?? null,
      rpps: digits(form.rpps),
      dpo,
    },
    owner: { name: form.ownerName.trim(), email: form.email.trim(), password: form.password },
    ...(codeRequired ? { setupCode: form.setupCode.trim() } : {}),
  };
}

/**
 * A change of the contact fields, with the department read from the address's postcode while the
 * person has not typed another one (it is empty, or still the one read from the previous address).
 * @example withDepartment({ address: '', department: '' }, { address: '1 rue X, 93260 Les Lilas' }).department // '93'
 */
export function withDepartment<P extends { address?: string }>(
  form: Pick<SetupForm, 'address' | 'department'>,
  patch: P,
): P & { department?: string } {
  if (patch.address === undefined) return patch;
  const read = departmentOfAddress(patch.address);
  const untouched = form.department.trim() === '' || form.department === departmentOfAddress(form.address);
  return untouched && read !== null ? { ...patch, department: read } : patch;
}
