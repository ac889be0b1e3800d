import {
  CARE_SETTING_CHOICES,
  choiceLabel,
  DATA_LOCATION_CHOICES,
} from '../../../../src/features/accounts/profile-questions.ts';

/**
 * The French labels of the practice profile's choices.
 * Professions and structure types mirror referential/professions.yaml and
 * referential/structure-types.yaml (label, order, help): change them there first, then here.
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

export const STRUCTURE_TYPES = [
  {
    value: 'solo',
    label: 'Exercice seul',
    help: 'Seul ou seule, éventuellement avec une secrétaire.',
  },
  {
    value: 'group',
    label: 'Cabinet de groupe',
    help: 'Plusieurs professionnels partagent locaux ou secrétariat (souvent une SCM).',
  },
  {
    value: 'msp',
    label: 'Maison de santé pluriprofessionnelle (MSP)',
    help: 'Des professionnels de santé réunis autour d’un projet de santé.',
  },
  {
    value: 'health_center',
    label: 'Centre de santé',
    help: 'Géré par une association, une mutuelle ou une collectivité ; professionnels salariés.',
  },
  {
    value: 'pharmacy',
    label: 'Officine de pharmacie',
    help: 'Une pharmacie ouverte au public.',
  },
  {
    value: 'laboratory',
    label: 'Laboratoire de biologie médicale',
    help: 'Examens de biologie médicale, comme les prises de sang.',
  },
] as const;

function labelOf(list: readonly { value: string; label: string }[], value: string): string {
  return list.find((item) => item.value === value)?.label ?? value;
}

export const professionLabel = (value: string) => labelOf(PROFESSIONS, value);
export const structureTypeLabel = (value: string) => labelOf(STRUCTURE_TYPES, value);
export const dataLocationLabel = (value: string) => choiceLabel(DATA_LOCATION_CHOICES, value);
export const careSettingLabel = (value: string) => choiceLabel(CARE_SETTING_CHOICES, value);
