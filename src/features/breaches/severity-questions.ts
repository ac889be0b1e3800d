import type { Circumstance, Dpc, Ei, SeverityFactors } from './severity.ts';

/** One answer to a plain-French question, and the value of the factor it sets. */
export interface SeverityOption<V> {
  value: V;
  /** The answer as the practitioner reads it. */
  label: string;
  /** The level's name in the ENISA method (shown in the expert view). */
  level: string;
}

/** One plain-French question of the assessment; `factor` is the ENISA factor it sets. */
export interface SeverityQuestion<K extends keyof SeverityFactors = keyof SeverityFactors> {
  factor: K;
  /** Short name of the factor in the expert view, e.g. « Contexte du traitement (DPC) ». */
  name: string;
  question: string;
  help: string;
  options: readonly SeverityOption<SeverityFactors[K]>[];
}

/**
 * Data-processing context (DPC). The base follows the kind of data (simple 1, behavioural 2,
 * financial 3, sensitive or health 4) and the context adjusts it (ENISA 2013): in a health practice
 * the mere fact of being a patient is health data (GDPR recital 35), so never 1, and the practice's
 * field may raise it to 3 or 4 (dpc-minimum.ts, shown above the answers); the actual results are 4.
 */
export const DPC_QUESTION: SeverityQuestion<'dpc'> = {
  factor: 'dpc',
  name: 'Contexte du traitement des données (DPC)',
  question: 'Quelles informations les données révèlent-elles ?',
  help: 'Pensez à ce qu’une personne mal intentionnée apprendrait vraiment. Les résultats, diagnostics et traitements comptent au plus haut niveau ; le seul fait d’être patient d’un cabinet de santé est déjà une donnée de santé (RGPD, considérant 35), jamais une donnée simple, et la spécialité du cabinet peut le rendre plus révélateur.',
  options: [
    {
      value: 1 as Dpc,
      level: 'Données simples (1)',
      label:
        'Des informations simples, sans rien sur la santé : nom, coordonnées (par exemple celles du personnel ou des fournisseurs).',
    },
    {
      value: 2 as Dpc,
      level: 'Données de comportement (2)',
      label:
        'Des informations sur les habitudes ou la vie de la personne (déplacements, emploi du temps), ou seulement le fait d’être patient du cabinet (par exemple « a fait une prise de sang »).',
    },
    {
      value: 3 as Dpc,
      level: 'Données financières (3)',
      label: 'Des informations financières : coordonnées bancaires, revenus, paiements.',
    },
    {
      value: 4 as Dpc,
      level: 'Données sensibles, dont la santé (4)',
      label:
        'L’état de santé ou d’autres informations sensibles : résultats d’examens, diagnostics, traitements, comptes rendus.',
    },
  ],
};

/** Ease of identification (EI). */
export const EI_QUESTION: SeverityQuestion<'ei'> = {
  factor: 'ei',
  name: 'Facilité d’identification (EI)',
  question: 'Peut-on savoir facilement à quelles personnes se rapportent ces données ?',
  help: 'Le score est multiplié par ce facteur : des données qu’on ne peut rattacher à personne pèsent peu, même si elles sont sensibles.',
  options: [
    {
      value: 0.25 as Ei,
      level: 'Négligeable (0,25)',
      label: 'Presque impossible : rien ne permet de retrouver les personnes.',
    },
    {
      value: 0.5 as Ei,
      level: 'Limitée (0,5)',
      label: 'Difficilement : il faudrait d’autres informations et un vrai travail de recherche.',
    },
    {
      value: 0.75 as Ei,
      level: 'Importante (0,75)',
      label: 'Assez facilement : en recoupant avec des informations faciles à trouver.',
    },
    {
      value: 1 as Ei,
      level: 'Maximale (1)',
      label: 'Directement : les noms (ou un numéro qui désigne la personne) figurent dans les données.',
    },
  ],
};

const circumstanceQuestion = <K extends 'confidentiality' | 'integrity' | 'availability'>(
  factor: K,
  name: string,
  question: string,
  help: string,
  labels: [string, string, string],
): SeverityQuestion<K> => ({
  factor,
  name,
  question,
  help,
  options: labels.map((label, index) => ({
    value: ([0, 0.25, 0.5] as const)[index] as Circumstance,
    level: ['Aucune (+0)', 'Limitée (+0,25)', 'Importante (+0,5)'][index] as string,
    label,
  })) as unknown as readonly SeverityOption<SeverityFactors[K]>[],
});

/**
 * A departure from ENISA 2013, said on screen: its annex scores a lost laptop or paper file with no
 * sign of misuse 0 for the circumstances; Hygie's plain answer that lists « appareil perdu » scores
 * 0.5, since a practice rarely knows who found the device. The expert view sets 0 when justified.
 */
export const LOST_DEVICE_NOTE =
  'Écart assumé avec la méthode de l’ENISA : pour un appareil ou un dossier perdu sans aucun signe d’utilisation, l’ENISA compte 0 ; Hygie compte 0,5 par prudence, car on ignore le plus souvent qui l’a trouvé et ce qu’il en a fait. Si vous savez que personne n’a pu y accéder, ajustez ce facteur dans la vue experte en le justifiant.';

/** Loss of confidentiality (added to the score). */
export const CONFIDENTIALITY_QUESTION = circumstanceQuestion(
  'confidentiality',
  'Perte de confidentialité',
  'Des personnes qui ne devaient pas voir ces données ont-elles pu y accéder ?',
  `Un courrier mal adressé à une personne connue n’a pas le même poids qu’une fuite sur Internet. ${LOST_DEVICE_NOTE}`,
  [
    'Non, ou rien ne montre qu’elles ont été vues.',
    'Oui, par un petit nombre de personnes connues (par exemple un courrier ou un message mal adressé).',
    'Oui, par un nombre inconnu de personnes (vol par un pirate, publication sur Internet, appareil perdu).',
  ],
);

/** Loss of integrity (added to the score). */
export const INTEGRITY_QUESTION = circumstanceQuestion(
  'integrity',
  'Perte d’intégrité',
  'Les données ont-elles pu être modifiées ?',
  'Des données de santé modifiées sans qu’on le sache peuvent entraîner une erreur de soin.',
  [
    'Non, ou rien ne montre qu’elles ont été modifiées.',
    'Oui, mais on peut retrouver les données exactes (sauvegarde, dossier papier).',
    'Oui, et on ne peut pas retrouver les données exactes.',
  ],
);

/** Loss of availability (added to the score). */
export const AVAILABILITY_QUESTION = circumstanceQuestion(
  'availability',
  'Perte de disponibilité',
  'Le cabinet peut-il encore utiliser ces données ?',
  'Un rançongiciel qui bloque les dossiers sans sauvegarde récente rend les données indisponibles.',
  [
    'Oui, ou on les récupère sans difficulté.',
    'Pas pour le moment : elles sont indisponibles quelque temps (par exemple le temps de restaurer une sauvegarde).',
    'Non : elles sont perdues, sans moyen de les récupérer.',
  ],
);

/** A malicious act (added to the score). */
export const MALICIOUS_QUESTION: SeverityQuestion<'malicious'> = {
  factor: 'malicious',
  name: 'Acte malveillant',
  question: 'La violation vient-elle d’un acte malveillant ?',
  help: 'Piratage, rançongiciel, vol, hameçonnage : quelqu’un a voulu nuire ou tirer profit des données.',
  options: [
    { value: false, level: 'Non (+0)', label: 'Non : c’est un accident, une erreur ou une panne.' },
    { value: true, level: 'Oui (+0,5)', label: 'Oui : quelqu’un a agi volontairement (piratage, vol, escroquerie).' },
  ],
};

/** The questions in the order the practitioner answers them. */
export const SEVERITY_QUESTIONS = [
  DPC_QUESTION,
  EI_QUESTION,
  CONFIDENTIALITY_QUESTION,
  INTEGRITY_QUESTION,
  AVAILABILITY_QUESTION,
  MALICIOUS_QUESTION,
] as const;
