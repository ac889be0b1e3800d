import type { FastifyInstance } from 'fastify';
import type { z } from '../../lib/zod.ts';
import { notFound } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { appendJournal, journalHead, listJournal, verifyJournal } from './journal.repository.ts';
import {
  archivedEntriesResponse,
  archivedJournalsResponse,
  archiveParams,
  archiveQuery,
  journalActionsResponse,
  journalListResponse,
  journalQuery,
  journalVerifyResponse,
} from './journal.schema.ts';
import type { JournalEntry } from './journal.ts';
import { type VerifiedArchive, verifyArchivedJournals } from './journal-archives.repository.ts';
import { entriesText } from './journal-archives.ts';
import { journalToCsv } from './journal-csv.ts';
import { actionLabel, JOURNAL_ACTIONS } from './journal-events.ts';

function present(entry: JournalEntry) {
  const { seq, id, at, actorType, actorId, actorLabel, action, subjectType, subjectId, summary, data, hash } = entry;
  return {
    seq,
    id,
    at,
    actorType,
    actorId,
    actorLabel,
    action,
    actionLabel: actionLabel(action),
    subjectType,
    subjectId,
    summary,
    data,
    hash,
  };
}

/** The accountability journal: read, filter, export, verify. Never for the secretary. */
export async function journalRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;

  app.get(
    '/journal',
    {
      config: { permission: 'journal.read' },
      schema: { tags: ['journal'], querystring: journalQuery, response: { 200: journalListResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const q = request.query as z.infer<typeof journalQuery>;
      const filters = {
        ...(q.from ? { from: new Date(q.from).toISOString() } : {}),
        ...(q.to ? { to: new Date(q.to).toISOString() } : {}),
        ...(q.action ? { action: q.action } : {}),
        ...(q.actorId ? { actorId: q.actorId } : {}),
        ...(q.before ? { beforeSeq: q.before } : {}),
      };
      const [entries, head] = await Promise.all([
        listJournal(db, auth.practiceId, { ...filters, limit: q.limit + 1 }),
        journalHead(db, auth.practiceId),
      ]);
      const page = entries.slice(0, q.limit);
      const last = page.at(-1);
      return {
        entries: page.map(present),
        head,
        ...(entries.length > q.limit && last ? { nextBefore: last.seq } : {}),
      };
    },
  );

  app.get(
    '/journal/actions',
    {
      config: { permission: 'journal.read' },
      schema: { tags: ['journal'], response: { 200: journalActionsResponse } },
    },
    async () => ({ actions: JOURNAL_ACTIONS.map((action) => ({ action, label: actionLabel(action) })) }),
  );

  app.get(
    '/journal/verify',
    { config: { permission: 'journal.read' }, schema: { tags: ['journal'], response: { 200: journalVerifyResponse } } },
    async (request) => {
      const result = await verifyJournal(db, requireAuth(request).practiceId);
      if (result.intact) {
        return {
          intact: true,
          count: result.count,
          headHash: result.headHash,
          message: `Journal intact : ${result.count} entrées vérifiées.`,
        };
      }
      return { intact: false, count: result.count, brokenAt: result.brokenAt, message: result.message };
    },
  );

  app.get(
    '/journal/export.csv',
    { config: { permission: 'journal.read' }, schema: { tags: ['journal'] } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      const practice = await findPractice(db, auth.practiceId);
      const entries = (await listJournal(db, auth.practiceId, { limit: 1_000_000 })).reverse();
      const head = entries.at(-1)?.hash ?? '0'.repeat(64);
      const csv = journalToCsv(entries, { practiceName: practice?.name ?? '', headHash: head, generatedAt: now });
      await appendJournal(
        db,
        auth.practiceId,
        {
          actor: actorOf(auth),
          action: 'journal.exported',
          summary: `Export du journal (${entriesText(entries.length)})`,
          data: { format: 'csv', count: entries.length },
        },
        now,
      );
      const day = now.toISOString().slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="journal-hygie-${day}.csv"`)
        .send(csv);
    },
  );

  /** The practice's archived journal `id` with its verification, or 404 (another practice's too). */
  const archiveOf = async (practiceId: string, id: string): Promise<VerifiedArchive> => {
    const found = (await verifyArchivedJournals(db, practiceId)).find((item) => item.archive.id === id);
    if (!found) throw notFound('Ce journal d’avant le transfert est introuvable dans votre cabinet.');
    return found;
  };

  app.get(
    '/journal/archives',
    {
      config: { permission: 'journal.read' },
      schema: { tags: ['journal'], response: { 200: archivedJournalsResponse } },
    },
    async (request) => {
      const archives = await verifyArchivedJournals(db, requireAuth(request).practiceId);
      return { archives: archives.map(presentArchive) };
    },
  );

  app.get(
    '/journal/archives/:id',
    {
      config: { permission: 'journal.read' },
      schema: {
        tags: ['journal'],
        params: archiveParams,
        querystring: archiveQuery,
        response: { 200: archivedEntriesResponse },
      },
    },
    async (request) => {
      const { id } = request.params as z.infer<typeof archiveParams>;
      const q = request.query as z.infer<typeof archiveQuery>;
      const { archive } = await archiveOf(requireAuth(request).practiceId, id);
      const entries = [...(archive.entries ?? [])].reverse();
      const older = q.before === undefined ? entries : entries.filter((entry) => entry.seq < (q.before ?? 0));
      const page = older.slice(0, q.limit);
      const last = page.at(-1);
      const top = entries[0];
      return {
        entries: page.map(present),
        head: top ? { seq: top.seq, hash: top.hash } : null,
        ...(older.length > q.limit && last ? { nextBefore: last.seq } : {}),
      };
    },
  );

  app.get(
    '/journal/archives/:id/export.csv',
    { config: { permission: 'journal.read' }, schema: { tags: ['journal'], params: archiveParams } },
    async (request, reply) => {
      const { id } = request.params as z.infer<typeof archiveParams>;
      const auth = requireAuth(request);
      const { archive } = await archiveOf(auth.practiceId, id);
      const now = app.deps.clock.now();
      const entries = archive.entries ?? [];
      await appendJournal(
        db,
        auth.practiceId,
        {
          actor: actorOf(auth),
          action: 'journal.exported',
          summary: `Export du journal d’avant le transfert (${entriesText(entries.length)})`,
          data: { format: 'csv', count: entries.length },
        },
        now,
      );
      const csv = journalToCsv(entries, {
        practiceName: archive.sourcePracticeName,
        headHash: archive.headHash,
        generatedAt: now,
      });
      const day = archive.archivedAt.slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="journal-hygie-avant-transfert-${day}.csv"`)
        .send(csv);
    },
  );
}

function presentArchive({ archive, check, link }: VerifiedArchive) {
  const entries = archive.entries ?? [];
  return {
    id: archive.id,
    position: archive.position,
    sourcePracticeName: archive.sourcePracticeName,
    sourcePracticeId: archive.sourcePracticeId,
    exportedAt: typeof link?.exportedAt === 'string' ? link.exportedAt : null,
    archivedAt: archive.archivedAt,
    firstAt: typeof entries[0]?.at === 'string' ? entries[0].at : null,
    lastAt: typeof entries.at(-1)?.at === 'string' ? (entries.at(-1)?.at ?? null) : null,
    count: archive.count,
    headHash: archive.headHash,
    intact: check.intact,
    message: check.message,
    detail: check.detail,
  };
}
