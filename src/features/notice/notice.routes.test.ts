import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { updatePractice } from '../accounts/practices.repository.ts';
import { listJournal } from '../journal/journal.repository.ts';
import type { RegisterActivity } from '../register/register.types.ts';
import { pdfInfo, pdfText } from './notice-pdf.test-support.ts';
import { HEADINGS } from './notice-text.ts';
import { addActivity, changeActivity } from './register-fixture.test-support.ts';

const clock = fixedClock(new Date());
const SETTINGS = { controller: 'Mme Claire Martin, infirmière', rightsContact: null };
const CONTACT = { address: '12 rue des Tilleuls, 69003 Lyon', phone: '04 72 00 00 00' };

describeEachDialect('patient notice routes', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let hostile: TestPractice;
  let activity: RegisterActivity;
  const t = routeFixture(
    db,
    { clock },
    { name: 'Cabinet des Tilleuls', structureType: 'solo', professions: ['infirmier'] },
  );
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    [b, hostile] = await Promise.all([
      createPractice(db()),
      createPractice(db(), { name: 'Cabinet <script>alert(1)</script>' }),
    ]);
  });

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  /** The profile as PUT /practice takes it (the test practice without its id, status and date). */
  const profileOf = ({ practice }: TestPractice) => {
    const { id: _id, status: _status, createdAt: _createdAt, ...profile } = practice;
    return profile;
  };
  const overview = async (user: TestUser) => {
    const res = await call(user, 'GET', '/notice');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  describe('before the notice can be generated', () => {
    it('lists the missing mandatory mentions in plain French', async () => {
      const notice = await overview(a.secretary);
      expect(notice).toMatchObject({ complete: false, latest: null, outdated: false, versions: [], activities: 0 });
      expect(notice.missing.map((m: { mention: string }) => m.mention)).toEqual(['contact', 'purposes']);
      expect(notice.defaults.controller).toBe('Cabinet des Tilleuls');
    });

    it('refuses to generate (409) and to download a first version, naming what is missing', async () => {
      const res = await call(a.owner, 'POST', '/notice/generate');
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('notice_incomplete');
      expect(res.json().message).toContain('il manque 2 mentions obligatoires');
      expect(res.json().message).toContain('au moins une coordonnée du cabinet');
      expect((await call(a.auditor, 'GET', '/notice/poster.pdf')).statusCode).toBe(409);
    });
  });

  describe('settings', () => {
    it('takes the contact details from the practice profile, not from its own settings', async () => {
      const res = await call(a.owner, 'PUT', '/practice', { ...profileOf(a), ...CONTACT });
      expect(res.statusCode, res.body).toBe(200);
      const notice = await overview(a.secretary);
      expect(notice.contact).toEqual({ ...CONTACT, email: null });
      expect(notice.careSetting).toBe('practice');
      expect(notice.missing.map((m: { mention: string }) => m.mention)).toEqual(['purposes']);
      const refused = await call(a.owner, 'PUT', '/notice/settings', { phone: '04 72 00 00 00' });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().field).toBe('phone');
    });

    it('saves the practice’s own wording, journaled by field name', async () => {
      const res = await call(a.practitioner, 'PUT', '/notice/settings', SETTINGS);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().settings).toEqual({ ...SETTINGS, mandatoryData: null });
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'notice.settings_updated' });
      expect(entry?.data).toEqual({ fields: ['controller'] });
      await call(a.practitioner, 'PUT', '/notice/settings', {});
    });

    it.each<[string, unknown, string, string]>([
      ['a long controller', { controller: 'x'.repeat(201) }, 'controller', 'nom du responsable trop long'],
      ['a number as rights contact', { rightsContact: 472000000 }, 'rightsContact', 'texte attendu'],
      ['an unknown field', { website: 'https://cabinet.fr' }, 'website', 'non autorisé'],
    ])('refuses %s with a French 400 naming the field', async (_name, payload, field, message) => {
      const res = await call(a.owner, 'PUT', '/notice/settings', payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'invalid_input', field });
      expect(res.json().message).toContain(message);
    });
  });

  describe('versions', () => {
    beforeAll(async () => {
      activity = await addActivity(db().db, a.practice.id);
    });

    it('generates the first version on demand when the poster is downloaded, then numbers each one', async () => {
      const poster = await call(a.secretary, 'GET', '/notice/poster.pdf');
      expect(poster.statusCode, poster.body).toBe(200);
      expect(poster.headers['content-type']).toBe('application/pdf');
      expect(poster.headers['content-disposition']).toBe(
        'attachment; filename="hygie-information-patients-affiche-v1.pdf"',
      );
      expect(pdfInfo(poster.rawPayload).pages).toBe(1);
      const text = pdfText(poster.rawPayload);
      expect(text).toContain('Cabinet des Tilleuls');
      expect(text).toContain('Version n° 1 du');
      expect(text).not.toContain('Délégué');
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'notice.generated' });
      expect(entry?.data).toEqual({ number: 1, registerVersion: 1, activities: 1, onDemand: true });

      const second = await call(a.practitioner, 'POST', '/notice/generate');
      expect(second.statusCode, second.body).toBe(201);
      expect(second.json()).toMatchObject({ number: 2, outdated: false, activities: 1, registerVersion: 1 });
      expect(second.json().fingerprint).toMatch(/^[0-9a-f]{64}$/);
      const notice = await overview(a.auditor);
      expect(notice.versions.map((v: { number: number }) => v.number)).toEqual([2, 1]);
      expect(notice).toMatchObject({ complete: true, outdated: false, latest: { number: 2 } });
    });

    it('flags the versions outdated when the register changes', async () => {
      activity = await changeActivity(db().db, activity, { purposes: ['Tenue du dossier de soins infirmiers'] });
      const notice = await overview(a.secretary);
      expect(notice.outdated).toBe(true);
      expect(notice.latest.outdatedReasons[0]).toMatch(/^Le registre des traitements a été modifié le /);
      expect((await call(a.owner, 'POST', '/notice/generate')).json()).toMatchObject({ number: 3, outdated: false });
      expect((await overview(a.owner)).outdated).toBe(false);
    });

    it('flags them outdated when a DPO is designated, and the new poster names the DPO', async () => {
      const dpo = { name: 'Claire Dubois', email: 'dpo@exemple.fr', phone: null };
      await updatePractice(db().db, a.practice.id, { ...a.practice, ...CONTACT, dpo }, new Date());
      const notice = await overview(a.owner);
      expect(notice).toMatchObject({ outdated: true, dpo });
      expect(notice.latest.outdatedReasons).toEqual([
        'Le délégué à la protection des données ou ses coordonnées ont changé.',
      ]);
      expect((await call(a.owner, 'POST', '/notice/generate')).statusCode).toBe(201);
      const text = pdfText((await call(a.owner, 'GET', '/notice/poster.pdf')).rawPayload);
      expect(text).toContain('Délégué à la protection des données');
      expect(text).toContain('Claire Dubois · dpo@exemple.fr');
      const old = pdfText((await call(a.owner, 'GET', '/notice/poster.pdf?version=3')).rawPayload);
      expect(old).not.toContain('Délégué');
    });

    it.each([
      ['leaflet.pdf', 'application/pdf', 'depliant', 'pdf'],
      ['website.html', 'text/html; charset=utf-8', 'site', 'html'],
      ['website.md', 'text/markdown; charset=utf-8', 'site', 'md'],
    ])('serves %s of the latest version or of the one asked for', async (path, type, name, ext) => {
      const latest = await call(a.auditor, 'GET', `/notice/${path}`);
      expect(latest.statusCode).toBe(200);
      expect(latest.headers['content-type']).toBe(type);
      expect(latest.headers['content-disposition']).toBe(
        `attachment; filename="hygie-information-patients-${name}-v4.${ext}"`,
      );
      const first = await call(a.auditor, 'GET', `/notice/${path}?version=1`);
      expect(first.headers['content-disposition']).toContain(`-v1.${ext}`);
      if (ext !== 'pdf') expect(first.body).toContain(HEADINGS.rights);
    });

    it.each([
      ['?version=99', 404, undefined],
      ['?version=abc', 400, 'version'],
      ['?version=0', 400, 'version'],
      ['?format=docx', 400, 'format'],
    ])('answers %s with %i', async (query, status, field) => {
      const res = await call(a.owner, 'GET', `/notice/poster.pdf${query}`);
      expect(res.statusCode, res.body).toBe(status);
      if (field) expect(res.json().field).toBe(field);
    });
  });

  describe('roles and isolation', () => {
    it.each(['secretary', 'auditor'] as const)(
      'lets the %s read and download but change nothing (403)',
      async (role) => {
        expect((await call(a[role], 'GET', '/notice')).statusCode).toBe(200);
        expect((await call(a[role], 'GET', '/notice/leaflet.pdf')).statusCode).toBe(200);
        expect((await call(a[role], 'PUT', '/notice/settings', SETTINGS)).statusCode).toBe(403);
        expect((await call(a[role], 'POST', '/notice/generate')).statusCode).toBe(403);
      },
    );

    it('shows another practice nothing of this one', async () => {
      const notice = await overview(b.owner);
      expect(notice).toMatchObject({ versions: [], activities: 0, contact: { address: null } });
      expect((await call(b.owner, 'GET', '/notice/poster.pdf?version=1')).statusCode).toBe(404);
    });
  });

  it('escapes a practice name holding a script in the website text', async () => {
    await updatePractice(
      db().db,
      hostile.practice.id,
      { ...hostile.practice, email: 'accueil@exemple.fr' },
      new Date(),
    );
    await addActivity(db().db, hostile.practice.id);
    const res = await call(hostile.owner, 'GET', '/notice/website.html');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).not.toContain('<script>');
    expect(res.body).toContain('Cabinet &lt;script&gt;alert(1)&lt;/script&gt;');
    const md = await call(hostile.owner, 'GET', '/notice/website.md');
    expect(md.body).toContain('Cabinet \\<script\\>alert(1)\\</script\\>');
  });
});
