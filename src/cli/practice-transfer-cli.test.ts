import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPractices } from '../features/accounts/practices.repository.ts';
import { verifyJournal } from '../features/journal/journal.repository.ts';
import { tamperArchivedJournal } from '../features/journal/journal.test-support.ts';
import { readArchives } from '../features/transfer/transfer.repository.ts';
import { cli, freshInstall, journalActions, OWNER, PRACTICE_NAME, setup, withDb } from './accounts-cli.test-support.ts';

describe('hygie practice export and import', () => {
  it('moves a practice to an empty instance (its first setup), prints each member’s link, and refuses it a second time', async () => {
    const from = freshInstall();
    const { practiceId } = await setup(from.env);
    const out = path.join(from.dir, 'cabinet.json');
    const exported = await cli(['practice', 'export', '--practice', practiceId, '--out', out], from.env);
    expect(exported, exported.stderr).toMatchObject({ code: 0 });
    expect(exported.stdout).toContain(`Cabinet « ${PRACTICE_NAME} » exporté dans ${out}.`);
    expect((fs.statSync(out).mode & 0o777).toString(8)).toBe('600');
    expect(await withDb(from.dir, (db) => journalActions(db, practiceId))).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'practice.exported', data: { via: 'cli' } })]),
    );

    const to = freshInstall();
    const imported = await cli(['practice', 'import', out], to.env);
    expect(imported, imported.stderr).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain(
      `Cabinet « ${PRACTICE_NAME} » importé (première configuration de cette instance).`,
    );
    expect(imported.stdout).toMatch(
      new RegExp(`${OWNER.name} \\(Titulaire, ${OWNER.email}\\) : http://\\S+/reinitialisation#\\S+`),
    );
    const newId = /Identifiant du cabinet : (\S+)/.exec(imported.stdout)?.[1] ?? '';
    await withDb(to.dir, async (db) => {
      expect((await listPractices(db)).map((p) => p.id)).toEqual([newId]);
      expect(await verifyJournal(db, newId)).toMatchObject({ intact: true, count: 1 });
      expect((await readArchives(db, newId)).map((a) => a.sourcePracticeId)).toEqual([practiceId]);
      const setUp = await db
        .selectFrom('instance_meta')
        .select('key')
        .where('key', '=', 'setup_completed_at')
        .execute();
      expect(setUp).toHaveLength(1);
    });

    const again = await cli(['practice', 'import', out], to.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `Adresse e-mail refusée : Cette adresse e-mail est déjà celle d’un compte de cette instance : ${OWNER.email}. Le cabinet n’a pas été importé.`,
    );
    const small = await cli(['practice', 'import', out, '--max-size', '0.002'], to.env);
    expect(small.code).toBe(1);
    expect(small.stderr).toMatch(
      /^Le fichier fait \d+ ko, plus que les 3 ko acceptés\. Le cabinet n’a pas été importé\.$/m,
    );
    const missing = await cli(['practice', 'import', path.join(to.dir, 'absent.json')], to.env);
    expect(missing.stderr).toContain('Fichier introuvable ou illisible');
    expect(await withDb(to.dir, listPractices)).toHaveLength(1);
  });

  it('`hygie journal verify` also verifies the journal from before the move and its link, and says when it was altered', async () => {
    const from = freshInstall();
    const { practiceId } = await setup(from.env);
    const out = path.join(from.dir, 'cabinet.json');
    expect((await cli(['practice', 'export', '--practice', practiceId, '--out', out], from.env)).code).toBe(0);
    const to = freshInstall();
    expect((await cli(['practice', 'import', out], to.env)).code).toBe(0);

    const intact = await cli(['journal', 'verify'], to.env);
    expect(intact, intact.stderr).toMatchObject({ code: 0, stderr: '' });
    const lines = intact.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Cabinet « Cabinet des Tilleuls » : journal intact \(1 entrée, /);
    expect(lines[1]).toMatch(
      /^Cabinet « Cabinet des Tilleuls », importé le \d{2}\/\d{2}\/\d{4} : Journal d’avant le transfert intact : \d+ entrées vérifiées, relié au journal suivant par son empreinte finale\.$/,
    );

    const newId = (await withDb(to.dir, listPractices))[0]?.id ?? '';
    await withDb(to.dir, (db) => tamperArchivedJournal(db, newId, 1));
    const broken = await cli(['journal', 'verify'], to.env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^Cabinet « Cabinet des Tilleuls » : journal intact/);
    expect(broken.stdout).toMatch(
      /importé le \d{2}\/\d{2}\/\d{4} : Journal d’avant le transfert altéré\. L’entrée n° 1 du \d{2}\/\d{2}\/\d{4} a été modifiée après son enregistrement\.\n$/,
    );
    expect(broken.stderr).toMatch(/^Un journal a été altéré : ne modifiez plus la base/);
  });
});
