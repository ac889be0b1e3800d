import type { Reporter } from './findings.ts';
import { type PhraseHit, PhraseMatchers, type ScanWanted } from './phrase-matcher.ts';
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

/** Every list of phrases, read in one pass over the words; what each check wants of it. */
const LISTS = {
  urgency: [URGENCY_PHRASES, 'first'],
  transfer: [TRANSFER_PHRASES, 'first'],
  card: [CARD_PHRASES, 'first'],
  payment: [PAYMENT_PHRASES, 'first'],
  verbs: [CREDENTIAL_VERBS, 'all'],
  objects: [CREDENTIAL_OBJECTS, 'all'],
  direct: [CREDENTIAL_PHRASES, 'first'],
  health: [HEALTH_INSURANCE_PHRASES, 'first'],
} as const satisfies Record<string, readonly [readonly string[], ScanWanted]>;
type ListName = keyof typeof LISTS;
const NAMES = Object.keys(LISTS) as ListName[];
const matchers = new PhraseMatchers(NAMES.map((name) => LISTS[name][0]));
const WANTED = NAMES.map((name) => LISTS[name][1]);

/** The phrases of every list found in the words: the first of each, every one for verbs and objects. */
type Hits = Record<ListName, PhraseHit[]>;

function scan(words: readonly string[]): Hits {
  const found = matchers.scan(words, WANTED);
  const hits = {} as Hits;
  for (let k = 0; k < NAMES.length; k++) hits[NAMES[k] as ListName] = found[k] ?? [];
  return hits;
}

/** Words between a verb and what it asks for (« confirmez dès aujourd’hui vos identifiants »). */
const NEAR = 8;

function credentialRequest(hits: Hits): { verb: PhraseHit; object: PhraseHit } | null {
  const objectHits = hits.objects;
  if (objectHits.length === 0) return null;
  for (const verb of hits.verbs) {
    const object = objectHits.find((hit) => Math.abs(hit.index - verb.index) <= NEAR);
    if (object) return { verb, object };
  }
  return null;
}

const AMELI_PRO =
  ' Si vous avez déjà saisi votre mot de passe Ameli-Pro, changez-le avec « Mot de passe oublié » sur Ameli-Pro et appelez l’assistance au 3608.';

function checkCredentials(hits: Hits, report: Reporter) {
  const pair = credentialRequest(hits);
  const phrase = hits.direct[0];
  if (!pair && !phrase) return;
  const aboutHealth = hits.health.length > 0;
  if (aboutHealth) report.healthInsurance();
  const quoted = pair ? `${pair.verb.phrase} … ${pair.object.phrase}` : phrase?.phrase;
  report.finding(
    'credential_request',
    'medium',
    `Le message vous demande de saisir ou de confirmer des informations de connexion ou personnelles (« ${quoted} »). Aucun organisme sérieux ne les demande par e-mail : ne les saisissez jamais depuis un lien reçu ; allez sur le site en tapant vous-même son adresse.${aboutHealth ? AMELI_PRO : ''}`,
  );
}

function checkPayment(hits: Hits, report: Reporter) {
  const bank = hits.transfer[0];
  if (bank) {
    report.finding(
      'payment_language',
      'medium',
      `Le message parle de virement ou de coordonnées bancaires (« ${bank.phrase} »). Une demande de virement ou un changement de RIB reçus par e-mail sont la marque de la fraude au virement : ne payez rien et ne modifiez aucun RIB sans avoir appelé l’expéditeur au numéro que vous connaissez (pas celui du message).`,
    );
    return;
  }
  const cardHit = hits.card[0];
  if (cardHit) {
    report.finding(
      'payment_language',
      'medium',
      `Le message parle de carte bancaire (« ${cardHit.phrase} »). Aucun organisme ne demande vos données de carte par e-mail : ne les communiquez jamais ainsi.`,
    );
    return;
  }
  const pay = hits.payment[0];
  if (pay) {
    report.finding(
      'payment_language',
      'low',
      `Le message réclame un paiement (« ${pay.phrase} »). Avant de payer, vérifiez la facture dans votre propre espace client ou auprès du fournisseur, sans passer par les liens du message.`,
    );
  }
}

function checkUrgency(hits: Hits, report: Reporter) {
  const hit = hits.urgency[0];
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
  const hits = scan(words);
  checkCredentials(hits, report);
  checkPayment(hits, report);
  checkUrgency(hits, report);
}
