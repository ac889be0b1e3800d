import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { enrolDirectly } from '../mfa/mfa.test-support.ts';

/** The foundation's own cards, in order (the features' cards are tested in their folders). */
const FOUNDATION_CARDS = ['mfa', 'recovery-kit', 'backup', 'team', 'journal', 'practice'];
const foundation = (cards: { id: string }[]) => cards.map((c) => c.id).filter((id) => FOUNDATION_CARDS.includes(id));

describeEachDialect('home page', (db, dialect) => {
  let app: FastifyInstance;
  let a: TestPractice;
  beforeAll(async () => {
    app = await createTestApp(db());
    await app.ready();
    a = await createPractice(db(), { name: 'Cabinet du Parc' });
  });
  afterAll(() => app.close());

  const home = async (role: keyof Omit<TestPractice, 'practice'>) => {
    const res = await app.inject({ url: '/api/v1/home', headers: bearer(a[role]) });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('shows the owner the practice, the team’s MFA coverage, the journal state and the next steps', async () => {
    const body = await home('owner');
    expect(body.practice).toEqual({
      name: 'Cabinet du Parc',
      structureType: 'group',
      professions: ['medecin', 'infirmier'],
    });
    expect(body.team).toEqual({ active: 4, withMfa: 0 });
    expect(body.journal).toMatchObject({ intact: true, message: 'Journal intact' });
    const ids = foundation(body.cards);
    expect(ids).toEqual(dialect === 'sqlite' ? ['mfa', 'recovery-kit', 'backup'] : ['mfa', 'recovery-kit']);
    expect(body.cards.find((c: { id: string }) => c.id === 'mfa')).toMatchObject({
      title: 'Activez la double authentification',
      tone: 'warning',
    });
  });

  it('a secretary sees neither the journal nor the team, only her own next step', async () => {
    const body = await home('secretary');
    expect(body).not.toHaveProperty('journal');
    expect(body).not.toHaveProperty('team');
    expect(foundation(body.cards)).toEqual(['mfa']);
  });

  it('the kit card goes once the kit was downloaded, the backup card after a recent backup', async () => {
    const system = { type: 'system' as const, id: null, label: 'Tests' };
    await appendJournal(
      db().db,
      a.practice.id,
      { actor: system, action: 'recovery_kit.downloaded', summary: 'Kit', data: {} },
      new Date(),
    );
    await appendJournal(
      db().db,
      a.practice.id,
      { actor: system, action: 'backup.created', summary: 'Sauvegarde', data: {} },
      new Date(),
    );
    const ids = foundation((await home('owner')).cards);
    expect(ids).toEqual(['mfa']);
  });

  it('shows nothing of the practice to a member who has not enrolled the MFA it requires', async () => {
    const c = await createPractice(db(), { name: 'Cabinet des Remparts', mfaRequired: true });
    for (const user of [c.owner, c.practitioner, c.secretary]) {
      const res = await app.inject({ url: '/api/v1/home', headers: bearer(user) });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toBe(
        'Votre cabinet exige la double authentification : activez-la dans « Mon compte » pour continuer.',
      );
      expect(res.body).not.toContain('Cabinet des Remparts');
    }
    await enrolDirectly(db(), c.practitioner, new Date());
    const enrolled = await app.inject({ url: '/api/v1/home', headers: bearer(c.practitioner) });
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json().practice.name).toBe('Cabinet des Remparts');
  });

  it('a broken journal shows on the home page', async () => {
    await db()
      .db.updateTable('journal_entries')
      .set({ summary: 'modifié' })
      .where('practice_id', '=', a.practice.id)
      .where('seq', '=', 1)
      .execute();
    const body = await home('auditor');
    expect(body.journal).toMatchObject({ intact: false, message: expect.stringMatching(/n° 1/) });
  });
});
