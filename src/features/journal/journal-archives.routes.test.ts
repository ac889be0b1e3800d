import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { journalChain } from './journal.repository.ts';
import { insertArchivedJournal, tamperArchivedJournal } from './journal.test-support.ts';

const clock = fixedClock('2026-12-01T10:00:00.000Z');
const MOVED_AT = new Date('2026-12-01T08:00:00.000Z');

describeEachDialect('the journal from before the move (archived journals)', (db) => {
  const t = routeFixture(db, { clock });
  let moved: TestPractice;
  let other: TestPractice;
  let tampered: TestPractice;
  let archiveId: string;
  let otherArchiveId: string;
  let tamperedArchiveId: string;
  const get = (user: { token: string }, url: string) =>
    t.app().inject({ url: `/api/v1/journal${url}`, headers: bearer(user) });

  beforeAll(async () => {
    moved = t.practice();
    other = await createPractice(db());
    tampered = await createPractice(db());
    archiveId = (await insertArchivedJournal(db().db, moved.practice.id, { count: 5, at: MOVED_AT })).id;
    otherArchiveId = (await insertArchivedJournal(db().db, other.practice.id, { count: 2, at: MOVED_AT })).id;
    tamperedArchiveId = (await insertArchivedJournal(db().db, tampered.practice.id, { count: 3, at: MOVED_AT })).id;
    await tamperArchivedJournal(db().db, tampered.practice.id, 2);
  });

  describe('the list', () => {
    it('gives each archive with its dates, count, head hash and verification', async () => {
      const res = await get(moved.auditor, '/archives');
      expect(res.statusCode, res.body).toBe(200);
      const { archives } = res.json();
      expect(archives).toHaveLength(1);
      expect(archives[0]).toMatchObject({
        id: archiveId,
        position: 1,
        sourcePracticeName: 'Cabinet des Tilleuls (ancienne installation)',
        exportedAt: '2026-11-30T09:00:00.000Z',
        archivedAt: MOVED_AT.toISOString(),
        firstAt: '2026-11-29T10:01:00.000Z',
        lastAt: '2026-11-29T10:05:00.000Z',
        count: 5,
        intact: true,
        detail: '',
        message:
          'Journal d’avant le transfert intact : 5 entrées vérifiées, relié au journal suivant par son empreinte finale.',
      });
      const [imported] = await journalChain(db().db, moved.practice.id);
      expect(imported?.data.headHash).toBe(archives[0].headHash);
    });

    it('is empty for a practice that never moved', async () => {
      const fresh = await createPractice(db());
      const res = await get(fresh.owner, '/archives');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ archives: [] });
    });

    it('says which entry of a tampered archive was changed', async () => {
      const res = await get(tampered.owner, '/archives');
      expect(res.statusCode).toBe(200);
      expect(res.json().archives[0]).toMatchObject({
        id: tamperedArchiveId,
        intact: false,
        detail: 'L’entrée n° 2 du 29/11/2026 a été modifiée après son enregistrement.',
      });
      expect(res.json().archives[0].message).toBe(
        'Journal d’avant le transfert altéré. L’entrée n° 2 du 29/11/2026 a été modifiée après son enregistrement.',
      );
    });
  });

  it('reports an archive whose head is not the one the live journal’s import entry recorded', async () => {
    const unlinked = await createPractice(db());
    await insertArchivedJournal(db().db, unlinked.practice.id, { count: 2, at: MOVED_AT, linkedHash: 'f'.repeat(64) });
    const [archive] = (await get(unlinked.owner, '/archives')).json().archives;
    expect(archive).toMatchObject({
      intact: false,
      detail:
        'L’empreinte finale de ce journal ne correspond pas à celle que l’import a inscrite dans le journal suivant : l’un des deux a été modifié.',
    });
  });

  describe('the entries', () => {
    it('pages like the live journal, newest first, with the head', async () => {
      const first = await get(moved.practitioner, `/archives/${archiveId}?limit=2`);
      expect(first.statusCode, first.body).toBe(200);
      const body = first.json();
      expect(body.entries.map((e: { seq: number }) => e.seq)).toEqual([5, 4]);
      expect(body.entries[0]).toMatchObject({ action: 'auth.login', summary: 'Connexion n° 5.' });
      expect(body.head).toEqual({ seq: 5, hash: body.entries[0].hash });
      expect(body.nextBefore).toBe(4);
      const last = await get(moved.practitioner, `/archives/${archiveId}?limit=2&before=2`);
      expect(last.json().entries.map((e: { seq: number }) => e.seq)).toEqual([1]);
      expect(last.json().nextBefore).toBeUndefined();
    });

    it('exports the archive as CSV with its head hash, and journals the export', async () => {
      const res = await get(moved.owner, `/archives/${archiveId}/export.csv`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="journal-hygie-avant-transfert-2026-12-01.csv"',
      );
      const lines = res.body.split('\r\n');
      expect(lines[0]).toBe('\uFEFFn°;date (heure de Paris);auteur;action;objet;résumé;empreinte');
      expect(lines.slice(1, 6).map((line) => line.split(';')[0])).toEqual(['1', '2', '3', '4', '5']);
      const head = (await get(moved.owner, '/archives')).json().archives[0].headHash;
      expect(res.body).toContain(`Empreinte de tête de chaîne : ${head}`);
      expect(res.body).toContain(
        'Journal de conformité de « Cabinet des Tilleuls (ancienne installation) », 5 entrées',
      );
      const live = await journalChain(db().db, moved.practice.id);
      expect(live.at(-1)).toMatchObject({
        action: 'journal.exported',
        summary: 'Export du journal d’avant le transfert (5 entrées)',
      });
    });
  });

  describe('refusals', () => {
    it('refuses the secretary, like the journal', async () => {
      for (const url of ['/archives', `/archives/${archiveId}`, `/archives/${archiveId}/export.csv`]) {
        const res = await get(moved.secretary, url);
        expect(res.statusCode, url).toBe(403);
        expect(res.json().message).toBe('Votre rôle ne permet pas cette action.');
      }
    });

    it('answers 404 for another practice’s archive, and never shows it', async () => {
      for (const url of [`/archives/${otherArchiveId}`, `/archives/${otherArchiveId}/export.csv`]) {
        const res = await get(moved.owner, url);
        expect(res.statusCode, url).toBe(404);
        expect(res.json().message).toBe('Ce journal d’avant le transfert est introuvable dans votre cabinet.');
      }
    });

    it('answers a French 400 for a malformed id or page', async () => {
      for (const url of [
        '/archives/pas-un-identifiant',
        `/archives/${archiveId}?before=0`,
        `/archives/${archiveId}?limit=9999`,
      ]) {
        const res = await get(moved.owner, url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().message, url).toMatch(/^Champ « (id|before|limit) »/);
      }
    });
  });
});
