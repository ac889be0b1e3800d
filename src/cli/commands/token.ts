import { emailSchema } from '../../features/accounts/accounts.schema.ts';
import { findPractice } from '../../features/accounts/practices.repository.ts';
import { ROLE_LABELS } from '../../features/accounts/roles.ts';
import { createToken } from '../../features/accounts/tokens.repository.ts';
import { findUserByEmail } from '../../features/accounts/users.repository.ts';
import { appendJournal } from '../../features/journal/journal.repository.ts';
import { formatDateShort } from '../../lib/dates/index.ts';
import { z } from '../../lib/zod.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { ADMIN_ACTOR, withDatabase } from './database.ts';
import { frenchCommand, frenchGroup } from './french-command.ts';
import { parseWith } from './practice-input.ts';

const MAX_DAYS = 730;
const DEFAULT_DAYS = 90;
const tokenNameSchema = z.string().trim().min(1).max(100);

/** An API token with the user's rights; the clear value is printed alone on the last line, once. */
export const tokenCreateCommand = (io: CliIo) =>
  frenchCommand(io, 'create', 'crée un jeton d’accès à l’API avec les droits d’un compte')
    .requiredOption('--email <e-mail>', 'adresse e-mail du compte dont le jeton reprend les droits')
    .requiredOption('--name <nom>', 'à quoi sert le jeton, par exemple « sauvegarde nocturne »')
    .option('--days <nombre>', `durée de validité en jours, de 1 à ${MAX_DAYS} (${DEFAULT_DAYS} par défaut)`)
    .action((options: { email: string; name: string; days?: string }) => {
      const email = parseWith(emailSchema, options.email, '--email');
      const name = parseWith(tokenNameSchema, options.name, '--name');
      const rawDays = options.days?.trim() ?? String(DEFAULT_DAYS);
      const days = Number(rawDays);
      if (!/^\d+$/.test(rawDays) || days < 1 || days > MAX_DAYS) {
        throw new CliError(`Option --days incorrecte : un nombre de jours entre 1 et ${MAX_DAYS} est attendu.`);
      }
      return withDatabase(io, async (db) => {
        const user = await findUserByEmail(db, email);
        const practice = user ? await findPractice(db, user.practiceId) : null;
        if (!user || !practice) {
          throw new CliError(`Aucun compte Hygie n’utilise l’adresse ${email} : vérifiez son orthographe.`);
        }
        if (user.status !== 'active' || practice.status !== 'active') {
          throw new CliError('Ce compte est désactivé ou son cabinet est suspendu : un jeton ne lui servirait à rien.');
        }
        const now = new Date();
        const expiresAt = new Date(now.getTime() + days * 86_400_000);
        const { token } = await db.transaction().execute(async (trx) => {
          const created = await createToken(trx, { userId: user.id, practiceId: practice.id, name, expiresAt }, now);
          await appendJournal(
            trx,
            practice.id,
            {
              actor: ADMIN_ACTOR,
              action: 'token.created',
              subject: { type: 'token', id: created.record.id },
              summary: `Jeton d’accès « ${name} » créé pour ${user.name}`,
              data: { name, expiresAt: expiresAt.toISOString() },
            },
            now,
          );
          return created;
        });
        println(
          io.stdout,
          `Jeton « ${name} » créé pour ${user.name} (${ROLE_LABELS[user.role].toLowerCase()} du cabinet « ${practice.name} »), valable jusqu’au ${formatDateShort(expiresAt)}.`,
        );
        println(
          io.stdout,
          'Il n’est affiché qu’une seule fois : copiez-le maintenant et gardez-le comme un mot de passe.',
        );
        println(io.stdout, token);
      });
    });

export const tokenCommand = (io: CliIo) =>
  frenchGroup(io, 'token', 'gère les jetons d’accès à l’API', [tokenCreateCommand(io)]);
