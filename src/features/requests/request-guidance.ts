import type { RequestKind } from './request-labels.ts';

/** What to do with one kind of request, in plain French: shown on the page and in the documentation. */
export interface RequestGuidance {
  /** What the person asks for, in one sentence. */
  what: string;
  /** The deadline in plain words, with its source. */
  deadline: string;
  /** The steps, in order. */
  steps: string[];
  /** What the law does not allow, or allows only under conditions. */
  limits: string[];
}

const GDPR_DEADLINE =
  'Un mois à compter de la réception (article 12.3 du RGPD), prolongeable de deux mois pour une demande complexe ou si les demandes sont nombreuses, à condition de prévenir la personne, avec les raisons, avant la fin du premier mois. Hygie calcule l’échéance et la reporte au jour ouvré suivant quand elle tombe un samedi, un dimanche ou un jour férié.';

const GDPR_FREE =
  'La réponse est gratuite, sauf demande manifestement infondée ou excessive (article 12.5 du RGPD) : dans ce cas, expliquez pourquoi par écrit.';

const EXTEND_IN_TIME =
  'Si la demande est complexe, prolongez le délai avant la fin du premier mois, en indiquant les raisons à la personne : après, ce n’est plus possible.';

const CHECK_IDENTITY =
  'Vérifiez l’identité de la personne (pièce d’identité, ou connaissance directe du patient), puis cochez « Identité vérifiée ».';

/**
 * Guidance for each kind of request. Sources: code de la santé publique L1110-4, L1111-7, R1111-1,
 * R1111-2; RGPD art. 12 and 15 to 21; CJEU C-307/22 (first copy free). See docs/patient-requests.md.
 */
export const REQUEST_GUIDANCE: Record<RequestKind, RequestGuidance> = {
  medical_file: {
    what: 'La personne demande communication des informations de santé formalisées la concernant (dossier médical, comptes rendus, résultats, courriers échangés entre professionnels).',
    deadline:
      'Pas avant 48 heures après la réception (délai de réflexion) et au plus tard 8 jours après, ou 2 mois quand les informations datent de plus de 5 ans (article L1111-7 du code de la santé publique). Ces délais courent depuis la réception de la demande, en jours calendaires : ils ne sont pas reportés au jour ouvré suivant et ne se prolongent pas.',
    steps: [
      CHECK_IDENTITY,
      'Vérifiez que la personne peut demander : le patient, le titulaire de l’autorité parentale, la personne chargée d’une mesure de protection juridique avec représentation relative à la personne ou, après le décès, un ayant droit, le concubin ou le partenaire de PACS (article R1111-1 du code de la santé publique).',
      'Quand un parent demande le dossier d’un mineur, vérifiez d’abord si le mineur a demandé à garder le secret sur des soins reçus sans ses parents (article L1111-5) : ces informations ne sont pas communiquées au parent.',
      'Envoyez l’accusé de réception, qui indique au patient les dates prévues.',
      'Proposez la consultation sur place ou l’envoi de copies, sur un support équivalent ou sur papier, selon le choix de la personne (article R1111-2). L’accès peut aussi se faire par l’intermédiaire d’un médecin qu’elle désigne.',
      'La première copie est gratuite (Cour de justice de l’Union européenne, 26 octobre 2023, C-307/22).',
      'Le praticien enregistre la réponse et sa date ; Hygie signale une réponse tardive.',
    ],
    limits: [
      'Ne communiquez rien avant 48 heures après la réception : ce délai de réflexion est fixé par la loi.',
      'Les informations recueillies auprès de tiers qui ne participent pas à la prise en charge, ou qui concernent ces tiers, ne sont pas communiquées.',
      'Un ayant droit n’obtient que les informations nécessaires au motif qu’il indique : connaître les causes de la mort, défendre la mémoire du défunt ou faire valoir ses droits (article L1110-4), sauf opposition exprimée par le patient de son vivant.',
      'Le délai de réponse ne peut pas être prolongé.',
    ],
  },
  access: {
    what: 'La personne demande à savoir quelles données le cabinet détient sur elle et à en obtenir une copie.',
    deadline: GDPR_DEADLINE,
    steps: [
      CHECK_IDENTITY,
      'Envoyez l’accusé de réception, qui indique la date limite de réponse.',
      'Rassemblez les données de la personne : logiciel métier, agenda, facturation, dossiers papier.',
      'Pour le dossier médical lui-même, les règles du code de la santé publique s’appliquent aussi : enregistrez plutôt une demande « Accès au dossier médical » si c’est ce qui est demandé.',
      GDPR_FREE,
    ],
    limits: [EXTEND_IN_TIME],
  },
  rectification: {
    what: 'La personne demande la correction de données inexactes ou le complément de données incomplètes.',
    deadline: GDPR_DEADLINE,
    steps: [
      CHECK_IDENTITY,
      'Vérifiez l’inexactitude signalée, corrigez les données dans le logiciel métier et les dossiers papier.',
      'Répondez en indiquant ce qui a été corrigé.',
      GDPR_FREE,
    ],
    limits: [EXTEND_IN_TIME],
  },
  erasure: {
    what: 'La personne demande l’effacement de ses données.',
    deadline: GDPR_DEADLINE,
    steps: [
      CHECK_IDENTITY,
      'Vérifiez si un motif permet de conserver les données : le dossier médical est gardé pendant sa durée de conservation (pour un médecin libéral, 20 ans après la dernière consultation, selon la recommandation de l’Ordre qui applique par analogie l’article R1112-7 des établissements de santé ; ce n’est pas une obligation légale du praticien).',
      'Effacez ce qui peut l’être (données gardées trop longtemps, données inutiles aux soins) et répondez en expliquant ce qui est conservé et pourquoi.',
      GDPR_FREE,
    ],
    limits: [
      'Le refus d’effacer le dossier médical avant la fin de sa durée de conservation repose sur l’article 17.3 du RGPD : c) un motif d’intérêt public dans le domaine de la santé publique, et e) la constatation, l’exercice ou la défense de droits en justice, la responsabilité du praticien pouvant être recherchée pendant 10 ans (article L1142-28 du code de la santé publique).',
      'Un refus doit être motivé par écrit et rappeler la possibilité de saisir la CNIL.',
      EXTEND_IN_TIME,
    ],
  },
  restriction: {
    what: 'La personne demande que ses données soient conservées sans être utilisées, par exemple le temps de vérifier leur exactitude.',
    deadline: GDPR_DEADLINE,
    steps: [
      CHECK_IDENTITY,
      'Identifiez les données concernées et marquez-les dans le logiciel métier pour qu’elles ne servent plus qu’à ce que la loi permet.',
      'Répondez en indiquant la mesure prise et sa durée.',
      GDPR_FREE,
    ],
    limits: [EXTEND_IN_TIME],
  },
  objection: {
    what: 'La personne s’oppose à un usage de ses données, pour des raisons tenant à sa situation particulière.',
    deadline: GDPR_DEADLINE,
    steps: [
      CHECK_IDENTITY,
      'Identifiez l’usage visé (rappels par SMS, recherche, envoi d’informations…) et arrêtez-le si rien ne justifie de le poursuivre.',
      'Répondez en indiquant ce qui a été arrêté.',
      GDPR_FREE,
    ],
    limits: [
      'Les soins ne reposent pas sur le consentement : l’opposition (article 21.1 du RGPD) cède devant des motifs légitimes et impérieux, ou la constatation, l’exercice ou la défense de droits en justice ; c’est le cas de la conservation du dossier médical pendant sa durée de conservation (recommandée par l’Ordre, par analogie avec l’article R1112-7).',
      EXTEND_IN_TIME,
    ],
  },
  portability: {
    what: 'La personne demande à recevoir ses données dans un format ouvert et lisible par une machine, pour les transmettre à un autre organisme.',
    deadline: GDPR_DEADLINE,
    steps: [
      CHECK_IDENTITY,
      'Vérifiez sur quelle base les données sont traitées : la portabilité vise les données traitées sur la base du consentement ou d’un contrat.',
      'Si elle s’applique, remettez les données fournies par la personne dans un format courant (CSV, PDF structuré, export du logiciel).',
      GDPR_FREE,
    ],
    limits: [
      'Selon l’interprétation courante, à confirmer avec votre DPO ou votre Ordre, la portabilité ne s’applique en principe pas au dossier médical, qui ne repose ni sur le consentement ni sur un contrat : proposez alors l’accès au dossier médical.',
      EXTEND_IN_TIME,
    ],
  },
};
