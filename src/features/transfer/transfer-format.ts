import { z } from '../../lib/zod.ts';
import { type ColumnType, nullable, PRACTICE_TABLE, TRANSFER_TABLES, type TransferTable } from './transfer-tables.ts';

/**
 * The whole-practice export file (docs/practice-export.md): one JSON object, versioned. The schema
 * is built from the one list of tables (transfer-tables.ts); docs/practice-export.schema.json is
 * generated from it (write-schema.ts) and a test keeps the two the same.
 */
export const EXPORT_FORMAT = 'hygie-practice-export';
/** Raised when a change makes a file of the previous version unreadable by the import. */
export const EXPORT_VERSION = 1;

const HEX64 = /^[0-9a-f]{64}$/;

function column(type: ColumnType) {
  const base = type.startsWith('int')
    ? z.int()
    : type.startsWith('json')
      ? z.string().meta({ contentMediaType: 'application/json' })
      : type === 'bytes'
        ? z.base64()
        : z.string();
  return nullable(type) ? base.nullable() : base;
}

const tableRow = (table: TransferTable) =>
  z.strictObject(Object.fromEntries(Object.entries(table.columns).map(([name, type]) => [name, column(type)])));

const journalEntry = z.strictObject({
  practiceId: z.string(),
  seq: z.int().min(1),
  id: z.string(),
  at: z.string(),
  actorType: z.enum(['user', 'token', 'system', 'admin']),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  subjectType: z.string().nullable(),
  subjectId: z.string().nullable(),
  summary: z.string(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string().regex(HEX64),
  hash: z.string().regex(HEX64),
});

const chainFields = {
  /** The practice's id where the chain was written: every entry's hash covers it. */
  sourcePracticeId: z.string(),
  sourcePracticeName: z.string(),
  count: z.int().min(0),
  /** The last entry's hash (64 zeros for an empty chain): verifying `entries` must give it back. */
  headHash: z.string().regex(HEX64),
  entries: z.array(journalEntry),
};

export const practiceExportSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.string(),
    exportedBy: z.string(),
    software: z.strictObject({ name: z.literal('Hygie'), version: z.string() }),
    practice: tableRow(PRACTICE_TABLE).meta({ description: PRACTICE_TABLE.about }),
    tables: z.strictObject(
      Object.fromEntries(
        TRANSFER_TABLES.map((table) => [table.name, z.array(tableRow(table)).meta({ description: table.about })]),
      ),
    ),
    journal: z
      .strictObject(chainFields)
      .meta({ description: 'le journal du cabinet, entrées dans l’ordre, avec leur chaîne de hachage' }),
    journalArchives: z.array(z.strictObject({ ...chainFields, archivedAt: z.string() })).meta({
      description: 'les journaux d’instances précédentes (cabinet déjà importé), chacun vérifiable seul',
    }),
  })
  .meta({ title: 'Export complet d’un cabinet Hygie', description: 'docs/practice-export.md' });

export type PracticeExport = z.infer<typeof practiceExportSchema>;

/** Where the JSON Schema of the file is published. */
export const PRACTICE_EXPORT_SCHEMA_FILE = new URL('../../../docs/practice-export.schema.json', import.meta.url);

/** The JSON Schema of the file, as docs/practice-export.schema.json holds it. */
export const practiceExportSchemaText = () =>
  `${JSON.stringify(z.toJSONSchema(practiceExportSchema, { target: 'draft-2020-12' }), null, 2)}\n`;
