/** The file types an evidence document may have, recognised by their content (never by their name). */
export const EVIDENCE_TYPES = {
  pdf: { mime: 'application/pdf', label: 'un PDF' },
  png: { mime: 'image/png', label: 'une image PNG' },
  jpg: { mime: 'image/jpeg', label: 'une image JPEG' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'un document Word' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'un classeur Excel' },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    label: 'une présentation PowerPoint',
  },
  odt: { mime: 'application/vnd.oasis.opendocument.text', label: 'un document OpenDocument' },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', label: 'un classeur OpenDocument' },
  odp: { mime: 'application/vnd.oasis.opendocument.presentation', label: 'une présentation OpenDocument' },
  txt: { mime: 'text/plain; charset=utf-8', label: 'un texte brut' },
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

/** The accepted types, as the French messages list them. */
export const ACCEPTED_TYPES_TEXT =
  'PDF, image PNG ou JPEG, document bureautique (Word, Excel, PowerPoint, OpenDocument) ou texte brut UTF-8';

export type EvidenceTypeResult =
  | { ok: true; extension: EvidenceExtension; mediaType: string }
  | { ok: false; reason: 'empty' | 'unknown' | 'refused'; detected?: string };

/** Control characters a plain text never holds (tab, line feed, carriage return and form feed are allowed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find them
const BINARY_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

function isPlainUtf8(bytes: Buffer): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return !BINARY_CONTROL.test(text);
  } catch {
    return false;
  }
}

/**
 * Recognises an evidence document by its content (`file-type`: magic numbers, and for OOXML and
 * OpenDocument the ZIP's `[Content_Types].xml` or `mimetype` entry); a file file-type does not
 * know is accepted only as UTF-8 text without binary control characters.
 * @example (await evidenceType(Buffer.from('%PDF-1.7 …'))).ok
 */
export async function evidenceType(bytes: Buffer): Promise<EvidenceTypeResult> {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  // Loaded with the first document, not when Hygie starts.
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  if (!found) {
    return isPlainUtf8(bytes)
      ? { ok: true, extension: 'txt', mediaType: EVIDENCE_TYPES.txt.mime }
      : { ok: false, reason: 'unknown' };
  }
  const known = (EVIDENCE_TYPES as Record<string, { mime: string }>)[found.ext];
  if (!known || found.ext === 'txt') return { ok: false, reason: 'refused', detected: found.ext };
  return { ok: true, extension: found.ext as EvidenceExtension, mediaType: known.mime };
}

/** The French reason of a refused file, naming what it is when it was recognised. */
export function evidenceTypeMessage(result: Extract<EvidenceTypeResult, { ok: false }>): string {
  if (result.reason === 'empty') return 'Le fichier est vide (0 octet) : choisissez le bon fichier.';
  const what =
    result.reason === 'refused'
      ? `Ce fichier est en réalité un fichier « ${result.detected} », qui n’est pas accepté`
      : 'Ce type de fichier n’est pas accepté';
  return `${what} comme pièce justificative, quel que soit son nom. Types acceptés : ${ACCEPTED_TYPES_TEXT}.`;
}

/** Extensions a name may carry for each type (any other extension, or none, is replaced). */
const NAME_EXTENSIONS: Record<string, EvidenceExtension> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  odt: 'odt',
  ods: 'ods',
  odp: 'odp',
  txt: 'txt',
};

/**
 * The French refusal of a file whose name announces another accepted type than its content
 * (a PNG renamed `.pdf`), or null when the name says nothing or the same thing.
 * @example nameMismatch('scan.pdf', 'png') // 'Le fichier « scan.pdf » porte l’extension .pdf mais c’est en réalité une image PNG…'
 */
export function nameMismatch(name: string, extension: EvidenceExtension): string | null {
  const announced = /\.([A-Za-z0-9]{1,5})$/.exec(name.trim())?.[1]?.toLowerCase();
  const announcedType = announced ? NAME_EXTENSIONS[announced] : undefined;
  if (!announcedType || announcedType === extension) return null;
  return `Le fichier « ${name.split(/[\\/]/).pop()} » porte l’extension .${announced} mais c’est en réalité ${EVIDENCE_TYPES[extension].label} : vérifiez que c’est le bon fichier, puis donnez-lui l’extension .${extension}.`;
}

/**
 * A file name safe to show and to put in a download header or a ZIP: no folder, no control
 * character, at most 120 characters, and the extension of its real type.
 * @example safeFileName('../../contrat signé.PDF', 'pdf') // 'contrat signé.pdf'
 */
export function safeFileName(name: string, extension: EvidenceExtension): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed
    .replace(/[\u0000-\u001f\u007f"*:<>?|]/g, '')
    .trim()
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .slice(0, 110)
    .trim();
  return `${base || 'piece'}.${extension === 'jpg' ? 'jpg' : extension}`;
}
