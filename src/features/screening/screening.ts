/**
 * DPO and DPIA screening: a few questions about the practice, and the rules of the CNIL's guidance
 * for health professionals (see docs/processors-and-notice.md). Pure and isomorphic: the web page
 * shows the result as the questions are answered, the server records it.
 */

export const SCREENING_KINDS = ['dpo', 'dpia'] as const;
export type ScreeningKind = (typeof SCREENING_KINDS)[number];

export const SCREENING_RESULTS = ['obligatoire', 'recommandé', 'non obligatoire'] as const;
export type ScreeningResult = (typeof SCREENING_RESULTS)[number];

/** Ways of practising the questionnaire distinguishes (the profile's, plus a network of professionals). */
export const SCREENING_STRUCTURES = [
  'solo',
  'group',
  'msp',
  'health_center',
  'network',
  'pharmacy',
  'laboratory',
] as const;
export type ScreeningStructure = (typeof SCREENING_STRUCTURES)[number];

export const STRUCTURE_LABELS: Record<ScreeningStructure, string> = {
  solo: 'Exercice seul',
  group: 'Cabinet de groupe',
  msp: 'Maison de santé pluriprofessionnelle',
  health_center: 'Centre de santé',
  network: 'Réseau de professionnels de santé',
  pharmacy: 'Officine de pharmacie',
  laboratory: 'Laboratoire de biologie médicale',
};

/** Where a pharmacy or a laboratory may be run by one professional alone, so the question is asked. */
export const ASKS_INDIVIDUAL: readonly ScreeningStructure[] = ['pharmacy', 'laboratory'];

/** The answers of both questionnaires (the DPIA one asks the same questions). */
export interface ScreeningAnswers {
  structure: ScreeningStructure;
  /** Pharmacy or laboratory only: one professional practises there alone (null: not asked). */
  individual: boolean | null;
  /** Patient records shared between several professionals, kept by the practice or its structure. */
  sharedRecords: boolean;
  /** The professionals of a group share one information system (software, records, diary). */
  sharedInformationSystem: boolean;
  /** Patients seen in a year, all professionals together (null: unknown). */
  patientsPerYear: number | null;
}

/** A text the rule comes from, named so that a practitioner or a DPO can check it. */
export interface ScreeningSource {
  label: string;
}

export interface ScreeningReason {
  text: string;
  sources: ScreeningSource[];
}

export interface ScreeningOutcome {
  kind: ScreeningKind;
  result: ScreeningResult;
  /** One sentence a practitioner understands. */
  summary: string;
  reasons: ScreeningReason[];
}

/** The CNIL's estimate (2020 practice framework), not a legal threshold. */
export const CNIL_PATIENTS_THRESHOLD = 10_000;

export const SOURCES = {
  cnilDpo: { label: 'CNIL, « Professionnels de santé : la désignation d’un délégué à la protection des données »' },
  recital91: {
    label:
      'RGPD, considérant 91 (les données des patients d’un médecin exerçant à titre individuel ne sont pas traitées « à grande échelle »)',
  },
  article37: { label: 'RGPD, article 37 (désignation du délégué à la protection des données)' },
  article35: { label: 'RGPD, article 35 (analyse d’impact relative à la protection des données)' },
  framework2020: {
    label:
      'CNIL, référentiel relatif aux traitements des cabinets médicaux et paramédicaux, délibération n° 2020-081 du 18 juin 2020',
  },
  exemptions: {
    label:
      'CNIL, délibération n° 2019-118 : liste des traitements dispensés d’analyse d’impact (Journal officiel du 22 octobre 2019)',
  },
  requiredList: {
    label: 'CNIL, délibération n° 2018-327 : liste des traitements pour lesquels une analyse d’impact est requise',
  },
} satisfies Record<string, ScreeningSource>;

/** True when the answers describe one professional practising alone (the CNIL's « exercice individuel »). */
export function practisesIndividually(answers: ScreeningAnswers): boolean {
  if (answers.structure === 'solo') return true;
  if (ASKS_INDIVIDUAL.includes(answers.structure)) return answers.individual === true;
  return false;
}

type Scale =
  | { kind: 'large'; reason: ScreeningReason }
  | { kind: 'estimate_reached'; reason: ScreeningReason }
  | { kind: 'unknown_volume'; reason: ScreeningReason }
  | { kind: 'below'; reason: ScreeningReason }
  | { kind: 'individual'; reason: ScreeningReason };

const LARGE_STRUCTURES: Partial<Record<ScreeningStructure, string>> = {
  msp: 'une maison de santé',
  health_center: 'un centre de santé',
  network: 'un réseau de professionnels de santé',
};

const thousands = (n: number) => n.toLocaleString('fr-FR').replace(/\s/g, '\u202f');

/** Whether the practice's processing of health data is « à grande échelle », and why. */
function scaleOf(answers: ScreeningAnswers): Scale {
  const structure = LARGE_STRUCTURES[answers.structure];
  if (structure !== undefined) {
    return {
      kind: 'large',
      reason: {
        text: `Vous exercez dans ${structure} : pour la CNIL, les données de santé y sont traitées « à grande échelle ».`,
        sources: [SOURCES.cnilDpo],
      },
    };
  }
  if (answers.sharedRecords) {
    return {
      kind: 'large',
      reason: {
        text: 'Des dossiers de patients sont partagés entre plusieurs professionnels : pour la CNIL, c’est un traitement « à grande échelle ».',
        sources: [SOURCES.cnilDpo],
      },
    };
  }
  if (practisesIndividually(answers)) {
    return {
      kind: 'individual',
      reason: {
        text: 'Vous exercez seul ou seule : pour la CNIL, un professionnel de santé exerçant à titre individuel ne traite pas les données de ses patients « à grande échelle ».',
        sources: [SOURCES.cnilDpo, SOURCES.recital91],
      },
    };
  }
  const estimate = `la CNIL estime qu’à partir de ${thousands(CNIL_PATIENTS_THRESHOLD)} patients par an, un cabinet de groupe qui partage un système d’information traite les données « à grande échelle » (une estimation, pas un seuil fixé par la loi)`;
  if (!answers.sharedInformationSystem) {
    return {
      kind: 'below',
      reason: {
        text: 'Les professionnels ne partagent pas de système d’information ni de dossiers : chacun traite les données de ses propres patients.',
        sources: [SOURCES.cnilDpo],
      },
    };
  }
  if (answers.patientsPerYear === null) {
    return {
      kind: 'unknown_volume',
      reason: {
        text: `Vous partagez un système d’information mais le nombre de patients par an n’est pas connu : ${estimate}. Estimez ce nombre (par exemple à partir de votre logiciel) pour conclure.`,
        sources: [SOURCES.framework2020],
      },
    };
  }
  const volume = `${thousands(answers.patientsPerYear)} patients par an`;
  return answers.patientsPerYear >= CNIL_PATIENTS_THRESHOLD
    ? {
        kind: 'estimate_reached',
        reason: {
          text: `Vous partagez un système d’information pour ${volume} : ${estimate}.`,
          sources: [SOURCES.framework2020],
        },
      }
    : {
        kind: 'below',
        reason: {
          text: `Vous partagez un système d’information pour ${volume}, moins que l’estimation de la CNIL (${thousands(CNIL_PATIENTS_THRESHOLD)} patients par an, pas un seuil fixé par la loi).`,
          sources: [SOURCES.framework2020],
        },
      };
}

/**
 * Must the practice designate a DPO? `obligatoire` for large-scale processing (maisons and centres
 * de santé, networks, shared records, a group sharing an information system from the CNIL's
 * estimate of 10 000 patients a year); `recommandé` while that volume is unknown; otherwise
 * `non obligatoire` (a practice may always designate one).
 * @example screenDpo({ structure: 'solo', individual: null, sharedRecords: false, sharedInformationSystem: false, patientsPerYear: null }).result // 'non obligatoire'
 */
export function screenDpo(answers: ScreeningAnswers): ScreeningOutcome {
  const scale = scaleOf(answers);
  const voluntary: ScreeningReason = {
    text: 'Vous pouvez toujours désigner un délégué volontairement, par exemple un délégué mutualisé entre plusieurs cabinets.',
    sources: [SOURCES.article37],
  };
  switch (scale.kind) {
    case 'large':
    case 'estimate_reached':
      return {
        kind: 'dpo',
        result: 'obligatoire',
        summary: 'Vous devez désigner un délégué à la protection des données (DPO) et communiquer ses coordonnées.',
        reasons: [
          scale.reason,
          {
            text: 'Le RGPD impose un délégué quand l’activité principale est un traitement à grande échelle de données de santé.',
            sources: [SOURCES.article37],
          },
        ],
      };
    case 'unknown_volume':
      return {
        kind: 'dpo',
        result: 'recommandé',
        summary:
          'Un délégué à la protection des données est recommandé tant que votre volume de patients n’est pas connu.',
        reasons: [scale.reason, voluntary],
      };
    default:
      return {
        kind: 'dpo',
        result: 'non obligatoire',
        summary: 'Vous n’êtes pas obligé de désigner un délégué à la protection des données.',
        reasons: [scale.reason, voluntary],
      };
  }
}

/**
 * Must the practice carry out a DPIA (AIPD)? `non obligatoire` for a professional practising
 * individually (the CNIL's exemption list); `obligatoire` for large-scale processing of health data
 * (as for the DPO); `recommandé` for other group practices, where the CNIL generally expects one.
 * @example screenDpia({ structure: 'msp', individual: null, sharedRecords: true, sharedInformationSystem: true, patientsPerYear: 20000 }).result // 'obligatoire'
 */
export function screenDpia(answers: ScreeningAnswers): ScreeningOutcome {
  const scale = scaleOf(answers);
  switch (scale.kind) {
    case 'individual':
      return {
        kind: 'dpia',
        result: 'non obligatoire',
        summary: 'Vous êtes dispensé d’analyse d’impact pour les soins de vos patients.',
        reasons: [
          {
            text: 'La CNIL dispense d’analyse d’impact les données de santé nécessaires à la prise en charge d’un patient par un professionnel exerçant à titre individuel, en cabinet, en officine ou en laboratoire.',
            sources: [SOURCES.exemptions],
          },
          {
            text: 'En revanche, la liste de la CNIL des traitements soumis à analyse d’impact vise notamment les entrepôts de données de santé, les registres et les données génétiques ou biométriques : si vous en tenez, une analyse d’impact peut être requise.',
            sources: [SOURCES.requiredList],
          },
        ],
      };
    case 'large':
    case 'estimate_reached':
      return {
        kind: 'dpia',
        result: 'obligatoire',
        summary: 'Vous devez mener une analyse d’impact (AIPD) sur le traitement des données de vos patients.',
        reasons: [
          scale.reason,
          {
            text: 'Le RGPD impose une analyse d’impact pour un traitement à grande échelle de données de santé ; la dispense de la CNIL ne vaut que pour l’exercice individuel.',
            sources: [SOURCES.article35, SOURCES.exemptions],
          },
        ],
      };
    default:
      return {
        kind: 'dpia',
        result: 'recommandé',
        summary:
          'Une analyse d’impact (AIPD) est recommandée : la dispense de la CNIL ne couvre que l’exercice individuel.',
        reasons: [
          scale.reason,
          {
            text: 'La dispense d’analyse d’impact ne vaut que pour un professionnel exerçant à titre individuel ; pour un exercice en groupe, une analyse d’impact est en général attendue.',
            sources: [SOURCES.exemptions, SOURCES.framework2020],
          },
        ],
      };
  }
}

/** Either questionnaire, by kind. */
export function screen(kind: ScreeningKind, answers: ScreeningAnswers): ScreeningOutcome {
  return kind === 'dpo' ? screenDpo(answers) : screenDpia(answers);
}

/** The questionnaire's starting answers for a practice profile's structure type. */
export function defaultAnswers(structureType: string): ScreeningAnswers {
  const structure = (SCREENING_STRUCTURES as readonly string[]).includes(structureType)
    ? (structureType as ScreeningStructure)
    : 'solo';
  return {
    structure,
    individual: ASKS_INDIVIDUAL.includes(structure) ? false : null,
    sharedRecords: false,
    sharedInformationSystem: structure !== 'solo',
    patientsPerYear: null,
  };
}
