import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import { addDays, parisDay } from '../../lib/dates/index.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { addActivity } from '../notice/register-fixture.test-support.ts';

/** The real date, fixed: the factories' tokens are valid for a day from the real date. */
const clock = fixedClock(new Date());
const today = () => parisDay(clock.now());
const inDays = (days: number) => addDays(today(), days);

const CLOUD_SOFTWARE = {
  name: 'Logiciel Médical en Ligne',
  service: 'Logiciel de gestion du cabinet en ligne (dossiers patients, agenda)',
  hostsHealthData: true,
  hostingInEea: true,
};
const ALL_CLAUSES = {
  instructions: true,
  confidentiality: true,
  security: true,
  subProcessors: true,
  rightsAssistance: true,
  breachNotification: true,
  endOfContract: true,
  audits: true,
};

describeEachDialect('processors routes', (db) => {
  const t = routeFixture(db, { clock });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const create = async (user: TestUser, payload: unknown) => {
    const res = await call(user, 'POST', '/processors', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const codes = (processor: { warnings: { code: string }[] }) => processor.warnings.map((w) => w.code);

  it('warns that a cloud practice software hosting patient data has no HDS certificate (hds_missing)', async () => {
    const created = await create(a.owner, CLOUD_SOFTWARE);
    expect(codes(created)).toEqual(['hds_missing', 'dpa_missing']);
    expect(created.warnings[0].message).toContain('certificat HDS');
    expect(created).toMatchObject({ ...CLOUD_SOFTWARE, contact: null, hdsCertificate: null, activityIds: [] });
    expect(Object.values(created.clauses)).toEqual(Array(8).fill(false));
    const entries = await listJournal(db().db, a.practice.id, { action: 'processor.created' });
    expect(entries[0]?.data).toEqual({
      hostsHealthData: true,
      hostingInEea: true,
      warnings: ['hds_missing', 'dpa_missing'],
    });
  });

  it('warns of a certificate expiring in 30 days (hds_expiring), and of nothing once all is in order', async () => {
    const created = await create(a.practitioner, {
      ...CLOUD_SOFTWARE,
      hdsCertificate: { number: 'HDS-123', certifier: 'Certificateur', expiresOn: inDays(30) },
      dpaSignedOn: '2025-03-01',
      clauses: ALL_CLAUSES,
    });
    expect(codes(created)).toEqual(['hds_expiring']);
    expect(created.warnings[0].message).toContain('dans 30 jours');

    const renewed = await call(a.owner, 'PUT', `/processors/${created.id}`, {
      ...CLOUD_SOFTWARE,
      hdsCertificate: { number: 'HDS-456', certifier: 'Certificateur', expiresOn: inDays(3 * 365) },
      dpaSignedOn: '2025-03-01',
      clauses: ALL_CLAUSES,
    });
    expect(renewed.statusCode, renewed.body).toBe(200);
    expect(renewed.json().warnings).toEqual([]);
    const entries = await listJournal(db().db, a.practice.id, { action: 'processor.updated' });
    expect(entries[0]?.data).toEqual({ fields: ['hdsCertificate'], warnings: [] });
  });

  it('keeps a contract’s end date and warns 90 days before it (contract_ending), journaling the field', async () => {
    const created = await create(a.owner, {
      ...CLOUD_SOFTWARE,
      hdsCertificate: { number: 'HDS-123', certifier: 'Certificateur', expiresOn: inDays(3 * 365) },
      dpaSignedOn: '2025-03-01',
      contractEndsOn: inDays(400),
      clauses: ALL_CLAUSES,
    });
    expect(created.contractEndsOn).toBe(inDays(400));
    expect(codes(created)).toEqual([]);
    const ending = await call(a.owner, 'PUT', `/processors/${created.id}`, {
      ...CLOUD_SOFTWARE,
      hdsCertificate: created.hdsCertificate,
      dpaSignedOn: '2025-03-01',
      contractEndsOn: inDays(60),
      clauses: ALL_CLAUSES,
    });
    expect(ending.statusCode, ending.body).toBe(200);
    expect(codes(ending.json())).toEqual(['contract_ending']);
    expect(ending.json().warnings[0].message).toContain('dans 60 jours');
    const entries = await listJournal(db().db, a.practice.id, { action: 'processor.updated' });
    expect(entries[0]?.data).toEqual({ fields: ['contractEndsOn'], warnings: ['contract_ending'] });
  });

  it('warns of hosting outside the EEA and of unticked clauses', async () => {
    const created = await create(a.owner, {
      name: 'Agenda en ligne',
      service: 'Prise de rendez-vous',
      hostsHealthData: false,
      hostingInEea: false,
      dpaSignedOn: '2024-06-01',
      clauses: { ...ALL_CLAUSES, audits: false },
    });
    expect(codes(created)).toEqual(['outside_eea', 'clause_missing']);
  });

  it('links the activities of the register it takes part in, by name', async () => {
    const activity = await addActivity(db().db, a.practice.id, { name: 'Agenda et rendez-vous' });
    const created = await create(a.owner, { ...CLOUD_SOFTWARE, activityIds: [activity.id] });
    expect(created.activities).toEqual([{ id: activity.id, name: 'Agenda et rendez-vous', archived: false }]);
    const other = await call(b.owner, 'POST', '/processors', { ...CLOUD_SOFTWARE, activityIds: [activity.id] });
    expect(other.statusCode).toBe(400);
    expect(other.json()).toMatchObject({ field: 'activityIds' });
  });

  it('lists, reads and deletes; the list carries today and the warnings', async () => {
    const created = await create(a.owner, { ...CLOUD_SOFTWARE, name: 'À supprimer' });
    const list = await call(a.secretary, 'GET', '/processors');
    expect(list.statusCode).toBe(200);
    expect(list.json().today).toBe(today());
    expect(list.json().processors.map((p: { name: string }) => p.name)).toContain('À supprimer');
    expect((await call(a.auditor, 'GET', `/processors/${created.id}`)).json()).toMatchObject({ name: 'À supprimer' });
    expect((await call(a.owner, 'DELETE', `/processors/${created.id}`)).statusCode).toBe(204);
    expect((await call(a.owner, 'GET', `/processors/${created.id}`)).statusCode).toBe(404);
    const entries = await listJournal(db().db, a.practice.id, { action: 'processor.deleted' });
    expect(entries[0]?.summary).toContain('À supprimer');
  });

  describe('roles and isolation', () => {
    let id: string;
    beforeAll(async () => {
      id = (await create(a.owner, CLOUD_SOFTWARE)).id;
    });

    it.each(['secretary', 'auditor'] as const)('lets the %s read but change nothing (403)', async (role) => {
      expect((await call(a[role], 'GET', '/processors')).statusCode).toBe(200);
      expect((await call(a[role], 'GET', `/processors/${id}`)).statusCode).toBe(200);
      expect((await call(a[role], 'POST', '/processors', CLOUD_SOFTWARE)).statusCode).toBe(403);
      expect((await call(a[role], 'PUT', `/processors/${id}`, CLOUD_SOFTWARE)).statusCode).toBe(403);
      expect((await call(a[role], 'DELETE', `/processors/${id}`)).statusCode).toBe(403);
    });

    it('answers 404 to another practice and never lists its processors', async () => {
      expect((await call(b.owner, 'GET', `/processors/${id}`)).statusCode).toBe(404);
      expect((await call(b.owner, 'PUT', `/processors/${id}`, CLOUD_SOFTWARE)).statusCode).toBe(404);
      expect((await call(b.owner, 'DELETE', `/processors/${id}`)).statusCode).toBe(404);
      const list = await call(b.owner, 'GET', '/processors');
      expect(list.json().processors).toEqual([]);
    });
  });

  it.each<[string, unknown, string, string]>([
    ['no name', { ...CLOUD_SOFTWARE, name: '  ' }, 'name', 'nom du prestataire à indiquer'],
    ['no service', { name: 'X', hostsHealthData: true, hostingInEea: true }, 'service', 'service rendu'],
    ['a yes/no as text', { ...CLOUD_SOFTWARE, hostsHealthData: 'oui' }, 'hostsHealthData', 'vrai ou faux attendu'],
    ['no hosting place', { ...CLOUD_SOFTWARE, hostingInEea: undefined }, 'hostingInEea', 'vrai ou faux attendu'],
    [
      'a badly written expiry',
      { ...CLOUD_SOFTWARE, hdsCertificate: { number: '1', certifier: 'C', expiresOn: '30/06/2027' } },
      'hdsCertificate.expiresOn',
      'AAAA-MM-JJ',
    ],
    [
      'an expiry in year 1',
      { ...CLOUD_SOFTWARE, hdsCertificate: { number: '1', certifier: 'C', expiresOn: '0001-01-01' } },
      'hdsCertificate.expiresOn',
      'date de fin de validité hors des limites : entre le 1er janvier 1900 et le 31 décembre 2100',
    ],
    [
      'an expiry in year 9999',
      { ...CLOUD_SOFTWARE, hdsCertificate: { number: '1', certifier: 'C', expiresOn: '9999-12-31' } },
      'hdsCertificate.expiresOn',
      'hors des limites',
    ],
    [
      'a certificate without number',
      { ...CLOUD_SOFTWARE, hdsCertificate: { certifier: 'C', expiresOn: '2027-06-30' } },
      'hdsCertificate.number',
      'numéro du certificat',
    ],
    ['an agreement signed tomorrow', { ...CLOUD_SOFTWARE, dpaSignedOn: inDays(1) }, 'dpaSignedOn', 'dans le futur'],
    [
      'a contract ending before it was signed',
      { ...CLOUD_SOFTWARE, dpaSignedOn: '2025-03-01', contractEndsOn: '2025-02-28' },
      'contractEndsOn',
      'avant d’être signé',
    ],
    ['an unknown clause', { ...CLOUD_SOFTWARE, clauses: { payment: true } }, 'clauses.payment', 'non autorisé'],
    ['an unknown field', { ...CLOUD_SOFTWARE, price: 10 }, 'price', 'non autorisé'],
    [
      'an activity not in the register',
      { ...CLOUD_SOFTWARE, activityIds: ['pas-une-activite'] },
      'activityIds',
      'pas dans le registre',
    ],
    ['a long name', { ...CLOUD_SOFTWARE, name: 'x'.repeat(121) }, 'name', 'trop long'],
  ])('refuses %s with a French 400 naming the field', async (_name, payload, field, message) => {
    const res = await call(a.owner, 'POST', '/processors', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field });
    expect(res.json().message).toContain(message);
  });

  it('shows the processors with warnings on the home page', async () => {
    const res = await call(a.secretary, 'GET', '/home');
    expect(res.statusCode).toBe(200);
    const card = res.json().cards.find((c: { id: string }) => c.id === 'processors');
    expect(card).toMatchObject({ title: 'Sous-traitants', tone: 'danger' });
    expect(card.items.map((i: { label: string }) => i.label)).toContain(
      'Logiciel Médical en Ligne : certificat HDS manquant, contrat de sous-traitance manquant',
    );
  });
});
