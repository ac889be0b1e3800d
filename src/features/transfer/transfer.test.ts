import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { multipartForm, SAMPLE_FILES } from '../../../test/support/upload.ts';
import type { DbHandle } from '../../db/connect.ts';
import { fixedClock } from '../../lib/clock.ts';
import { z } from '../../lib/zod.ts';
import { consumeLink } from '../accounts/links.repository.ts';
import { createToken } from '../accounts/tokens.repository.ts';
import { listJournal, verifyJournal } from '../journal/journal.repository.ts';
import { verifyChain } from '../journal/journal.ts';
import { addActivity } from '../notice/register-fixture.test-support.ts';
import { readArchives } from './transfer.repository.ts';
import { exportPractice } from './transfer-export.ts';
import { PRACTICE_EXPORT_SCHEMA_FILE, type PracticeExport } from './transfer-format.ts';
import { importPractice, parseExport } from './transfer-import.ts';
import { NOT_EXPORTED, PRACTICE_TABLE, TRANSFER_TABLES } from './transfer-tables.ts';

const clock = fixedClock('2026-12-07T10:00:00Z');
const KEYS = { source: Buffer.alloc(32, 7).toString('base64'), target: Buffer.alloc(32, 9).toString('base64') };
const ADMIN = { type: 'admin' as const, id: null, label: 'Administrateur de l’instance (ligne de commande)' };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The file's content without what an export and an import change: ids (by order of appearance), export time and author, journals. */
function content(file: PracticeExport): unknown {
  const names = new Map<string, string>();
  const text = JSON.stringify({ practice: file.practice, tables: file.tables }).replace(UUID, (id) => {
    if (!names.has(id)) names.set(id, `id-${names.size + 1}`);
    return names.get(id) ?? id;
  });
  return JSON.parse(text);
}

describeEachDialect('whole-practice export and import', (db, dialect) => {
  let source: FastifyInstance;
  let target: FastifyInstance;
  let other: TestDatabase;
  let a: TestPractice;
  let b: TestPractice;
  let first: PracticeExport;
  let bytes: Buffer;
  const contract = SAMPLE_FILES.png;

  const call = (
    app: FastifyInstance,
    user: { token: string },
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const ok = async (user: TestUser, method: 'POST' | 'PUT', url: string, payload?: unknown) => {
    const res = await call(source, user, method, url, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const targetDb = (): DbHandle => other.handle;

  /** A practice with something in every part that names another row: the ids the import must remap. */
  beforeAll(async () => {
    other = await createTestDatabase(dialect === 'sqlite' ? 'postgres' : 'sqlite');
    source = await createTestApp(db(), { clock, env: { HYGIE_SECRET_KEY: KEYS.source } });
    target = await createTestApp(targetDb(), { clock, env: { HYGIE_SECRET_KEY: KEYS.target } });
    await Promise.all([source.ready(), target.ready()]);
    [a, b] = await Promise.all([
      createPractice(db(), {
        name: 'Cabinet des Tilleuls',
        address: '12 rue des Tilleuls, 69003 Lyon',
        phone: '04 72 00 00 00',
      }),
      createPractice(db()),
    ]);
    const activity = await addActivity(db().db, a.practice.id);
    const processor = await ok(a.owner, 'POST', '/processors', {
      name: 'Logiciel Médical en Ligne',
      service: 'Dossiers patients en ligne',
      hostsHealthData: true,
      hostingInEea: true,
      activityIds: [activity.id],
    });
    const form = await multipartForm('file', contract, 'contrat.png');
    const upload = await source.inject({
      method: 'POST',
      url: `/api/v1/evidence?target=processor&targetId=${processor.id}`,
      headers: { ...bearer(a.owner), ...form.headers },
      payload: form.payload,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    await ok(a.owner, 'PUT', '/checklist/measures/sauvegarde-reguliere', {
      status: 'partial',
      assigneeId: a.secretary.id,
    });
    await ok(a.owner, 'POST', '/notice/generate');
    await ok(a.owner, 'POST', '/screening/dpo', {
      structure: 'group',
      sharedRecords: false,
      sharedInformationSystem: true,
    });
    await ok(a.owner, 'PUT', '/retention/settings', {
      overrides: [{ rule: 'rendez-vous', keepMonths: 36, archiveMonths: 0 }],
    });
    await ok(a.owner, 'POST', '/contacts', { kind: 'insurer', name: 'Assurance Pro', phone: '01 23 45 67 89' });
    const incident = await ok(a.secretary, 'POST', '/incidents', { scenario: 'ransomware' });
    await ok(a.secretary, 'POST', `/incidents/${incident.id}/steps`, {
      kind: 'note',
      text: 'Écran bloqué au poste 2.',
    });
    await ok(a.owner, 'POST', `/incidents/${incident.id}/breach`);
    await ok(a.secretary, 'POST', '/requests', {
      kind: 'access',
      receivedAt: '2026-12-01',
      requester: { type: 'patient', name: 'P-1234 J. D.' },
    });
    await ok(a.practitioner, 'PUT', '/me/reminders', { digest: 'daily', alerts: true, anchor: false });
    const res = await call(source, a.owner, 'GET', '/practice/export');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="hygie-export-cabinet-2026-12-07.json"');
    bytes = res.rawPayload;
    first = JSON.parse(res.body);
  });
  afterAll(async () => {
    await Promise.all([source?.close(), target?.close()]);
    await other?.drop();
  });

  it('exports every part, users without secrets, the evidence in clear with its SHA-256, valid against the published JSON Schema', () => {
    const published = z.fromJSONSchema(JSON.parse(readFileSync(PRACTICE_EXPORT_SCHEMA_FILE, 'utf8')));
    const checked = published.safeParse(first);
    expect(checked.success, JSON.stringify(checked.error?.issues.slice(0, 3))).toBe(true);
    const tables = first.tables as Record<string, Record<string, unknown>[]>;
    for (const name of [
      'register_activities',
      'processors',
      'evidence_files',
      'incidents',
      'incident_events',
      'breaches',
    ]) {
      expect(tables[name]?.length, name).toBeGreaterThan(0);
    }
    // The ids held in JSON text that the import rewrites are there to be rewritten.
    expect(tables.incident_events?.some((e) => String(e.data).includes('breachId'))).toBe(true);
    expect(tables.checklist_answer_changes?.some((c) => String(c.changes).includes('"assignee"'))).toBe(true);
    expect(tables.processors?.[0]?.activity_ids).toBe(JSON.stringify([tables.register_activities?.[0]?.id]));
    expect(tables.evidence_files?.[0]).toMatchObject({ content: contract.toString('base64'), size: contract.length });
    expect(Object.keys(tables.users?.[0] ?? {}).sort()).toEqual([
      'created_at',
      'email',
      'id',
      'name',
      'role',
      'status',
      'updated_at',
    ]);
    expectNoMarker(bytes.toString('utf8'), ['$argon2', b.owner.email]);
    expect(first.practice.id).toBe(a.practice.id);
    expect(first.journal.entries.at(-1)).toMatchObject({ action: 'practice.exported', data: { via: 'web' } });
  });

  it(`imports on ${dialect === 'sqlite' ? 'PostgreSQL' : 'SQLite'} as a new practice whose export holds the same content`, async () => {
    const now = new Date('2026-12-08T09:00:00Z');
    const result = await importPractice(
      targetDb().db,
      target.deps.secrets.box,
      parseExport(bytes),
      { actor: ADMIN },
      now,
    );
    expect(result).toMatchObject({
      practiceName: 'Cabinet des Tilleuls',
      firstSetup: true,
      headHash: first.journal.headHash,
    });
    expect(result.practiceId).not.toBe(a.practice.id);
    const again = await exportPractice(
      targetDb().db,
      target.deps.secrets.box,
      { practiceId: result.practiceId, actor: ADMIN, via: 'cli' },
      now,
    );
    if (!again) throw new Error('no export');
    expect(content(again)).toEqual(content(first));
    expect(JSON.stringify(again.tables)).not.toContain(a.practice.id);
    // The first file's journal is kept as it was, verifying alone; the new one starts by recording its head.
    const [archive] = await readArchives(targetDb().db, result.practiceId);
    expect(again.journalArchives).toEqual([{ ...first.journal, archivedAt: now.toISOString() }]);
    expect(verifyChain(archive?.entries ?? [])).toEqual({
      intact: true,
      count: first.journal.count,
      headHash: first.journal.headHash,
    });
    expect(await verifyJournal(targetDb().db, result.practiceId)).toMatchObject({ intact: true, count: 2 });
    const journal = await listJournal(targetDb().db, result.practiceId);
    expect(journal.map((e) => e.action)).toEqual(['practice.exported', 'practice.imported']);
    expect(journal[1]?.data).toMatchObject({ headHash: first.journal.headHash, entries: first.journal.count });
    // Every member chooses a new password through a one-time link; the evidence opens with the target's key.
    expect(result.members.map((m) => m.email).sort()).toEqual(
      [a.owner, a.practitioner, a.secretary, a.auditor].map((u) => u.email).sort(),
    );
    const owner = result.members.find((m) => m.role === 'owner');
    const link = await consumeLink(targetDb().db, owner?.token ?? '', 'password_reset', now);
    expect(link?.practiceId).toBe(result.practiceId);
    const { token } = await createToken(
      targetDb().db,
      {
        userId: link?.userId ?? '',
        practiceId: result.practiceId,
        name: 't',
        expiresAt: new Date(Date.now() + 3_600_000),
      },
      new Date(),
    );
    const [file] = (await call(target, { token }, 'GET', '/evidence')).json().files;
    const download = await call(target, { token }, 'GET', `/evidence/${file.id}/file`);
    expect(download.rawPayload.equals(contract)).toBe(true);
  });

  it('refuses another format version, a broken chain, a file too large and an e-mail already used, creating nothing', async () => {
    const edited = (change: (file: Record<string, unknown> & PracticeExport) => void) => {
      const file = JSON.parse(bytes.toString('utf8'));
      change(file);
      return Buffer.from(JSON.stringify(file));
    };
    expect(() => parseExport(edited((f) => Object.assign(f, { version: 2 })))).toThrow(
      /format d’export n° 2 ; cette version de Hygie lit le format n° 1/,
    );
    const tampered = edited((f) => {
      const entry = f.journal.entries[0];
      if (entry) entry.summary = 'Autre chose';
    });
    expect(() => parseExport(tampered)).toThrow(
      /Le journal du fichier est altéré : L’entrée n° 1 .* Le cabinet n’a pas été importé/,
    );
    expect(() => parseExport(bytes, 1024)).toThrow(
      expect.objectContaining({
        statusCode: 413,
        message: expect.stringMatching(/^Le fichier fait \d+ ko, plus que les 1 ko acceptés\./),
      }),
    );
    const practices = async () => (await targetDb().db.selectFrom('practices').select('id').execute()).length;
    const before = await practices();
    await expect(
      importPractice(targetDb().db, target.deps.secrets.box, parseExport(bytes), { actor: ADMIN }, new Date()),
    ).rejects.toMatchObject({
      statusCode: 409,
      message: expect.stringMatching(
        /^Ces adresses e-mail sont déjà celles de comptes de cette instance : .*@exemple\.fr/,
      ),
    });
    expect(await practices()).toBe(before);
  });

  it('lists every column of every practice table, and every table that has a practice id', async () => {
    const tables = await db().db.introspection.getTables();
    const columns = (name: string) =>
      tables
        .find((t) => t.name === name)
        ?.columns.map((c) => c.name)
        .sort();
    for (const table of [PRACTICE_TABLE, ...TRANSFER_TABLES]) {
      const stored = [
        ...(table === PRACTICE_TABLE ? [] : ['practice_id']),
        ...(table.name === 'evidence_files' ? ['sealed'] : []),
      ];
      expect(columns(table.name), table.name).toEqual(
        [...Object.keys(table.columns), ...Object.keys(table.secrets ?? {}), ...(table.unread ?? []), ...stored].sort(),
      );
    }
    const listed = [...TRANSFER_TABLES.map((t) => t.name), ...Object.keys(NOT_EXPORTED)].sort();
    expect(
      tables
        .filter((t) => t.columns.some((c) => c.name === 'practice_id'))
        .map((t) => t.name)
        .sort(),
    ).toEqual(listed);
  });

  it.each(['practitioner', 'secretary', 'auditor'] as const)('refuses the export to the %s (403)', async (role) => {
    expect((await call(source, a[role], 'GET', '/practice/export')).statusCode).toBe(403);
  });

  it('gives another practice’s owner only her own practice', async () => {
    const res = await call(source, b.owner, 'GET', '/practice/export');
    expect(res.statusCode).toBe(200);
    const file: PracticeExport = res.json();
    expect(file.practice.id).toBe(b.practice.id);
    expect(file.tables.processors).toEqual([]);
    expectNoMarker(res.body, [a.owner.email, 'Cabinet des Tilleuls']);
  });
});
