import { describe, expect, it } from 'vitest';
import { checkAttachments, extensionsOf } from './check-attachments.ts';
import { hasMacroProject, sniffContent } from './file-kind.ts';
import { attachment, reported } from './mail-test-support.ts';

const bytes = (...values: number[]) => new Uint8Array([...values, 0, 0, 0, 0]);
const MZ = bytes(0x4d, 0x5a, 0x90);
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04);
const PDF = new TextEncoder().encode('%PDF-1.7\n');
const OLE2 = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const withMarker = (head: Uint8Array, marker: Uint8Array) =>
  new Uint8Array([...head, ...new Uint8Array(100), ...marker]);
const OOXML_MACROS = withMarker(ZIP, new TextEncoder().encode('word/vbaProject.bin'));
const OLE2_MACROS = withMarker(OLE2, new Uint8Array(Buffer.from('_VBA_PROJECT', 'utf16le')));

describe('attachments (judged by name, declared type and first bytes)', () => {
  it.each<[string, ReturnType<typeof attachment>, string[]]>([
    ['a Windows program', attachment('outil.exe', MZ), ['risky_attachment:high']],
    ['a script by name', attachment('lire.js', 'var a = 1;'), ['risky_attachment:high']],
    ['a program named like a PDF', attachment('facture.pdf', MZ, 'application/pdf'), ['risky_attachment:high']],
    ['a declared program type', attachment('x.bin', 'données', 'application/x-msdownload'), ['risky_attachment:high']],
    ['a shortcut', attachment('Document.lnk', 'L'), ['risky_attachment:high']],
    ['a disk image', attachment('scan.iso', 'x'), ['risky_attachment:high']],
    ['a zip archive', attachment('photos.zip', ZIP), ['risky_attachment:medium']],
    [
      'a rar archive by its bytes',
      attachment('archive', bytes(0x52, 0x61, 0x72, 0x21, 0x1a, 0x07)),
      ['risky_attachment:medium'],
    ],
    [
      'a 7z archive named .pdf',
      attachment('doc.pdf', bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)),
      ['risky_attachment:medium'],
    ],
    ['a double extension', attachment('facture.pdf.exe', MZ), ['double_extension:high', 'risky_attachment:high']],
    [
      'a double extension with spaces',
      attachment('scan.jpg      .scr', MZ),
      ['double_extension:high', 'risky_attachment:high'],
    ],
    [
      'a right-to-left override',
      attachment('Releve_\u202Efdp.scr', MZ),
      ['double_extension:high', 'risky_attachment:high'],
    ],
    ['a .docm', attachment('Facture.docm', ZIP), ['macro_document:high']],
    ['a .docx whose bytes carry macros', attachment('courrier.docx', OOXML_MACROS), ['macro_document:high']],
    ['an .xls whose directory holds a VBA project', attachment('releve.xls', OLE2_MACROS), ['macro_document:high']],
    ['an old .doc without macros', attachment('lettre.doc', OLE2), ['macro_document:low']],
    ['an HTML page', attachment('document.html', '<!DOCTYPE html><form>'), ['html_attachment:medium']],
    ['an SVG image', attachment('vocal.svg', '<svg></svg>', 'image/svg+xml'), ['html_attachment:medium']],
    ['HTML without a name', attachment(null, '<html><body>', 'text/html'), ['html_attachment:medium']],
    ['a PDF', attachment('compte-rendu.pdf', PDF, 'application/pdf'), []],
    ['a PDF with dots in its name', attachment('compte.rendu.2026.pdf', PDF, 'application/pdf'), []],
    ['a clean .docx', attachment('courrier.docx', ZIP), []],
    ['a .tar.gz (not a document first)', attachment('sauvegarde.tar', 'ustar'), ['risky_attachment:medium']],
    ['a picture', attachment('photo.jpg', bytes(0xff, 0xd8, 0xff)), []],
  ])('%s', (_what, file, expected) => {
    expect(reported((report) => checkAttachments([file], report))).toEqual(expected);
  });

  it('examines at most 50 attachments', () => {
    const many = [...Array.from({ length: 50 }, (_, i) => attachment(`photo-${i}.jpg`, 'x')), attachment('x.exe', MZ)];
    expect(reported((report) => checkAttachments(many, report))).toEqual([]);
  });

  it.each([
    ['Facture.PDF .Exe', ['pdf', 'exe']],
    ['sans-extension', []],
    ['.cache', ['cache']],
  ])('extensionsOf(%j) is %j', (name, extensions) => {
    expect(extensionsOf(name)).toEqual(extensions);
  });

  it.each([
    [MZ, 'executable'],
    [bytes(0x7f, 0x45, 0x4c, 0x46), 'executable'],
    [ZIP, 'zip'],
    [PDF, 'pdf'],
    [OLE2, 'ole2'],
    [bytes(0x1f, 0x8b), 'gzip'],
    [new TextEncoder().encode('\uFEFF  <!doctype HTML>'), 'html'],
    [new TextEncoder().encode('<?xml version="1.0"?><svg>'), 'html'],
    [new TextEncoder().encode('#!/bin/sh'), 'script'],
    [new Uint8Array(0), 'unknown'],
  ] as const)('sniffs %o as %s', (content, kind) => {
    expect(sniffContent(content)).toBe(kind);
  });

  it('finds macro projects by their uncompressed names only', () => {
    expect(hasMacroProject(OOXML_MACROS)).toBe(true);
    expect(hasMacroProject(OLE2_MACROS)).toBe(true);
    expect(hasMacroProject(ZIP)).toBe(false);
  });
});
