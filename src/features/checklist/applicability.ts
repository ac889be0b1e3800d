import type { StructureType } from '../../lib/referential/professions.ts';
import type { PracticeProfile } from '../accounts/accounts.schema.ts';
import type { Measure, StorageLocation } from './checklist.referential.ts';

/** The part of the practice profile that decides whether a measure concerns the practice. */
export type ApplicabilityProfile = Pick<
  PracticeProfile,
  'structureType' | 'staffCount' | 'dataLocations' | 'wifi' | 'mobileDevices' | 'teleconsultation'
>;

/** Whether a measure concerns the practice; when it does not, `reason` says why in plain French. */
export type ApplicabilityResult = { applies: true } | { applies: false; reason: string };

const PREFIX = 'Ne s’applique pas : ';

export const REASON_PREFIX = /^\s*ne s’applique pas\s*:\s*/i;

/**
 * Why a measure does not apply, without the « Ne s’applique pas : » the status already says, as a
 * sentence; empty when the measure applies or has no reason.
 * @example notApplicableDetail('Ne s’applique pas : le cabinet n’a pas de Wi-Fi.') // 'Le cabinet n’a pas de Wi-Fi.'
 */
export function notApplicableDetail(reason: string | null): string {
  if (reason === null) return '';
  const text = reason.replace(REASON_PREFIX, '').trim();
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

/** Where the data are kept, as a complement of « conservées … ». */
const STORAGE_PLACES: Record<StorageLocation, string> = {
  local: 'sur un ordinateur du cabinet',
  cloud: 'chez un hébergeur en ligne',
  paper: 'dans des dossiers papier',
};

/** Each structure type as the object of « cette mesure ne concerne pas … ». */
const STRUCTURES: Record<StructureType, string> = {
  solo: 'l’exercice seul',
  group: 'les cabinets de groupe',
  msp: 'les maisons de santé pluriprofessionnelles',
  health_center: 'les centres de santé',
  pharmacy: 'les officines de pharmacie',
  laboratory: 'les laboratoires de biologie médicale',
};

function storageReason(places: readonly StorageLocation[]): string {
  const [only] = places;
  if (places.length === 1 && only !== undefined) {
    return `les données des patients ne sont pas conservées ${STORAGE_PLACES[only]}.`;
  }
  return `les données des patients ne sont conservées ni ${places.map((p) => STORAGE_PLACES[p]).join(', ni ')}.`;
}

/** The first condition of the measure that the profile does not meet, as a French clause; null when all hold. */
function unmetCondition(measure: Pick<Measure, 'applicability'>, profile: ApplicabilityProfile): string | null {
  const rule = measure.applicability;
  if (rule === undefined) return null;
  if (rule.structureTypes !== undefined && !rule.structureTypes.includes(profile.structureType)) {
    return `cette mesure ne concerne pas ${STRUCTURES[profile.structureType]}.`;
  }
  if (rule.storage !== undefined && !rule.storage.some((place) => profile.dataLocations.includes(place))) {
    return storageReason(rule.storage);
  }
  if (rule.requiresStaff === true && profile.staffCount <= 0) return 'vous n’avez pas de personnel.';
  if (rule.requiresWifi === true && !profile.wifi) return 'le cabinet n’a pas de Wi-Fi.';
  if (rule.requiresMobileDevices === true && !profile.mobileDevices) {
    return 'vous n’utilisez ni ordinateur portable, ni téléphone, ni tablette pour le cabinet.';
  }
  if (rule.requiresTeleconsultation === true && !profile.teleconsultation) {
    return 'vous ne pratiquez pas la téléconsultation.';
  }
  return null;
}

/**
 * Whether `measure` concerns the practice described by `profile`. Every condition of the measure
 * must hold; `storage` holds when the practice keeps patient data in any of the listed places, and
 * `requiresStaff` when `staffCount > 0`. The reason names the first condition that fails.
 * @example applicability(wifiWpa, { ...profile, wifi: false })
 * // { applies: false, reason: 'Ne s’applique pas : le cabinet n’a pas de Wi-Fi.' }
 */
export function applicability(
  measure: Pick<Measure, 'applicability'>,
  profile: ApplicabilityProfile,
): ApplicabilityResult {
  const unmet = unmetCondition(measure, profile);
  return unmet === null ? { applies: true } : { applies: false, reason: PREFIX + unmet };
}

/**
 * The subset of `measures` that concern the practice, in their original order.
 * @example applicableMeasures(loadMeasures().measures, profile).map((m) => m.id)
 */
export function applicableMeasures<M extends Pick<Measure, 'applicability'>>(
  measures: readonly M[],
  profile: ApplicabilityProfile,
): M[] {
  return measures.filter((measure) => applicability(measure, profile).applies);
}
