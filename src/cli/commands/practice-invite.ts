import { publicBase } from '../../config.ts';
import { emailSchema } from '../../features/accounts/accounts.schema.ts';
import { createLink, LINK_TTL_HOURS, linkUrl } from '../../features/accounts/links.repository.ts';
import { ROLE_LABELS } from '../../features/accounts/roles.ts';
import { findUserByEmail } from '../../features/accounts/users.repository.ts';
import { appendJournal } from '../../features/journal/journal.repository.ts';
import { formatDateTime } from '../../lib/dates/index.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { ADMIN_ACTOR, practiceById, withDatabase } from './database.ts';
import { frenchCommand } from './french-command.ts';
import { parseWith } from './practice-input.ts';

/** An invitation link for a new owner (titulaire), printed alone on the last line. */
export const practiceInviteOwnerCommand = (io: CliIo) =>
  frenchCommand(io, 'invite-owner', 'crée un lien d’invitation pour un ou une titulaire du cabinet')
    .requiredOption('--practice <identifiant>', 'identifiant du cabinet (voir « hygie practice list »)')
    .requiredOption('--email <e-mail>', 'adresse e-mail de la personne invitée')
    .action((options: { practice: string; email: string }) => {
      const email = parseWith(emailSchema, options.email, '--email');
      return withDatabase(io, async (db, config) => {
        const practice = await practiceById(db, options.practice);
        if (await findUserByEmail(db, email)) {
          throw new CliError(`L’adresse ${email} est déjà celle d’un compte Hygie : choisissez une autre adresse.`);
        }
        const now = new Date();
        const { token, link } = await db.transaction().execute(async (trx) => {
          const created = await createLink(
            trx,
            { practiceId: practice.id, kind: 'invitation', email, role: 'owner' },
            now,
          );
          await appendJournal(
            trx,
            practice.id,
            {
              actor: ADMIN_ACTOR,
              action: 'user.invited',
              subject: { type: 'invitation', id: created.link.id },
              summary: `Invitation de ${email} comme ${ROLE_LABELS.owner.toLowerCase()}`,
              data: { email, role: 'owner' },
            },
            now,
          );
          return created;
        });
        println(io.stdout, `Invitation créée pour ${email} (${ROLE_LABELS.owner}) au cabinet « ${practice.name} ».`);
        println(
          io.stdout,
          `Le lien est valable ${LINK_TTL_HOURS.invitation} heures (jusqu’au ${formatDateTime(new Date(link.expiresAt))}) et ne sert qu’une fois ; il n’est affiché qu’ici, transmettez-le à la personne invitée :`,
        );
        println(io.stdout, linkUrl(publicBase(config), 'invitation', token));
      });
    });
