import type { PracticeView } from '../../../../src/features/accounts/practice.schema.ts';
import type { LegalForm, MedicalSpecialty } from '../../../../src/features/accounts/profile-questions.ts';
import { ApiError } from '../../api/client.ts';
import type { ContactValue } from './ContactFields.tsx';

/** The query key of the practice profile. */
export const PRACTICE_KEY = ['practice'] as const;

/** GET /api/v1/practice (src/features/accounts/practice.schema.ts). */
export type { PracticeView };

/** The profile as the form edits it: every text is a string ('' when empty). */
export interface ProfileForm extends ContactValue {
  name: string;
  structureType: string;
  professions: string[];
  staffCount: number;
  department: string;
  siret: string;
  finess: string;
  rpps: string;
  dataLocations: string[];
  practiceSoftware: string;
  appointmentPlatform: string;
  teleconsultation: boolean;
  wifi: boolean;
  mobileDevices: boolean;
  dpoName: string;
  dpoEmail: string;
  dpoPhone: string;
  mfaRequired: boolean;
  /** Null until the titulaire chooses: the page shows the default (effectiveLegalForm). */
  legalForm: LegalForm | null;
  medicalSpecialties: MedicalSpecialty[];
  goodFriday: boolean;
}

export type SetField = <K extends keyof ProfileForm>(field: K, value: ProfileForm[K]) => void;

export function toForm(view: PracticeView): ProfileForm {
  return {
    name: view.name,
    structureType: view.structureType,
    professions: [...view.professions],
    staffCount: view.staffCount,
    department: view.department ?? '',
    siret: view.siret ?? '',
    finess: view.finess ?? '',
    rpps: view.rpps ?? '',
    dataLocations: [...view.dataLocations],
    address: view.address ?? '',
    phone: view.phone ?? '',
    email: view.email ?? '',
    website: view.website ?? '',
    careSetting: view.careSetting,
    videoSurveillance: view.videoSurveillance,
    practiceSoftware: view.practiceSoftware ?? '',
    appointmentPlatform: view.appointmentPlatform ?? '',
    teleconsultation: view.teleconsultation,
    wifi: view.wifi,
    mobileDevices: view.mobileDevices,
    dpoName: view.dpo?.name ?? '',
    dpoEmail: view.dpo?.email ?? '',
    dpoPhone: view.dpo?.phone ?? '',
    mfaRequired: view.mfaRequired,
    legalForm: view.legalForm,
    medicalSpecialties: [...view.medicalSpecialties],
    goodFriday: view.goodFriday,
  };
}

const orNull = (value: string) => value.trim() || null;

/** The whole profile for PUT /api/v1/practice: empty texts become null, no DPO when all its fields are empty. */
export function toBody(form: ProfileForm) {
  const hasDpo = [form.dpoName, form.dpoEmail, form.dpoPhone].some((value) => value.trim() !== '');
  return {
    name: form.name,
    structureType: form.structureType,
    professions: form.professions,
    staffCount: form.staffCount,
    department: orNull(form.department),
    siret: orNull(form.siret.replaceAll(' ', '')),
    finess: orNull(form.finess.replaceAll(' ', '')),
    rpps: orNull(form.rpps.replaceAll(' ', '')),
    dataLocations: form.dataLocations,
    address: orNull(form.address),
    phone: orNull(form.phone),
    email: orNull(form.email),
    website: orNull(form.website),
    careSetting: form.careSetting,
    videoSurveillance: form.videoSurveillance,
    practiceSoftware: orNull(form.practiceSoftware),
    appointmentPlatform: orNull(form.appointmentPlatform),
    teleconsultation: form.teleconsultation,
    wifi: form.wifi,
    mobileDevices: form.mobileDevices,
    dpo: hasDpo ? { name: form.dpoName, email: orNull(form.dpoEmail), phone: orNull(form.dpoPhone) } : null,
    mfaRequired: form.mfaRequired,
    legalForm: form.legalForm,
    // The specialties are the physicians': none once no physician practises here.
    medicalSpecialties: form.professions.includes('medecin') ? form.medicalSpecialties : [],
    goodFriday: form.goodFriday,
  };
}

/** The checks a person can fix before sending, in the words of the form; null when the form can be sent. */
export function checkForm(form: ProfileForm): ApiError | null {
  const invalid = (field: string, message: string) => new ApiError(400, 'invalid_input', message, field);
  if (form.name.trim() === '') return invalid('name', 'Indiquez le nom du cabinet.');
  if (form.professions.length === 0) return invalid('professions', 'Cochez au moins une profession.');
  if (form.dataLocations.length === 0) {
    return invalid('dataLocations', 'Indiquez au moins un endroit où sont conservées les données des patients.');
  }
  return null;
}

/** The form's field that an API field name points to (`dpo.email` → `dpoEmail`). */
const FIELD_OF: Record<string, keyof ProfileForm> = {
  dpo: 'dpoName',
  'dpo.name': 'dpoName',
  'dpo.email': 'dpoEmail',
  'dpo.phone': 'dpoPhone',
};

function formFieldOf(error: unknown): keyof ProfileForm | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  const top = error.field.split('.')[0] ?? '';
  return FIELD_OF[error.field] ?? (top in FIELD_OF ? FIELD_OF[top] : (top as keyof ProfileForm));
}

/**
 * The server's message without its technical prefix (« Champ « department » dans le corps de la
 * requête : … »), so a person reads only what to fix.
 */
export function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : 'Une erreur inattendue est survenue.';
  if (error instanceof ApiError && error.detail) return error.detail;
  const plain = message.replace(/^Champ « [^»]+ »[^:]*: /, '');
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}

/** The message under one input, when the API named that field. */
export function errorFor(error: unknown, field: keyof ProfileForm): string | undefined {
  return formFieldOf(error) === field ? plainMessage(error) : undefined;
}
