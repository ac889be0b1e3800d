/**
 * The fixed wording of the patient notice, in plain French, with the texts it comes from
 * (docs/processors-and-notice.md lists them). Shared by the poster, the leaflet and the website text.
 */

/** How patients exercise their rights when the practice wrote nothing else. */
export const DEFAULT_RIGHTS_CONTACT = 'auprès du cabinet, aux coordonnées indiquées ci-dessus';

/** Which data are mandatory when the practice wrote nothing else (it may reword it on the notice page). */
export const DEFAULT_MANDATORY_DATA =
  'Les informations demandées sont nécessaires à votre prise en charge : sans elles, le cabinet ne peut pas vous soigner dans de bonnes conditions ni établir vos feuilles de soins.';

/** The section headings: each names a mandatory mention of GDPR art. 13 in the patient's words. */
export const HEADINGS = {
  controller: 'Qui est responsable de vos données ?',
  dpo: 'Délégué à la protection des données',
  purposes: 'À quoi servent vos données ? (finalités et bases légales)',
  recipients: 'Qui les reçoit ? (destinataires)',
  retention: 'Combien de temps sont-elles conservées ?',
  transfers: 'Transferts hors de l’Union européenne',
  rights: 'Vos droits',
  complaint: 'Réclamation auprès de la CNIL',
  mandatory: 'Vos réponses sont-elles obligatoires ?',
} as const;

/** The poster's six blocks, each a question a patient asks. */
export const POSTER_LABELS = {
  controller: 'Qui en est responsable ?',
  purposes: 'Pourquoi ?',
  recipients: 'Qui les reçoit ?',
  retention: 'Combien de temps ?',
  rights: 'Vos droits',
  complaint: 'Une réclamation ?',
} as const;

/** The poster's headline and the line under it, read from two metres. */
export const POSTER_HEADLINE = 'Vos données personnelles';
export const POSTER_SUBLINE = 'Ce que le cabinet en fait, et vos droits';

/** The rights, in one short paragraph for the poster (the leaflet details each one). */
export const RIGHTS_POSTER =
  'Vous pouvez consulter vos données, les faire corriger, demander leur effacement (sauf ce que la loi impose de garder, comme le dossier de soins), limiter leur utilisation ou vous y opposer.';

/** {@link DEFAULT_MANDATORY_DATA}, short, for the poster. */
export const MANDATORY_POSTER = 'Ces informations sont nécessaires à vos soins et à vos feuilles de soins.';

/** The right to complain, for the poster. */
export const COMPLAINT_POSTER = 'Si vos droits ne sont pas respectés, vous pouvez saisir la CNIL : cnil.fr.';

export const NOTICE_TITLE = 'Information des patients sur leurs données personnelles';
export const POSTER_TITLE = 'Vos données personnelles';

/** No processing outside the EU: said rather than left out. */
export const NO_TRANSFER = 'Vos données ne sont pas transférées hors de l’Union européenne.';

/** The rights (GDPR art. 13.2.b; CNOM–CNIL guide 2018), short, for the poster. */
export const RIGHTS_SHORT =
  'accès, rectification, effacement (sauf le dossier médical pendant sa durée de conservation), limitation, opposition.';

/** The rights in full, for the leaflet and the website: each right with its limits for medical records. */
export const RIGHTS_FULL: readonly string[] = [
  'Accès : vous pouvez obtenir la communication des informations vous concernant. Pour votre dossier médical, l’accès est direct ou passe par un médecin de votre choix ; il vous est communiqué au plus tôt 48 heures et au plus tard 8 jours après votre demande, ou 2 mois si les informations datent de plus de 5 ans (article L1111-7 du code de la santé publique).',
  'Rectification : vous pouvez faire corriger des informations inexactes ou incomplètes.',
  'Effacement : vous pouvez demander l’effacement de vos données, sauf du dossier médical pendant sa durée de conservation, gardé pour un motif de santé publique et pour la défense de droits en justice (article 17.3 c et e du règlement général sur la protection des données, dit RGPD ; article L1142-28 du code de la santé publique).',
  'Limitation : vous pouvez demander que l’utilisation de vos données soit limitée, par exemple le temps de vérifier leur exactitude.',
  'Opposition : vous pouvez vous opposer au traitement de vos données pour des raisons tenant à votre situation particulière, sauf motifs légitimes et impérieux du cabinet ou défense de droits en justice (article 21.1 du RGPD).',
  'Portabilité : lorsque le traitement repose sur votre consentement ou sur un contrat, vous pouvez recevoir les données que vous avez fournies dans un format courant.',
];

/** Withdrawal of consent (GDPR art. 13.2.c), only when some processing relies on it. */
export const CONSENT_WITHDRAWAL =
  'Lorsque le traitement repose sur votre consentement, vous pouvez le retirer à tout moment, sans remettre en cause ce qui a été fait avant.';

/** The answer's deadline (GDPR art. 12.3). */
export const RIGHTS_DEADLINE =
  'Le cabinet vous répond dans un délai d’un mois, qui peut être prolongé de deux mois pour une demande complexe ; vous en êtes alors informé dans le premier mois (article 12 du RGPD).';

/** The right to complain, short, for the poster. */
export const COMPLAINT_SHORT =
  'si vos droits ne sont pas respectés, vous pouvez saisir la CNIL (Commission nationale de l’informatique et des libertés) : cnil.fr.';

/** The right to complain (GDPR art. 13.2.d); the CNIL's site is the only address given. */
export const COMPLAINT =
  'Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la CNIL (Commission nationale de l’informatique et des libertés) : cnil.fr.';

/** Who is responsible, in one sentence, from the content's controller block. */
export function controllerSentences(controller: {
  name: string;
  practitioners: readonly string[];
  jointControllers: readonly string[];
}): string[] {
  const sentences = [`${controller.name} est responsable des données personnelles que le cabinet traite pour vous.`];
  if (controller.practitioners.length > 0) {
    sentences.push(
      `Pour les données de leurs propres patients, chaque praticien en est responsable : ${controller.practitioners.join(', ')}.`,
    );
  }
  if (controller.jointControllers.length > 0) {
    sentences.push(
      `Certaines données sont sous la responsabilité conjointe de : ${controller.jointControllers.join(', ')}.`,
    );
  }
  return sentences;
}

/** « Version n° 3 du 29 novembre 2026 » — the stamp every output carries. */
export function versionStamp(number: number, dayLong: string): string {
  return `Version n° ${number} du ${dayLong}`;
}
