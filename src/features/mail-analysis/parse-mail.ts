import PostalMime, { type Address, type Email, type Mailbox } from 'postal-mime';
import { trustedAuthenticationResults } from './authentication-headers.ts';
import { mailError } from './mail-error.ts';
import { MAIL_MAX_BYTES, PARSER_LIMITS } from './mail-limits.ts';

/** A sender or recipient as written: display name (may be empty) and address (may be empty). */
export interface MailAddress {
  readonly name: string;
  readonly address: string;
}

/** An attachment as the analyser sees it: never opened, never decompressed, only looked at. */
export interface MailAttachment {
  readonly filename: string | null;
  /** The type the sender declared (`Content-Type`). */
  readonly mimeType: string;
  /** `attachment`, `inline`, or null when the part said nothing. */
  readonly disposition: string | null;
  readonly size: number;
  readonly bytes: Uint8Array;
}

/** The parts of a message the checks read; everything else (images, layout) is ignored. */
export interface ParsedMail {
  readonly from: MailAddress | null;
  readonly replyTo: readonly MailAddress[];
  readonly returnPath: string | null;
  readonly subject: string;
  readonly date: string | null;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly MailAttachment[];
  /** The one trusted `Authentication-Results` (or `Received-SPF`) value, if any: see `trustedAuthenticationResults`. */
  readonly authenticationResults: readonly string[];
}

/** Headers that every e-mail has at least one of; a text with none of them is not an e-mail. */
const MESSAGE_HEADERS = new Set([
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'received',
  'return-path',
  'mime-version',
  'reply-to',
  'sender',
]);

function firstMailbox(address: Address | undefined): MailAddress | null {
  if (!address) return null;
  const mailbox: Mailbox | undefined = address.group ? address.group[0] : address;
  return mailbox ? { name: mailbox.name ?? '', address: mailbox.address ?? '' } : null;
}

function mailboxes(addresses: Address[] | undefined): MailAddress[] {
  return (addresses ?? []).flatMap((address) =>
    (address.group ?? [address]).map((m) => ({ name: m.name ?? '', address: m.address ?? '' })),
  );
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

function byteLength(raw: Uint8Array | string): number {
  return typeof raw === 'string' ? Buffer.byteLength(raw, 'utf8') : raw.byteLength;
}

function simplify(email: Email): ParsedMail {
  return {
    from: firstMailbox(email.from ?? email.sender),
    replyTo: mailboxes(email.replyTo),
    returnPath: email.returnPath ?? null,
    subject: email.subject ?? '',
    date: email.date ?? null,
    text: email.text ?? '',
    html: email.html ?? '',
    attachments: email.attachments.map((attachment) => {
      const bytes = toBytes(attachment.content);
      return {
        filename: attachment.filename,
        mimeType: attachment.mimeType,
        disposition: attachment.disposition,
        size: bytes.byteLength,
        bytes,
      };
    }),
    authenticationResults: trustedAuthenticationResults(email.headers),
  };
}

/**
 * Parses a raw message (an .eml file or a pasted "original") with postal-mime, within the limits
 * of `mail-limits.ts`. Nothing is fetched, rendered or executed.
 * @throws {MailAnalysisError} empty, too large, too deeply nested, unreadable, or not an e-mail.
 */
export async function parseMail(raw: Uint8Array | string): Promise<ParsedMail> {
  const size = byteLength(raw);
  if (size === 0 || (typeof raw === 'string' && raw.trim() === '')) throw mailError('empty');
  if (size > MAIL_MAX_BYTES) throw mailError('too_large');
  let email: Email;
  try {
    email = await PostalMime.parse(raw, { ...PARSER_LIMITS, attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw mailError(/nesting depth/i.test((error as Error)?.message ?? '') ? 'too_nested' : 'unreadable');
  }
  if (!email.headers.some((header) => MESSAGE_HEADERS.has(header.key))) throw mailError('not_a_message');
  return simplify(email);
}
