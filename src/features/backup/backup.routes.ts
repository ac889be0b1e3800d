import type { FastifyInstance } from 'fastify';
import { publicBase } from '../../config.ts';
import { z } from '../../lib/zod.ts';
import { badRequest, conflict } from '../../server/errors.ts';
import { actorOf } from '../accounts/actor.ts';
import { requireAuth } from '../accounts/auth.plugin.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { countPractices, journalBackup } from './backup.repository.ts';
import { backupTodo } from './backup.todo.ts';
import { createBackup, PG_DUMP_GUIDANCE } from './backup.ts';
import { BackupError } from './backup-format.ts';
import { renderRecoveryKit } from './recovery-kit.ts';

const backupBody = z.strictObject({ passphrase: z.string().min(1).max(256) });

/** "Sauvegarder" and the recovery kit, for the owner of a local install. */
export async function backupRoutes(app: FastifyInstance): Promise<void> {
  const { handle } = app.deps;
  app.todo.register(backupTodo(handle.db, handle.dialect === 'sqlite'));

  app.post(
    '/backup',
    { config: { permission: 'backup.manage' }, schema: { tags: ['sauvegarde'], body: backupBody } },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!handle.sqlite) throw conflict(PG_DUMP_GUIDANCE);
      if ((await countPractices(handle.db)) > 1) {
        throw conflict(
          'Cette installation accueille plusieurs cabinets : la sauvegarde se fait par son administrateur (hygie backup).',
        );
      }
      const now = app.deps.clock.now();
      const { passphrase } = request.body as z.infer<typeof backupBody>;
      const { file, checksum } = await createBackup(handle, passphrase, now).catch((error: unknown) => {
        throw error instanceof BackupError ? badRequest(error.message, 'passphrase') : error;
      });
      await journalBackup(handle.db, actorOf(auth), now);
      return (
        reply
          .header('content-type', 'application/octet-stream')
          .header(
            'content-disposition',
            `attachment; filename="hygie-sauvegarde-${now.toISOString().slice(0, 10)}.hygie"`,
          )
          .header('x-checksum-sha256', checksum)
          // The whole database, even encrypted: no browser or proxy cache keeps a copy.
          .header('cache-control', 'no-store')
          .send(file)
      );
    },
  );

  app.get(
    '/recovery-kit.pdf',
    { config: { permission: 'backup.manage' }, schema: { tags: ['sauvegarde'] } },
    async (request, reply) => {
      const auth = requireAuth(request);
      const practice = await findPractice(handle.db, auth.practiceId);
      const now = app.deps.clock.now();
      const pdf = await renderRecoveryKit({
        practiceName: practice?.name ?? '',
        config: app.deps.config,
        publicAddress: publicBase(app.deps.config),
        now,
      });
      await appendJournal(
        handle.db,
        auth.practiceId,
        { actor: actorOf(auth), action: 'recovery_kit.downloaded', summary: 'Kit de secours téléchargé', data: {} },
        now,
      );
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', 'attachment; filename="hygie-kit-de-secours.pdf"')
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
}
