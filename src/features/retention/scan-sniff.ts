import { ScanRefusal } from './scan-refusal.ts';

/** Bytes read before deciding whether the file is a CSV: the header line must fit in them. */
export const HEAD_BYTES = 64 * 1024;

export type Delimiter = ';' | ',';

const SIGNATURES: readonly [bytes: number[], what: string][] = [
  [[0x50, 0x4b, 0x03, 0x04], 'un classeur (Excel .xlsx, LibreOffice .ods) ou une archive ZIP'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'un ancien classeur Excel (.xls)'],
  [[0x25, 0x50, 0x44, 0x46], 'un document PDF'],
];

const SAVE_AS_CSV =
  'Dans votre logiciel ou votre tableur, choisissez « Enregistrer sous » ou « Exporter », format CSV (UTF-8), puis envoyez ce fichier.';

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);

/** Control characters other than tab, line feed and carriage return: a text file has (almost) none. */
function controlRatio(text: string): number {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

/** The header line's separator: the more frequent of `;` and `,` outside quotes. */
function delimiterOf(line: string): Delimiter | undefined {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === ';') semicolons++;
    else if (!quoted && c === ',') commas++;
  }
  if (semicolons === 0 && commas === 0) return undefined;
  return semicolons >= commas ? ';' : ',';
}

/**
 * Decides from the first bytes whether the file is a CSV with a header, and finds its separator.
 * `complete` says that `head` is the whole file.
 * @throws {ScanRefusal} for an empty file, a spreadsheet, a PDF or any other binary file, a text
 * that is not UTF-8, or a first line without `;` or `,` (no header).
 * @example sniffHead(Buffer.from('identifiant;dernier_contact\n'), true) // ';'
 */
export function sniffHead(head: Uint8Array, complete: boolean): Delimiter {
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  const body = bom ? head.subarray(3) : head;
  if (body.every((b) => b === 0x0a || b === 0x0d || b === 0x20 || b === 0x09)) {
    throw new ScanRefusal(
      'Le fichier est vide : exportez l’index des patients au format CSV, avec une ligne d’en-tête.',
    );
  }
  const signature = SIGNATURES.find(([bytes]) => startsWith(body, bytes));
  if (signature) throw new ScanRefusal(`Ce fichier n’est pas un CSV mais ${signature[1]}. ${SAVE_AS_CSV}`);
  let text: string;
  try {
    // `stream: true`: a character cut at the end of the head is not an error.
    text = new TextDecoder('utf-8', { fatal: true }).decode(body, { stream: !complete });
  } catch {
    const binary = body.includes(0);
    throw new ScanRefusal(
      binary
        ? `Ce fichier n’est pas un fichier texte CSV (contenu binaire). ${SAVE_AS_CSV}`
        : `Ce fichier n’est pas encodé en UTF-8 (probablement en Windows-1252 ou ISO-8859-1). ${SAVE_AS_CSV}`,
    );
  }
  if (body.includes(0) || controlRatio(text) > 0.01) {
    throw new ScanRefusal(`Ce fichier n’est pas un fichier texte CSV (contenu binaire). ${SAVE_AS_CSV}`);
  }
  const end = text.search(/\r?\n/);
  if (end < 0 && !complete) {
    throw new ScanRefusal(
      `La première ligne dépasse ${HEAD_BYTES / 1024} Ko : ce n’est pas une ligne d’en-tête de CSV. ${SAVE_AS_CSV}`,
    );
  }
  const delimiter = delimiterOf(end < 0 ? text : text.slice(0, end));
  if (!delimiter) {
    throw new ScanRefusal(
      'La première ligne ne contient ni « ; » ni « , » : le fichier doit commencer par une ligne d’en-tête qui nomme les colonnes, par exemple « identifiant;date_naissance;dernier_contact;date_deces ».',
    );
  }
  return delimiter;
}
