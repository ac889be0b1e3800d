import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { fixedClock } from '../../lib/clock.ts';
import type { Role } from '../accounts/roles.ts';
import { listJournal } from '../journal/journal.repository.ts';

/** Friday 27 March 2026, 13:00 in Paris (winter time): the spring change comes on Sunday. */
const NOW = '2026-03-27T12:00:00.000Z';
const clock = fixedClock(NOW);
const AWARE = '2026-03-27T09:00:00.000Z';

describeEachDialect('breach register routes', (db) => {
  const t = routeFixture(db, { clock });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let draftId: string;

  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const call = (user: { token: string }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  it('starts the clock from a draft holding only { awareAt }: deadline 72 elapsed hours later, in UTC', async () => {
    const res = await call(a.owner, 'POST', '/breaches', { awareAt: '2026-03-27T10:00:00+01:00' });
    expect(res.statusCode, res.body).toBe(201);
    const breach = res.json();
    draftId = breach.id;
    expect(breach).toMatchObject({
      awareAt: AWARE,
      notificationDeadline: '2026-03-30T09:00:00.000Z',
      notificationDeadlineText: '30/03/2026 à 11:00',
      status: 'to_assess',
      clockRuns: true,
      deadlinePassed: false,
      natures: [],
      origin: null,
      severity: null,
      decision: null,
      incidentId: null,
    });
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'breach.registered' });
    expect(entry?.data).toEqual({
      awareAt: AWARE,
      notificationDeadline: '2026-03-30T09:00:00.000Z',
      fromIncident: false,
      origin: null,
    });
  });

  it('starts the clock now when the draft is empty', async () => {
    const res = await call(a.practitioner, 'POST', '/breaches', {});
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ awareAt: NOW, notificationDeadline: '2026-03-30T12:00:00.000Z' });
  });

  it('records every field of the register and gives it back', async () => {
    const content = {
      description: 'Écran de rançon sur le poste de l’accueil.',
      natures: ['availability', 'confidentiality', 'availability'],
      origin: 'ransomware',
      cause: { source: 'external', intent: 'malicious' },
      dataCategories: ['health', 'identity', 'social_security_number'],
      peopleCategories: ['patients', 'minors'],
      peopleCount: 1200,
      recordsCount: 3400,
      consequences: 'Dossiers inaccessibles, soins retardés.',
      measuresTaken: 'Poste débranché du réseau.',
      measuresPlanned: 'Restauration depuis la sauvegarde.',
      unintelligible: false,
      unintelligibleHow: '  ',
      evidence: ['Copie du disque', 'Photo de l’écran de rançon'],
      startedAt: '2026-03-26T22:00:00Z',
      discoveredAt: '2026-03-27T07:30:00Z',
    };
    const res = await call(a.owner, 'PUT', `/breaches/${draftId}`, content);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      ...content,
      natures: ['availability', 'confidentiality'],
      unintelligibleHow: null,
      startedAt: '2026-03-26T22:00:00.000Z',
      discoveredAt: '2026-03-27T07:30:00.000Z',
      title: 'Rançongiciel — connue le 27/03/2026 à 10:00',
    });
    const got = await call(a.auditor, 'GET', `/breaches/${draftId}`);
    expect(got.json()).toMatchObject({ description: content.description, peopleCount: 1200 });
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'breach.updated' });
    expect(entry?.data.fields).toEqual(expect.arrayContaining(['description', 'natures', 'evidence', 'discoveredAt']));
    expect(JSON.stringify(entry?.data)).not.toContain('rançon');
  });

  it.each<[string, Role, number]>([
    ['owner', 'owner', 200],
    ['practitioner', 'practitioner', 200],
    ['auditor', 'auditor', 200],
    ['secretary', 'secretary', 403],
  ])('lets the %s read the register (%s → %i)', async (_label, role, status) => {
    for (const url of ['/breaches', `/breaches/${draftId}`, `/breaches/${draftId}/documents/cnil-initial.txt`]) {
      expect((await call(a[role], 'GET', url)).statusCode, url).toBe(status);
    }
    const severity = await call(a[role], 'POST', '/breaches/severity', {
      dpc: 1,
      ei: 1,
      confidentiality: 0,
      integrity: 0,
      availability: 0,
      malicious: false,
    });
    expect(severity.statusCode).toBe(status);
  });

  it.each<[Role, number]>([
    ['owner', 201],
    ['practitioner', 201],
    ['auditor', 403],
    ['secretary', 403],
  ])('lets only the care team record and change breaches (%s → %i)', async (role, status) => {
    expect((await call(a[role], 'POST', '/breaches', { awareAt: AWARE })).statusCode).toBe(status);
    expect((await call(a[role], 'PUT', `/breaches/${draftId}`, { recordsCount: 3400 })).statusCode).toBe(
      status === 201 ? 200 : 403,
    );
  });

  it('isolates practices: 404 for B on every route of A’s breach, and B’s list stays its own', async () => {
    for (const [method, url, payload] of [
      ['GET', `/breaches/${draftId}`, undefined],
      ['PUT', `/breaches/${draftId}`, { description: 'x' }],
      ['GET', `/breaches/${draftId}/documents/cnil-initial.pdf`, undefined],
      ['GET', `/breaches/${draftId}/documents/patient-letter.txt`, undefined],
    ] as const) {
      const res = await call(b.owner, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().message).toBe('Violation de données introuvable.');
    }
    const list = await call(b.owner, 'GET', '/breaches');
    expect(list.json()).toEqual({ breaches: [] });
    expect((await call(a.owner, 'GET', '/breaches')).json().breaches.length).toBeGreaterThan(0);
  });

  it.each<[string, 'POST' | 'PUT', unknown, string, RegExp]>([
    [
      'awareness in the future',
      'POST',
      { awareAt: '2026-03-27T12:00:01Z' },
      'awareAt',
      /ne peut pas être dans le futur \(il est 27\/03\/2026 à 13:00\)/,
    ],
    [
      'discovery in the future',
      'PUT',
      { discoveredAt: '2026-04-01T00:00:00Z' },
      'discoveredAt',
      /la date de découverte ne peut pas être dans le futur/,
    ],
    [
      'a start in the future',
      'POST',
      { startedAt: '2027-01-01T00:00:00Z' },
      'startedAt',
      /la date de début de la violation ne peut pas être dans le futur/,
    ],
    [
      'awareness before discovery',
      'POST',
      { discoveredAt: '2026-03-27T10:00:00Z', awareAt: '2026-03-27T09:00:00Z' },
      'awareAt',
      /la prise de connaissance \(27\/03\/2026 à 10:00\) ne peut pas précéder la découverte \(27\/03\/2026 à 11:00\)/,
    ],
    [
      'discovery before the start',
      'PUT',
      { startedAt: '2026-03-27T08:00:00Z', discoveredAt: '2026-03-27T07:00:00Z' },
      'discoveredAt',
      /la découverte .* ne peut pas précéder le début de la violation/,
    ],
    [
      'a negative number of people',
      'PUT',
      { peopleCount: -1 },
      'peopleCount',
      /nombre approximatif de personnes concernées : le nombre ne peut pas être négatif/,
    ],
    [
      'a negative number of records',
      'POST',
      { recordsCount: -5 },
      'recordsCount',
      /nombre approximatif d’enregistrements concernés : le nombre ne peut pas être négatif/,
    ],
    ['a fractional count', 'PUT', { peopleCount: 2.5 }, 'peopleCount', /un nombre entier attendu/],
    [
      'a date without its offset',
      'POST',
      { awareAt: '2026-03-27T09:00:00' },
      'awareAt',
      /date et heure ISO 8601 attendues/,
    ],
    ['an unknown origin', 'PUT', { origin: 'aliens' }, 'origin', /origine inconnue : device_lost/],
    ['an unknown nature', 'PUT', { natures: ['secret'] }, 'natures.0', /nature inconnue/],
    ['an unknown field', 'POST', { severity: 3 }, 'severity', /Champ non autorisé « severity »/],
    [
      'a bad severity answer',
      'PUT',
      { severityAnswers: { dpc: 2, ei: 0.3, confidentiality: 0, integrity: 0, availability: 0, malicious: false } },
      'severityAnswers.ei',
      /facilité d’identification \(EI\) : 0.25, 0.5, 0.75 ou 1 attendu/,
    ],
  ])('refuses %s with a French 400 naming the field', async (_label, method, payload, field, message) => {
    const res = await call(a.owner, method, method === 'POST' ? '/breaches' : `/breaches/${draftId}`, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', field });
    expect(res.json().message).toContain(`« ${field.split('.')[0]}`);
    expect(res.json().message).toMatch(message);
  });

  it.each<[string, unknown, string]>([
    ['dpc 5', { dpc: 5, ei: 1, confidentiality: 0, integrity: 0, availability: 0, malicious: false }, 'dpc'],
    ['ei 0.3', { dpc: 4, ei: 0.3, confidentiality: 0, integrity: 0, availability: 0, malicious: false }, 'ei'],
    [
      'availability 1',
      { dpc: 4, ei: 1, confidentiality: 0, integrity: 0, availability: 1, malicious: false },
      'availability',
    ],
    ['no malicious', { dpc: 4, ei: 1, confidentiality: 0, integrity: 0, availability: 0 }, 'malicious'],
    [
      'negative people',
      { dpc: 4, ei: 1, confidentiality: 0, integrity: 0, availability: 0, malicious: false, people: -3 },
      'people',
    ],
  ])('refuses a severity input with %s (French 400)', async (_label, payload, field) => {
    const res = await call(a.owner, 'POST', '/breaches/severity', payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ field, message: expect.stringContaining(`Champ « ${field} »`) });
  });

  it.each([
    ['cnil-initial', 'pdf', 'application/pdf'],
    ['cnil-complementary', 'txt', 'text/plain; charset=utf-8'],
    ['patient-letter', 'pdf', 'application/pdf'],
    ['complaint', 'txt', 'text/plain; charset=utf-8'],
  ])('downloads the %s document as %s, and journals it', async (doc, format, type) => {
    const res = await call(a.auditor, 'GET', `/breaches/${draftId}/documents/${doc}.${format}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="hygie-violation-${doc}-2026-03-27.${format}"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    if (format === 'pdf') expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    else expect(res.body).toContain(a.practice.name);
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'breach.document_generated' });
    expect(entry?.data).toEqual({ document: doc, format });
  });

  it('names the documents when one is unknown', async () => {
    const res = await call(a.owner, 'GET', `/breaches/${draftId}/documents/lettre.pdf`);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      field: 'doc',
      message: expect.stringMatching(/^Document inconnu « lettre » : cnil-initial/),
    });
  });

  it('assesses severity with the documented shape', async () => {
    const res = await call(a.auditor, 'POST', '/breaches/severity', {
      dpc: 4,
      ei: 0.75,
      confidentiality: 0.5,
      integrity: 0,
      availability: 0.5,
      malicious: true,
      unintelligible: true,
      people: 150,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      score: 4.5,
      level: 'very_high',
      notifyAuthority: true,
      informSubjects: false,
      flags: ['many_people', 'unintelligible', 'unintelligible_exempts_subjects', 'malicious'],
      reasons: expect.arrayContaining([
        'Score selon la méthode de l’ENISA : SE = DPC × EI + CB = 4 × 0,75 + (0,5 + 0 + 0,5 + 0,5) = 4,5.',
      ]),
    });
  });
});

describe('the register’s wire names', () => {
  it('are the ones the issue lists', async () => {
    const labels = await import('./breach-labels.ts');
    expect(labels.BREACH_ORIGINS).toEqual([
      'device_lost',
      'device_stolen',
      'misdirected_mail',
      'hacking',
      'ransomware',
      'phishing',
      'paper_lost',
      'improper_disposal',
      'human_error',
      'other',
    ]);
    expect(labels.BREACH_NATURES).toEqual(['confidentiality', 'integrity', 'availability']);
  });
});
