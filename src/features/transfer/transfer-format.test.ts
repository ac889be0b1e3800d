import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PracticeExport } from './transfer-format.ts';
import { PRACTICE_EXPORT_SCHEMA_FILE, practiceExportSchemaText } from './transfer-format.ts';
import { remapPractice } from './transfer-remap.ts';
import { TRANSFER_TABLES } from './transfer-tables.ts';

describe('the export format', () => {
  it('publishes in docs/ the JSON Schema built from the list of tables (else run src/features/transfer/write-schema.ts)', () => {
    expect(JSON.parse(readFileSync(PRACTICE_EXPORT_SCHEMA_FILE, 'utf8'))).toEqual(
      JSON.parse(practiceExportSchemaText()),
    );
  });

  it('never lists a secret column among the exported ones', () => {
    const secret = /password|mfa|token|secret|hash$/;
    for (const table of TRANSFER_TABLES) {
      expect(
        Object.keys(table.columns).filter((c) => secret.test(c) && c !== 'sha256'),
        table.name,
      ).toEqual([]);
    }
  });
});

const empty = () =>
  Object.fromEntries(TRANSFER_TABLES.map((t) => [t.name, [] as Record<string, unknown>[]])) as Record<
    string,
    Record<string, unknown>[]
  >;

function fileWith(tables: Record<string, Record<string, unknown>[]>): PracticeExport {
  const chain = {
    sourcePracticeId: 'p-old',
    sourcePracticeName: 'Ancien',
    count: 0,
    headHash: '0'.repeat(64),
    entries: [],
  };
  return {
    practice: { id: 'p-old', name: 'Ancien' },
    tables: { ...empty(), ...tables },
    journal: chain,
    journalArchives: [],
  } as unknown as PracticeExport;
}

describe('remapPractice', () => {
  let n = 0;
  const remap = (tables: Record<string, Record<string, unknown>[]>) =>
    remapPractice(fileWith(tables), {
      practiceId: 'p-new',
      now: new Date('2026-12-07T10:00:00Z'),
      newId: () => `n${++n}`,
    });

  it.each<
    [string, Record<string, Record<string, unknown>[]>, string, (rows: Record<string, unknown>[]) => unknown, unknown]
  >([
    [
      'a column naming a user',
      { users: [{ id: 'u1' }], mail_verdicts: [{ id: 'v1', user_id: 'u1' }] },
      'mail_verdicts',
      (r) => r[0]?.user_id,
      'users:u1',
    ],
    [
      'a user the file does not hold becomes null',
      { mail_verdicts: [{ id: 'v1', user_id: 'gone' }] },
      'mail_verdicts',
      (r) => r[0]?.user_id,
      null,
    ],
    [
      'the processors’ activities (JSON)',
      { register_activities: [{ id: 'a1' }], processors: [{ id: 'p1', activity_ids: '["a1","gone"]' }] },
      'processors',
      (r) => JSON.parse(String(r[0]?.activity_ids)),
      ['register_activities:a1'],
    ],
    [
      'the breach an incident step names (JSON)',
      {
        breaches: [{ id: 'b1' }],
        incidents: [{ id: 'i1' }],
        incident_events: [{ id: 'e1', incident_id: 'i1', data: '{"breachId":"b1"}' }],
      },
      'incident_events',
      (r) => JSON.parse(String(r[0]?.data)).breachId,
      'breaches:b1',
    ],
    [
      'the assignee in an answer’s history (JSON)',
      {
        users: [{ id: 'u1' }],
        checklist_answer_changes: [
          {
            id: 'c1',
            changes: '[{"field":"assignee","from":null,"to":"u1"},{"field":"status","from":null,"to":"done"}]',
          },
        ],
      },
      'checklist_answer_changes',
      (r) => JSON.parse(String(r[0]?.changes)),
      [
        { field: 'assignee', from: null, to: 'users:u1' },
        { field: 'status', from: null, to: 'done' },
      ],
    ],
    [
      'an evidence file’s processor',
      {
        processors: [{ id: 'p1', activity_ids: '[]' }],
        evidence_files: [{ id: 'f1', target_type: 'processor', target_id: 'p1' }],
      },
      'evidence_files',
      (r) => r[0]?.target_id,
      'processors:p1',
    ],
    [
      'an evidence file’s measure keeps the referential’s id',
      { evidence_files: [{ id: 'f1', target_type: 'measure', target_id: 'pare-feu-actif' }] },
      'evidence_files',
      (r) => r[0]?.target_id,
      'pare-feu-actif',
    ],
  ])('remaps %s', (_, tables, table, pick, expected) => {
    const rows = remap(tables);
    const ids = new Map<string, string>();
    for (const [name, list] of Object.entries(tables)) {
      for (const [i, row] of list.entries()) ids.set(String(rows.tables[name]?.[i]?.id), `${name}:${String(row.id)}`);
    }
    const named = JSON.parse(JSON.stringify(pick(rows.tables[table] ?? [])), (_k, v) =>
      typeof v === 'string' && ids.has(v) ? ids.get(v) : v,
    );
    expect(named).toEqual(expected);
  });

  it('refuses a row that cannot exist without the row it names, and a repeated id', () => {
    expect(() => remap({ incident_events: [{ id: 'e1', incident_id: 'gone', data: null }] })).toThrow(
      /incohérent \(incident_events\.incident_id/,
    );
    expect(() => remap({ users: [{ id: 'u1' }, { id: 'u1' }] })).toThrow(/identifiant u1 en double dans users/);
  });

  it('gives the practice its new id and archives the file’s journal after its earlier archives', () => {
    const rows = remap({});
    expect(rows.practice.id).toBe('p-new');
    expect(rows.archives).toEqual([
      expect.objectContaining({ sourcePracticeId: 'p-old', archivedAt: '2026-12-07T10:00:00.000Z' }),
    ]);
  });
});
