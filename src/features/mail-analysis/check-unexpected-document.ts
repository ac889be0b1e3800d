import type { AnalysisContext } from './analysis-context.ts';
import { LEGACY_OFFICE_EXTENSIONS, MACRO_EXTENSIONS, ZIP_DOCUMENT_EXTENSIONS } from './attachment-types.ts';
import { extensionsOf } from './check-attachments.ts';
import { domainOfAddress } from './domains.ts';
import type { Reporter } from './findings.ts';
import { ownerOf } from './lookalike.ts';
import { MAX_ATTACHMENTS } from './mail-limits.ts';
import type { MailAttachment, ParsedMail } from './parse-mail.ts';
import { quote } from './text-fold.ts';

const CALENDAR_TYPES = new Set(['text/calendar', 'application/ics', 'text/x-vcalendar']);
const CALENDAR_EXTENSIONS = new Set(['ics', 'vcs']);

/** The practice itself, one of its people, or a known organisation: a sender Hygie knows. */
export function isKnownSender(mail: ParsedMail, context: AnalysisContext): boolean {
  const address = mail.from?.address.toLowerCase() ?? '';
  // The same domain as the lower-case address's (`normaliseHost` lowers it), read from the address
  // the other checks ask for, so `domainOfAddress` answers from its last call.
  const domain = domainOfAddress(mail.from?.address ?? '');
  if (!domain) return false;
  return (
    ownerOf(domain, context.targets) !== null || context.people.some((person) => person.email.toLowerCase() === address)
  );
}

function kindOf(attachment: MailAttachment): 'office' | 'calendar' | null {
  const ext = extensionsOf(attachment.filename ?? '').at(-1) ?? '';
  if (CALENDAR_TYPES.has(attachment.mimeType.toLowerCase()) || CALENDAR_EXTENSIONS.has(ext)) return 'calendar';
  if (ZIP_DOCUMENT_EXTENSIONS.has(ext) || LEGACY_OFFICE_EXTENSIONS.has(ext) || MACRO_EXTENSIONS.has(ext)) {
    return 'office';
  }
  return null;
}

/**
 * An office document (Word, Excel, PowerPoint, OpenDocument) or a calendar invitation from a
 * sender Hygie does not know (neither the practice, nor one of its people, nor a known
 * organisation). Low alone — colleagues send both — and « Dangereux » with a payment demand
 * (row 3 of the verdict table).
 */
export function checkUnexpectedDocument(mail: ParsedMail, context: AnalysisContext, report: Reporter): void {
  if (isKnownSender(mail, context)) return;
  const sender = quote(mail.from?.address ?? '');
  for (const attachment of mail.attachments.slice(0, MAX_ATTACHMENTS)) {
    const kind = kindOf(attachment);
    if (kind === 'calendar') {
      report.finding(
        'unexpected_document',
        'low',
        `Le message contient une invitation d’agenda d’un expéditeur que Hygie ne connaît pas (« ${sender} »). Les escrocs s’en servent pour glisser un lien dans votre agenda : n’acceptez que si vous attendiez ce rendez-vous.`,
      );
      return;
    }
    if (kind === 'office') {
      report.finding(
        'unexpected_document',
        'low',
        `La pièce jointe « ${quote(attachment.filename ?? '')} » est un document bureautique envoyé par un expéditeur que Hygie ne connaît pas (« ${sender} »). Seul, ce n’est pas inquiétant : ne l’ouvrez que si vous l’attendiez, et n’activez jamais les macros.`,
      );
      return;
    }
  }
}
