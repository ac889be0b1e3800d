import type { FastifyInstance, FastifyReply } from 'fastify';
import { parisDay } from '../../lib/dates/index.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, requireAuth } from '../accounts/auth.plugin.ts';
import { loadMeasures } from '../checklist/checklist.referential.ts';
import { listEvidence } from '../evidence/evidence.repository.ts';
import { evidenceStoreOf } from '../evidence/evidence.routes.ts';
import { describeEvidence, evidenceBytesOf, evidenceZipName } from '../evidence/evidence.service.ts';
import { EVIDENCE_TARGETS } from '../evidence/evidence-targets.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { loadRegisterTemplates } from '../register/register.referential.ts';
import { listActivities } from '../register/register.repository.ts';
import { practiceOf } from '../register/register-context.ts';
import { registerToJson } from '../register/register-json.ts';
import { practiceHeader } from '../register/register-transfer.ts';
import { loadRetentionRules } from '../retention/retention.referential.ts';
import { type DossierCaller, type DossierEvidence, type DossierReferentials, loadDossier } from './dossier-data.ts';
import { dossierPdf } from './dossier-pdf.ts';
import { dossierZip } from './dossier-zip.ts';
import type { ZipEntry } from './zip-manifest.ts';

const TAGS = ['dossier de conformité'];
const READ = { permission: 'dossier.read' } as const;
const TYPES = { pdf: 'application/pdf', zip: 'application/zip' } as const;

const callerOf = (auth: AuthContext): DossierCaller => ({
  practiceId: auth.practiceId,
  userId: auth.userId,
  role: auth.role,
  actor: actorOf(auth),
});

/** What other features give the compliance file: the list and the bytes of the evidence documents. */
export interface DossierSources {
  evidenceList: (practiceId: string) => Promise<DossierEvidence[]>;
  evidenceFiles: (practiceId: string) => AsyncIterable<ZipEntry>;
}

/** Every evidence file of the practice (the compliance file's readers read every target), one at a time. */
function evidenceSources(app: FastifyInstance): DossierSources {
  const { db } = app.deps.handle;
  const store = evidenceStoreOf(app);
  const all = (practiceId: string) => listEvidence(db, practiceId, { types: EVIDENCE_TARGETS });
  return {
    evidenceList: async (practiceId) => describeEvidence(db, store.measures, practiceId, await all(practiceId)),
    evidenceFiles: async function* (practiceId) {
      const files = await all(practiceId);
      for (const [index, file] of files.entries()) {
        yield {
          name: evidenceZipName(index, file),
          open: () => evidenceBytesOf(db, store, file),
          // Plain text is the only accepted type that is not compressed already.
          compress: file.mediaType.startsWith('text/plain'),
        };
      }
    },
  };
}

/**
 * The compliance file (« dossier de conformité »): `GET /dossier.pdf` (cover, table of contents,
 * summary, every part in full, with PDF bookmarks) and `GET /dossier.zip` (the PDF, each part's own
 * documents, the JSON export, the evidence files and a SHA-256 manifest), both streamed. Each
 * generation is journaled before the data is read, so the file's journal proof includes it.
 */
export async function dossierRoutes(app: FastifyInstance): Promise<void> {
  const sources = evidenceSources(app);
  const { db } = app.deps.handle;
  const { clock } = app.deps;
  const refs: DossierReferentials = {
    templates: loadRegisterTemplates(),
    measures: loadMeasures(),
    retention: loadRetentionRules(),
  };

  async function prepare(auth: AuthContext, format: keyof typeof TYPES) {
    const now = clock.now();
    const caller = callerOf(auth);
    await practiceOf(db, caller.practiceId);
    await appendJournal(
      db,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'dossier.generated',
        subject: { type: 'practice', id: caller.practiceId },
        summary: `Dossier de conformité établi (${format.toUpperCase()}).`,
        data: { format },
      },
      now,
    );
    return loadDossier(
      db,
      refs,
      caller,
      { evidence: sources.evidenceList, todo: (practiceId, at) => app.todo.list({ practiceId, now: at }) },
      now,
    );
  }

  function send(reply: FastifyReply, format: keyof typeof TYPES, now: Date, body: NodeJS.ReadableStream) {
    return reply
      .header('content-type', TYPES[format])
      .header('content-disposition', `attachment; filename="hygie-dossier-de-conformite-${parisDay(now)}.${format}"`)
      .header('cache-control', 'no-store')
      .send(body);
  }

  app.get('/dossier.pdf', { config: READ, schema: { tags: TAGS } }, async (request, reply) => {
    const data = await prepare(requireAuth(request), 'pdf');
    return send(reply, 'pdf', data.generatedAt, await dossierPdf(data));
  });

  app.get('/dossier.zip', { config: READ, schema: { tags: TAGS } }, async (request, reply) => {
    const auth = requireAuth(request);
    const data = await prepare(auth, 'zip');
    const json: ZipEntry = {
      name: 'donnees/registre-des-traitements.json',
      open: async () => {
        const practice = await practiceOf(db, auth.practiceId);
        const activities = await listActivities(db, auth.practiceId, { includeArchived: true });
        return `${JSON.stringify(registerToJson(practiceHeader(practice), activities, data.generatedAt), null, 2)}\n`;
      },
    };
    return send(
      reply,
      'zip',
      data.generatedAt,
      dossierZip(data, { json, evidence: () => sources.evidenceFiles(auth.practiceId) }),
    );
  });
}
