// From the modules themselves, not the index: the web page imports this file (see breaches/deadline.ts).
import { daysBetween, type IsoDay } from '../../lib/dates/calendar.ts';
import { formatDayLong } from '../../lib/dates/format.ts';

/**
 * The clauses GDPR art. 28(3) requires in a data-processing agreement, in the order the article
 * lists them (the processor acts on the practice's documented instructions, keeps the data
 * confidential, secures them, uses sub-processors only with authorisation, helps with the patients'
 * rights, tells the practice of a breach, returns or deletes the data at the end, allows audits).
 */
export const ART28_CLAUSES = [
  'instructions',
  'confidentiality',
  'security',
  'subProcessors',
  'rightsAssistance',
  'breachNotification',
  'endOfContract',
  'audits',
] as const;
export type Art28Clause = (typeof ART28_CLAUSES)[number];

/** Each clause in plain French, as a practitioner reads it in a contract. */
export const ART28_CLAUSE_LABELS: Record<Art28Clause, string> = {
  instructions: 'n’agir que sur les instructions écrites du cabinet',
  confidentiality: 'faire respecter la confidentialité par les personnes qui accèdent aux données',
  security: 'mettre en œuvre les mesures de sécurité nécessaires',
  subProcessors: 'ne recourir à un autre sous-traitant qu’avec l’accord du cabinet',
  rightsAssistance: 'aider le cabinet à répondre aux demandes des patients (accès, rectification…)',
  breachNotification: 'prévenir le cabinet sans délai de toute violation de données',
  endOfContract: 'rendre ou supprimer les données à la fin du contrat',
  audits: 'permettre les vérifications et audits du cabinet',
};

/** A certificate of « hébergeur de données de santé » (HDS, article L1111-8 du code de la santé publique). */
export interface HdsCertificate {
  number: string;
  certifier: string;
  /** Last day of validity (ISO calendar day). */
  expiresOn: IsoDay;
}

/** A processor (sous-traitant) as the rest of the code sees it. */
export interface Processor {
  id: string;
  practiceId: string;
  name: string;
  /** What it does for the practice, e.g. « Logiciel de gestion du cabinet en ligne ». */
  service: string;
  contact: string | null;
  /** Ids of the register's activities it takes part in. */
  activityIds: string[];
  hostsHealthData: boolean;
  hostingInEea: boolean;
  hdsCertificate: HdsCertificate | null;
  /** Day the data-processing agreement (GDPR art. 28) was signed. */
  dpaSignedOn: IsoDay | null;
  /** Last day of the contract when it has an end (a fixed-term contract), else null. */
  contractEndsOn: IsoDay | null;
  clauses: Record<Art28Clause, boolean>;
  createdAt: string;
  updatedAt: string;
}

export const WARNING_CODES = [
  'hds_missing',
  'hds_expired',
  'hds_expiring',
  'outside_eea',
  'dpa_missing',
  'contract_ended',
  'contract_ending',
  'clause_missing',
] as const;
export type ProcessorWarningCode = (typeof WARNING_CODES)[number];

/** One thing to fix about a processor, in plain French; `danger` is a legal requirement not met today. */
export interface ProcessorWarning {
  code: ProcessorWarningCode;
  level: 'danger' | 'warning';
  message: string;
}

/** A certificate expiring within this many days (today included) is flagged. */
export const HDS_EXPIRY_NOTICE_DAYS = 90;

/** A contract ending within this many days (today included) is flagged. */
export const CONTRACT_END_NOTICE_DAYS = 90;

/** The fields the warnings depend on. */
export type ProcessorFacts = Pick<
  Processor,
  'hostsHealthData' | 'hostingInEea' | 'hdsCertificate' | 'dpaSignedOn' | 'contractEndsOn' | 'clauses'
>;

const inDays = (days: number) => (days === 0 ? 'aujourd’hui' : days === 1 ? 'demain' : `dans ${days} jours`);

function hdsWarning(facts: ProcessorFacts, today: IsoDay): ProcessorWarning | null {
  if (!facts.hostsHealthData) return null;
  const certificate = facts.hdsCertificate;
  if (certificate === null) {
    return {
      code: 'hds_missing',
      level: 'danger',
      message:
        'Ce prestataire conserve des données de santé de vos patients, mais aucun certificat HDS n’est enregistré. ' +
        'La loi impose un hébergeur certifié « hébergeur de données de santé » (article L1111-8 du code de la santé publique) : ' +
        'demandez-lui son certificat et notez-le ici, ou changez de prestataire.',
    };
  }
  const left = daysBetween(today, certificate.expiresOn);
  if (left < 0) {
    return {
      code: 'hds_expired',
      level: 'danger',
      message: `Le certificat HDS de ce prestataire a expiré le ${formatDayLong(certificate.expiresOn)} : demandez-lui son certificat renouvelé ; sans lui, il ne peut plus héberger les données de vos patients.`,
    };
  }
  if (left <= HDS_EXPIRY_NOTICE_DAYS) {
    return {
      code: 'hds_expiring',
      level: 'warning',
      message: `Le certificat HDS de ce prestataire expire le ${formatDayLong(certificate.expiresOn)} (${inDays(left)}) : demandez-lui dès maintenant son certificat renouvelé.`,
    };
  }
  return null;
}

function eeaWarning(facts: ProcessorFacts): ProcessorWarning | null {
  if (facts.hostingInEea) return null;
  return {
    code: 'outside_eea',
    level: facts.hostsHealthData ? 'danger' : 'warning',
    message: facts.hostsHealthData
      ? 'Les données sont hébergées hors de l’Espace économique européen : le référentiel HDS en vigueur (arrêté du 26 avril 2024) exige un hébergement des données de santé dans l’Espace économique européen. Demandez au prestataire où sont vos données, ou changez de prestataire.'
      : 'Les données sont hébergées hors de l’Espace économique européen : ce transfert doit être encadré par des garanties, noté dans le registre et annoncé aux patients dans l’information qui leur est donnée.',
  };
}

function contractEndWarning(facts: ProcessorFacts, today: IsoDay): ProcessorWarning | null {
  if (facts.dpaSignedOn === null || facts.contractEndsOn === null) return null;
  const left = daysBetween(today, facts.contractEndsOn);
  if (left < 0) {
    return {
      code: 'contract_ended',
      level: 'danger',
      message: `Le contrat de ce prestataire a pris fin le ${formatDayLong(facts.contractEndsOn)} : s’il traite encore les données de vos patients, demandez-lui le contrat renouvelé et notez sa nouvelle date de fin ; sinon, retirez-le de la liste.`,
    };
  }
  if (left <= CONTRACT_END_NOTICE_DAYS) {
    return {
      code: 'contract_ending',
      level: 'warning',
      message: `Le contrat de ce prestataire prend fin le ${formatDayLong(facts.contractEndsOn)} (${inDays(left)}) : décidez dès maintenant de le renouveler ou de changer de prestataire, et récupérez vos données avant cette date si vous le quittez.`,
    };
  }
  return null;
}

function contractWarnings(facts: ProcessorFacts): ProcessorWarning[] {
  if (facts.dpaSignedOn === null) {
    return [
      {
        code: 'dpa_missing',
        level: 'danger',
        message:
          'Aucun contrat de sous-traitance n’est enregistré : le RGPD (article 28) impose un contrat écrit avec tout prestataire qui traite les données de vos patients pour le cabinet. Demandez-le et notez sa date de signature.',
      },
    ];
  }
  const missing = ART28_CLAUSES.filter((clause) => !facts.clauses[clause]);
  if (missing.length === 0) return [];
  const list = missing.map((clause) => ART28_CLAUSE_LABELS[clause]).join(' ; ');
  return [
    {
      code: 'clause_missing',
      level: 'warning',
      message:
        missing.length === 1
          ? `Une clause exigée par l’article 28 du RGPD n’est pas cochée dans le contrat : le prestataire doit s’engager à ${list}. Vérifiez le contrat et demandez un avenant si elle manque.`
          : `${missing.length} clauses exigées par l’article 28 du RGPD ne sont pas cochées dans le contrat ; le prestataire doit s’engager à : ${list}. Vérifiez le contrat et demandez un avenant pour celles qui manquent.`,
    },
  ];
}

/**
 * What a practitioner must fix about a processor on `today` (Paris calendar day), most serious
 * first: a provider hosting patient data without an HDS certificate (`hds_missing`), with an
 * expired one (`hds_expired`) or one expiring within {@link HDS_EXPIRY_NOTICE_DAYS} days, today
 * included (`hds_expiring`); hosting outside the EEA (`outside_eea`); no art. 28 agreement
 * (`dpa_missing`), an agreement that ended (`contract_ended`) or ends within
 * {@link CONTRACT_END_NOTICE_DAYS} days (`contract_ending`), or an agreement with clauses not ticked
 * (one grouped `clause_missing`).
 * @example processorWarnings({ hostsHealthData: true, hdsCertificate: null, … }, '2026-11-29')[0].code // 'hds_missing'
 */
export function processorWarnings(facts: ProcessorFacts, today: IsoDay): ProcessorWarning[] {
  const warnings = [
    hdsWarning(facts, today),
    eeaWarning(facts),
    contractEndWarning(facts, today),
    ...contractWarnings(facts),
  ].filter((warning): warning is ProcessorWarning => warning !== null);
  return [...warnings.filter((w) => w.level === 'danger'), ...warnings.filter((w) => w.level === 'warning')];
}

/** Every clause unticked: the starting point of a new processor. */
export function noClauses(): Record<Art28Clause, boolean> {
  return Object.fromEntries(ART28_CLAUSES.map((clause) => [clause, false])) as Record<Art28Clause, boolean>;
}
