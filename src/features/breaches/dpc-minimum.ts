import { choiceLabel, MEDICAL_SPECIALTY_CHOICES, type MedicalSpecialty } from '../accounts/profile-questions.ts';
import type { PeopleCategory } from './breach-labels.ts';
import type { Dpc } from './severity.ts';

/**
 * The lowest data-processing context (DPC) a breach of a health practice's patients can score.
 * ENISA 2013's annex raises the context with the controller's field (a diabetes pharmacy's list of
 * clients scores 3; calls to a psychological support line 4), and GDPR recital 35 makes the data
 * collected when a person registers for care health data: in a health practice, « only the fact of
 * having come » is never simple data (1). Pure and isomorphic: the breach page runs it too.
 */

/** What the minimum reads from the practice profile. */
export interface DpcPractice {
  professions: readonly string[];
  medicalSpecialties: readonly string[];
}

/** The minimum, and why, in French (empty when the breach concerns no patient). */
export interface DpcMinimum {
  minimum: Dpc;
  reasons: string[];
  sources: string[];
}

export const DPC_MINIMUM_SOURCES = [
  'ENISA, Recommendations for a methodology of the assessment of severity of personal data breaches (2013), annexe : le contexte du traitement (liste des clients d’une pharmacie spécialisée dans le diabète : 3 ; appels à une ligne de soutien psychologique : 4)',
  'RGPD, considérant 35 : les informations collectées lors de l’inscription d’une personne en vue de soins sont des données de santé',
];

/**
 * The physicians' specialties whose mere patients reveal a condition (3, as the diabetes pharmacy's
 * clients) or an intimate, stigmatised one (4, as the calls to a psychological support line).
 */
export const SPECIALTY_MINIMUM: Partial<Record<MedicalSpecialty, Dpc>> = {
  psychiatry: 4,
  addiction: 4,
  abortion: 4,
  sexual_health: 3,
  oncology: 3,
};

/** Any health practice: being its patient is health data (recital 35), though it says little. */
const HEALTH_PRACTICE_MINIMUM: Dpc = 2;

const PATIENTS: ReadonlySet<PeopleCategory> = new Set(['patients', 'minors']);

/**
 * The minimum DPC of a breach: 1 when it concerns only the staff or other people; 2 in any health
 * practice when patients are concerned (or nobody said who); 3 or 4 when a physician's specialty
 * makes being a patient revealing. Several specialties: the highest.
 * @example dpcMinimum({ professions: ['medecin'], medicalSpecialties: ['psychiatry'] }, ['patients']).minimum // 4
 */
export function dpcMinimum(practice: DpcPractice, peopleCategories: readonly PeopleCategory[]): DpcMinimum {
  const patients = peopleCategories.length === 0 || peopleCategories.some((c) => PATIENTS.has(c));
  if (!patients) return { minimum: 1, reasons: [], sources: [] };
  const reasons = [
    `Le seul fait d’être patient d’un cabinet de santé est une donnée de santé (RGPD, considérant 35) : le contexte vaut au moins ${HEALTH_PRACTICE_MINIMUM}, jamais « données simples ».`,
  ];
  let minimum: Dpc = HEALTH_PRACTICE_MINIMUM;
  if (practice.professions.includes('medecin')) {
    const raised = practice.medicalSpecialties
      .map((s) => [s, SPECIALTY_MINIMUM[s as MedicalSpecialty]] as const)
      .filter((pair): pair is readonly [string, Dpc] => pair[1] !== undefined)
      .sort((a, b) => b[1] - a[1]);
    const top = raised[0];
    if (top) {
      minimum = top[1];
      const names = raised.map(([s]) => choiceLabel(MEDICAL_SPECIALTY_CHOICES, s).toLowerCase()).join(', ');
      reasons.push(
        `Spécialités du cabinet : ${names}. Savoir qu’une personne y est suivie révèle déjà ${top[1] === 4 ? 'une information de santé intime' : 'sa maladie'}. L’ENISA compte 3 pour la liste des clients d’une pharmacie spécialisée dans le diabète et 4 pour les appels à une ligne de soutien psychologique : le contexte vaut ici au moins ${top[1]}.`,
      );
    }
  }
  return { minimum, reasons, sources: DPC_MINIMUM_SOURCES };
}

/**
 * Why a DPC answer is below the minimum, in French; undefined when it is not.
 * @example dpcBelowMinimum(1, minimum) // 'le contexte vaut au moins 2 pour ce cabinet : …'
 */
export function dpcBelowMinimum(dpc: Dpc, minimum: DpcMinimum): string | undefined {
  if (dpc >= minimum.minimum) return undefined;
  return `le contexte du traitement vaut au moins ${minimum.minimum} pour cette violation : ${minimum.reasons.join(' ')}`;
}
