import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Profession } from '../../lib/referential/professions.ts';
import { loadRetentionRules } from './retention.referential.ts';
import { buildRuleSet } from './rule-set.ts';
import { openScan, type ScanRecord } from './scan.ts';
import { csvHeader, csvLine, jsonLine } from './scan-output.ts';
import { ScanRefusal } from './scan-refusal.ts';

const rules = buildRuleSet(loadRetentionRules(), []);
const AS_OF = '2026-12-01';

/** Scans `content`, delivered in chunks of `chunk` bytes (1 byte: every boundary is crossed). */
async function scan(
  content: string | Buffer,
  options: { profession?: Profession; chunk?: number; maxListedProblems?: number } = {},
) {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const size = options.chunk ?? 64 * 1024;
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const opened = await openScan(Readable.from(chunks), {
    asOf: AS_OF,
    rules,
    profession: 'profession' in options ? options.profession : 'medecin',
    ...(options.maxListedProblems ? { maxListedProblems: options.maxListedProblems } : {}),
  });
  const records: ScanRecord[] = [];
  for await (const record of opened.records) records.push(record);
  return { records, summary: opened.summary(), warnings: opened.warnings, delimiter: opened.delimiter };
}

async function refusal(content: string | Buffer, options: { profession?: Profession } = {}): Promise<string> {
  try {
    await scan(content, options);
  } catch (error) {
    if (error instanceof ScanRefusal) return error.message;
    throw error;
  }
  throw new Error('the file was not refused');
}

const ADULT = { id: 'P1', action: 'archive', next_date: '2038-03-15', rule: 'dossier-patient-medecin' };
const MINOR = { id: 'P2', action: 'archive', next_date: '2043-05-02', rule: 'dossier-patient-medecin' };
const DECEASED = { id: 'P3', action: 'destroy', next_date: '2011-01-01', rule: 'dossier-patient-medecin' };

describe('reading a patient index', () => {
  it.each<[string, string]>([
    [
      '« ; », French headers, ISO dates',
      'identifiant;date_naissance;dernier_contact;date_deces\nP1;1970-05-02;2018-03-15;\nP2;2015-05-02;2016-03-15;\nP3;1930-01-01;2000-03-15;2001-01-01\n',
    ],
    [
      '« , », English headers, French dates',
      'id,birth_date,last_visit,death_date\nP1,02/05/1970,15/03/2018,\nP2,02/05/2015,15/03/2016,\nP3,01/01/1930,15/03/2000,01/01/2001\n',
    ],
    [
      'a BOM, CRLF line ends, headers with accents and spaces',
      '\uFEFFIdentifiant;Date de naissance;Dernier contact;Date de décès\r\nP1;1970-05-02;2018-03-15;\r\nP2;2015-05-02;2016-03-15;\r\nP3;1930-01-01;2000-03-15;2001-01-01\r\n',
    ],
    [
      'quoted cells, both date formats mixed, columns in another order and one more',
      '"date_deces";"notes";"dernier_contact";"identifiant";"date_naissance"\n"";"suivi; annuel";"2018-03-15";"P1";"02/05/1970"\n;"";15/03/2016;P2;2015-05-02\n2001-01-01;;2000-03-15;P3;1930-01-01',
    ],
    [
      'empty lines and no final line break',
      'identifiant;date_naissance;dernier_contact;date_deces\n\nP1;1970-05-02;2018-03-15;\n\n\nP2;2015-05-02;2016-03-15;\nP3;1930-01-01;2000-03-15;2001-01-01',
    ],
  ])('%s', async (_case, text) => {
    for (const chunk of [64 * 1024, 7, 1]) {
      const { records, summary } = await scan(text, { chunk });
      expect(records).toMatchObject([ADULT, MINOR, DECEASED]);
      expect(summary).toMatchObject({ records: 3, keep: 0, archive: 2, destroy: 1, review: 0, problems: 0 });
    }
  });

  it('detects the separator and reports it', async () => {
    expect((await scan('id;last_visit\nP1;2024-01-01\n')).delimiter).toBe(';');
    expect((await scan('id,last_visit\nP1,2024-01-01\n')).delimiter).toBe(',');
  });

  it('explains each record in French with the rule applied', async () => {
    const { records } = await scan(
      'identifiant;date_naissance;dernier_contact;date_deces\nP2;2015-05-02;2016-03-15;\n',
    );
    expect(records[0]?.reason).toMatch(
      /^Dossier médical du patient \(médecin\) : .*28e anniversaire du patient né le 02\/05\/2015/,
    );
  });
});

describe('malformed lines are reported with their number; the rest is processed', () => {
  it('lists each one and counts the records around them', async () => {
    const text = [
      'identifiant;date_naissance;dernier_contact;date_deces',
      'P1;1970-05-02;2018-03-15;',
      'P-court;1970-05-02',
      '',
      ';1970-05-02;2018-03-15;',
      'P2;2015-05-02;2016-03-15;;',
      'P-long;1970-05-02;2018-03-15;;en trop',
      '"P-multi\nligne";1930-01-01;2000-03-15;2001-01-01',
      'P3;1930-01-01;2000-03-15;2001-01-01',
    ].join('\n');
    const { records, summary } = await scan(text);
    expect(records.map((r) => r.id)).toEqual(['P1', 'P2', 'P-multi\nligne', 'P3']);
    expect(summary.problems).toBe(3);
    expect(summary.listedProblems).toEqual([
      { line: 3, message: '2 colonnes au lieu de 4 (séparateur « ; »)' },
      { line: 5, message: 'identifiant vide' },
      { line: 7, message: '5 colonnes au lieu de 4 (séparateur « ; »)' },
    ]);
  });

  it('reports a quote never closed, with the line where the reading stopped', async () => {
    const text = 'identifiant;dernier_contact\nP1;2020-01-01\nP2;"2020-01-01\nP3;2020-01-01\n';
    const { records, summary } = await scan(text);
    expect(records.map((r) => r.id)).toEqual(['P1']);
    expect(summary.problems).toBe(1);
    expect(summary.listedProblems[0]?.message).toMatch(/guillemet ouvert jamais refermé/);
    expect(summary.listedProblems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('says a line is too long when it is, not that its quotes are wrong', async () => {
    const long = 'x'.repeat(20 * 1024);
    const text = `identifiant;dernier_contact\nP1;2020-01-01\nP2;${long}\nP3;2020-01-01\n`;
    const { summary } = await scan(text);
    expect(summary.listedProblems[0]?.message).toMatch(/^ligne de plus de 16 Ko : elle est trop longue/);
  });

  it.each([
    ['an over-long header', `${'colonne;'.repeat(3000)}identifiant\nP1\n`, /^La ligne d’en-tête dépasse 16 Ko/],
    [
      'a header whose quote is never closed',
      'identifiant;"dernier_contact\nP1;2020-01-01\n',
      /^La ligne d’en-tête du fichier est mal formée : guillemet ouvert jamais refermé/,
    ],
  ])('refuses %s saying what is wrong', async (_case, text, message) => {
    expect(await refusal(text)).toMatch(message);
  });

  it('lists the first problems only and counts the others', async () => {
    const lines = [
      'identifiant;dernier_contact',
      ...Array.from({ length: 30 }, (_, i) => (i % 2 ? `P${i};2020-01-01` : 'seul')),
    ];
    const { summary } = await scan(lines.join('\n'), { maxListedProblems: 5 });
    expect(summary).toMatchObject({ records: 15, problems: 15 });
    expect(summary.listedProblems.map((p) => p.line)).toEqual([2, 4, 6, 8, 10]);
  });

  it.each<[string, string, RegExp]>([
    [
      'an unreadable date',
      'identifiant;date_naissance;dernier_contact\nP1;31/02/1980;2020-01-01\n',
      /date de naissance illisible « 31\/02\/1980 » \(formats acceptés : AAAA-MM-JJ ou JJ\/MM\/AAAA\)/,
    ],
    [
      'a missing last contact',
      'identifiant;date_naissance;dernier_contact\nP1;1980-01-01;\n',
      /la date du dernier contact manque/,
    ],
    [
      'a last contact in the future',
      'identifiant;date_naissance;dernier_contact\nP1;1980-01-01;2030-01-01\n',
      /le dernier contact \(01\/01\/2030\) tombe après le jour de l’analyse/,
    ],
    [
      'a death before the birth',
      'identifiant;date_naissance;dernier_contact;date_deces\nP1;1980-01-01;2020-01-01;1970-01-01\n',
      /précède la date de naissance/,
    ],
  ])('a record with %s is to review, not a problem', async (_case, text, reason) => {
    const { records, summary } = await scan(text);
    expect(records).toEqual([
      {
        id: 'P1',
        action: 'review',
        next_date: '',
        rule: 'dossier-patient-medecin',
        reason: expect.stringMatching(reason),
      },
    ]);
    expect(summary).toMatchObject({ review: 1, problems: 0 });
  });
});

describe('several professions and document types in one file', () => {
  it('reads the profession and document type of each line, by id or French label', async () => {
    const text = [
      'identifiant;profession;type_document;dernier_contact;date_document;date_naissance',
      'M1;medecin;dossier patient;2023-03-15;;1970-01-01',
      'K1;Masseur-kinésithérapeute;patient_record;2023-03-15;;1970-01-01',
      'F1;infirmier;fse_copy;;2026-10-01;',
      'C1;medecin;Comptabilité;;2010-06-30;',
      'X1;plombier;patient_record;2023-03-15;;',
      'X2;medecin;ordonnance;2023-03-15;;',
      'X3;pharmacien;patient_record;2023-03-15;;',
      'X4;;patient_record;2023-03-15;;1970-01-01',
    ].join('\n');
    const { records } = await scan(text, { profession: undefined });
    expect(records.map((r) => [r.id, r.action, r.next_date, r.rule])).toEqual([
      ['M1', 'keep', '2028-03-15', 'dossier-patient-medecin'],
      ['K1', 'keep', '2028-03-15', 'dossier-patient-paramedical'],
      ['F1', 'keep', '2026-12-30', 'copie-fse'],
      ['C1', 'destroy', '2016-06-30', 'comptabilite'],
      ['X1', 'review', '', ''],
      ['X2', 'review', '', ''],
      ['X3', 'review', '', ''],
      ['X4', 'review', '', ''],
    ]);
    expect(records[4]?.reason).toMatch(/profession inconnue « plombier »/);
    expect(records[5]?.reason).toMatch(/type de document inconnu « ordonnance »/);
    expect(records[6]?.reason).toMatch(
      /aucune règle pour « Dossier patient » et la profession « Pharmacien d’officine »/,
    );
    expect(records[7]?.reason).toMatch(/la profession n’est pas précisée pour cette ligne/);
  });

  it('uses the profession given for the lines whose cell is empty', async () => {
    const { records } = await scan(
      'identifiant;profession;dernier_contact;date_naissance\nA;;2023-03-15;1970-01-01\nB;infirmier;2023-03-15;1970-01-01\n',
      { profession: 'medecin' },
    );
    expect(records.map((r) => r.rule)).toEqual(['dossier-patient-medecin', 'dossier-patient-paramedical']);
  });

  it('warns when the birth or death column is absent', async () => {
    const { warnings } = await scan('identifiant;dernier_contact\nP1;2020-01-01\n');
    expect(warnings).toEqual([
      expect.stringMatching(/^Pas de colonne « date_naissance » : la règle des mineurs/),
      expect.stringMatching(/^Pas de colonne « date_deces »/),
    ]);
  });
});

describe('a file that is not a patient-index CSV is refused with a clear message', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  it.each<[string, string | Buffer, RegExp]>([
    ['an empty file', '', /^Le fichier est vide/],
    ['a file of blank lines', '\n\r\n  \n', /^Le fichier est vide/],
    [
      'a binary file (PNG image)',
      png,
      /^Ce fichier n’est pas un fichier texte CSV \(contenu binaire\)\. .*format CSV \(UTF-8\)/,
    ],
    ['random bytes with NUL', Buffer.from([1, 2, 0, 3, 200, 100, 0, 0, 7]), /contenu binaire/],
    [
      'an Excel workbook',
      Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(40, 1)]),
      /^Ce fichier n’est pas un CSV mais un classeur \(Excel \.xlsx, LibreOffice \.ods\)/,
    ],
    ['a PDF', '%PDF-1.7\n%âãÏÓ\n', /^Ce fichier n’est pas un CSV mais un document PDF/],
    [
      'a Windows-1252 file',
      Buffer.from('identifiant;dernier_contact;date_d\xe9c\xe8s\n', 'latin1'),
      /n’est pas encodé en UTF-8/,
    ],
    [
      'a text without header',
      'Bonjour, voici le fichier\n',
      /^Colonnes manquantes : « identifiant » \(ou « id »\) et « dernier_contact »/,
    ],
    ['a single column', 'identifiant\nP1\n', /^La première ligne ne contient ni « ; » ni « , »/],
    [
      'no identifier column',
      'numero;dernier_contact\n1;2020-01-01\n',
      /^Colonne manquante : « identifiant » \(ou « id »\)\. .*celles trouvées sont : « numero », « dernier_contact »/,
    ],
    [
      'no last-contact column',
      'id;date_naissance\n1;2020-01-01\n',
      /^Colonne manquante : « dernier_contact » \(ou « last_visit »\)/,
    ],
    ['a first line of 64 KiB without line break', 'a'.repeat(70 * 1024), /^La première ligne dépasse 64 Ko/],
  ])('%s', async (_case, content, message) => {
    expect(await refusal(content)).toMatch(message);
  });

  it('asks for the profession when neither the file nor the caller gives it', async () => {
    expect(await refusal('identifiant;dernier_contact\nP1;2020-01-01\n', { profession: undefined })).toMatch(
      /^Précisez la profession/,
    );
  });
});

describe('the result', () => {
  const record: ScanRecord = {
    id: 'P1',
    action: 'archive',
    next_date: '2038-03-15',
    rule: 'dossier-patient-medecin',
    reason: 'Texte, avec « guillemets » et "citation"',
  };

  it('is a CSV with the file’s separator, the reason always quoted', () => {
    expect(csvHeader(';')).toBe('id;action;next_date;rule;reason\r\n');
    expect(csvLine(record, ';')).toBe(
      'P1;archive;2038-03-15;dossier-patient-medecin;"Texte, avec « guillemets » et ""citation"""\r\n',
    );
    expect(csvLine({ ...record, id: 'A,1' }, ',')).toMatch(/^"A,1",archive,/);
  });

  it('never lets a spreadsheet run an identifier as a formula', () => {
    expect(csvLine({ ...record, id: '=HYPERLINK("x")' }, ';')).toMatch(/^"'=HYPERLINK\(""x""\)";/);
  });

  it('is one JSON object per line with the fields id, action, next_date, rule, reason', () => {
    const line = jsonLine(record);
    expect(line.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(line))).toEqual(['id', 'action', 'next_date', 'rule', 'reason']);
  });
});
