import {
  CARE_SETTING_CHOICES,
  choiceLabel,
  DATA_LOCATION_CHOICES,
  STRUCTURE_TYPE_CHOICES,
} from '../../../../src/features/accounts/profile-questions.ts';

/**
 * The French labels of the practice profile's choices, for every page that shows them (the
 * first-run wizard, the practice page). Professions mirror referential/professions.yaml (label,
 * order; practice-labels.test.ts fails when they differ): change them there first, then here.
 * Structure types come from src/features/accounts/profile-questions.ts.
 */
export const PROFESSIONS = [
  { value: 'medecin', label: 'Médecin' },
  { value: 'infirmier', label: 'Infirmier ou infirmière' },
  { value: 'masseur_kinesitherapeute', label: 'Masseur-kinésithérapeute' },
  { value: 'chirurgien_dentiste', label: 'Chirurgien-dentiste' },
  { value: 'sage_femme', label: 'Sage-femme' },
  { value: 'orthophoniste', label: 'Orthophoniste' },
  { value: 'pedicure_podologue', label: 'Pédicure-podologue' },
  { value: 'pharmacien', label: 'Pharmacien d’officine' },
  { value: 'biologiste', label: 'Biologiste (laboratoire de biologie médicale)' },
  { value: 'autre', label: 'Autre profession de santé' },
] as const;

function labelOf(list: readonly { value: string; label: string }[], value: string): string {
  return list.find((item) => item.value === value)?.label ?? value;
}

export const professionLabel = (value: string) => labelOf(PROFESSIONS, value);
export const structureTypeLabel = (value: string) => choiceLabel(STRUCTURE_TYPE_CHOICES, value);
export const dataLocationLabel = (value: string) => choiceLabel(DATA_LOCATION_CHOICES, value);
export const careSettingLabel = (value: string) => choiceLabel(CARE_SETTING_CHOICES, value);
