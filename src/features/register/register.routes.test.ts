import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { fixedClock } from '../../lib/clock.ts';
import type { PracticeProfileInput } from '../accounts/accounts.schema.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { registerVersion } from './register.repository.ts';
import { ACTIVITY_BODY } from './register.test-support.ts';

/** 29 November 2026, before the factories' tokens expire (one day from the real date). */
const clock = fixedClock('2026-11-29T10:00:00Z');

const SOLO_NURSE: Partial<PracticeProfileInput> = {
  name: 'Cabinet infirmier Hélène Lefèvre',
  structureType: 'solo',
  professions: ['infirmier'],
  staffCount: 0,
  dataLocations: ['local'],
};

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

describeEachDialect('register routes', (db) => {
  const t = routeFixture(db, { clock }, SOLO_NURSE);
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const call = (user: TestUser, method: Method, url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const create = async (user: TestUser, payload: unknown = ACTIVITY_BODY) => {
    const res = await call(user, 'POST', '/register/activities', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  describe('onboarding from the practice profile', () => {
    it('starts empty, and the home card invites to create the register', async () => {
      const fresh = await createPractice(db(), SOLO_NURSE);
      const list = await call(fresh.auditor, 'GET', '/register/activities');
      expect(list.statusCode).toBe(200);
      expect(list.json()).toMatchObject({
        activities: [],
        counts: { active: 0, toComplete: 0, archived: 0 },
        version: { version: 0, changedAt: null },
        canManage: false,
      });
      const home = await call(fresh.secretary, 'GET', '/home');
      expect(home.body).toContain('Registre des traitements : aucune activité');
    });

    it('proposes the solo nurse’s activities from the profile (its website too), then creates them complete', async () => {
      const fresh = await createPractice(db(), { ...SOLO_NURSE, website: 'cabinet-exemple.fr' });
      const proposals = await call(fresh.owner, 'GET', '/register/proposals');
      expect(proposals.statusCode, proposals.body).toBe(200);
      const ids = proposals.json().proposals.map((p: { templateId: string }) => p.templateId);
      expect(ids).toEqual([
        'dossiers-patients-infirmier',
        'rendez-vous',
        'facturation-teletransmission',
        'echanges-professionnels',
        'comptabilite-fournisseurs',
        'site-internet',
      ]);
      const accepted = await call(fresh.practitioner, 'POST', '/register/proposals', {
        templateIds: ids,
      });
      expect(accepted.statusCode, accepted.body).toBe(201);
      const created = accepted.json().created;
      expect(created.map((c: { number: number }) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
      for (const activity of created) expect(activity.missing, activity.name).toEqual([]);
      expect(created[0]).toMatchObject({
        name: 'Dossiers de soins infirmiers',
        controller: { kind: 'practice' },
        legalBasisText: expect.stringContaining('(art. 9.2.h)'),
        templateId: 'dossiers-patients-infirmier',
        recommendation: expect.stringMatching(/^Gardez la mission d’intérêt public/),
        templateNote: expect.stringContaining('vous pouvez garder cette proposition'),
        openPointKeptAt: '2026-11-29T10:00:00.000Z',
        complete: true,
      });
      expect(created[1]).toMatchObject({ templateId: 'rendez-vous', templateNote: null, openPointKeptAt: null });
      const offered = proposals.json().proposals[0];
      expect(offered).toMatchObject({ recommendation: created[0].recommendation, note: created[0].templateNote });
      const list = (await call(fresh.secretary, 'GET', '/register/activities')).json();
      expect(list.counts).toEqual({ active: 6, toComplete: 0, archived: 0 });
      expect(list.version).toEqual({ version: 6, changedAt: '2026-11-29T10:00:00.000Z' });
      const again = (await call(fresh.owner, 'GET', '/register/proposals')).json();
      expect(again.proposals.every((p: { alreadyInRegister: boolean }) => p.alreadyInRegister)).toBe(true);
      const journal = await listJournal(db().db, fresh.practice.id, { action: 'register.activity_created' });
      expect(journal).toHaveLength(6);
      expect(journal[0]?.data).toMatchObject({ origin: 'proposal' });
      const home = await call(fresh.owner, 'GET', '/home');
      expect(home.body).toContain('Registre des traitements : 6 activités, 0 à compléter');
    });
  });

  describe('« je garde la proposition »', () => {
    it('keeps Hygie’s choice on an open point in one call, journaled once; 409 without one, 403, 404', async () => {
      const fresh = await createPractice(db(), SOLO_NURSE);
      const records = (
        await call(fresh.owner, 'POST', '/register/proposals', { templateIds: ['dossiers-patients-infirmier'] })
      ).json().created[0];
      const copy = (await call(fresh.owner, 'POST', `/register/activities/${records.id}/duplicate`)).json();
      expect(copy).toMatchObject({ openPointKeptAt: records.openPointKeptAt });
      const plain = await create(fresh.owner);
      const versionBefore = await registerVersion(db().db, fresh.practice.id);
      // An activity made from an exported register has no kept proposal yet.
      await db()
        .db.updateTable('register_activities')
        .set({ open_point_kept_at: null })
        .where('id', '=', records.id)
        .execute();
      const open = (await call(fresh.secretary, 'GET', `/register/activities/${records.id}`)).json();
      expect(open.openPointKeptAt).toBeNull();
      expect((await call(fresh.secretary, 'POST', `/register/activities/${records.id}/keep-proposal`)).statusCode).toBe(
        403,
      );
      expect((await call(b.owner, 'POST', `/register/activities/${records.id}/keep-proposal`)).statusCode).toBe(404);
      const kept = await call(fresh.practitioner, 'POST', `/register/activities/${records.id}/keep-proposal`);
      expect(kept.statusCode, kept.body).toBe(200);
      expect(kept.json().openPointKeptAt).toBe('2026-11-29T10:00:00.000Z');
      expect((await call(fresh.owner, 'POST', `/register/activities/${records.id}/keep-proposal`)).statusCode).toBe(
        200,
      );
      const journal = await listJournal(db().db, fresh.practice.id, { action: 'register.proposal_kept' });
      expect(journal.map((e) => e.data)).toEqual([
        { number: records.number, templateId: 'dossiers-patients-infirmier' },
      ]);
      expect(await registerVersion(db().db, fresh.practice.id)).toEqual(versionBefore);
      const none = await call(fresh.owner, 'POST', `/register/activities/${plain.id}/keep-proposal`);
      expect(none.statusCode).toBe(409);
      expect(none.json().message).toContain('pas de point à vérifier');
    });
  });

  describe('activities', () => {
    it('creates, reads, updates with a journaled list of fields, duplicates, archives and restores', async () => {
      const before = await registerVersion(db().db, a.practice.id);
      const created = await create(a.owner);
      expect(created).toMatchObject({ name: ACTIVITY_BODY.name, status: 'active', complete: true, templateId: null });
      const read = await call(a.auditor, 'GET', `/register/activities/${created.id}`);
      expect(read.json()).toEqual(created);

      const updated = await call(a.practitioner, 'PUT', `/register/activities/${created.id}`, {
        ...ACTIVITY_BODY,
        purposes: [...ACTIVITY_BODY.purposes, 'Transmissions entre infirmiers'],
        controller: { kind: 'practitioner', userId: a.practitioner.id },
      });
      expect(updated.statusCode, updated.body).toBe(200);
      expect(updated.json().controller).toEqual({
        kind: 'practitioner',
        userId: a.practitioner.id,
        name: a.practitioner.name,
      });
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'register.activity_updated' });
      expect(entry?.data).toEqual({ number: created.number, fields: ['controller', 'purposes'] });
      expectNoMarker(JSON.stringify(entry?.data), ['Transmissions entre infirmiers']);

      const copy = await call(a.owner, 'POST', `/register/activities/${created.id}/duplicate`);
      expect(copy.statusCode).toBe(201);
      expect(copy.json()).toMatchObject({ name: `${ACTIVITY_BODY.name} (copie)`, number: created.number + 1 });

      const archived = await call(a.owner, 'DELETE', `/register/activities/${created.id}`);
      expect(archived.json()).toMatchObject({ status: 'archived', archivedAt: '2026-11-29T10:00:00.000Z' });
      const refused = await call(a.owner, 'PUT', `/register/activities/${created.id}`, ACTIVITY_BODY);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().message).toContain('rétablissez-la');
      const restored = await call(a.owner, 'POST', `/register/activities/${created.id}/restore`);
      expect(restored.json()).toMatchObject({ status: 'active', archivedAt: null });

      const after = await registerVersion(db().db, a.practice.id);
      expect(after.version).toBe(before.version + 5);
      expect(after.changedAt).toBe('2026-11-29T10:00:00.000Z');
    });

    it('saves an incomplete activity and says what is missing, in French', async () => {
      const created = await create(a.owner, { ...ACTIVITY_BODY, purposes: [], sources: [] });
      expect(created.complete).toBe(false);
      expect(created.missing).toEqual([
        { field: 'purposes', message: 'Indiquez à quoi servent les données (au moins une finalité).' },
        { field: 'sources', message: 'Indiquez d’où viennent les données (le patient, un confrère…).' },
      ]);
      const list = (await call(a.owner, 'GET', '/register/activities')).json();
      expect(list.counts.toComplete).toBeGreaterThanOrEqual(1);
    });

    it('shows the live status of each security measure from the diagnostic', async () => {
      const created = await create(a.owner);
      const statusOf = async () =>
        (await call(a.secretary, 'GET', `/register/activities/${created.id}`)).json().securityMeasures;
      expect(await statusOf()).toEqual([
        expect.objectContaining({ id: 'comptes-nominatifs', status: null, statusLabel: 'Sans réponse', applies: true }),
        expect.objectContaining({ id: 'sauvegarde-reguliere', status: null, statusLabel: 'Sans réponse' }),
      ]);
      const answer = await call(a.owner, 'PUT', '/checklist/measures/comptes-nominatifs', { status: 'done' });
      expect(answer.statusCode, answer.body).toBe(200);
      const [accounts] = await statusOf();
      expect(accounts).toMatchObject({ status: 'done', statusLabel: 'Fait', title: expect.any(String) });
    });
  });

  describe('roles and isolation', () => {
    let activityId: string;
    beforeAll(async () => {
      activityId = (await create(a.owner)).id;
    });

    it.each(['secretary', 'auditor'] as const)('lets the %s read everything and change nothing (403)', async (role) => {
      const user = a[role];
      for (const url of ['/register/activities', `/register/activities/${activityId}`, '/register/proposals']) {
        expect((await call(user, 'GET', url)).statusCode, url).toBe(200);
      }
      for (const format of ['pdf', 'xlsx', 'json']) {
        expect((await call(user, 'GET', `/register/export.${format}`)).statusCode, format).toBe(200);
      }
      const writes: [Method, string, unknown][] = [
        ['POST', '/register/activities', ACTIVITY_BODY],
        ['PUT', `/register/activities/${activityId}`, ACTIVITY_BODY],
        ['DELETE', `/register/activities/${activityId}`, undefined],
        ['POST', `/register/activities/${activityId}/duplicate`, undefined],
        ['POST', `/register/activities/${activityId}/restore`, undefined],
        ['POST', '/register/proposals', { templateIds: ['rendez-vous'] }],
        ['POST', '/register/import', { format: 'x' }],
      ];
      for (const [method, url, payload] of writes) {
        const res = await call(user, method, url, payload);
        expect(res.statusCode, `${method} ${url}`).toBe(403);
      }
      expect((await call(user, 'GET', '/register/activities')).json().canManage).toBe(false);
    });

    it('answers 404 to another practice and never lists its activities', async () => {
      for (const [method, url] of [
        ['GET', `/register/activities/${activityId}`],
        ['DELETE', `/register/activities/${activityId}`],
        ['POST', `/register/activities/${activityId}/duplicate`],
      ] as [Method, string][]) {
        expect((await call(b.owner, method, url)).statusCode, url).toBe(404);
      }
      const put = await call(b.owner, 'PUT', `/register/activities/${activityId}`, ACTIVITY_BODY);
      expect(put.statusCode).toBe(404);
      const list = await call(b.owner, 'GET', '/register/activities');
      expect(list.body).not.toContain(activityId);
      const json = await call(b.owner, 'GET', '/register/export.json');
      expect(json.body).not.toContain(a.practice.name);
    });
  });

  describe('bad input', () => {
    it.each<[string, unknown, string]>([
      ['an empty name', { ...ACTIVITY_BODY, name: ' ' }, 'name'],
      [
        'an unknown art. 6 letter',
        { ...ACTIVITY_BODY, legalBasis: { ...ACTIVITY_BODY.legalBasis, article6: ['z'] } },
        'legalBasis.article6.0',
      ],
      ['an unknown field', { ...ACTIVITY_BODY, notes: 'x' }, 'notes'],
      ['an unknown controller kind', { ...ACTIVITY_BODY, controller: { kind: 'nobody' } }, 'controller.kind'],
      [
        'a measure that does not exist',
        { ...ACTIVITY_BODY, securityMeasureIds: ['mesure-inventee'] },
        'securityMeasureIds.0',
      ],
      ['a secretary as controller', 'secretary', 'controller.userId'],
      ['a practitioner of another practice', 'other', 'controller.userId'],
    ])('refuses %s with a French 400 naming the field', async (_label, body, field) => {
      const payload =
        body === 'secretary'
          ? { ...ACTIVITY_BODY, controller: { kind: 'practitioner', userId: a.secretary.id } }
          : body === 'other'
            ? { ...ACTIVITY_BODY, controller: { kind: 'practitioner', userId: b.practitioner.id } }
            : body;
      const res = await call(a.owner, 'POST', '/register/activities', payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().field).toBe(field);
      expect(res.json().message).toMatch(/^Champ/);
      expect(res.json().message).toMatch(/[éèàùç’]|attendu|inconnu/);
    });

    it('refuses an unknown template and an empty choice of proposals', async () => {
      const unknown = await call(a.owner, 'POST', '/register/proposals', {
        templateIds: ['rendez-vous', 'modele-invente'],
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json()).toMatchObject({
        field: 'templateIds.1',
        message: expect.stringContaining('modèle connu'),
      });
      const none = await call(a.owner, 'POST', '/register/proposals', {
        templateIds: [],
      });
      expect(none.statusCode).toBe(400);
      expect(none.json().message).toContain('cochez au moins une activité');
    });

    it('refuses a file that is not a register exported by Hygie, naming the field', async () => {
      const res = await call(a.owner, 'POST', '/register/import', { format: 'tableur', formatVersion: 1 });
      expect(res.statusCode).toBe(400);
      const file = (await call(a.owner, 'GET', '/register/export.json')).json();
      const [first] = file.activities;
      const renamed = { ...file, activities: [{ ...first, templateId: 'Modèle de Jean Dupont' }] };
      const refused = await call(a.owner, 'POST', '/register/import', renamed);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().field).toBe('activities.0.templateId');
      expect(res.json()).toMatchObject({
        field: 'format',
        message: expect.stringContaining('pas un registre exporté par Hygie'),
      });
    });
  });

  describe('JSON export and import', () => {
    it('round-trips exactly: export, import into an empty practice, export again', async () => {
      const source = await createPractice(db(), SOLO_NURSE);
      await call(source.owner, 'POST', '/register/proposals', {
        templateIds: ['dossiers-patients-infirmier', 'rendez-vous', 'site-internet'],
      });
      const [first] = (await call(source.owner, 'GET', '/register/activities')).json().activities;
      await call(source.owner, 'PUT', `/register/activities/${first.id}`, {
        ...ACTIVITY_BODY,
        controller: {
          kind: 'joint',
          coControllers: ['Dr Benoît Noël', 'Mme Zoé Ågren'],
          arrangement: 'Convention du 2 mars',
        },
        transfers: [{ recipient: 'Hébergeur de secours', country: 'Suisse', safeguard: 'Décision d’adéquation' }],
        otherSecurityMeasures: 'Armoire fermée à clé « A »',
      });
      await call(source.owner, 'DELETE', `/register/activities/${first.id}`);
      const exported = await call(source.auditor, 'GET', '/register/export.json');
      expect(exported.headers['content-type']).toContain('application/json');
      expect(exported.headers['content-disposition']).toBe('attachment; filename="hygie-registre-2026-11-29.json"');
      const file = exported.json();
      expect(file.activities).toHaveLength(3);

      const target = await createPractice(db(), SOLO_NURSE);
      const imported = await call(target.owner, 'POST', '/register/import', file);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json()).toEqual({ imported: 3, replaced: 0 });
      const again = (await call(target.owner, 'GET', '/register/export.json')).json();
      expect(again.activities).toEqual(file.activities);
      expect(again.format).toBe(file.format);

      const replaced = await call(source.owner, 'POST', '/register/import?mode=replace', file);
      expect(replaced.json()).toEqual({ imported: 3, replaced: 3 });
      expect((await call(source.owner, 'GET', '/register/export.json')).json().activities).toEqual(file.activities);
      const [entry] = await listJournal(db().db, source.practice.id, { action: 'register.imported' });
      expect(entry?.data).toEqual({ mode: 'replace', count: 3, replaced: 3 });
    });

    it('appends after the last number in « add » mode, and refuses a practitioner unknown to the practice', async () => {
      const source = await createPractice(db(), SOLO_NURSE);
      await create(source.owner);
      const named = await create(source.owner, {
        ...ACTIVITY_BODY,
        controller: { kind: 'practitioner', userId: source.practitioner.id },
      });
      expect(named.number).toBe(2);
      const file = (await call(source.owner, 'GET', '/register/export.json')).json();
      const added = await call(source.owner, 'POST', '/register/import', file);
      expect(added.json()).toEqual({ imported: 2, replaced: 0 });
      const numbers = (await call(source.owner, 'GET', '/register/activities'))
        .json()
        .activities.map((x: { number: number }) => x.number);
      expect(numbers).toEqual([1, 2, 3, 4]);
      const elsewhere = await createPractice(db(), SOLO_NURSE);
      const refused = await call(elsewhere.owner, 'POST', '/register/import', file);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().field).toBe('activities.1.controller.userId');
      expect((await call(elsewhere.owner, 'GET', '/register/activities')).json().activities).toEqual([]);
    });
  });

  describe('documents', () => {
    it.each([
      ['pdf', 'application/pdf', '%PDF-'],
      ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'PK'],
    ])('downloads the register as %s and journals it', async (format, type, magic) => {
      const res = await call(a.auditor, 'GET', `/register/export.${format}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(type);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.rawPayload.subarray(0, magic.length).toString('latin1')).toBe(magic);
      const entries = await listJournal(db().db, a.practice.id, { action: 'register.exported' });
      expect(entries.some((e) => (e.data as { format: string }).format === format)).toBe(true);
    });
  });
});
