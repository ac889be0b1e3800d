import { describe, expect, it } from 'vitest';
import { verifyPassword } from '../features/accounts/password.ts';
import { findPractice, listPractices } from '../features/accounts/practices.repository.ts';
import { createSession, listUserSessions } from '../features/accounts/sessions.repository.ts';
import { accountKey, getThrottle, recordFailure } from '../features/accounts/throttle.repository.ts';
import { findTokenUser } from '../features/accounts/tokens.repository.ts';
import { findUserByEmail, listUsers, updateUser } from '../features/accounts/users.repository.ts';
import {
  cli,
  createOtherPractice,
  freshInstall,
  journalActions,
  lastLine,
  OTHER_PASSWORD,
  OWNER,
  PASSWORD,
  PRACTICE_NAME,
  setup,
  withDb,
} from './accounts-cli.test-support.ts';

describe('hygie setup', () => {
  it('creates the first practice and its owner, journaled, then refuses to run twice', async () => {
    const { dir, env } = freshInstall({ HYGIE_PUBLIC_URL: 'https://hygie.exemple.fr/' });
    const first = await setup(env);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`Cabinet « ${PRACTICE_NAME} » créé.`);
    expect(first.stdout).toContain(`Titulaire : ${OWNER.name} (${OWNER.email})`);
    expect(first.stdout).toContain('Connexion : https://hygie.exemple.fr avec cette adresse e-mail');
    expect(first.practiceId).toMatch(/^[0-9a-f-]{36}$/);

    await withDb(dir, async (db) => {
      const practice = await findPractice(db, first.practiceId);
      expect(practice).toMatchObject({
        name: PRACTICE_NAME,
        structureType: 'solo',
        professions: ['infirmier'],
        staffCount: 0,
        dataLocations: ['local'],
        status: 'active',
      });
      const owner = await findUserByEmail(db, OWNER.email);
      expect(owner).toMatchObject({ practiceId: first.practiceId, name: OWNER.name, role: 'owner', mfaSecret: null });
      expect(await verifyPassword(owner?.passwordHash ?? '', PASSWORD)).toBe(true);
      const journal = await journalActions(db, first.practiceId);
      expect(journal.map((e) => [e.action, e.actorType])).toEqual([
        ['practice.created', 'system'],
        ['user.joined', 'system'],
      ]);
    });

    const again = await setup(env);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/^Hygie est déjà configuré.*utilisez « hygie practice create »\.\n$/);
  });

  it('defaults to a group for several professions and reads every profile option', async () => {
    const { dir, env } = freshInstall();
    const args = ['--profession', 'medecin,sage_femme', '--staff', '4', '--department', '2a'];
    const result = await setup(env, [...args, '--data-locations', 'local, cloud,paper']);
    expect(result.code).toBe(0);
    const practice = await withDb(dir, (db) => findPractice(db, result.practiceId));
    expect(practice).toMatchObject({
      structureType: 'group',
      professions: ['infirmier', 'medecin', 'sage_femme'],
      staffCount: 4,
      department: '2A',
      dataLocations: ['local', 'cloud', 'paper'],
    });
  });

  it('refuses a weak password in French, exit 1, and creates nothing', async () => {
    const { dir, env } = freshInstall();
    const result = await setup(env, [], 'tilleuls2024\n');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^Mot de passe refusé : \S.*\n$/);
    expect(await withDb(dir, (db) => listPractices(db))).toEqual([]);
  });

  it('strips one trailing line break from the password, and only one', async () => {
    const { dir, env } = freshInstall();
    expect((await setup(env, [], `${PASSWORD}\r\n\n`)).code).toBe(0);
    const owner = await withDb(dir, (db) => findUserByEmail(db, OWNER.email));
    expect(await verifyPassword(owner?.passwordHash ?? '', `${PASSWORD}\r\n`)).toBe(true);
    expect(await verifyPassword(owner?.passwordHash ?? '', PASSWORD)).toBe(false);
  });

  it('without --password-stdin and without a terminal, asks for the flag and creates nothing', async () => {
    const { dir, env } = freshInstall();
    const result = await cli(
      ['setup', '--practice', 'X', '--profession', 'autre', '--owner-email', 'a@exemple.fr', '--owner-name', 'A B'],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Mot de passe manquant : .*--password-stdin/);
    expect(await withDb(dir, (db) => listPractices(db))).toEqual([]);
  });

  it.each([
    [
      ['--profession', 'infirmiere'],
      /^Option --profession incorrecte : « infirmiere » n’est pas une valeur possible \(valeurs possibles : medecin, infirmier, .*\)\.\n$/,
    ],
    [['--structure', 'cabinet'], /^Option --structure incorrecte : « cabinet » n’est pas une valeur possible/],
    [['--staff', 'trois'], /^Option --staff incorrecte : un nombre entier est attendu/],
    [['--department', '99'], /^Option --department incorrecte : numéro de département attendu/],
    [
      ['--data-locations', 'local,disque'],
      /^Option --data-locations incorrecte : « disque » n’est pas une valeur possible/,
    ],
    [['--owner-email', 'pas-une-adresse'], /^Option --owner-email incorrecte : adresse e-mail invalide\.\n$/],
  ])('names the option in its refusal: %j', async (extra, message) => {
    const { env } = freshInstall();
    const result = await setup(env, extra);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('reports a missing required option in French', async () => {
    const { env } = freshInstall();
    const result = await cli(
      ['setup', '--practice', 'X', '--profession', 'autre', '--owner-email', 'a@exemple.fr'],
      env,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Option obligatoire manquante : --owner-name <nom>.\nAide : « hygie setup --help ».\n');
  });
});

describe('hygie user add', () => {
  const add = (extra: string[] = []) => [
    'user',
    'add',
    '--email',
    'lea.secretaire@exemple.fr',
    '--name',
    'Léa Petit',
    '--role',
    'secretary',
    '--password-stdin',
    ...extra,
  ];

  it('adds a user to the only practice without --practice, journaled as the instance administrator', async () => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const result = await cli(add(), env, `${OTHER_PASSWORD}\n`);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      `Compte créé : Léa Petit (lea.secretaire@exemple.fr), secrétaire du cabinet « ${PRACTICE_NAME} ».\n`,
    );
    await withDb(dir, async (db) => {
      const user = await findUserByEmail(db, 'lea.secretaire@exemple.fr');
      expect(user).toMatchObject({ practiceId, role: 'secretary', name: 'Léa Petit' });
      expect(await verifyPassword(user?.passwordHash ?? '', OTHER_PASSWORD)).toBe(true);
      const last = (await journalActions(db, practiceId)).at(-1);
      expect(last).toMatchObject({
        action: 'user.joined',
        actorType: 'admin',
        actorId: null,
        actorLabel: 'Administrateur de l’instance (ligne de commande)',
        subjectId: user?.id,
        data: { role: 'secretary' },
      });
    });

    const duplicate = await cli(add(), env, `${OTHER_PASSWORD}\n`);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(/déjà celle d’un compte Hygie/);
  });

  it('needs --practice once the instance has several practices', async () => {
    const { dir, env } = freshInstall();
    await setup(env);
    const other = await createOtherPractice(env);
    expect(other.code).toBe(0);

    const ambiguous = await cli(add(), env, `${OTHER_PASSWORD}\n`);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(/2 cabinets : précisez lequel avec --practice .*« hygie practice list »/);

    const result = await cli(add(['--practice', other.practiceId]), env, `${OTHER_PASSWORD}\n`);
    expect(result.code).toBe(0);
    const users = await withDb(dir, (db) => listUsers(db, other.practiceId));
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ['paul.durand@exemple.fr', 'owner'],
      ['lea.secretaire@exemple.fr', 'secretary'],
    ]);
  });

  it.each([
    [
      'an unknown role',
      ['--role', 'stagiaire'],
      /^Option --role incorrecte : « stagiaire » n’est pas une valeur possible \(valeurs possibles : owner, practitioner, secretary, auditor\)/,
    ],
    [
      'an unknown practice',
      ['--practice', 'inconnu'],
      /^Aucun cabinet n’a l’identifiant « inconnu » : .*hygie practice list/,
    ],
  ])('refuses %s', async (_label, extra, message) => {
    const { env } = freshInstall();
    await setup(env);
    const result = await cli(add(extra), env, `${OTHER_PASSWORD}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
  });

  it('asks for setup first on an empty instance, and refuses a weak password', async () => {
    const { env } = freshInstall();
    const empty = await cli(add(), env, `${OTHER_PASSWORD}\n`);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/lancez d’abord « hygie setup »/);
    await setup(env);
    const weak = await cli(add(), env, 'Léa Petit 2024\n');
    expect(weak.code).toBe(1);
    expect(weak.stderr).toMatch(/^Mot de passe refusé : /);
  });
});

describe('hygie user reset', () => {
  it('replaces the password, clears MFA, sessions and the sign-in delay, and journals it', async () => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const before = await withDb(dir, async (db) => {
      const owner = await findUserByEmail(db, OWNER.email);
      if (!owner) throw new Error('no owner');
      await updateUser(db, practiceId, owner.id, { mfaSecret: 'JBSWY3DPEHPK3PXP' }, new Date());
      await createSession(db, { userId: owner.id, practiceId, mfaPending: false }, new Date(), {
        idleMinutes: 30,
        absoluteHours: 12,
      });
      for (let i = 0; i < 6; i++) await recordFailure(db, accountKey(OWNER.email), new Date());
      return owner;
    });

    const result = await cli(
      ['user', 'reset', '--email', OWNER.email.toUpperCase(), '--password-stdin'],
      env,
      `${OTHER_PASSWORD}\n`,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Mot de passe de ${OWNER.name} (${OWNER.email}) remplacé.`);
    expect(result.stdout).toContain('1 session(s) fermée(s)');

    await withDb(dir, async (db) => {
      const owner = await findUserByEmail(db, OWNER.email);
      expect(owner?.mfaSecret).toBeNull();
      expect(await verifyPassword(owner?.passwordHash ?? '', PASSWORD)).toBe(false);
      expect(await verifyPassword(owner?.passwordHash ?? '', OTHER_PASSWORD)).toBe(true);
      expect(await listUserSessions(db, before.id)).toEqual([]);
      expect(await getThrottle(db, accountKey(OWNER.email))).toBeUndefined();
      const journal = (await journalActions(db, practiceId)).slice(-2);
      expect(journal.map((e) => [e.action, e.actorType, e.subjectId, e.data])).toEqual([
        ['user.password_reset', 'admin', before.id, { by: 'cli' }],
        ['user.mfa_reset', 'admin', before.id, {}],
      ]);
    });
  });

  it.each([
    ['no password and no terminal', ['--email', OWNER.email], '', /^Mot de passe manquant : .*--password-stdin/],
    ['a weak password', ['--email', OWNER.email, '--password-stdin'], 'anne martin\n', /^Mot de passe refusé : /],
    [
      'an unknown e-mail',
      ['--email', 'personne@exemple.fr', '--password-stdin'],
      `${OTHER_PASSWORD}\n`,
      /^Aucun compte Hygie n’utilise l’adresse personne@exemple\.fr/,
    ],
  ])('refuses %s and changes nothing', async (_label, args, stdin, message) => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const result = await cli(['user', 'reset', ...args], env, stdin);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    await withDb(dir, async (db) => {
      const owner = await findUserByEmail(db, OWNER.email);
      expect(await verifyPassword(owner?.passwordHash ?? '', PASSWORD)).toBe(true);
      expect(await journalActions(db, practiceId)).toHaveLength(2);
    });
  });
});

describe('hygie token create', () => {
  it('prints the token alone on the last line, usable as a bearer token, and journals it', async () => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const result = await cli(
      ['token', 'create', '--email', OWNER.email, '--name', 'sauvegarde nocturne', '--days', '30'],
      env,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^Jeton « sauvegarde nocturne » créé pour Anne Martin \(titulaire du cabinet « Cabinet des Tilleuls »\), valable jusqu’au \d{2}\/\d{2}\/\d{4}\.$/,
    );
    expect(lines[1]).toMatch(/n’est affiché qu’une seule fois/);
    const token = lastLine(result.stdout);
    expect(token).toMatch(/^hyg_[A-Za-z0-9_-]{43}$/);
    await withDb(dir, async (db) => {
      const owner = await findUserByEmail(db, OWNER.email);
      expect(await findTokenUser(db, token, new Date())).toMatchObject({
        userId: owner?.id,
        practiceId,
        role: 'owner',
      });
      expect(await findTokenUser(db, token, new Date(Date.now() + 31 * 86_400_000))).toBeNull();
      const last = (await journalActions(db, practiceId)).at(-1);
      expect(last).toMatchObject({
        action: 'token.created',
        actorType: 'admin',
        data: { name: 'sauvegarde nocturne' },
      });
    });
  });

  it.each([
    [['--email', OWNER.email, '--name', 'x', '--days', '0'], /^Option --days incorrecte : /],
    [['--email', 'personne@exemple.fr', '--name', 'x'], /^Aucun compte Hygie n’utilise l’adresse/],
    [['--email', OWNER.email], /^Option obligatoire manquante : --name <nom>\./],
  ])('refuses %j with exit 1', async (args, message) => {
    const { env } = freshInstall();
    await setup(env);
    const result = await cli(['token', 'create', ...args], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });
});
