import { describe, expect, it } from 'vitest';
import { journalHead, listJournal } from '../features/journal/journal.repository.ts';
import { chainEntry } from '../features/journal/journal.ts';
import { cli, createOtherPractice, freshInstall, setup, withDb } from './accounts-cli.test-support.ts';

describe('hygie journal verify --against (the code de contrôle received by e-mail)', () => {
  it('accepts the anchored head, then detects a journal rewritten after it (chain recomputed, still « intact »)', async () => {
    const { dir, env } = freshInstall();
    const { practiceId } = await setup(env);
    const head = await withDb(dir, (db) => journalHead(db, practiceId));
    const anchor = `${head?.hash}@${head?.seq}`;

    const ok = await cli(['journal', 'verify', '--against', anchor], env);
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    expect(ok.stdout).toMatch(
      /^Cabinet « Cabinet des Tilleuls » : Conforme au code de contrôle : les 2 premières entrées/,
    );

    // Rewrite entry 1 and recompute every hash after it: the chain verifies on its own.
    await withDb(dir, async (db) => {
      const entries = (await listJournal(db, practiceId, { limit: 1000 })).reverse();
      let previous: { seq: number; hash: string } | null = null;
      for (const entry of entries) {
        const rewritten = chainEntry(entry.seq === 1 ? { ...entry, summary: 'Réécrite' } : entry, previous);
        await db
          .updateTable('journal_entries')
          .set({ summary: rewritten.summary, prev_hash: rewritten.prevHash, hash: rewritten.hash })
          .where('id', '=', entry.id)
          .execute();
        previous = rewritten;
      }
    });
    expect((await cli(['journal', 'verify'], env)).code).toBe(0);
    const rewritten = await cli(['journal', 'verify', '--against', anchor], env);
    expect(rewritten.code).toBe(1);
    expect(rewritten.stdout).toContain('L’entrée n° 2 ne correspond plus au code de contrôle reçu par e-mail');
    expect(rewritten.stderr).toMatch(/^Le journal ne correspond pas au code de contrôle/);
  });

  it('refuses a code that is not one, and asks which practice when there are several', async () => {
    const { env } = freshInstall();
    await setup(env);
    const bad = await cli(['journal', 'verify', '--against', 'abc@2'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('n’est pas un code de contrôle');
    await createOtherPractice(env);
    const several = await cli(['journal', 'verify', '--against', `${'a'.repeat(64)}@2`], env);
    expect(several.code).toBe(1);
    expect(several.stderr).toContain('indiquez lequel avec --practice');
  });
});
