import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import type { PracticeProfileInput } from './accounts.schema.ts';
import { toPracticeView } from './practice-profile.ts';
import { findPractice } from './practices.repository.ts';
import { CSRF_REFUSED, call, FORBIDDEN, journalOf } from './routes.test-support.ts';

// biome-ignore format: a long flat list reads better on one line
const VIEW_KEYS = ['address', 'appointmentPlatform', 'careSetting', 'createdAt', 'dataLocations', 'department', 'dpo', 'email', 'finess', 'goodFriday', 'id', 'legalForm', 'medicalSpecialties', 'mfaRequired', 'mobileDevices', 'name', 'phone', 'practiceSoftware', 'professions', 'rpps', 'siret', 'staffCount', 'status', 'structureType', 'teleconsultation', 'videoSurveillance', 'website', 'wifi'];

/** The whole profile as PUT /practice expects it, from a practice. */
function profileOf(p: TestPractice): PracticeProfileInput {
  const { id: _id, status: _status, createdAt: _createdAt, ...profile } = toPracticeView(p.practice);
  return profile;
}

describeEachDialect('GET and PUT /practice', (db) => {
  const t = routeFixture(db);
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  it.each(['owner', 'practitioner', 'secretary', 'auditor'] as const)(
    'the %s reads the whole profile of their practice',
    async (role) => {
      const res = await call(app, 'GET', '/practice', a[role]);
      expect(res.statusCode).toBe(200);
      expect(Object.keys(res.json()).sort()).toEqual(VIEW_KEYS);
      expect(res.json()).toEqual(toPracticeView(a.practice));
    },
  );

  it('each user only ever sees their own practice', async () => {
    const res = await call(app, 'GET', '/practice', b.auditor);
    expect(res.json()).toMatchObject({ id: b.practice.id, name: b.practice.name });
  });

  it('requiring MFA for the practice needs the owner to have it first', async () => {
    const p = await createPractice(db());
    const refused = await call(app, 'PUT', '/practice', p.owner, { ...profileOf(p), mfaRequired: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ field: 'mfaRequired', message: expect.stringMatching(/^Activez d’abord/) });
    expect((await findPractice(db().db, p.practice.id))?.mfaRequired).toBe(false);
    await db().db.updateTable('users').set({ mfa_secret: 'JBSWY3DPEHPK3PXP' }).where('id', '=', p.owner.id).execute();
    const accepted = await call(app, 'PUT', '/practice', p.owner, { ...profileOf(p), mfaRequired: true });
    expect(accepted.statusCode).toBe(200);
    expect((await findPractice(db().db, p.practice.id))?.mfaRequired).toBe(true);
  });

  it('refuses an anonymous caller with 401', async () => {
    const res = await call(app, 'GET', '/practice', null);
    expect(res.statusCode).toBe(401);
  });

  it('the owner updates the profile; the journal names the changed fields', async () => {
    const p = await createPractice(db());
    const profile = {
      ...profileOf(p),
      professions: ['medecin', 'sage_femme'],
      wifi: true,
      siret: '12345678901234',
      dpo: { name: 'Cabinet Conseil RGPD', email: 'DPO@Exemple.fr' },
    };
    const res = await call(app, 'PUT', '/practice', p.owner, profile);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      professions: ['medecin', 'sage_femme'],
      wifi: true,
      siret: '12345678901234',
      dpo: { name: 'Cabinet Conseil RGPD', email: 'dpo@exemple.fr', phone: null },
    });
    const stored = await findPractice(db().db, p.practice.id);
    expect(toPracticeView(stored!)).toEqual(res.json());
    const [entry, ...others] = await journalOf(db().db, p.practice.id, 'practice.updated');
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      actorType: 'token',
      actorId: p.owner.id,
      subjectType: 'practice',
      subjectId: p.practice.id,
      data: { fields: ['professions', 'siret', 'wifi', 'dpo'] },
      summary: 'Profil du cabinet modifié : professions, SIRET, Wi-Fi, délégué à la protection des données',
    });
  });

  it('keeps the contact details, where care happens, the website and the cameras the documents need', async () => {
    const p = await createPractice(db());
    const contact = {
      address: '12 rue des Lilas, 69003 Lyon',
      phone: '04 72 00 00 00',
      email: 'Accueil@Cabinet.fr',
      careSetting: 'both',
      website: 'cabinet-des-lilas.fr',
      videoSurveillance: true,
    };
    const res = await call(app, 'PUT', '/practice', p.owner, { ...profileOf(p), ...contact });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ...contact, email: 'accueil@cabinet.fr' });
    const [entry] = await journalOf(db().db, p.practice.id, 'practice.updated');
    expect(entry?.data).toEqual({
      fields: ['careSetting', 'address', 'phone', 'email', 'website', 'videoSurveillance'],
    });
    const none = await call(app, 'PUT', '/practice', p.owner, { ...profileOf(p), ...contact, website: '' });
    expect(none.json().website).toBeNull();
  });

  it('writes no journal entry when nothing changes (lists compare as sets)', async () => {
    const p = await createPractice(db());
    const profile = profileOf(p);
    const res = await call(app, 'PUT', '/practice', p.owner, {
      ...profile,
      professions: [...profile.professions!].reverse(),
    });
    expect(res.statusCode).toBe(200);
    expect(await journalOf(db().db, p.practice.id, 'practice.updated')).toEqual([]);
  });

  it.each(['practitioner', 'secretary', 'auditor'] as const)(
    'the %s may not change the profile (403)',
    async (role) => {
      const res = await call(app, 'PUT', '/practice', a[role], { ...profileOf(a), name: 'Autre nom' });
      expect(res.statusCode).toBe(403);
      expect(res.json()).toEqual(FORBIDDEN);
      expect((await findPractice(db().db, a.practice.id))?.name).toBe(a.practice.name);
    },
  );

  it.each([
    ['an unknown field', { admin: true }, 'admin', /non autorisé « admin »/],
    ['a short SIRET', { siret: '123' }, 'siret', /le SIRET compte 14 chiffres/],
    ['an unknown department', { department: '99' }, 'department', /numéro de département attendu/],
    ['no profession', { professions: [] }, 'professions', /« professions »/],
    ['an unknown profession', { professions: ['sorcier'] }, 'professions.0', /« professions\.0 »/],
    ['no data location', { dataLocations: [] }, 'dataLocations', /indiquez au moins un endroit/],
    ['a negative staff count', { staffCount: -1 }, 'staffCount', /« staffCount »/],
    ['an empty name', { name: '  ' }, 'name', /« name »/],
    ['a website that is not an address', { website: 'mon site' }, 'website', /adresse de site attendue/],
    ['an unknown care setting', { careSetting: 'partout' }, 'careSetting', /« careSetting »/],
    ['a bad e-mail', { email: 'accueil' }, 'email', /adresse e-mail invalide/],
  ])('refuses %s with a French 400 naming the field', async (_label, change, field, message) => {
    const res = await call(app, 'PUT', '/practice', a.owner, { ...profileOf(a), ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field, message: expect.stringMatching(message) });
  });

  it('refuses a missing field: PUT replaces the whole profile', async () => {
    const { dataLocations: _omitted, ...partial } = profileOf(a);
    const res = await call(app, 'PUT', '/practice', a.owner, partial);
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe('dataLocations');
  });

  it('with the session cookie, a change needs the CSRF header', async () => {
    const p = await createPractice(db());
    const session = await signIn(app, p.owner);
    const profile = { ...profileOf(p), wifi: true };
    const without = await call(app, 'PUT', '/practice', { headers: { cookie: session.cookie } }, profile);
    expect(without.statusCode).toBe(403);
    expect(without.json()).toEqual(CSRF_REFUSED);
    expect((await findPractice(db().db, p.practice.id))?.wifi).toBe(false);
    const withHeader = await call(app, 'PUT', '/practice', session, profile);
    expect(withHeader.statusCode).toBe(200);
    const [entry] = await journalOf(db().db, p.practice.id, 'practice.updated');
    expect(entry).toMatchObject({ actorType: 'user', actorId: p.owner.id, data: { fields: ['wifi'] } });
  });

  it('an owner changes only their own practice', async () => {
    const res = await call(app, 'PUT', '/practice', b.owner, { ...profileOf(b), staffCount: 12 });
    expect(res.json()).toMatchObject({ id: b.practice.id, staffCount: 12 });
    expect((await findPractice(db().db, a.practice.id))?.staffCount).toBe(a.practice.staffCount);
  });
});
