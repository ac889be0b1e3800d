import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { saveOverrides } from '../../features/retention/retention.repository.ts';
import { freshInstall, setup, withDb } from '../accounts-cli.test-support.ts';
import { ADMIN_ACTOR } from './database.ts';

/** Without --practice these commands need no database: an empty environment proves it. */
const env = {};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-cli-retention-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  fs.writeFileSync(target, content);
  return target;
}

const INDEX = file(
  'index.csv',
  [
    'identifiant;date_naissance;dernier_contact;date_deces',
    'ADULTE-1;1970-05-02;2018-03-15;',
    'MINEUR-2;02/05/2015;15/03/2016;',
    'ligne mal formée',
    'DECEDE-3;1930-01-01;2000-03-15;2001-01-01',
    'RECENT-4;1980-01-01;2025-06-01;',
  ].join('\n'),
);
const SCAN = ['retention', 'scan', INDEX, '--as-of', '2026-12-01', '--profession', 'medecin'];

describe('hygie retention scan', () => {
  it('prints one JSON object per record (id, action, next_date, rule, reason), then the summary on stderr', async () => {
    const { code, stdout, stderr } = await runCli(SCAN, env);
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => Object.keys(l))).toEqual(Array(4).fill(['id', 'action', 'next_date', 'rule', 'reason']));
    expect(lines.map((l) => [l.id, l.action, l.next_date])).toEqual([
      ['ADULTE-1', 'archive', '2038-03-15'],
      ['MINEUR-2', 'archive', '2043-05-02'],
      ['DECEDE-3', 'destroy', '2011-01-01'],
      ['RECENT-4', 'keep', '2030-06-01'],
    ]);
    expect(stderr).toBe(
      [
        'Analyse terminée : 4 dossiers lus.',
        '  À garder en base active (keep) : 1',
        '  À placer en archive intermédiaire (archive) : 2',
        '  Destruction possible (destroy) : 1',
        '  À vérifier (review) : 0',
        '1 ligne mal formée, ignorée :',
        '  ligne 4 : 1 colonne au lieu de 4 (séparateur « ; »)',
        '',
      ].join('\n'),
    );
  });

  it('writes the result as CSV with --format csv', async () => {
    const { code, stdout } = await runCli([...SCAN, '--format', 'csv'], env);
    expect(code).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('id;action;next_date;rule;reason');
    expect(lines[3]).toMatch(
      /^DECEDE-3;destroy;2011-01-01;dossier-patient-medecin;"Dossier médical .*10 ans après le décès/,
    );
  });

  it.each<[string, string[], number, RegExp]>([
    [
      'a binary file',
      [
        'retention',
        'scan',
        file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])),
        '--as-of',
        '2026-12-01',
        '--profession',
        'medecin',
      ],
      1,
      /^Ce fichier n’est pas un fichier texte CSV/,
    ],
    [
      'a missing file',
      ['retention', 'scan', path.join(dir, 'absent.csv'), '--as-of', '2026-12-01', '--profession', 'medecin'],
      1,
      /^Fichier introuvable : /,
    ],
    [
      'an impossible day',
      [...SCAN.slice(0, 3), '--as-of', '2026-02-30'],
      2,
      /^--as-of : date impossible ou mal écrite/,
    ],
    [
      'an unknown profession',
      [...SCAN.slice(0, 5), '--profession', 'plombier'],
      2,
      /^--profession : profession inconnue « plombier »/,
    ],
    ['an unknown format', [...SCAN, '--format', 'xml'], 2, /^--format : « xml » inconnu, jsonl ou csv attendu/],
    ['no --as-of', ['retention', 'scan', INDEX], 1, /^Option obligatoire manquante : --as-of/],
  ])('refuses %s in French', async (_case, argv, exit, message) => {
    const { code, stdout, stderr } = await runCli(argv, env);
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});

describe('hygie retention calculate', () => {
  it('explains the result in French', async () => {
    const argv = [
      'retention',
      'calculate',
      '--profession',
      'medecin',
      '--as-of',
      '2026-12-01',
      '--birth-date',
      '2015-05-02',
      '--last-visit',
      '2016-03-15',
    ];
    const { code, stdout } = await runCli(argv, env);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Action : à placer en archive intermédiaire \(archive\)\nProchaine étape : 02\/05\/2043\nMise en archive intermédiaire : 15\/03\/2021\nFin de conservation : 02\/05\/2043\nRègle : dossier-patient-medecin\nExplication : Dossier médical/,
    );
  });

  it('prints one JSON object with --json, for any document type', async () => {
    const argv = [
      'retention',
      'calculate',
      '--profession',
      'pharmacien',
      '--type',
      'prescription_register',
      '--document-date',
      '2012-05-31',
      '--as-of',
      '2026-12-01',
      '--json',
    ];
    const { code, stdout } = await runCli(argv, env);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      action: 'destroy',
      nextDate: '2022-05-31',
      endDate: '2022-05-31',
      rule: 'ordonnancier',
    });
  });

  it('refuses a pair without a rule', async () => {
    const argv = [
      'retention',
      'calculate',
      '--profession',
      'pharmacien',
      '--last-visit',
      '2020-01-01',
      '--as-of',
      '2026-12-01',
    ];
    expect(await runCli(argv, env)).toMatchObject({
      code: 2,
      stderr: /Aucune règle de conservation pour « patient_record » et « pharmacien »/,
    });
  });
});

describe('--practice applies the durations a practice chose', () => {
  it('in the calculator and the scan', async () => {
    const install = freshInstall();
    const { practiceId } = await setup(install.env);
    await withDb(install.dir, (db) =>
      saveOverrides(
        db,
        practiceId,
        {
          set: [{ rule: 'dossier-patient-paramedical', keepMonths: 24, keepDays: 0, archiveMonths: 276 }],
          reset: [],
          changes: [
            {
              rule: 'dossier-patient-paramedical',
              from: { keepMonths: 60, keepDays: 0, archiveMonths: 180 },
              to: { keepMonths: 24, keepDays: 0, archiveMonths: 276 },
            },
          ],
        },
        ADMIN_ACTOR,
        new Date(),
      ),
    );
    const calc = [
      'retention',
      'calculate',
      '--profession',
      'infirmier',
      '--last-visit',
      '2023-03-15',
      '--birth-date',
      '1970-01-01',
      '--as-of',
      '2026-12-01',
      '--json',
    ];
    expect(JSON.parse((await runCli(calc, install.env)).stdout)).toMatchObject({
      action: 'keep',
      endDate: '2043-03-15',
    });
    expect(JSON.parse((await runCli([...calc, '--practice', practiceId], install.env)).stdout)).toMatchObject({
      action: 'archive',
      endDate: '2048-03-15',
      reason: expect.stringMatching(/Durée choisie par le cabinet\.$/),
    });
    const scan = await runCli(
      ['retention', 'scan', INDEX, '--as-of', '2026-12-01', '--profession', 'infirmier', '--practice', practiceId],
      install.env,
    );
    expect(JSON.parse(scan.stdout.split('\n')[3] ?? '')).toMatchObject({
      id: 'RECENT-4',
      action: 'keep',
      next_date: '2027-06-01',
    });
    expect(await runCli([...calc, '--practice', 'inconnu'], install.env)).toMatchObject({
      code: 1,
      stderr: /Aucun cabinet n’a l’identifiant « inconnu »/,
    });
  });
});
