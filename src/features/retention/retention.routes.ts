import { Readable } from 'node:stream';
import { CsvError } from 'csv-parse';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { loadReferential } from '../../lib/referential/loader.ts';
import { type Profession, professionsReferential } from '../../lib/referential/professions.ts';
import type { z } from '../../lib/zod.ts';
import { badRequest, HttpError, notFound } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { decideRetention } from './decide.ts';
import { legalFormView, referentialForPractice } from './legal-form.ts';
import { DOCUMENT_TYPE_LABELS, loadRetentionRules, typographic } from './retention.referential.ts';
import { listOverrides, saveOverrides } from './retention.repository.ts';
import {
  calculateBody,
  calculateResponse,
  scanQuery,
  scanResponse,
  settingsBody,
  settingsResponse,
} from './retention.schema.ts';
import { buildRuleSet, type RuleSet } from './rule-set.ts';
import { openScan, type Scan, type ScanCounts } from './scan.ts';
import { csvHeader, csvLine } from './scan-output.ts';
import { ScanRefusal } from './scan-refusal.ts';
import { type Spool, spoolUpload } from './scan-spool.ts';
import { indexTooLarge, limitBytes, SCAN_MAX_BYTES, SCAN_MEMORY_BYTES } from './scan-upload.ts';
import { planSettings } from './settings-plan.ts';
import { settingsView } from './settings-view.ts';

/**
 * An upload cut by the client is a 400 (nobody reads it), not an unexpected error; a parser error is
 * a 400 too, and never reaches the logs as is (it carries the record it stopped on).
 */
function interrupted(error: unknown): unknown {
  if (error instanceof CsvError) {
    return badRequest('Le fichier n’a pas pu être lu jusqu’au bout : vérifiez qu’il est bien au format CSV.', 'file');
  }
  const code = (error as { code?: string } | null)?.code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE'
    ? badRequest('L’envoi du fichier a été interrompu : recommencez.', 'file')
    : error;
}

/** Records sent back with the JSON summary, for the screen; the CSV holds them all. */
const SHOWN_RESULTS = 100;

/** The scan reads the upload as it arrives: the raw body is handed over as a stream, never buffered. */
const CSV_TYPES = ['text/csv', 'application/csv'];

/**
 * Retention: the rules and the practice's durations, the calculator, and the patient-index scan.
 * The scan keeps no row: its result goes back to the caller and only its counts are journaled.
 */
export async function retentionRoutes(app: FastifyInstance): Promise<void> {
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const referential = loadRetentionRules();
  const professions = loadReferential(professionsReferential).entries;
  const professionLabel = (id: Profession) => typographic(professions.find((p) => p.id === id)?.label ?? id);

  // Encapsulated in this plugin: nowhere else does the API accept anything but JSON.
  app.addContentTypeParser(CSV_TYPES, (_request, payload, done) => done(null, payload));

  /** The rules as they apply to the practice: its form of practice chooses the accounting rule. */
  const practiceRules = async (practiceId: string) => {
    const practice = await findPractice(db, practiceId);
    if (!practice) throw notFound();
    return { practice, referential: referentialForPractice(referential, practice) };
  };
  const rulesOf = async (practiceId: string): Promise<RuleSet> =>
    buildRuleSet((await practiceRules(practiceId)).referential, await listOverrides(db, practiceId));
  const settingsOf = async (practiceId: string) => {
    const own = await practiceRules(practiceId);
    return settingsView(own.referential, await listOverrides(db, practiceId), professions, legalFormView(own.practice));
  };

  app.get(
    '/retention/settings',
    {
      config: { permission: 'retention.use' },
      schema: { tags: ['conservation'], response: { 200: settingsResponse } },
    },
    async (request) => settingsOf(requireAuth(request).practiceId),
  );

  app.put(
    '/retention/settings',
    {
      config: { permission: 'retention.manage' },
      schema: { tags: ['conservation'], body: settingsBody, response: { 200: settingsResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const { overrides } = request.body as z.infer<typeof settingsBody>;
      const current = await listOverrides(db, auth.practiceId);
      const planned = planSettings((await practiceRules(auth.practiceId)).referential, current, overrides);
      if (!planned.ok) throw badRequest(planned.refusal.message, planned.refusal.field);
      await saveOverrides(db, auth.practiceId, planned.plan, actorOf(auth), clock.now());
      return settingsOf(auth.practiceId);
    },
  );

  app.post(
    '/retention/calculate',
    {
      config: { permission: 'retention.use' },
      schema: { tags: ['conservation'], body: calculateBody, response: { 200: calculateResponse } },
    },
    async (request) => {
      const auth = requireAuth(request);
      const body = request.body as z.infer<typeof calculateBody>;
      const rule = (await rulesOf(auth.practiceId)).find(body.profession, body.documentType);
      if (!rule) {
        throw badRequest(
          `Aucune règle de conservation pour « ${DOCUMENT_TYPE_LABELS[body.documentType]} » et la profession « ${professionLabel(body.profession)} » : choisissez un autre type de document.`,
          'documentType',
        );
      }
      if (rule.referenceDate === 'last_visit' && !body.lastVisit) {
        throw badRequest(
          'Champ « lastVisit » : la date du dernier contact avec le patient est obligatoire.',
          'lastVisit',
        );
      }
      if (!body.documentDate && !body.lastVisit) {
        throw badRequest('Champ « documentDate » : la date du document est obligatoire.', 'documentDate');
      }
      return decideRetention(rule, body);
    },
  );

  /** The Content-Length is checked before a byte of the body is read. */
  async function refuseOversized(request: FastifyRequest, reply: FastifyReply) {
    const announced = Number(request.headers['content-length']);
    if (Number.isFinite(announced) && announced > SCAN_MAX_BYTES) {
      reply.header('connection', 'close');
      throw indexTooLarge();
    }
  }

  async function defaultProfession(auth: AuthContext, asked: Profession | undefined) {
    if (asked) return asked;
    const practice = await findPractice(db, auth.practiceId);
    return practice?.professions.length === 1 ? (practice.professions[0] as Profession) : undefined;
  }

  function journalScan(auth: AuthContext, query: z.infer<typeof scanQuery>, counts: ScanCounts) {
    const { records, keep, archive, destroy, review, problems } = counts;
    const { format, part } = query;
    const download = format === 'csv' ? ` (résultat téléchargé${part ? `, partie ${part}` : ''})` : '';
    return appendJournal(
      db,
      auth.practiceId,
      {
        actor: actorOf(auth),
        action: 'retention.index_scanned',
        summary: `Index des patients analysé : ${records} dossier${records > 1 ? 's' : ''}${download}`,
        data: { format, ...(part ? { part } : {}), records, keep, archive, destroy, review, problems },
      },
      clock.now(),
    );
  }

  /** The result file, line by line as the upload is read; journaled once complete. */
  async function* resultFile(scan: Scan, auth: AuthContext, query: z.infer<typeof scanQuery>): AsyncGenerator<string> {
    yield `\uFEFF${csvHeader(scan.delimiter)}`;
    try {
      for await (const batch of scan.batches) {
        let text = '';
        for (const record of batch) text += csvLine(record, scan.delimiter);
        yield text;
      }
    } catch (error) {
      // Headers are sent: the download stops short. Log what happened, never a row.
      const cause = interrupted(error);
      throw cause instanceof HttpError ? new Error(cause.message) : cause;
    }
    await journalScan(auth, query, scan.summary()).catch((err: unknown) =>
      app.log.error({ err }, 'retention scan journal failed'),
    );
  }

  app.post(
    '/retention/scan',
    {
      config: { permission: 'retention.use' },
      bodyLimit: SCAN_MAX_BYTES,
      preParsing: refuseOversized,
      schema: { tags: ['conservation'], querystring: scanQuery, response: { 200: scanResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const query = request.query as z.infer<typeof scanQuery>;
      const body = request.body as Readable | undefined;
      if (!(body instanceof Readable)) {
        reply.header('connection', 'close');
        throw badRequest(
          'Aucun fichier reçu : envoyez l’index des patients au format CSV (en-tête Content-Type: text/csv).',
          'file',
        );
      }
      const bytes = limitBytes(body, SCAN_MAX_BYTES);
      let scan: Scan;
      let spool: Spool | undefined;
      try {
        if (query.format === 'csv') {
          // The result file starts only once the whole upload is in (see scan-spool.ts).
          spool = await spoolUpload(bytes, { memoryBytes: SCAN_MEMORY_BYTES });
          const spooled = spool;
          reply.raw.on('close', () => void spooled.discard().catch(() => undefined));
        }
        scan = await openScan(spool ? spool.chunks() : bytes, {
          asOf: query.asOf,
          rules: await rulesOf(auth.practiceId),
          profession: await defaultProfession(auth, query.profession),
        });
      } catch (error) {
        await spool?.discard();
        reply.header('connection', 'close');
        throw error instanceof ScanRefusal ? badRequest(error.message, 'file') : interrupted(error);
      }
      if (query.format === 'csv') {
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="hygie-conservation-${query.asOf}.csv"`)
          .header('cache-control', 'no-store')
          .send(Readable.from(resultFile(scan, auth, query)));
      }
      const results = [];
      try {
        for await (const batch of scan.batches) {
          for (const record of batch) {
            if (results.length >= SHOWN_RESULTS) break;
            results.push(record);
          }
        }
      } catch (error) {
        throw interrupted(error);
      }
      const { listedProblems, ...counts } = scan.summary();
      await journalScan(auth, query, counts);
      return { summary: counts, problems: listedProblems, warnings: scan.warnings, results, delimiter: scan.delimiter };
    },
  );
}
