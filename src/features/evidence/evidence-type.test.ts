import { describe, expect, it } from 'vitest';
import { SAMPLE_FILES } from '../../../test/support/upload.ts';
import { evidenceType, evidenceTypeMessage, nameMismatch, safeFileName } from './evidence-type.ts';

describe('evidence type recognised by content', () => {
  it.each([
    ['PDF', SAMPLE_FILES.pdf, 'pdf'],
    ['PNG', SAMPLE_FILES.png, 'png'],
    ['UTF-8 text', SAMPLE_FILES.text, 'txt'],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]), 'jpg'],
  ])('accepts %s', async (_name, bytes, extension) => {
    expect(await evidenceType(bytes)).toMatchObject({ ok: true, extension });
  });

  it('accepts OOXML and OpenDocument containers by their content-type entry', async () => {
    expect(await evidenceType(await SAMPLE_FILES.docx())).toMatchObject({ ok: true, extension: 'docx' });
    expect(await evidenceType(await SAMPLE_FILES.odt())).toMatchObject({ ok: true, extension: 'odt' });
  });

  it.each([
    ['an executable', SAMPLE_FILES.exe, 'refused'],
    ['a bare ZIP', null, 'refused'],
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['binary bytes', Buffer.from([0x00, 0x01, 0x02, 0xfe, 0xff, 0x10]), 'unknown'],
    ['Latin-1 text (not UTF-8)', Buffer.from('Caf\xe9 cr\xe8me', 'latin1'), 'unknown'],
  ])('refuses %s', async (_name, bytes, reason) => {
    const result = await evidenceType(bytes ?? (await SAMPLE_FILES.zip()));
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(evidenceTypeMessage(result)).toMatch(/^(Le fichier est vide|Ce)/);
  });

  it('names what a refused file really is, in French', async () => {
    const result = await evidenceType(SAMPLE_FILES.exe);
    expect(!result.ok && evidenceTypeMessage(result)).toBe(
      'Ce fichier est en réalité un fichier « exe », qui n’est pas accepté comme pièce justificative, quel que soit son nom. Types acceptés : PDF, image PNG ou JPEG, document bureautique (Word, Excel, PowerPoint, OpenDocument) ou texte brut UTF-8.',
    );
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../contrat signé.PDF', 'pdf', 'contrat signé.pdf'],
    ['photo.pdf', 'png', 'photo.png'],
    ['C:\\Users\\moi\\attestation', 'txt', 'attestation.txt'],
    ['"<>|?*', 'pdf', 'piece.pdf'],
    ['a\u0000b.docx', 'docx', 'ab.docx'],
  ] as const)('%s as %s → %s', (name, extension, expected) => {
    expect(safeFileName(name, extension)).toBe(expected);
  });
});

describe('nameMismatch', () => {
  it.each([
    [
      'scan.pdf',
      'png',
      'Le fichier « scan.pdf » porte l’extension .pdf mais c’est en réalité une image PNG : vérifiez que c’est le bon fichier, puis donnez-lui l’extension .png.',
    ],
    ['photo.JPEG', 'jpg', null],
    ['contrat.pdf', 'pdf', null],
    ['contrat', 'pdf', null],
    ['contrat.final', 'pdf', null],
    [
      'notes.txt',
      'docx',
      'Le fichier « notes.txt » porte l’extension .txt mais c’est en réalité un document Word : vérifiez que c’est le bon fichier, puis donnez-lui l’extension .docx.',
    ],
  ] as const)('%s holding %s', (name, extension, expected) => {
    expect(nameMismatch(name, extension)).toBe(expected);
  });
});
