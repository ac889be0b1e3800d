import type { Reporter } from './findings.ts';
import { type PhraseHit, PhraseMatcher } from './phrase-matcher.ts';
import {
  CARD_PHRASES,
  CREDENTIAL_OBJECTS,
  CREDENTIAL_PHRASES,
  CREDENTIAL_VERBS,
  HEALTH_INSURANCE_PHRASES,
  PAYMENT_PHRASES,
  TRANSFER_PHRASES,
  URGENCY_PHRASES,
} from './wording.ts';

const urgency = new PhraseMatcher(URGENCY_PHRASES);
const transfer = new PhraseMatcher(TRANSFER_PHRASES);
const card = new PhraseMatcher(CARD_PHRASES);
const payment = new PhraseMatcher(PAYMENT_PHRASES);
const verbs = new PhraseMatcher(CREDENTIAL_VERBS);
const objects = new PhraseMatcher(CREDENTIAL_OBJECTS);
const direct = new PhraseMatcher(CREDENTIAL_PHRASES);
const health = new PhraseMatcher(HEALTH_INSURANCE_PHRASES);

/** Words between a verb and what it asks for (« confirmez dès aujourd’hui vos identifiants »). */
const NEAR = 8;

function credentialRequest(words: readonly string[]): { verb: PhraseHit; object: PhraseHit } | null {
  const objectHits = objects.all(words);
  if (objectHits.length === 0) return null;
  for (const verb of verbs.all(words)) {
    const object = objectHits.find((hit) => Math.abs(hit.index - verb.index) <= NEAR);
    if (object) return { verb, object };
  }
  return null;
}

const AMELI_PRO =
  ' Si vous avez déjà saisi votre mot de passe Ameli-Pro, changez-le avec « Mot de passe oublié » sur Ameli-Pro et appelez l’assistance au 3608.';

function checkCredentials(words: readonly string[], report: Reporter) {
  const pair = credentialRequest(words);
  const phrase = direct.first(words);
  if (!pair && !phrase) return;
  const aboutHealth = health.first(words) !== null;
  if (aboutHealth) report.healthInsurance();
  const quoted = pair ? `${pair.verb.phrase} … ${pair.object.phrase}` : phrase?.phrase;
  report.finding(
    'credential_request',
    'medium',
    `Le message vous demande de saisir ou de confirmer des informations de connexion ou personnelles (« ${quoted} »). Aucun organisme sérieux ne les demande par e-mail : ne les saisissez jamais depuis un lien reçu ; allez sur le site en tapant vous-même son adresse.${aboutHealth ? AMELI_PRO : ''}`,
  );
}

function checkPayment(words: readonly string[], report: Reporter) {
  const bank = transfer.first(words);
  if (bank) {
    report.finding(
      'payment_language',
      'medium',
      `Le message parle de virement ou de coordonnées bancaires (« ${bank.phrase} »). Une demande de virement ou un changement de RIB reçus par e-mail sont la marque de la fraude au virement : ne payez rien et ne modifiez aucun RIB sans avoir appelé l’expéditeur au numéro que vous connaissez (pas celui du message).`,
    );
    return;
  }
  const cardHit = card.first(words);
  if (cardHit) {
    report.finding(
      'payment_language',
      'medium',
      `Le message parle de carte bancaire (« ${cardHit.phrase} »). Aucun organisme ne demande vos données de carte par e-mail : ne les communiquez jamais ainsi.`,
    );
    return;
  }
  const pay = payment.first(words);
  if (pay) {
    report.finding(
      'payment_language',
      'low',
      `Le message réclame un paiement (« ${pay.phrase} »). Avant de payer, vérifiez la facture dans votre propre espace client ou auprès du fournisseur, sans passer par les liens du message.`,
    );
  }
}

function checkUrgency(words: readonly string[], report: Reporter) {
  const hit = urgency.first(words);
  if (!hit) return;
  report.finding(
    'urgency_language',
    'low',
    `Le message cherche à vous presser (« ${hit.phrase} »). L’urgence est le premier ressort des escroqueries : prenez le temps de vérifier auprès de l’expéditeur, par un moyen que vous connaissez, avant d’agir.`,
  );
}

/**
 * The wording of the subject and body, in French and English, accents and case ignored:
 * pressure to act now, payment and bank-details requests, and requests for credentials, personal
 * data or a health-insurance account. `words` come from `wordsOf`, cut to `MAX_SCANNED_CHARS`.
 */
export function checkLanguage(words: readonly string[], report: Reporter): void {
  checkCredentials(words, report);
  checkPayment(words, report);
  checkUrgency(words, report);
}
