import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import type { PracticeProfileInput } from '../accounts/accounts.schema.ts';
import { ROLES } from '../accounts/roles.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { limitBytes, SCAN_MAX_BYTES } from './scan-upload.ts';

const clock = fixedClock('2026-11-29T09:00:00Z');
const INDEX = [
  'identifiant;date_naissance;dernier_contact;date_deces',
  'ADULTE-1;1970-05-02;2018-03-15;',
  'MINEUR-2;02/05/2015;15/03/2016;',
  'CETTE LIGNE EST MAL FORMÉE',
  'DECEDE-3;1930-01-01;2000-03-15;2001-01-01',
  'RECENT-4;1980-01-01;2025-06-01;',
  'FUTUR-5;1980-01-01;2030-01-01;',
].join('\n');
const DOCTOR = { profession: 'medecin', documentType: 'patient_record' };

describeEachDialect('retention routes', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let solo: TestPractice;
  beforeAll(async () => {
    app = await createTestApp(db(), { clock });
    await app.ready();
    [a, b, solo] = await Promise.all([
      createPractice(db()),
      createPractice(db()),
      createPractice(db(), { structureType: 'solo', professions: ['infirmier'], staffCount: 0 }),
    ]);
  });
  afterAll(() => app.close());

  const calculate = (user: { token: string }, payload: object) =>
    app.inject({ method: 'POST', url: '/api/v1/retention/calculate', headers: bearer(user), payload });
  const putSettings = (user: { token: string }, overrides: object[]) =>
    app.inject({ method: 'PUT', url: '/api/v1/retention/settings', headers: bearer(user), payload: { overrides } });
  const scan = (user: { token: string }, body: string | Buffer, query = 'asOf=2026-12-01&profession=medecin') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/retention/scan?${query}`,
      headers: { ...bearer(user), 'content-type': 'text/csv' },
      payload: body,
    });

  describe('POST /retention/calculate', () => {
    it.each(ROLES)('answers the %s with the action, the dates, the rule and a French reason', async (role) => {
      const res = await calculate(a[role], {
        ...DOCTOR,
        birthDate: '2015-05-02',
        lastVisit: '2016-03-15',
        asOf: '2026-12-01',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({
        action: 'archive',
        nextDate: '2043-05-02',
        endDate: '2043-05-02',
        archiveDate: '2021-03-15',
        rule: 'dossier-patient-medecin',
        reason: expect.stringMatching(/28e anniversaire du patient né le 02\/05\/2015/),
      });
    });

    it('computes a document from its own date, with no archive date', async () => {
      const res = await calculate(a.owner, {
        profession: 'pharmacien',
        documentType: 'prescription_register',
        lastVisit: '2010-01-01',
        documentDate: '2012-05-31',
        asOf: '2026-12-01',
      });
      expect(res.json()).toMatchObject({
        action: 'destroy',
        nextDate: '2022-05-31',
        endDate: '2022-05-31',
        rule: 'ordonnancier',
      });
      expect(res.json()).not.toHaveProperty('archiveDate');
    });

    it('answers « review » with the reason when the dates contradict each other', async () => {
      const res = await calculate(a.owner, {
        ...DOCTOR,
        birthDate: '1990-01-01',
        lastVisit: '2000-01-01',
        deathDate: '1985-01-01',
        asOf: '2026-12-01',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        action: 'review',
        nextDate: null,
        endDate: null,
        reason: expect.stringMatching(/^À vérifier : la date de décès/),
      });
    });

    it.each<[string, object, string, RegExp]>([
      [
        'an unknown profession',
        { ...DOCTOR, profession: 'plombier' },
        'profession',
        /^Champ « profession » : profession inconnue/,
      ],
      [
        'an unknown document type',
        { ...DOCTOR, documentType: 'carnet' },
        'documentType',
        /^Champ « documentType » : type de document inconnu/,
      ],
      [
        'an impossible date',
        { ...DOCTOR, birthDate: '2026-02-30' },
        'birthDate',
        /^Champ « birthDate » : date impossible ou mal écrite/,
      ],
      ['a French-style date', { ...DOCTOR, lastVisit: '15/03/2016' }, 'lastVisit', /AAAA-MM-JJ/],
      [
        'no last contact for a patient record',
        { ...DOCTOR, lastVisit: undefined },
        'lastVisit',
        /la date du dernier contact avec le patient est obligatoire/,
      ],
      [
        'no date at all for a document',
        { profession: 'medecin', documentType: 'payslip', lastVisit: undefined },
        'documentDate',
        /la date du document est obligatoire/,
      ],
      [
        'a pair without a rule',
        { ...DOCTOR, profession: 'pharmacien' },
        'documentType',
        /^Aucune règle de conservation pour « Dossier patient » et la profession « Pharmacien d’officine »/,
      ],
      ['an unexpected field', { ...DOCTOR, nom: 'Dupont' }, 'nom', /^Champ non autorisé « nom »/],
    ])('refuses %s with a French 400 naming the field', async (_case, body, field, message) => {
      const res = await calculate(a.owner, { lastVisit: '2016-03-15', asOf: '2026-12-01', ...body });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ field, message: expect.stringMatching(message) });
    });
  });

  describe('GET and PUT /retention/settings', () => {
    it.each(ROLES)('shows the %s every rule with its sources and durations', async (role) => {
      const res = await app.inject({ url: '/api/v1/retention/settings', headers: bearer(b[role]) });
      expect(res.statusCode).toBe(200);
      const rule = res.json().rules.find((r: { id: string }) => r.id === 'rendez-vous');
      expect(rule).toMatchObject({
        uncertain: true,
        defaults: { keepMonths: 60, keepDays: 0, archiveMonths: 0 },
        current: { keepMonths: 60, keepDays: 0, archiveMonths: 0 },
        overridden: false,
        source: [expect.objectContaining({ label: expect.any(String) })],
      });
      expect(res.json().professions).toContainEqual({ id: 'pharmacien', label: 'Pharmacien d’officine' });
    });

    it.each([
      [
        'a nurse alone (BNC by default)',
        {},
        'individual',
        false,
        72,
        'art. L. 102 B du livre des procédures fiscales',
        'destroy',
      ],
      [
        'a SEL (chosen on the practice page)',
        { legalForm: 'company' },
        'company',
        true,
        120,
        'art. L. 123-22 du code de commerce',
        'keep',
      ],
      [
        'a pharmacy (a company or a trader)',
        { structureType: 'pharmacy', professions: ['pharmacien'] },
        'company',
        false,
        120,
        'art. L. 123-22 du code de commerce',
        'keep',
      ],
    ] as const)(
      'follows the form of practice for the accounting records: %s',
      async (_case, profile, form, chosen, months, citation, action) => {
        const {
          structureType = 'solo',
          professions = ['infirmier'],
          legalForm,
        } = profile as {
          structureType?: PracticeProfileInput['structureType'];
          professions?: readonly string[];
          legalForm?: 'company';
        };
        const practice = await createPractice(db(), {
          structureType,
          professions: [...professions] as PracticeProfileInput['professions'],
          legalForm,
        });
        const res = await app.inject({ url: '/api/v1/retention/settings', headers: bearer(practice.owner) });
        expect(res.statusCode).toBe(200);
        expect(res.json().legalForm).toMatchObject({ value: form, chosen });
        expect(res.json().rules.find((r: { id: string }) => r.id === 'comptabilite')).toMatchObject({
          citation,
          defaults: { keepMonths: months },
        });
        const profession = professions[0];
        const invoice = { profession, documentType: 'accounting', documentDate: '2020-06-30', asOf: '2026-12-01' };
        expect((await calculate(practice.owner, invoice)).json()).toMatchObject({ action, rule: 'comptabilite' });
      },
    );

    it.each(['secretary', 'auditor'] as const)('refuses a change to the %s (403)', async (role) => {
      const res = await putSettings(a[role], [{ rule: 'rendez-vous', keepMonths: 12, keepDays: 0, archiveMonths: 0 }]);
      expect(res.statusCode).toBe(403);
    });

    it('lets the owner change a duration, journals it, and applies it to the calculator of this practice only', async () => {
      const res = await putSettings(a.practitioner, [
        { rule: 'dossier-patient-medecin', keepMonths: 24, keepDays: 0, archiveMonths: 276 },
      ]);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().rules.find((r: { id: string }) => r.id === 'dossier-patient-medecin')).toMatchObject({
        current: { keepMonths: 24, keepDays: 0, archiveMonths: 276 },
        overridden: true,
        updatedAt: '2026-11-29T09:00:00.000Z',
      });
      const dates = { ...DOCTOR, birthDate: '1970-01-01', lastVisit: '2023-03-15', asOf: '2026-12-01' };
      expect((await calculate(a.owner, dates)).json()).toMatchObject({ action: 'archive', endDate: '2048-03-15' });
      expect((await calculate(b.owner, dates)).json()).toMatchObject({ action: 'keep', endDate: '2043-03-15' });
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'retention.settings_updated' });
      expect(entry?.data).toEqual({
        changes: [
          {
            rule: 'dossier-patient-medecin',
            from: { keepMonths: 60, keepDays: 0, archiveMonths: 180 },
            to: { keepMonths: 24, keepDays: 0, archiveMonths: 276 },
          },
        ],
      });
      expect(await listJournal(db().db, b.practice.id, { action: 'retention.settings_updated' })).toEqual([]);
      const unchanged = await putSettings(a.owner, [
        { rule: 'dossier-patient-medecin', keepMonths: 24, keepDays: 0, archiveMonths: 276 },
      ]);
      expect(unchanged.statusCode).toBe(200);
      expect(await listJournal(db().db, a.practice.id, { action: 'retention.settings_updated' })).toHaveLength(1);
      const reset = await putSettings(a.owner, []);
      expect(reset.json().rules.find((r: { id: string }) => r.id === 'dossier-patient-medecin').overridden).toBe(false);
    });

    it.each<[string, object[], string, RegExp]>([
      [
        'out of the rule’s limits',
        [{ rule: 'dossier-patient-medecin', keepMonths: 12, keepDays: 0, archiveMonths: 12 }],
        'overrides.0.keepMonths',
        /doit être de 20 ans à 30 ans/,
      ],
      [
        'an unknown rule',
        [{ rule: 'inconnue', keepMonths: 12, keepDays: 0, archiveMonths: 0 }],
        'overrides.0.rule',
        /Règle inconnue/,
      ],
      [
        'a fraction of a month',
        [{ rule: 'rendez-vous', keepMonths: 1.5, keepDays: 0, archiveMonths: 0 }],
        'overrides.0.keepMonths',
        /nombre entier de mois/,
      ],
    ])('refuses a duration %s (400, field named)', async (_case, overrides, field, message) => {
      const res = await putSettings(a.owner, overrides);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ field, message: expect.stringMatching(message) });
    });
  });

  describe('POST /retention/scan', () => {
    it.each(ROLES)('scans for the %s and journals the counts, never an identifier', async (role) => {
      const res = await scan(a[role], INDEX);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.summary).toEqual({ records: 5, keep: 1, archive: 2, destroy: 1, review: 1, problems: 1 });
      expect(body.problems).toEqual([{ line: 4, message: '1 colonne au lieu de 4 (séparateur « ; »)' }]);
      expect(body.results.map((r: { id: string; action: string }) => `${r.id} ${r.action}`)).toEqual([
        'ADULTE-1 archive',
        'MINEUR-2 archive',
        'DECEDE-3 destroy',
        'RECENT-4 keep',
        'FUTUR-5 review',
      ]);
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'retention.index_scanned' });
      expect(entry?.data).toEqual({
        format: 'json',
        records: 5,
        keep: 1,
        archive: 2,
        destroy: 1,
        review: 1,
        problems: 1,
      });
      expect(JSON.stringify(entry)).not.toMatch(/ADULTE|MINEUR|DECEDE|2015-05-02/);
    });

    it('streams the result file as a download with the same separator', async () => {
      const res = await scan(a.secretary, INDEX.replaceAll(';', ','), 'asOf=2026-12-01&profession=medecin&format=csv');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="hygie-conservation-2026-12-01.csv"');
      const lines = res.body.split('\r\n');
      expect(lines[0]).toBe('\uFEFFid,action,next_date,rule,reason');
      expect(lines[1]).toMatch(/^ADULTE-1,archive,2038-03-15,dossier-patient-medecin,"Dossier médical/);
      expect(lines).toHaveLength(7);
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'retention.index_scanned' });
      expect(entry?.data).toMatchObject({ format: 'csv', records: 5 });
    });

    it('takes a part of a large file sent by the web page, and journals it as such', async () => {
      const part = [INDEX.split('\n')[0], 'AUTRE-9;1970-01-01;2020-01-01;'].join('\n');
      const res = await scan(a.owner, part, 'asOf=2026-12-01&profession=medecin&format=csv&part=2');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.body.split('\r\n')[1]).toMatch(/^AUTRE-9;archive;2040-01-01;/);
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'retention.index_scanned' });
      expect(entry).toMatchObject({
        summary: 'Index des patients analysé : 1 dossier (résultat téléchargé, partie 2)',
        data: { format: 'csv', part: 2, records: 1 },
      });
    });

    it('uses the practice’s only profession when none is given, and its own durations', async () => {
      const res = await scan(solo.owner, 'id;last_visit;birth_date\nI-1;2023-03-15;1970-01-01\n', 'asOf=2026-12-01');
      expect(res.json().results).toEqual([
        expect.objectContaining({ id: 'I-1', action: 'keep', rule: 'dossier-patient-paramedical' }),
      ]);
    });

    it('works with a session cookie and its anti-forgery token', async () => {
      const session = await signIn(app, a.secretary);
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/retention/scan?asOf=2026-12-01&profession=medecin',
        headers: { ...session.headers, 'content-type': 'text/csv' },
        payload: INDEX,
      });
      expect(res.statusCode, res.body).toBe(200);
      const forged = await app.inject({
        method: 'POST',
        url: '/api/v1/retention/scan?asOf=2026-12-01&profession=medecin',
        headers: { cookie: session.cookie, 'content-type': 'text/csv' },
        payload: INDEX,
      });
      expect(forged.statusCode).toBe(403);
    });

    it.each<[string, { body: string | Buffer; type?: string; query?: string }, number, string | undefined, RegExp]>([
      [
        'a binary file',
        { body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]) },
        400,
        'file',
        /^Ce fichier n’est pas un fichier texte CSV/,
      ],
      [
        'an Excel workbook',
        { body: Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(20, 1)]) },
        400,
        'file',
        /classeur/,
      ],
      ['a file without the columns', { body: 'nom;prenom\nDupont;Jean\n' }, 400, 'file', /^Colonnes manquantes/],
      ['an empty file', { body: '' }, 400, 'file', /^Le fichier est vide/],
      ['a request without a file', { body: '', type: '' }, 400, 'file', /^Aucun fichier reçu/],
      [
        'another content type',
        { body: INDEX, type: 'application/octet-stream' },
        415,
        undefined,
        /Ce type de contenu n’est pas accepté ici/,
      ],
      [
        'an impossible day of analysis',
        { body: INDEX, query: 'asOf=2026-13-01&profession=medecin' },
        400,
        'asOf',
        /date impossible/,
      ],
      [
        'no profession for a practice of several',
        { body: INDEX, query: 'asOf=2026-12-01' },
        400,
        'file',
        /^Précisez la profession/,
      ],
    ])('refuses %s with a clear message, storing nothing', async (_case, request, status, field, message) => {
      const before = (await listJournal(db().db, b.practice.id)).length;
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/retention/scan?${request.query ?? 'asOf=2026-12-01&profession=medecin'}`,
        headers: { ...bearer(b.owner), ...(request.type === '' ? {} : { 'content-type': request.type ?? 'text/csv' }) },
        payload: request.body,
      });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().message).toMatch(message);
      if (field) expect(res.json().field).toBe(field);
      expect(await listJournal(db().db, b.practice.id)).toHaveLength(before);
    });

    it('refuses an upload over the limit from its Content-Length, before reading it (413)', async () => {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/v1/retention/scan?asOf=2026-12-01&profession=medecin',
            headers: { ...bearer(a.owner), 'content-type': 'text/csv', 'content-length': String(SCAN_MAX_BYTES + 1) },
          },
          (res) => {
            let body = '';
            res.on('data', (chunk) => {
              body += chunk;
            });
            res.on('end', () => {
              req.destroy();
              resolve({ status: res.statusCode ?? 0, body });
            });
          },
        );
        req.on('error', reject);
        // Only the first bytes are ever sent: the answer comes without the rest.
        req.write('identifiant;dernier_contact\n');
      });
      expect(answer.status).toBe(413);
      expect(JSON.parse(answer.body)).toMatchObject({
        code: 'too_large',
        message: expect.stringMatching(/^Fichier trop volumineux : 200 Mo au plus/),
      });
    });
  });
});

describe('an upload without Content-Length', () => {
  it('is cut with a 413 as soon as it passes the limit', async () => {
    const chunks = ['1234', '5678', '9'];
    const read: string[] = [];
    const consume = async () => {
      for await (const chunk of limitBytes(chunks, 8)) read.push(Buffer.from(chunk).toString());
    };
    await expect(consume()).rejects.toMatchObject({ statusCode: 413, code: 'too_large' });
    expect(read).toEqual(['1234', '5678']);
  });
});
