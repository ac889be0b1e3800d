import { describe, expect, it } from 'vitest';
import { buildChain, draft } from './journal.test-support.ts';
import { chainEntry, type JournalEntry } from './journal.ts';
import { csvCell, journalToCsv } from './journal-csv.ts';

const options = {
  practiceName: 'Cabinet du Dr Martin',
  headHash: 'c'.repeat(64),
  generatedAt: new Date('2026-11-29T13:05:00Z'),
};
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n');
const one = (overrides: Parameters<typeof draft>[1]) => chainEntry(draft(1, overrides), null);

describe('journalToCsv', () => {
  const chain = buildChain(2);
  const csv = journalToCsv(chain, options);

  it('writes UTF-8 with BOM, CRLF line ends and the French header', () => {
    expect(csv.startsWith('\uFEFFn°;date (heure de Paris);auteur;action;objet;résumé;empreinte\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes one line per entry, in Paris time, with labels and the hash', () => {
    expect(lines(csv)[1]).toBe(
      `1;29/11/2026 11:01;Dr Martin (titulaire);Connexion;Utilisateur user-1;Connexion n° 1.;${chain[0]!.hash}`,
    );
    expect(lines(csv)[2]?.split(';')).toHaveLength(7);
  });

  it('ends with the practice, the count and the head hash', () => {
    expect(lines(csv).slice(3)).toEqual([
      '',
      'Journal de conformité de « Cabinet du Dr Martin », 2 entrées, généré le 29/11/2026 à 14:05 (heure de Paris)',
      `Empreinte de tête de chaîne : ${'c'.repeat(64)}`,
      '',
    ]);
    expect(lines(journalToCsv(chain.slice(0, 1), options))[3]).toContain(', 1 entrée, ');
  });

  it.each<[string, string, string]>([
    ['winter time', '2026-01-15T09:00:00.000Z', '15/01/2026 10:00'],
    ['summer time', '2026-07-14T08:00:00.000Z', '14/07/2026 10:00'],
    ['the spring-forward night', '2026-03-29T01:30:00.000Z', '29/03/2026 03:30'],
    ['the fall-back night', '2026-10-25T00:30:00.000Z', '25/10/2026 02:30'],
    ['the Paris day after a UTC evening', '2026-11-29T23:30:00.000Z', '30/11/2026 00:30'],
  ])('shows %s in Paris time', (_name, at, shown) => {
    expect(lines(journalToCsv([one({ at })], options))[1]?.split(';')[1]).toBe(shown);
  });

  it('quotes cells holding the separator, quotes or line breaks', () => {
    const entry = one({ summary: 'Nom « A;B » changé en "C"\nsuite', actorLabel: 'Dr Martin; Dr Durand' });
    expect(lines(journalToCsv([entry], options))[1]).toBe(
      `1;29/11/2026 11:01;"Dr Martin; Dr Durand";Connexion;Utilisateur user-1;"Nom « A;B » changé en ""C""\nsuite";${entry.hash}`,
    );
  });

  it('neutralises a formula in any text cell, including the practice name', () => {
    const entry = one({ summary: '=HYPERLINK("http://x")', actorLabel: '@SUM(A1)', subjectType: null });
    const [, row] = lines(journalToCsv([entry], { ...options, practiceName: '=1+1' }));
    expect(row).toBe(`1;29/11/2026 11:01;'@SUM(A1);Connexion;;"'=HYPERLINK(""http://x"")";${entry.hash}`);
  });

  it('shows an unknown action and an unknown subject type as they are', () => {
    const entry = one({ action: 'legacy.retired_action', subjectType: 'legacy', subjectId: null });
    expect(lines(journalToCsv([entry], options))[1]).toContain(
      ';Action non répertoriée (legacy.retired_action);legacy;',
    );
  });

  it('writes only the header and the footer for an empty journal', () => {
    expect(lines(journalToCsv([] as JournalEntry[], options))).toHaveLength(5);
  });
});

describe('csvCell', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['', ''],
    ['a=b', 'a=b'],
    ['=1+1', "'=1+1"],
    ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['l1\r\nl2', '"l1\r\nl2"'],
    [' padded ', '" padded "'],
    ['=a;b', `"'=a;b"`],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
