/**
 * The French labels the wizard shows for the professions. They copy referential/professions.yaml
 * (the source of truth, with the legal sources): keep both in step when that file changes. The
 * structure types are worded once in src/features/accounts/profile-questions.ts.
 */

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
