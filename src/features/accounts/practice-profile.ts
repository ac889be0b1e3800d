import type { PracticeProfile } from './accounts.schema.ts';
import type { PracticeView } from './practice.schema.ts';
import type { Practice } from './practices.repository.ts';

type ProfileField = keyof PracticeProfile;

/** How the journal names each field of the profile, in plain French. */
export const PROFILE_FIELD_LABELS: Record<ProfileField, string> = {
  name: 'nom',
  structureType: 'type de structure',
  professions: 'professions',
  staffCount: 'effectif',
  department: 'département',
  siret: 'SIRET',
  finess: 'FINESS',
  rpps: 'RPPS',
  dataLocations: 'emplacements des données des patients',
  careSetting: 'lieu des soins',
  address: 'adresse',
  phone: 'téléphone',
  email: 'e-mail',
  website: 'site internet',
  videoSurveillance: 'vidéosurveillance',
  practiceSoftware: 'logiciel métier',
  appointmentPlatform: 'plateforme de rendez-vous',
  teleconsultation: 'téléconsultation',
  wifi: 'Wi-Fi',
  mobileDevices: 'appareils mobiles',
  dpo: 'délégué à la protection des données',
  mfaRequired: 'double authentification obligatoire',
  legalForm: 'forme d’exercice',
  medicalSpecialties: 'spécialités médicales',
  goodFriday: 'Vendredi saint férié',
};

const PROFILE_FIELDS = Object.keys(PROFILE_FIELD_LABELS) as ProfileField[];

/** Lists are sets (their order means nothing); the DPO is compared field by field. */
function comparable(value: PracticeProfile[ProfileField]): string {
  if (Array.isArray(value)) return JSON.stringify([...value].sort());
  if (value && typeof value === 'object') return JSON.stringify([value.name, value.email, value.phone]);
  return JSON.stringify(value);
}

/**
 * The names of the profile fields whose value differs, in the profile's order.
 * @example changedProfileFields(current, { ...current, wifi: true }) // ['wifi']
 */
export function changedProfileFields(before: PracticeProfile, after: PracticeProfile): ProfileField[] {
  return PROFILE_FIELDS.filter((field) => comparable(before[field]) !== comparable(after[field]));
}

/** The API view of a practice: an explicit allow-list, never the row. */
export function toPracticeView(practice: Practice): PracticeView {
  const dpo = practice.dpo ? { name: practice.dpo.name, email: practice.dpo.email, phone: practice.dpo.phone } : null;
  return {
    id: practice.id,
    status: practice.status,
    createdAt: practice.createdAt,
    name: practice.name,
    structureType: practice.structureType,
    professions: [...practice.professions],
    staffCount: practice.staffCount,
    department: practice.department,
    siret: practice.siret,
    finess: practice.finess,
    rpps: practice.rpps,
    dataLocations: [...practice.dataLocations],
    careSetting: practice.careSetting,
    address: practice.address,
    phone: practice.phone,
    email: practice.email,
    website: practice.website,
    videoSurveillance: practice.videoSurveillance,
    practiceSoftware: practice.practiceSoftware,
    appointmentPlatform: practice.appointmentPlatform,
    teleconsultation: practice.teleconsultation,
    wifi: practice.wifi,
    mobileDevices: practice.mobileDevices,
    dpo,
    mfaRequired: practice.mfaRequired,
    legalForm: practice.legalForm,
    medicalSpecialties: [...practice.medicalSpecialties],
    goodFriday: practice.goodFriday,
  };
}
