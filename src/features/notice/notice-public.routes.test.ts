import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import type { PracticeProfileInput } from '../accounts/accounts.schema.ts';
import { findVersion } from './notice.repository.ts';

/** The real date, fixed: the factories' tokens are valid for a day from the real date. */
const clock = fixedClock(new Date());
const PUBLIC = 'https://hygie.exemple.fr/';

const profile = (name: string, website: string | null = null): Partial<PracticeProfileInput> => ({
  name,
  structureType: 'solo',
  professions: ['infirmier'],
  staffCount: 0,
  dataLocations: ['local'],
  address: '3 rue des Tilleuls, 35000 Rennes',
  phone: '02 99 00 00 00',
  website,
});

describeEachDialect('the public notice page', (db) => {
  let withUrl: FastifyInstance;
  let withoutUrl: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    withUrl = await createTestApp(db(), { clock, env: { HYGIE_PUBLIC_URL: PUBLIC } });
    withoutUrl = await createTestApp(db(), { clock });
    await Promise.all([withUrl.ready(), withoutUrl.ready()]);
    [a, b] = await Promise.all([
      createPractice(db(), profile('Cabinet infirmier des Tilleuls')),
      createPractice(db(), profile('Cabinet infirmier du Port')),
    ]);
  });
  afterAll(async () => {
    await Promise.all([withUrl.close(), withoutUrl.close()]);
  });

  const generate = async (app: FastifyInstance, practice: TestPractice) => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/register/proposals',
      headers: bearer(practice.owner),
      payload: { templateIds: ['dossiers-patients-infirmier'] },
    });
    const res = await app.inject({ method: 'POST', url: '/api/v1/notice/generate', headers: bearer(practice.owner) });
    expect(res.statusCode, res.body).toBe(201);
    return (await findVersion(db().db, practice.practice.id))?.content.fullTextUrl ?? null;
  };
  const path = (url: string | null) => new URL(url ?? 'https://x/').pathname;

  it('gives the poster a stable public address when there is no website, showing the current notice to anyone', async () => {
    const first = await generate(withUrl, a);
    expect(first).toMatch(/^https:\/\/hygie\.exemple\.fr\/api\/v1\/notice\/public\/[A-Za-z0-9_-]{32}$/);
    expect(await generate(withUrl, a)).toBe(first);
    const page = await withUrl.inject({ method: 'GET', url: path(first) });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toContain('Cabinet infirmier des Tilleuls');
    expect(page.body).toContain('Dossiers de soins infirmiers');
    expect(page.body).toContain('Version n° 2 du');
  });

  it('answers 404 to a wrong token, and another practice’s token shows only that practice', async () => {
    const mine = await generate(withUrl, a);
    const theirs = await generate(withUrl, b);
    expect(theirs).not.toBe(mine);
    const other = await withUrl.inject({ method: 'GET', url: path(theirs) });
    expect(other.body).toContain('Cabinet infirmier du Port');
    expect(other.body).not.toContain('Cabinet infirmier des Tilleuls');
    for (const token of ['x', `${path(mine).split('/').at(-1)}x`, 'A'.repeat(32)]) {
      const res = await withUrl.inject({ method: 'GET', url: `/api/v1/notice/public/${token}` });
      expect(res.statusCode, token).toBe(404);
      expect(res.json().message).toBe('Cette page d’information n’existe pas.');
    }
  });

  it('has no public page and no QR address without HYGIE_PUBLIC_URL; a website wins over the page', async () => {
    const known = path(await generate(withUrl, a));
    expect((await withoutUrl.inject({ method: 'GET', url: known })).statusCode).toBe(404);
    const local = await createPractice(db(), profile('Cabinet sans adresse publique'));
    expect(await generate(withoutUrl, local)).toBeNull();
    const site = await createPractice(db(), profile('Cabinet avec site', 'cabinet-site.fr'));
    expect(await generate(withUrl, site)).toBe('https://cabinet-site.fr');
  });
});

describe('publicNoticeUrl', () => {
  it('joins the instance address and the token, with or without a final slash', async () => {
    const { publicNoticeUrl } = await import('./notice.service.ts');
    expect(publicNoticeUrl('https://h.fr/', 'abc')).toBe('https://h.fr/api/v1/notice/public/abc');
    expect(publicNoticeUrl('https://h.fr', 'abc')).toBe('https://h.fr/api/v1/notice/public/abc');
  });
});
