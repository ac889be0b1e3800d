import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { type AuthContext, actorLabel, requireAuth } from '../accounts/auth.plugin.ts';
import { idParams } from '../accounts/users.schema.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import {
  deleteVerdict,
  findVerdict,
  insertVerdict,
  type KeptVerdict,
  listVerdicts,
} from './mail-analysis.repository.ts';
import { keepVerdictBody, keptVerdictListResponse, keptVerdictResponse } from './mail-analysis.schema.ts';
import { VERDICT_LABELS } from './verdict.ts';

/** Who may delete a kept verdict: whoever kept it, and the practice's owner. */
const mayDelete = (auth: AuthContext, kept: KeptVerdict) => auth.role === 'owner' || kept.userId === auth.userId;

function present(kept: KeptVerdict, auth: AuthContext) {
  const { id, verdict, findingCodes, senderDomain, keptBy, createdAt } = kept;
  const canDelete = mayDelete(auth, kept);
  return {
    id,
    verdict,
    verdictLabel: VERDICT_LABELS[verdict],
    findingCodes,
    senderDomain,
    keptBy,
    createdAt,
    canDelete,
  };
}

/**
 * « Garder le verdict »: the verdict, its finding codes and the sender's domain, when the user asks;
 * never the message. Anyone may list the practice's; the owner, or whoever kept one, may delete it.
 */
export async function mailVerdictsRoutes(app: FastifyInstance): Promise<void> {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.handle;

  api.get(
    '/tools/mail-analysis/verdicts',
    { config: { permission: 'tools.use' }, schema: { tags: ['outils'], response: { 200: keptVerdictListResponse } } },
    async (request) => {
      const auth = requireAuth(request);
      return { verdicts: (await listVerdicts(db, auth.practiceId)).map((kept) => present(kept, auth)) };
    },
  );

  api.post(
    '/tools/mail-analysis/verdicts',
    {
      config: { permission: 'tools.keep' },
      schema: { tags: ['outils'], body: keepVerdictBody, response: { 201: keptVerdictResponse } },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      const { verdict, findingCodes, senderDomain } = request.body;
      const kept = await db.transaction().execute(async (trx) => {
        const row = await insertVerdict(
          trx,
          auth.practiceId,
          {
            userId: auth.userId,
            keptBy: actorLabel(auth),
            verdict,
            findingCodes: [...new Set(findingCodes)],
            senderDomain: senderDomain ?? null,
          },
          now,
        );
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'mail_verdict.kept',
            subject: { type: 'mail_verdict', id: row.id },
            summary: `Verdict « ${VERDICT_LABELS[verdict]} » d’une analyse d’e-mail conservé par ${auth.name}`,
            data: { verdict, findings: row.findingCodes.length },
          },
          now,
        );
        return row;
      });
      return reply.status(201).send(present(kept, auth));
    },
  );

  api.delete(
    '/tools/mail-analysis/verdicts/:id',
    { config: { permission: 'tools.keep' }, schema: { tags: ['outils'], params: idParams } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const now = app.deps.clock.now();
      await db.transaction().execute(async (trx) => {
        const kept = await findVerdict(trx, auth.practiceId, request.params.id);
        if (!kept || !mayDelete(auth, kept)) {
          throw notFound('Verdict introuvable parmi ceux que vous pouvez supprimer.');
        }
        await deleteVerdict(trx, auth.practiceId, kept.id);
        await appendJournal(
          trx,
          auth.practiceId,
          {
            actor: actorOf(auth),
            action: 'mail_verdict.deleted',
            subject: { type: 'mail_verdict', id: kept.id },
            summary: `Verdict d’analyse d’e-mail supprimé par ${auth.name}`,
            data: { verdict: kept.verdict },
          },
          now,
        );
      });
      return reply.status(204).send();
    },
  );
}
