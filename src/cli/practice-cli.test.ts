import { randomBytes } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { pgUrl, testMasterKeyFile } from '../../test/support/db.ts';
import { connectPostgres } from '../db/connect.ts';
import type { Database } from '../db/schema.ts';
import { consumeLink } from '../features/accounts/links.repository.ts';
import { findPractice } from '../features/accounts/practices.repository.ts';
import { findTokenUser } from '../features/accounts/tokens.repository.ts';
import { findUserByEmail } from '../features/accounts/users.repository.ts';
import {
  cli,
  createOtherPractice,
  freshInstall,
  journalActions,
  lastLine,
  OTHER_PASSWORD,
  OWNER,
  PRACTICE_NAME,
  setup,
  withDb,
} from './accounts-cli.test-support.ts';

describe('hygie practice', () => {
  it('create takes the profile questions the documents need: address, phone, e-mail, care setting, website, cameras', async () => {
    const { dir, env } = freshInstall();
    await setup(env);
    const contact = [
      '--address',
      '3 rue des Lilas, 35000 Rennes',
      '--phone',
      '02 99 00 00 00',
      '--email',
      'cabinet@exemple.fr',
      '--website',
      'cabinet-lilas.fr',
      '--video-surveillance',
    ];
    const nurse = ['practice', 'create', '--name', 'Cabinet des Lilas', '--profession', 'infirmier', ...contact];
    const owner = ['--owner-email', 'ines.roux@exemple.fr', '--owner-name', 'Inès Roux', '--password-stdin'];
    const created = await cli([...nurse, ...owner], env, `${OTHER_PASSWORD}\n`);
    expect(created, created.stderr).toMatchObject({ code: 0 });
    const id = /Identifiant du cabinet : (\S+)/.exec(created.stdout)?.[1] ?? '';
    expect(await withDb(dir, (db) => findPractice(db, id))).toMatchObject({
      address: '3 rue des Lilas, 35000 Rennes',
      phone: '02 99 00 00 00',
      email: 'cabinet@exemple.fr',
      careSetting: 'both',
      website: 'cabinet-lilas.fr',
      videoSurveillance: true,
    });
    const doctor = await cli(
      ['practice', 'create', '--name', 'Autre', '--profession', 'medecin', '--owner-email', 'autre@exemple.fr'],
      env,
      `${OTHER_PASSWORD}\n`,
    );
    expect(doctor.code).not.toBe(0); // the owner's name is required: nothing created
    const otherId = (
      await cli(
        [
          'practice',
          'create',
          '--name',
          'Autre',
          '--profession',
          'medecin',
          '--owner-email',
          'autre@exemple.fr',
          '--owner-name',
          'A B',
          '--password-stdin',
        ],
        env,
        `${OTHER_PASSWORD}\n`,
      )
    ).stdout.match(/Identifiant du cabinet : (\S+)/)?.[1];
    expect(await withDb(dir, (db) => findPractice(db, otherId ?? ''))).toMatchObject({
      careSetting: 'practice',
      website: null,
      videoSurveillance: false,
    });
    for (const [flag, value] of [
      ['--care-setting', 'jardin'],
      ['--website', 'pas un site'],
      ['--email', 'pas-une-adresse'],
    ]) {
      const refused = await cli(
        [
          'practice',
          'create',
          '--name',
          'Refusé',
          '--profession',
          'medecin',
          flag!,
          value!,
          '--owner-email',
          'x@exemple.fr',
          '--owner-name',
          'X Y',
          '--password-stdin',
        ],
        env,
        `${OTHER_PASSWORD}\n`,
      );
      expect(refused.code, flag).not.toBe(0);
      expect(refused.stderr, flag).toContain(`Option ${flag} incorrecte`);
    }
  });

  it('create adds a practice journaled by the administrator, and list shows sizes but no content', async () => {
    const { dir, env } = freshInstall();
    expect((await cli(['practice', 'list'], env)).stdout).toBe(
      'Aucun cabinet pour l’instant : créez le premier avec « hygie setup ».\n',
    );
    const first = await setup(env);
    const other = await createOtherPractice(env);
    expect(other).toMatchObject({ code: 0, stderr: '' });
    const practice = await withDb(dir, (db) => findPractice(db, other.practiceId));
    expect(practice).toMatchObject({ structureType: 'group', professions: ['medecin', 'sage_femme'] });
    const journal = await withDb(dir, (db) => journalActions(db, other.practiceId));
    expect(journal.map((e) => [e.action, e.actorType])).toEqual([
      ['practice.created', 'admin'],
      ['user.joined', 'admin'],
    ]);

    const list = await cli(['practice', 'list'], env);
    expect(list.code).toBe(0);
    const lines = list.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^${first.practiceId}  « ${PRACTICE_NAME} »  actif, 1 utilisateur, créé le \\d{2}/\\d{2}/\\d{4}$`),
    );
    expect(lines[1]).toMatch(new RegExp(`^${other.practiceId}  « Maison de santé du Port »  actif, 1 utilisateur,`));
    expect(list.stdout).not.toContain('@');
  });

  it('suspend and resume change the status, are journaled, and say when there is nothing to do', async () => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const token = lastLine((await cli(['token', 'create', '--email', OWNER.email, '--name', 'api'], env)).stdout);

    const suspended = await cli(['practice', 'suspend', '--practice', practiceId], env);
    expect(suspended).toMatchObject({ code: 0, stderr: '' });
    expect(suspended.stdout).toMatch(
      /^Cabinet « Cabinet des Tilleuls » suspendu : plus personne ne peut s’y connecter/,
    );
    expect((await cli(['practice', 'suspend', '--practice', practiceId], env)).stdout).toMatch(/est déjà suspendu/);
    expect((await cli(['practice', 'list'], env)).stdout).toMatch(/ suspendu, 1 utilisateur/);
    await withDb(dir, async (db) => {
      expect((await findPractice(db, practiceId))?.status).toBe('suspended');
      expect(await findTokenUser(db, token, new Date())).toBeNull();
    });

    const resumed = await cli(['practice', 'resume', '--practice', practiceId], env);
    expect(resumed).toMatchObject({ code: 0, stderr: '' });
    expect(resumed.stdout).toMatch(/rétabli/);
    await withDb(dir, async (db) => {
      expect((await findPractice(db, practiceId))?.status).toBe('active');
      expect(await findTokenUser(db, token, new Date())).not.toBeNull();
      const actions = (await journalActions(db, practiceId)).map((e) => [e.action, e.actorType]);
      expect(actions.slice(-2)).toEqual([
        ['practice.suspended', 'admin'],
        ['practice.resumed', 'admin'],
      ]);
    });

    const unknown = await cli(['practice', 'suspend', '--practice', 'nope'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^Aucun cabinet n’a l’identifiant « nope » : .*« hygie practice list »/);
  });

  it('delete refuses a wrong --confirm, then deletes the practice and everything it holds', async () => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const other = await createOtherPractice(env);
    await cli(
      [
        'user',
        'add',
        '--email',
        'x@exemple.fr',
        '--name',
        'Xavier Roux',
        '--role',
        'auditor',
        '--password-stdin',
        '--practice',
        practiceId,
      ],
      env,
      `${OTHER_PASSWORD}\n`,
    );

    for (const confirm of ['cabinet des tilleuls', `${PRACTICE_NAME} `, 'oui']) {
      const refused = await cli(['practice', 'delete', '--practice', practiceId, '--confirm', confirm], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^Suppression refusée : --confirm doit reprendre exactement le nom du cabinet, « Cabinet des Tilleuls »\. Rien n’a été supprimé\./,
      );
    }
    expect(await withDb(dir, (db) => findPractice(db, practiceId))).not.toBeNull();

    const deleted = await cli(['practice', 'delete', '--practice', practiceId, '--confirm', PRACTICE_NAME], env);
    expect(deleted).toMatchObject({ code: 0, stderr: '' });
    expect(deleted.stdout).toBe(
      'Cabinet « Cabinet des Tilleuls » supprimé définitivement, avec 2 comptes, son journal et toutes ses données.\n',
    );
    await withDb(dir, async (db) => {
      expect(await findPractice(db, practiceId)).toBeNull();
      expect(await findUserByEmail(db, OWNER.email)).toBeNull();
      expect(await findUserByEmail(db, 'x@exemple.fr')).toBeNull();
      expect(await journalActions(db, practiceId)).toEqual([]);
      expect(await findPractice(db, other.practiceId)).not.toBeNull();
      expect(await journalActions(db, other.practiceId)).toHaveLength(2);
    });
  });

  it('invite-owner prints a single-use owner invitation URL alone on the last line', async () => {
    const { dir, env } = freshInstall({ HYGIE_PUBLIC_URL: 'https://hygie.exemple.fr' });
    const { practiceId } = await setup(env);
    const result = await cli(
      ['practice', 'invite-owner', '--practice', practiceId, '--email', 'Nouvelle@Exemple.fr'],
      env,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      /^Invitation créée pour nouvelle@exemple\.fr \(Titulaire\) au cabinet « Cabinet des Tilleuls »\.\n/,
    );
    const url = lastLine(result.stdout);
    expect(url).toMatch(/^https:\/\/hygie\.exemple\.fr\/invitation#[A-Za-z0-9_-]{43}$/);
    await withDb(dir, async (db) => {
      const link = await consumeLink(db, url.split('#')[1] ?? '', 'invitation', new Date());
      expect(link).toMatchObject({ practiceId, email: 'nouvelle@exemple.fr', role: 'owner' });
      expect((await journalActions(db, practiceId)).at(-1)).toMatchObject({
        action: 'user.invited',
        actorType: 'admin',
        subjectId: link?.id,
        data: { email: 'nouvelle@exemple.fr', role: 'owner' },
      });
    });

    const taken = await cli(['practice', 'invite-owner', '--practice', practiceId, '--email', OWNER.email], env);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/déjà celle d’un compte Hygie/);
  });
});

describe('hygie journal verify', () => {
  it('says intact (exit 0), then names the altered entry n° 2 (exit 1), other practices still intact', async () => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const other = await createOtherPractice(env);

    const intact = await cli(['journal', 'verify'], env);
    expect(intact).toMatchObject({ code: 0, stderr: '' });
    expect(intact.stdout).toMatch(
      /^Cabinet « Cabinet des Tilleuls » : journal intact \(2 entrées, empreinte de tête [0-9a-f]{64}\)\.\nCabinet « Maison de santé du Port » : journal intact \(2 entrées, /,
    );

    await withDb(dir, (db) =>
      db
        .updateTable('journal_entries')
        .set({ summary: 'Compte créé pour quelqu’un d’autre' })
        .where('practice_id', '=', practiceId)
        .where('seq', '=', 2)
        .execute(),
    );
    const broken = await cli(['journal', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /^Cabinet « Cabinet des Tilleuls » : journal altéré\. L’entrée n° 2 du \d{2}\/\d{2}\/\d{4} a été modifiée après son enregistrement\.\n/,
    );
    expect(broken.stdout).toMatch(/Cabinet « Maison de santé du Port » : journal intact/);
    expect(broken.stderr).toMatch(/^Un journal a été altéré : ne modifiez plus la base/);

    const one = await cli(['journal', 'verify', '--practice', other.practiceId], env);
    expect(one.code).toBe(0);
    expect(one.stdout).not.toContain('Tilleuls');
    expect((await cli(['journal', 'verify', '--practice', 'nope'], env)).code).toBe(1);
  });

  it('has nothing to verify on an empty instance', async () => {
    const { env } = freshInstall();
    expect(await cli(['journal', 'verify'], env)).toMatchObject({
      code: 0,
      stdout: 'Aucun cabinet : il n’y a pas encore de journal à vérifier.\n',
    });
  });
});

/**
 * Drops the test database once the CLI's connections are gone. pg's pool resolves `end()` before
 * its sockets close, and WITH (FORCE) would kill one still closing: pg reports an unhandled error.
 */
async function dropWhenClosed(db: Kysely<Database>, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await sql`DROP DATABASE IF EXISTS ${sql.id(name)}`.execute(db);
      return;
    } catch (error) {
      if (attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('hygie on PostgreSQL', () => {
  it.skipIf(!pgUrl() && process.env.CI !== 'true')(
    'setup, user add and journal verify through DATABASE_URL',
    async () => {
      const url = pgUrl();
      if (!url) throw new Error('PostgreSQL est requis en CI (TEST_DATABASE_URL).');
      const name = `hygie_cli_${randomBytes(6).toString('hex')}`;
      const admin = connectPostgres(url, { max: 1 });
      await sql`CREATE DATABASE ${sql.id(name)}`.execute(admin.db);
      const databaseUrl = new URL(url);
      databaseUrl.pathname = `/${name}`;
      const { env } = freshInstall({
        DATABASE_URL: databaseUrl.toString(),
        HYGIE_MASTER_KEY_FILE: testMasterKeyFile(),
      });
      try {
        const first = await setup(env);
        expect(first).toMatchObject({ code: 0, stderr: '' });
        expect((await setup(env)).stderr).toMatch(/Hygie est déjà configuré/);
        const added = await cli(
          [
            'user',
            'add',
            '--email',
            'lea@exemple.fr',
            '--name',
            'Léa Petit',
            '--role',
            'practitioner',
            '--password-stdin',
          ],
          env,
          `${OTHER_PASSWORD}\n`,
        );
        expect(added.code).toBe(0);
        const verify = await cli(['journal', 'verify'], env);
        expect(verify).toMatchObject({ code: 0, stderr: '' });
        expect(verify.stdout).toMatch(
          /^Cabinet « Cabinet des Tilleuls » : journal intact \(3 entrées, empreinte de tête [0-9a-f]{64}\)\.\n$/,
        );
        expect((await cli(['practice', 'list'], env)).stdout).toMatch(/actif, 2 utilisateurs/);
      } finally {
        await dropWhenClosed(admin.db, name);
        await admin.close();
      }
    },
  );
});
