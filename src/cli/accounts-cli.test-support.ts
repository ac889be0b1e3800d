import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../test/support/cli.ts';
import { connectSqlite, type Db } from '../db/connect.ts';
import { listJournal } from '../features/journal/journal.repository.ts';

/** A password the strength check accepts (the factories' one). */
export const PASSWORD = 'girafe-lumière-tambour-pivoine-7';
export const OTHER_PASSWORD = 'hibou-carillon-mandarine-falaise-4';
export const OWNER = { email: 'anne.martin@exemple.fr', name: 'Anne Martin' };
export const PRACTICE_NAME = 'Cabinet des Tilleuls';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh local install: its own HYGIE_DATA_DIR, removed after the test. */
export function freshInstall(extra: NodeJS.ProcessEnv = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hygie-cli-accounts-'));
  dirs.push(dir);
  return { dir, env: { HYGIE_DATA_DIR: dir, ...extra } as NodeJS.ProcessEnv };
}

export const cli = (argv: string[], env: NodeJS.ProcessEnv, stdin = '') => runCli(argv, env, stdin);

/** `hygie setup` of the test practice, password on stdin; returns the result and the practice id. */
export async function setup(env: NodeJS.ProcessEnv, extra: string[] = [], stdin = `${PASSWORD}\n`) {
  const result = await cli(
    [
      'setup',
      '--practice',
      PRACTICE_NAME,
      '--profession',
      'infirmier',
      '--owner-email',
      OWNER.email,
      '--owner-name',
      OWNER.name,
      '--password-stdin',
      ...extra,
    ],
    env,
    stdin,
  );
  return { ...result, practiceId: /Identifiant du cabinet : (\S+)/.exec(result.stdout)?.[1] ?? '' };
}

/** `hygie practice create` of another practice; returns its id. */
export async function createOtherPractice(env: NodeJS.ProcessEnv, name = 'Maison de santé du Port') {
  const args = ['practice', 'create', '--name', name, '--profession', 'medecin', '--profession', 'sage_femme'];
  const owner = ['--owner-email', 'paul.durand@exemple.fr', '--owner-name', 'Paul Durand', '--password-stdin'];
  const result = await cli([...args, ...owner], env, `${PASSWORD}\n`);
  return { ...result, practiceId: /Identifiant du cabinet : (\S+)/.exec(result.stdout)?.[1] ?? '' };
}

export const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

/** Opens the install's encrypted database directly (key from the key file), as an operator could. */
export async function withDb<T>(dir: string, work: (db: Db) => Promise<T>): Promise<T> {
  const handle = connectSqlite(dir, undefined);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

/** The practice's journal actions, oldest first. */
export async function journalActions(db: Db, practiceId: string) {
  return (await listJournal(db, practiceId, { limit: 1000 })).reverse();
}
