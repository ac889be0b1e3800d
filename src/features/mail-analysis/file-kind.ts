/**
 * What an attachment really is, from its first bytes (its "magic number"), never from opening,
 * running or decompressing it.
 */
export type ContentKind =
  | 'executable'
  | 'script'
  | 'disk_image'
  | 'zip'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'cab'
  | 'pdf'
  | 'ole2'
  | 'html'
  | 'unknown';

const SIGNATURES: readonly [ContentKind, readonly number[]][] = [
  ['executable', [0x4d, 0x5a]], // MZ: Windows program
  ['executable', [0x7f, 0x45, 0x4c, 0x46]], // ELF
  ['executable', [0xcf, 0xfa, 0xed, 0xfe]], // Mach-O
  ['executable', [0xce, 0xfa, 0xed, 0xfe]],
  ['executable', [0xfe, 0xed, 0xfa, 0xce]],
  ['executable', [0xfe, 0xed, 0xfa, 0xcf]],
  ['executable', [0xca, 0xfe, 0xba, 0xbe]], // Java class or universal Mach-O
  ['script', [0x23, 0x21]], // #!
  ['zip', [0x50, 0x4b, 0x03, 0x04]], // PK (also .docx, .xlsx, .jar)
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['zip', [0x50, 0x4b, 0x07, 0x08]],
  ['rar', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]], // Rar!
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['gzip', [0x1f, 0x8b]],
  ['cab', [0x4d, 0x53, 0x43, 0x46]], // MSCF
  ['pdf', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]], // old Office documents, .msi, .msg
];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);

const HTML_STARTS = ['<!doctype html', '<html', '<head', '<body', '<svg', '<script', '<form', '<iframe', '<meta'];
const ISO_9660 = [0x43, 0x44, 0x30, 0x30, 0x31]; // "CD001" at 0x8001

function looksLikeHtml(bytes: Uint8Array): boolean {
  const start = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF|^ï»¿/, '')
    .trimStart();
  const lower = start.toLowerCase();
  if (lower.startsWith('<?xml')) return /<svg[\s>]/.test(lower);
  return HTML_STARTS.some((tag) => lower.startsWith(tag));
}

/**
 * The kind of content, from its first bytes.
 * @example sniffContent(new Uint8Array([0x4d, 0x5a, 0x90, 0x00])) // "executable"
 */
export function sniffContent(bytes: Uint8Array): ContentKind {
  for (const [kind, signature] of SIGNATURES) if (startsWith(bytes, signature)) return kind;
  if (startsWith(bytes, ISO_9660, 0x8001)) return 'disk_image';
  return looksLikeHtml(bytes) ? 'html' : 'unknown';
}

const OOXML_MACROS = Buffer.from('vbaProject.bin', 'latin1');
const OLE2_MACROS = Buffer.from('_VBA_PROJECT', 'utf16le');

/**
 * True when an Office document carries macros: the uncompressed name of its macro part
 * (`vbaProject.bin` in the file list of a .docx/.xlsx, `_VBA_PROJECT` in the directory of an old
 * .doc/.xls) is in its bytes. Found by searching the bytes, never by decompressing.
 */
export function hasMacroProject(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.includes(OOXML_MACROS) || buffer.includes(OLE2_MACROS);
}
