import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { pdfText } from '../../../test/support/pdf.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';

/**
 * Monday 16 November 2026, 10:00 in Paris: in the past, so that the factories' tokens (valid one day from
 * the real date) are still valid at the app's time.
 */
const clock = fixedClock('2026-11-16T09:00:00Z');

const MEDICAL_FILE = {
  kind: 'medical_file',
  receivedAt: '2026-11-11',
  requester: { type: 'patient', name: 'Jeanne Dupont' },
};
const ANSWER_TEXT = 'Copie du dossier remise en main propre, compte rendu opératoire inclus';

describeEachDialect('patient requests routes', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let alsace: TestPractice;
  let alsaceGoodFriday: TestPractice;
  const t = routeFixture(db, { clock }, { name: 'Cabinet des Tilleuls', department: '75' });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    [b, alsace, alsaceGoodFriday] = await Promise.all([
      createPractice(db(), { department: '13' }),
      createPractice(db(), { name: 'Cabinet de la Cathédrale', department: '67' }),
      createPractice(db(), { name: 'Cabinet du Temple-Neuf', department: '67', goodFriday: true }),
    ]);
  });

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const create = async (user: TestUser, payload: unknown) => {
    const res = await call(user, 'POST', '/requests', payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  describe('registering a request', () => {
    it('lets the secretary register a medical-file request and computes its dates', async () => {
      const created = await create(a.secretary, MEDICAL_FILE);
      expect(created).toMatchObject({
        kind: 'medical_file',
        kindLabel: 'Accès au dossier médical',
        receivedAt: '2026-11-11',
        requester: { type: 'patient', name: 'Jeanne Dupont', typeLabel: 'Le patient lui-même' },
        status: 'received',
        statusLabel: 'Reçue',
        identityChecked: false,
        earliestAnswerAt: '2026-11-13',
        dueDate: '2026-11-19',
        currentDueDate: '2026-11-19',
        overdue: false,
        dueSoon: true,
        daysLeft: 3,
        canExtend: false,
        letters: ['acknowledgement'],
      });
      expect(created.dueRule).toContain('article L1111-7 du code de la santé publique');
      expect(created).not.toHaveProperty('extendedDueDate');
    });

    it.each([
      [
        { ...MEDICAL_FILE, infoOlderThan5Years: true },
        { earliestAnswerAt: '2026-11-13', dueDate: '2027-01-11' },
      ],
      [{ ...MEDICAL_FILE, kind: 'access', receivedAt: '2026-09-03' }, { dueDate: '2026-10-05' }], // 3 October: a Saturday
      [{ ...MEDICAL_FILE, kind: 'erasure', receivedAt: '2026-10-31' }, { dueDate: '2026-11-30' }], // no 31 November
      [{ ...MEDICAL_FILE, kind: 'portability', receivedAt: '2025-11-25' }, { dueDate: '2025-12-26' }], // Christmas
    ])('computes the due date of %j', async (payload, dates) => {
      const created = await create(a.owner, payload);
      expect(created).toMatchObject(dates);
      if (payload.kind !== 'medical_file') expect(created).not.toHaveProperty('earliestAnswerAt');
    });

    it('counts Alsace-Moselle’s Good Friday only for a practice whose commune keeps it (L. 3134-13)', async () => {
      const payload = { ...MEDICAL_FILE, kind: 'access', receivedAt: '2026-03-03' };
      expect(await create(alsaceGoodFriday.owner, payload)).toMatchObject({
        dueDate: '2026-04-07',
        alsaceMoselle: true,
      });
      expect(await create(alsace.owner, payload)).toMatchObject({ dueDate: '2026-04-03', alsaceMoselle: true });
      expect(await create(a.owner, payload)).toMatchObject({ dueDate: '2026-04-03', alsaceMoselle: false });
    });

    it('counts 26 December in Alsace-Moselle whatever the commune', async () => {
      const payload = { ...MEDICAL_FILE, kind: 'access', receivedAt: '2025-11-26' };
      expect(await create(alsace.owner, payload)).toMatchObject({ dueDate: '2025-12-29' });
      expect(await create(a.owner, payload)).toMatchObject({ dueDate: '2025-12-26' });
    });

    it('requires the purpose the law asks of an heir', async () => {
      const heir = { ...MEDICAL_FILE, requester: { type: 'heir', name: '2231 M. L.' } };
      const missing = await call(a.secretary, 'POST', '/requests', heir);
      expect(missing.statusCode).toBe(400);
      expect(missing.json()).toMatchObject({ field: 'heirPurpose' });
      expect(missing.json().message).toContain('connaître les causes de la mort');
      const created = await create(a.secretary, { ...heir, heirPurpose: 'defend_memory' });
      expect(created).toMatchObject({ heirPurpose: 'defend_memory', requester: { type: 'heir' } });
    });

    it.each([
      [{ ...MEDICAL_FILE, kind: 'deletion' }, 'kind', 'type de demande inconnu'],
      [{ ...MEDICAL_FILE, receivedAt: '2026-02-30' }, 'receivedAt', 'date de réception invalide'],
      [{ ...MEDICAL_FILE, receivedAt: '02/12/2026' }, 'receivedAt', 'AAAA-MM-JJ'],
      [{ ...MEDICAL_FILE, receivedAt: '2026-11-17' }, 'receivedAt', 'ne peut pas être dans le futur'],
      [{ ...MEDICAL_FILE, receivedAt: '1999-12-31' }, 'receivedAt', 'postérieure au 1er janvier 2000'],
      [{ ...MEDICAL_FILE, requester: { type: 'patient', name: '  ' } }, 'requester.name', 'à indiquer'],
      [{ ...MEDICAL_FILE, requester: { type: 'cousin', name: 'X' } }, 'requester.type', 'demandeur inconnu'],
      [{ ...MEDICAL_FILE, requester: { type: 'patient', name: 'x'.repeat(121) } }, 'requester.name', 'trop long'],
      [{ ...MEDICAL_FILE, heirPurpose: 'assert_rights' }, 'heirPurpose', 'que pour un ayant droit'],
      [{ ...MEDICAL_FILE, kind: 'access', infoOlderThan5Years: true }, 'infoOlderThan5Years', 'dossier médical'],
      [{ ...MEDICAL_FILE, dueDate: '2027-01-01' }, 'dueDate', 'non autorisé'],
      [{ kind: 'access', requester: MEDICAL_FILE.requester }, 'receivedAt', 'Champ « receivedAt »'],
    ])('refuses %j with a French 400 naming « %s »', async (payload, field, message) => {
      const res = await call(a.secretary, 'POST', '/requests', payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ code: 'invalid_input', field });
      expect(res.json().message).toContain(message);
    });

    it('refuses the auditor: read-only', async () => {
      expect((await call(a.auditor, 'POST', '/requests', MEDICAL_FILE)).statusCode).toBe(403);
    });
  });

  describe('steps, answer and who sees what', () => {
    let id: string;
    beforeAll(async () => {
      id = (await create(a.secretary, { ...MEDICAL_FILE, requester: { type: 'patient', name: '4711 J. D.' } })).id;
    });

    it('lets the secretary record the administrative steps, journaled without the name', async () => {
      const res = await call(a.secretary, 'PATCH', `/requests/${id}`, { identityChecked: true, status: 'in_progress' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ identityChecked: true, status: 'in_progress', statusLabel: 'En cours' });
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'patient_request.updated' });
      expect(entry?.data).toEqual({
        kind: 'medical_file',
        fields: ['status', 'identityChecked'],
        from: 'received',
        to: 'in_progress',
        dueDate: '2026-11-19',
      });
    });

    it.each([
      [{ status: 'answered' }, 'status', 'la prolongation et la réponse ont leurs propres actions'],
      [{}, undefined, 'indiquez au moins une modification'],
      [{ receivedAt: '2026-13-01' }, 'receivedAt', 'date de réception invalide'],
    ])('refuses the step %j with a French 400', async (payload, field, message) => {
      const res = await call(a.secretary, 'PATCH', `/requests/${id}`, payload);
      expect(res.statusCode, res.body).toBe(400);
      if (field) expect(res.json().field).toBe(field);
      expect(res.json().message).toContain(message);
    });

    it('refuses the answer to the secretary and the auditor', async () => {
      const body = { outcome: 'answered', answer: ANSWER_TEXT, answeredAt: '2026-11-16' };
      expect((await call(a.secretary, 'POST', `/requests/${id}/answer`, body)).statusCode).toBe(403);
      expect((await call(a.auditor, 'POST', `/requests/${id}/answer`, body)).statusCode).toBe(403);
      expect((await call(a.auditor, 'PATCH', `/requests/${id}`, { status: 'received' })).statusCode).toBe(403);
    });

    it.each([
      [
        { outcome: 'answered', answer: ANSWER_TEXT, answeredAt: '2026-11-12' },
        'answeredAt',
        'délai de réflexion de 48 heures',
      ],
      [{ outcome: 'answered', answer: ANSWER_TEXT, answeredAt: '2026-11-17' }, 'answeredAt', 'dans le futur'],
      [{ outcome: 'answered', answer: ANSWER_TEXT, answeredAt: '2026-11-10' }, 'answeredAt', 'précéder la réception'],
      [{ outcome: 'answered', answer: '  ', answeredAt: '2026-11-16' }, 'answer', 'indiquez la réponse apportée'],
      [{ outcome: 'refused', answeredAt: '2026-11-16' }, 'refusalReason', 'un refus doit être motivé'],
      [{ outcome: 'maybe', answeredAt: '2026-11-16' }, 'outcome', 'issue invalide'],
    ])('refuses the answer %j with a French 400', async (payload, field, message) => {
      const res = await call(a.practitioner, 'POST', `/requests/${id}/answer`, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().field).toBe(field);
      expect(res.json().message).toContain(message);
    });

    it('refuses to answer before the identity is checked (409)', async () => {
      const other = await create(a.secretary, MEDICAL_FILE);
      const res = await call(a.owner, 'POST', `/requests/${other.id}/answer`, {
        outcome: 'answered',
        answer: ANSWER_TEXT,
        answeredAt: '2026-11-16',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toContain('L’identité du demandeur n’a pas été vérifiée');
    });

    it('lets the owner answer; only the owner and the practitioner read the answer', async () => {
      const res = await call(a.owner, 'POST', `/requests/${id}/answer`, {
        outcome: 'answered',
        answer: ANSWER_TEXT,
        answeredAt: '2026-11-16',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'answered',
        answer: ANSWER_TEXT,
        answeredAt: '2026-11-16',
        answeredLate: false,
        open: false,
        letters: ['acknowledgement', 'answer'],
      });
      for (const reader of [a.owner, a.practitioner]) {
        expect((await call(reader, 'GET', `/requests/${id}`)).json().answer).toBe(ANSWER_TEXT);
      }
      for (const reader of [a.secretary, a.auditor]) {
        const seen = await call(reader, 'GET', `/requests/${id}`);
        expect(seen.statusCode).toBe(200);
        expect(seen.json()).toMatchObject({ status: 'answered', answeredAt: '2026-11-16' });
        expect(seen.json()).not.toHaveProperty('answer');
        expect(seen.body).not.toContain('compte rendu');
        const list = await call(reader, 'GET', '/requests');
        expect(list.body).not.toContain('compte rendu');
      }
    });

    it('closes the request: no more steps, no second answer (409)', async () => {
      const step = await call(a.secretary, 'PATCH', `/requests/${id}`, { status: 'in_progress' });
      expect(step.statusCode).toBe(409);
      expect(step.json().message).toContain('déjà reçu sa réponse');
      const again = await call(a.owner, 'POST', `/requests/${id}/answer`, {
        outcome: 'refused',
        refusalReason: 'Doublon',
        answeredAt: '2026-11-16',
      });
      expect(again.statusCode).toBe(409);
    });

    it('records a refusal with its reason, visible to everyone', async () => {
      const erasure = await create(a.secretary, { ...MEDICAL_FILE, kind: 'erasure' });
      const res = await call(a.practitioner, 'POST', `/requests/${erasure.id}/answer`, {
        outcome: 'refused',
        refusalReason: 'Le dossier médical doit être conservé 20 ans après la dernière consultation.',
        answeredAt: '2026-11-16',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'refused',
        statusLabel: 'Refusée',
        letters: ['acknowledgement', 'refusal'],
      });
      expect((await call(a.secretary, 'GET', `/requests/${erasure.id}`)).json().refusalReason).toContain('20 ans');
    });
  });

  describe('extension', () => {
    it('extends a GDPR request within the first month, once', async () => {
      const access = await create(a.secretary, { ...MEDICAL_FILE, kind: 'access', receivedAt: '2026-10-20' });
      expect(access).toMatchObject({ dueDate: '2026-11-20', canExtend: true });
      const res = await call(a.secretary, 'POST', `/requests/${access.id}/extend`, {
        reason: 'Archives papier à rechercher dans le local du sous-sol',
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'extended',
        statusLabel: 'Prolongée',
        dueDate: '2026-11-20',
        extendedDueDate: '2027-01-20',
        currentDueDate: '2027-01-20',
        canExtend: false,
        extension: { at: '2026-11-16T09:00:00.000Z', reason: 'Archives papier à rechercher dans le local du sous-sol' },
        letters: ['acknowledgement', 'extension'],
      });
      expect(res.json().dueRule).toContain('Le délai a été prolongé le 16 novembre 2026');
      const again = await call(a.owner, 'POST', `/requests/${access.id}/extend`, { reason: 'Encore' });
      expect(again.statusCode).toBe(409);
      expect(again.json().message).toContain('déjà été prolongée jusqu’au 20 janvier 2027');
    });

    it('refuses it after the first month, with a French 409', async () => {
      // Received 1 October: due Monday 2 November (1 November is a Sunday and a holiday).
      const late = await create(a.secretary, { ...MEDICAL_FILE, kind: 'access', receivedAt: '2026-10-01' });
      expect(late).toMatchObject({ dueDate: '2026-11-02', overdue: true, daysLeft: -14, canExtend: false });
      const res = await call(a.secretary, 'POST', `/requests/${late.id}/extend`, { reason: 'Trop de demandes' });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toMatchObject({ code: 'conflict' });
      expect(res.json().message).toContain(
        'au plus tard le 2 novembre 2026 : il est trop tard pour prolonger le délai',
      );
    });

    it('refuses it for a medical-file request, with a French 409', async () => {
      const file = await create(a.secretary, MEDICAL_FILE);
      const res = await call(a.owner, 'POST', `/requests/${file.id}/extend`, { reason: 'Dossier volumineux' });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toContain('ne peut pas être prolongé');
    });

    it.each([[{}], [{ reason: '   ' }], [{ reason: 'x'.repeat(2001) }]])(
      'refuses the extension %j with a French 400 naming the reason',
      async (payload) => {
        const access = await create(a.secretary, { ...MEDICAL_FILE, kind: 'objection' });
        const res = await call(a.secretary, 'POST', `/requests/${access.id}/extend`, payload);
        expect(res.statusCode).toBe(400);
        expect(res.json()).toMatchObject({ field: 'reason' });
        expect(res.json().message).toMatch(/^Champ « reason » : motif de la prolongation/);
      },
    );

    it('refuses it to the auditor', async () => {
      const access = await create(a.secretary, { ...MEDICAL_FILE, kind: 'restriction' });
      expect((await call(a.auditor, 'POST', `/requests/${access.id}/extend`, { reason: 'x' })).statusCode).toBe(403);
    });
  });

  describe('list, isolation, home page, letters and journal', () => {
    it('filters the list by status and overdue', async () => {
      const overdue = await call(a.auditor, 'GET', '/requests?overdue=true');
      expect(overdue.statusCode).toBe(200);
      const late = overdue.json().requests;
      expect(late.length).toBeGreaterThan(0);
      expect(late.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
      const answered = (await call(a.secretary, 'GET', '/requests?status=answered')).json().requests;
      expect(answered.length).toBeGreaterThan(0);
      expect(answered.every((r: { status: string }) => r.status === 'answered')).toBe(true);
      const onTime = (await call(a.secretary, 'GET', '/requests?overdue=false')).json();
      expect(onTime.today).toBe('2026-11-16');
      expect(onTime.requests.every((r: { overdue: boolean }) => !r.overdue)).toBe(true);
      const bad = await call(a.secretary, 'GET', '/requests?overdue=peut-etre');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().message).toContain('overdue');
    });

    it('documents the routes in the OpenAPI contract', async () => {
      const doc = (await app.inject('/api/openapi.json')).json();
      for (const path of ['/api/v1/requests', '/api/v1/requests/{id}', '/api/v1/requests/{id}/extend']) {
        expect(Object.keys(doc.paths), path).toContain(path);
      }
    });

    it('never shows a practice another practice’s requests (404)', async () => {
      const [mine] = (await call(a.owner, 'GET', '/requests')).json().requests;
      expect((await call(b.owner, 'GET', `/requests/${mine.id}`)).statusCode).toBe(404);
      expect((await call(b.owner, 'GET', `/requests/${mine.id}/letters/acknowledgement.pdf`)).statusCode).toBe(404);
      expect((await call(b.owner, 'PATCH', `/requests/${mine.id}`, { identityChecked: true })).statusCode).toBe(404);
      const theirs = (await call(b.owner, 'GET', '/requests')).json();
      expect(theirs.requests).toEqual([]);
    });

    it('puts overdue and due-soon requests on the home page, for every role', async () => {
      for (const role of ['owner', 'practitioner', 'secretary', 'auditor'] as const) {
        const home = (await call(a[role], 'GET', '/home')).json();
        const card = home.cards.find((c: { id: string }) => c.id === 'patient-requests');
        expect(card, role).toMatchObject({ title: 'Demandes des patients', tone: 'danger' });
        expect(card.summary).toMatch(
          /^\d+ demandes? en retard et \d+ demandes? à traiter dans les 3 prochains jours\./,
        );
        expect(card.items[0].label).toContain('(en retard)');
        expect(card.items[0].href).toMatch(/^\/demandes\/[0-9a-f-]{36}$/);
        const dues = card.items.map((item: { due: string }) => item.due);
        expect(dues).toEqual([...dues].sort());
        expect(dues).toContain('2026-11-02');
      }
      const quiet = (await call(b.owner, 'GET', '/home')).json();
      expect(quiet.cards.map((c: { id: string }) => c.id)).not.toContain('patient-requests');
    });

    it('writes the acknowledgement as a PDF in French, and refuses a letter that does not fit yet', async () => {
      const file = await create(a.secretary, { ...MEDICAL_FILE, requester: { type: 'patient', name: '5120 P. M.' } });
      const res = await call(a.secretary, 'GET', `/requests/${file.id}/letters/acknowledgement.pdf`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(
        'attachment; filename="hygie-accuse-de-reception-2026-11-11.pdf"',
      );
      const text = pdfText(res.rawPayload, { collapseSpaces: true });
      expect(text).toContain('Cabinet des Tilleuls');
      expect(text).toContain('Accusé de réception');
      expect(text).toContain('5120 P. M.');
      expect(text).toContain('au plus tôt le 13 novembre 2026 et au plus tard le 19 novembre 2026');
      const early = await call(a.secretary, 'GET', `/requests/${file.id}/letters/answer.pdf`);
      expect(early.statusCode).toBe(409);
      expect(early.json().message).toContain('n’a pas encore reçu de réponse');
      const unknown = await call(a.secretary, 'GET', `/requests/${file.id}/letters/facture.pdf`);
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json().message).toContain('Modèle de courrier inconnu');
      const [entry] = await listJournal(db().db, a.practice.id, { action: 'patient_request.letter_generated' });
      expect(entry?.data).toEqual({ kind: 'medical_file', template: 'acknowledgement' });
    });

    it('journals every step without the requester’s name, the reasons or the answer', async () => {
      const entries = await listJournal(db().db, a.practice.id, { limit: 1000 });
      const actions = new Set(entries.map((e) => e.action));
      for (const action of [
        'patient_request.registered',
        'patient_request.updated',
        'patient_request.extended',
        'patient_request.answered',
        'patient_request.letter_generated',
      ]) {
        expect(actions, action).toContain(action);
      }
      expectNoMarker(JSON.stringify(entries), [
        'Jeanne Dupont',
        '4711 J. D.',
        'compte rendu',
        'local du sous-sol',
        '20 ans après',
      ]);
      const registered = entries.find((e) => e.action === 'patient_request.registered');
      expect(registered?.summary).toMatch(/^Demande enregistrée : .+ \(reçue le .+\) : réponse au plus tard le .+\.$/);
    });
  });
});
