/**
 * The French labels the wizard shows for the practice profile's closed lists.
 * They copy referential/structure-types.yaml and referential/professions.yaml (the source of
 * truth, with the legal sources): keep both in step when one of those files changes.
 */

export const STRUCTURE_TYPES = ['solo', 'group', 'msp', 'health_center', 'pharmacy', 'laboratory'] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

/** From referential/structure-types.yaml (label and help). */
export const STRUCTURE_TYPE_LABELS: Record<StructureType, { label: string; help: string }> = {
  solo: {
    label: 'Exercice seul',
    help: 'Seul ou seule, éventuellement avec une secrétaire.',
  },
  group: {
    label: 'Cabinet de groupe',
    help: 'Plusieurs professionnels partagent locaux ou secrétariat (souvent une SCM).',
  },
  msp: {
    label: 'Maison de santé pluriprofessionnelle (MSP)',
    help: 'Des professionnels de santé réunis autour d’un projet de santé.',
  },
  health_center: {
    label: 'Centre de santé',
    help: 'Géré par une association, une mutuelle ou une collectivité ; professionnels salariés.',
  },
  pharmacy: {
    label: 'Officine de pharmacie',
    help: 'Une pharmacie ouverte au public.',
  },
  laboratory: {
    label: 'Laboratoire de biologie médicale',
    help: 'Examens de biologie médicale, comme les prises de sang.',
  },
};

/** From referential/professions.yaml, in its display order. */
export const PROFESSION_LABELS = [
  { id: 'medecin', label: 'Médecin' },
  { id: 'infirmier', label: 'Infirmier ou infirmière' },
  { id: 'masseur_kinesitherapeute', label: 'Masseur-kinésithérapeute' },
  { id: 'chirurgien_dentiste', label: 'Chirurgien-dentiste' },
  { id: 'sage_femme', label: 'Sage-femme' },
  { id: 'orthophoniste', label: 'Orthophoniste' },
  { id: 'pedicure_podologue', label: 'Pédicure-podologue' },
  { id: 'pharmacien', label: 'Pharmacien d’officine' },
  { id: 'biologiste', label: 'Biologiste (laboratoire de biologie médicale)' },
  { id: 'autre', label: 'Autre profession de santé' },
] as const;
