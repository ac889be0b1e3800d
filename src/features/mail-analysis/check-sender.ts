import type { AnalysisContext } from './analysis-context.ts';
import { belongsTo, domainOfAddress, isPunycode, sameSite, unicodeOf } from './domains.ts';
import type { Reporter } from './findings.ts';
import { findLookalike } from './lookalike.ts';
import { describeLookalike } from './lookalike-text.ts';
import { claimsIn, claimText } from './name-claims.ts';
import type { MailAddress, ParsedMail } from './parse-mail.ts';
import { wordsOf } from './phrase-matcher.ts';
import { quote } from './text-fold.ts';

const belongsToAny = (domain: string, domains: readonly string[]) => domains.some((d) => belongsTo(domain, d));

/** An address or domain written inside a display name (« ameli.fr », « service@ameli.fr »). */
function addressInName(name: string): { shown: string; domain: string } | null {
  // A domain has a dot: most names have none, and the expression below need not run.
  if (!name.includes('.')) return null;
  const match = /([^\s<>"'()@]{1,64}@)?((?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24})(?![a-z0-9-])/i.exec(name.slice(0, 300));
  if (!match?.[2]) return null;
  const domain = match[2].toLowerCase();
  return /\.(fr|com|net|org|eu|info|gouv\.fr)$/.test(domain) || match[1] ? { shown: match[0], domain } : null;
}

/** The words of a person's name (one letter words left out), kept per name: a practice's people recur. */
const personWords = new Map<string, readonly string[]>();
const MAX_PEOPLE_NAMES = 1000;

function wordsOfPerson(name: string): readonly string[] {
  let words = personWords.get(name);
  if (!words) {
    words = wordsOf(name).filter((word) => word.length > 1);
    if (personWords.size >= MAX_PEOPLE_NAMES) personWords.clear();
    personWords.set(name, words);
  }
  return words;
}

function checkDisplayName(from: MailAddress, fromDomain: string, context: AnalysisContext, report: Reporter) {
  const name = from.name.trim();
  if (!name) return;
  const address = quote(from.address);
  const written = addressInName(name);
  if (written && !sameSite(written.domain, fromDomain)) {
    report.finding(
      'display_name_spoof',
      'high',
      `Le nom affiché de l’expéditeur (« ${quote(name)} ») montre l’adresse « ${quote(written.shown)} », mais le message vient en réalité de « ${address} ». C’est une usurpation : ne répondez pas et ne cliquez sur rien.`,
    );
    return;
  }
  const claim = claimsIn(context.claims, claimText(name))
    .map((found) => found.claim)
    .find((candidate) => !belongsToAny(fromDomain, candidate.organisation.domains));
  if (claim) {
    const { organisation } = claim;
    if (organisation.category === 'health_insurance') report.healthInsurance();
    report.finding(
      'display_name_spoof',
      'high',
      `Le nom affiché « ${quote(name)} » se présente comme « ${organisation.organisation} », mais l’adresse réelle de l’expéditeur (« ${address} ») n’appartient pas à cet organisme. Ne répondez pas et ne cliquez sur rien ; en cas de doute, contactez l’organisme par le numéro ou le site que vous connaissez.`,
    );
    return;
  }
  if (context.people.length === 0) return;
  const nameWords = new Set(wordsOf(name));
  const person = context.people.find((candidate) => {
    const personWords = wordsOfPerson(candidate.name);
    return personWords.length >= 2 && personWords.every((word) => nameWords.has(word));
  });
  const sameAddress = person && person.email.toLowerCase() === from.address.toLowerCase();
  if (person && !sameAddress && !belongsToAny(fromDomain, context.ownDomains)) {
    report.finding(
      'display_name_spoof',
      'medium',
      `Le nom affiché « ${quote(name)} » est celui d’une personne du cabinet, mais l’adresse (« ${address} ») n’est pas la sienne. C’est la méthode de la « fraude au président » : vérifiez de vive voix ou par téléphone avant de faire quoi que ce soit.`,
    );
  }
}

function checkDomain(role: string, address: string, domain: string, context: AnalysisContext, report: Reporter) {
  const lookalike = findLookalike(domain, context.targets, context.isWebmail);
  if (lookalike) {
    if (lookalike.imitated.healthInsurance) report.healthInsurance();
    report.finding(
      'lookalike_domain',
      'high',
      `${role} (« ${quote(address)} ») utilise le domaine ${describeLookalike(lookalike)}. Ce message ne vient pas de là où il le prétend : ne répondez pas, ne cliquez pas, supprimez-le.`,
    );
  } else if (isPunycode(domain)) {
    report.finding(
      'punycode_domain',
      'medium',
      `${role} utilise un domaine écrit avec des caractères spéciaux (« ${quote(unicodeOf(domain))} », forme technique « ${quote(domain)} ») : ce procédé sert souvent à imiter un nom connu. Vérifiez l’adresse lettre par lettre avant toute action.`,
    );
  }
}

function checkReplyPaths(mail: ParsedMail, fromDomain: string, report: Reporter) {
  for (const reply of mail.replyTo) {
    const domain = domainOfAddress(reply.address);
    if (domain && !sameSite(domain, fromDomain)) {
      report.finding(
        'reply_to_mismatch',
        'medium',
        `Vos réponses partiraient vers « ${quote(reply.address)} », une autre adresse que celle de l’expéditeur (« ${quote(mail.from?.address ?? '')} »). Les escrocs s’en servent pour recevoir vos réponses : si vous devez répondre, écrivez à l’adresse que vous connaissez déjà.`,
      );
      return;
    }
  }
  const bounce = mail.returnPath ? domainOfAddress(mail.returnPath) : null;
  if (bounce && !sameSite(bounce, fromDomain)) {
    report.finding(
      'reply_to_mismatch',
      'low',
      `L’adresse technique de retour du message (Return-Path, « ${quote(bounce)} ») est sur un autre domaine que l’expéditeur (« ${quote(fromDomain)} »). C’est courant pour les lettres d’information envoyées par un prestataire, mais cela ne confirme pas l’expéditeur.`,
    );
  }
}

/**
 * The sender: a display name that claims an organisation or a person of the practice while the
 * address is elsewhere; a From or Reply-To domain imitating a known one or written in punycode;
 * Reply-To or Return-Path on another domain.
 */
export function checkSender(mail: ParsedMail, context: AnalysisContext, report: Reporter): void {
  const from = mail.from;
  const fromDomain = from ? domainOfAddress(from.address) : null;
  if (!from || !fromDomain) return;
  checkDisplayName(from, fromDomain, context, report);
  checkDomain('L’adresse de l’expéditeur', from.address, fromDomain, context, report);
  for (const reply of mail.replyTo) {
    const domain = domainOfAddress(reply.address);
    if (domain && domain !== fromDomain) checkDomain('L’adresse de réponse', reply.address, domain, context, report);
  }
  checkReplyPaths(mail, fromDomain, report);
}
