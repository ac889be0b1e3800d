import type { FastifyInstance } from 'fastify';
import type { z } from '../../lib/zod.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { appendJournal, journalHead, listJournal, verifyJournal } from './journal.repository.ts';
import { journalActionsResponse, journalListResponse, journalQuery, journalVerifyResponse } from './journal.schema.ts';
import type { JournalEntry } from './journal.ts';
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
          summary: `Export du journal (${entries.length} entrées)`,
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
}
