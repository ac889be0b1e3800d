import type { AnalysisContext } from './analysis-context.ts';
import { isKnownSender } from './check-unexpected-document.ts';
import { belongsTo } from './domains.ts';
import type { Reporter } from './findings.ts';
import { claimsIn, claimText, hasNonLatinLetter, readable } from './name-claims.ts';
import type { ParsedMail } from './parse-mail.ts';
import { quote } from './text-fold.ts';

const LATIN = /\p{Script=Latin}/u;
/** Letters of another script that Unicode's confusables data reads as Latin (Greek Α, Cyrillic а…). */
const FOREIGN_LETTER = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;
/**
 * Invisible characters (zero-width spaces, soft hyphens, direction marks…). The zero-width joiner
 * and variation selectors are left out: emoji sequences (« 👩‍⚕️ ») use them.
 */
const INVISIBLE = /(?![\u200D\uFE00-\uFE0F])\p{Default_Ignorable_Code_Point}/u;
/** A combining mark left on a Latin letter once the text is composed: no French accent stays so. */
const COMBINING = /\p{Script=Latin}\p{M}/u;

/** The first word mixing Latin letters with look-alike letters of another alphabet, or null. */
export function mixedScriptWord(text: string): string | null {
  return hasNonLatinLetter(text) ? mixedScriptWordByTheBook(text) : null;
}

/** `mixedScriptWord` without its shortcut for texts of Latin letters only (the tests compare both). */
export function mixedScriptWordByTheBook(text: string): string | null {
  for (const word of text.normalize('NFC').match(WORDS) ?? []) {
    if (!LATIN.test(word)) continue;
    for (const char of word) {
      if (FOREIGN_LETTER.test(char) && /\p{L}/u.test(char) && readable(`a${char}`) !== `a${char}`) return word;
    }
  }
  return null;
}

/** Invisible or stray combining characters, which no one types in a name or a subject. */
const ASCII_ONLY = /^[^\u0080-\uffff]*$/;

export const hasHiddenCharacters = (text: string): boolean =>
  // Neither invisible characters nor combining marks are ASCII.
  !ASCII_ONLY.test(text) && (INVISIBLE.test(text) || COMBINING.test(text.normalize('NFC')));

function checkCharacters(where: string, text: string, report: Reporter) {
  const word = mixedScriptWord(text);
  if (word) {
    report.finding(
      'lookalike_characters',
      'high',
      `${where} (« ${quote(text)} ») mélange des lettres latines et des lettres d’un autre alphabet qui leur ressemblent : « ${quote(word)} » se lit « ${quote(readable(word))} » mais n’est pas écrit ainsi. C’est un procédé pour tromper l’œil et les filtres : ne faites rien de ce que demande ce message.`,
    );
  } else if (hasHiddenCharacters(text)) {
    report.finding(
      'lookalike_characters',
      'medium',
      `${where} (« ${quote(text)} ») contient des caractères invisibles ou des signes ajoutés aux lettres, que personne ne tape : ils servent à déguiser un nom ou à passer les filtres. Ne vous fiez pas à ce que vous lisez et vérifiez l’expéditeur par un autre moyen.`,
    );
  }
}

/** « RE : », « TR: », « Fwd: »…: a reply or a forward, whose subject was written by someone else. */
const REPLY = /^\s*(re|tr|fw|fwd|aw|wg|réf|ref)\s*:/iu;

function checkSubjectClaim(mail: ParsedMail, fromDomain: string, context: AnalysisContext, report: Reporter) {
  const subject = mail.subject.trim();
  if (!subject || REPLY.test(subject) || isKnownSender(mail, context)) return;
  let found: { organisation: string; place: 'start' | 'inside' } | null = null;
  for (const { claim, place } of claimsIn(context.claims, claimText(subject))) {
    if (claim.organisation.domains.some((domain) => belongsTo(fromDomain, domain))) continue;
    if (!found || (place === 'start' && found.place === 'inside')) {
      found = { organisation: claim.organisation.organisation, place };
      if (claim.organisation.category === 'health_insurance') report.healthInsurance();
    }
  }
  if (!found) return;
  report.finding(
    'subject_impersonation',
    found.place === 'start' ? 'medium' : 'low',
    found.place === 'start'
      ? `L’objet (« ${quote(subject)} ») parle au nom de « ${found.organisation} », mais le message ne vient pas de cet organisme (« ${quote(mail.from?.address ?? '')} »). Ne cliquez sur rien : pour vérifier, allez sur son site en tapant vous-même l’adresse.`
      : `L’objet (« ${quote(subject)} ») cite « ${found.organisation} », alors que le message vient d’ailleurs (« ${quote(mail.from?.address ?? '')} »). Seul, ce n’est pas inquiétant (on parle souvent de ces organismes) ; soyez prudent si le message demande d’agir.`,
  );
}

/**
 * What the reader sees first: the display name and the subject. Look-alike letters of another
 * alphabet mixed into Latin words (« THΑLES Grοup », « Amаzon »), invisible or stray combining
 * characters, and a subject that names a known organisation or brand while the message comes from
 * elsewhere (display names are checked by `checkSender`).
 */
export function checkDisplayText(
  mail: ParsedMail,
  fromDomain: string | null,
  context: AnalysisContext,
  report: Reporter,
) {
  const name = mail.from?.name.trim() ?? '';
  if (name) checkCharacters('Le nom affiché de l’expéditeur', name, report);
  if (mail.subject.trim()) checkCharacters('L’objet du message', mail.subject.trim(), report);
  if (fromDomain) checkSubjectClaim(mail, fromDomain, context, report);
}
