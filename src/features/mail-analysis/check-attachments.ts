import {
  ARCHIVE_EXTENSIONS,
  DOCUMENT_EXTENSIONS,
  EXECUTABLE_EXTENSIONS,
  EXECUTABLE_TYPES,
  HTML_EXTENSIONS,
  LEGACY_OFFICE_EXTENSIONS,
  MACRO_EXTENSIONS,
  ZIP_DOCUMENT_EXTENSIONS,
} from './attachment-types.ts';
import { type ContentKind, hasMacroProject, sniffContent } from './file-kind.ts';
import type { Reporter } from './findings.ts';
import { MAX_ATTACHMENTS } from './mail-limits.ts';
import type { MailAttachment } from './parse-mail.ts';
import { quote } from './text-fold.ts';

const DIRECTION_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ARCHIVE_KINDS = new Set<ContentKind>(['zip', 'rar', '7z', 'gzip', 'cab']);
const RUNNABLE_KINDS = new Set<ContentKind>(['executable', 'script', 'disk_image']);

/** The extensions of a file name, lower case, last one last (« Facture.PDF .exe » → [pdf, exe]). */
export function extensionsOf(filename: string): string[] {
  const parts = filename.toLowerCase().split('.');
  return parts
    .slice(1)
    .map((part) => part.trim())
    .filter(Boolean);
}

function describe(attachment: MailAttachment): string {
  return attachment.filename
    ? `« ${quote(attachment.filename)} »`
    : `sans nom (type « ${quote(attachment.mimeType)} »)`;
}

const risky = (ext: string | undefined) =>
  ext !== undefined && (EXECUTABLE_EXTENSIONS.has(ext) || ARCHIVE_EXTENSIONS.has(ext) || HTML_EXTENSIONS.has(ext));

function checkName(attachment: MailAttachment, extensions: readonly string[], report: Reporter) {
  const name = attachment.filename ?? '';
  const [previous, last] = [extensions.at(-2), extensions.at(-1)];
  if (DIRECTION_CONTROLS.test(name) || (previous && DOCUMENT_EXTENSIONS.has(previous) && risky(last))) {
    report.finding(
      'double_extension',
      'high',
      `La pièce jointe ${describe(attachment)} a un nom piégé : il se fait passer pour un document alors que sa vraie nature est donnée par la fin du nom${last ? ` (« .${quote(last, 12)} »)` : ''}. Ne l’ouvrez pas et supprimez le message.`,
    );
  }
}

function checkContent(attachment: MailAttachment, ext: string, kind: ContentKind, report: Reporter) {
  const what = describe(attachment);
  if (
    EXECUTABLE_EXTENSIONS.has(ext) ||
    RUNNABLE_KINDS.has(kind) ||
    EXECUTABLE_TYPES.has(attachment.mimeType.toLowerCase())
  ) {
    const disguised = RUNNABLE_KINDS.has(kind) && !EXECUTABLE_EXTENSIONS.has(ext);
    report.finding(
      'risky_attachment',
      'high',
      `La pièce jointe ${what} est ${disguised ? 'un programme déguisé (son nom dit autre chose, mais son contenu commence comme un programme)' : 'un programme ou un script'}. Ne l’ouvrez surtout pas : un programme reçu par e-mail peut chiffrer ou voler les données du cabinet. Supprimez le message.`,
    );
    return;
  }
  const archive = ARCHIVE_EXTENSIONS.has(ext) || (ARCHIVE_KINDS.has(kind) && !ZIP_DOCUMENT_EXTENSIONS.has(ext));
  if (archive) {
    const disguised = !ARCHIVE_EXTENSIONS.has(ext);
    report.finding(
      'risky_attachment',
      'medium',
      `La pièce jointe ${what} est une archive compressée${disguised ? ' déguisée (son nom dit autre chose)' : ''}. Hygie ne l’ouvre pas : les archives servent souvent à cacher un programme aux antivirus. Ne l’ouvrez que si vous l’attendiez d’un expéditeur vérifié par un autre moyen (téléphone).`,
    );
  }
}

function checkOffice(attachment: MailAttachment, ext: string, kind: ContentKind, report: Reporter) {
  const officeLike =
    MACRO_EXTENSIONS.has(ext) || kind === 'ole2' || (kind === 'zip' && ZIP_DOCUMENT_EXTENSIONS.has(ext));
  if (!officeLike && !LEGACY_OFFICE_EXTENSIONS.has(ext)) return;
  if (MACRO_EXTENSIONS.has(ext) || hasMacroProject(attachment.bytes)) {
    report.finding(
      'macro_document',
      'high',
      `La pièce jointe ${describe(attachment)} est un document Office qui contient des macros (de petits programmes). C’est un moyen classique d’installer un virus : ne l’ouvrez pas, et si vous l’avez ouvert, ne cliquez jamais sur « Activer le contenu » ou « Activer les macros ».`,
    );
  } else if (kind === 'ole2' || LEGACY_OFFICE_EXTENSIONS.has(ext)) {
    report.finding(
      'macro_document',
      'low',
      `La pièce jointe ${describe(attachment)} est un document Office d’ancien format, qui peut contenir des macros. Ne l’ouvrez que si vous l’attendiez, et n’activez jamais les macros (« Activer le contenu »).`,
    );
  }
}

function checkHtml(attachment: MailAttachment, ext: string, kind: ContentKind, report: Reporter) {
  const declared = attachment.mimeType.toLowerCase();
  const isFile = attachment.filename !== null || attachment.disposition === 'attachment';
  const html =
    HTML_EXTENSIONS.has(ext) ||
    (isFile && (kind === 'html' || declared === 'text/html' || declared === 'image/svg+xml'));
  if (!html) return;
  report.finding(
    'html_attachment',
    'medium',
    `La pièce jointe ${describe(attachment)} est une page web. Ouverte, elle peut afficher une fausse page de connexion sur votre ordinateur : ne l’ouvrez pas, et ne saisissez jamais un mot de passe dans une page reçue en pièce jointe.`,
  );
}

/**
 * The attachments, judged by name, declared type and first bytes; never opened, run or
 * decompressed: programs and scripts, archives, macro-enabled Office files, double extensions
 * and direction-changing characters in names, HTML pages. At most `MAX_ATTACHMENTS` are examined.
 */
export function checkAttachments(attachments: readonly MailAttachment[], report: Reporter): void {
  for (const attachment of attachments.slice(0, MAX_ATTACHMENTS)) {
    const extensions = extensionsOf(attachment.filename ?? '');
    const ext = extensions.at(-1) ?? '';
    const kind = sniffContent(attachment.bytes);
    checkName(attachment, extensions, report);
    checkContent(attachment, ext, kind, report);
    checkOffice(attachment, ext, kind, report);
    checkHtml(attachment, ext, kind, report);
  }
}
