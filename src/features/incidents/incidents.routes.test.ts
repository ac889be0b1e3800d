import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { pdfPageCount, pdfText } from '../../../test/support/pdf.ts';
import { fixedClock } from '../../lib/clock.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { appendIncidentEvent, findIncident, insertIncident, listIncidentTimeline } from './incidents.repository.ts';
import type { IncidentView } from './incidents.schema.ts';

const clock = fixedClock('2026-11-29T09:00:00Z');
type User = { token: string; id: string; name: string };

describeEachDialect('incident routes', (db) => {
  const t = routeFixture(db, { clock });
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
  });

  const call = (
    user: { token: string },
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: unknown,
  ) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload ? { payload: payload as object } : {}),
    });
  const raise = async (user: User, scenario = 'ransomware'): Promise<IncidentView> => {
    const res = await call(user, 'POST', '/incidents', { scenario });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const step = (user: User, id: string, payload: unknown) => call(user, 'POST', `/incidents/${id}/steps`, payload);
  const view = async (user: User, id: string): Promise<IncidentView> => {
    const res = await call(user, 'GET', `/incidents/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it.each(['owner', 'practitioner', 'secretary', 'auditor'] as const)(
    '%s raises an incident in one click and gets its playbook',
    async (role) => {
      const incident = await raise(a[role], 'phishing_opened');
      expect(incident).toMatchObject({
        scenario: 'phishing_opened',
        status: 'open',
        raisedBy: { id: a[role].id, name: a[role].name },
        raisedAt: clock.now().toISOString(),
        gesturesDone: 0,
        canManage: role === 'owner' || role === 'practitioner',
      });
      expect(incident.playbook.gestures[0]).toMatchObject({ id: 'couper-internet', doneAt: null });
      expect(incident.playbook.doNot.length).toBeGreaterThan(0);
      expect(incident.contacts.map((c) => c.id)).toContain('cybermalveillance');
      expect(incident.timeline).toEqual([
        expect.objectContaining({
          seq: 1,
          kind: 'raised',
          label: 'Incident signalé',
          author: { id: a[role].id, name: a[role].name },
        }),
      ]);
    },
  );

  it('keeps the timeline in order with each step’s time and author, and ticks gestures with their time', async () => {
    clock.set('2026-11-29T10:00:00Z');
    const incident = await raise(a.secretary);
    clock.advance(60_000);
    expect((await step(a.secretary, incident.id, { kind: 'step_done', gestureId: 'ne-pas-eteindre' })).statusCode).toBe(
      201,
    );
    clock.advance(60_000);
    await step(a.secretary, incident.id, { kind: 'step_done', gestureId: 'couper-internet' });
    clock.advance(60_000);
    await step(a.secretary, incident.id, { kind: 'note', text: '  Message de rançon sur l’écran du poste 2.  ' });
    clock.advance(60_000);
    await step(a.owner, incident.id, { kind: 'decision', text: 'Pas de paiement ; plainte cet après-midi.' });
    clock.advance(60_000);
    await step(a.owner, incident.id, { kind: 'contact_called', contactId: 'cybermalveillance' });
    clock.advance(60_000);
    const last = await step(a.owner, incident.id, { kind: 'step_undone', gestureId: 'couper-internet' });
    expect(last.statusCode, last.body).toBe(201);
    const seen = await view(a.secretary, incident.id);
    expect(seen.timeline.map((e) => [e.seq, e.kind, e.author.name, e.at])).toEqual([
      [1, 'raised', a.secretary.name, '2026-11-29T10:00:00.000Z'],
      [2, 'step_done', a.secretary.name, '2026-11-29T10:01:00.000Z'],
      [3, 'step_done', a.secretary.name, '2026-11-29T10:02:00.000Z'],
      [4, 'note', a.secretary.name, '2026-11-29T10:03:00.000Z'],
      [5, 'decision', a.owner.name, '2026-11-29T10:04:00.000Z'],
      [6, 'contact_called', a.owner.name, '2026-11-29T10:05:00.000Z'],
      [7, 'step_undone', a.owner.name, '2026-11-29T10:06:00.000Z'],
    ]);
    expect(seen.timeline[1]?.gestureText).toBe('Laissez l’ordinateur allumé, sans l’éteindre ni le redémarrer.');
    expect(seen.timeline[3]?.text).toBe('Message de rançon sur l’écran du poste 2.');
    expect(seen.timeline[5]).toMatchObject({ contactName: 'Cybermalveillance.gouv.fr', label: 'Contact appelé' });
    expect(seen.playbook.gestures.slice(0, 2)).toEqual([
      expect.objectContaining({ id: 'ne-pas-eteindre', doneAt: '2026-11-29T10:01:00.000Z', doneBy: a.secretary.name }),
      expect.objectContaining({ id: 'couper-internet', doneAt: null, doneBy: null }),
    ]);
    expect(seen.gesturesDone).toBe(1);
  });

  it('records nothing when a ticked gesture is ticked again', async () => {
    const incident = await raise(a.owner);
    await step(a.owner, incident.id, { kind: 'step_done', gestureId: 'isoler-reseau' });
    await step(a.owner, incident.id, { kind: 'step_done', gestureId: 'isoler-reseau' });
    expect((await view(a.owner, incident.id)).timeline.map((e) => e.kind)).toEqual(['raised', 'step_done']);
  });

  it.each<[string, unknown, RegExp]>([
    ['an unknown scenario', { scenario: 'tsunami' }, /situation inconnue : ransomware \(rançongiciel\)/],
    ['no scenario', {}, /scenario/],
    ['a title too long', { scenario: 'other', title: 'x'.repeat(201) }, /titre trop long \(200 caractères au plus\)/],
  ])('refuses %s with a French 400', async (_case, payload, message) => {
    const res = await call(a.owner, 'POST', '/incidents', payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
  });

  it.each<[string, unknown, RegExp]>([
    [
      'an unknown gesture id',
      { kind: 'step_done', gestureId: 'appeler-les-pirates' },
      /Champ « gestureId » : geste inconnu « appeler-les-pirates » pour la situation « Rançongiciel/,
    ],
    [
      'a gesture of another scenario',
      { kind: 'step_done', gestureId: 'ameli-appeler-3608' },
      /geste inconnu « ameli-appeler-3608 »/,
    ],
    ['a tick without gesture', { kind: 'step_done' }, /Champ « gestureId » : indiquez le geste coché ou décoché/],
    ['a text too long', { kind: 'note', text: 'é'.repeat(4001) }, /texte trop long \(4\s000 caractères au plus\)/],
    ['an empty note', { kind: 'note', text: '   ' }, /Champ « text » : écrivez la note/],
    ['a decision without text', { kind: 'decision' }, /Champ « text » : écrivez la décision/],
    ['an unknown kind', { kind: 'payer', text: 'non' }, /type d’étape inconnu/],
    [
      'an unknown contact',
      { kind: 'contact_called', contactId: 'hackers' },
      /Champ « contactId » : contact inconnu « hackers »/,
    ],
    [
      'a gesture on a note',
      { kind: 'note', text: 'ok', gestureId: 'ne-pas-eteindre' },
      /seuls step_done et step_undone/,
    ],
    ['an unknown field', { kind: 'note', text: 'ok', patient: 'Jean' }, /Champ non autorisé « patient »/],
  ])('refuses a step with %s (French 400)', async (_case, payload, message) => {
    const incident = await raise(a.owner);
    const res = await step(a.owner, incident.id, payload);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().message).toMatch(message);
  });

  it('shows the secretary only the incidents she raised (404 for the others), everyone else all', async () => {
    const mine = await raise(a.secretary, 'device_lost');
    const owners = await raise(a.owner, 'provider_breach');
    const listed = (await call(a.secretary, 'GET', '/incidents')).json().incidents.map((i: { id: string }) => i.id);
    expect(listed).toContain(mine.id);
    expect(listed).not.toContain(owners.id);
    expect((await call(a.secretary, 'GET', `/incidents/${owners.id}`)).statusCode).toBe(404);
    expect((await step(a.secretary, owners.id, { kind: 'note', text: 'vu' })).statusCode).toBe(404);
    for (const user of [a.owner, a.practitioner, a.auditor]) {
      const all = (await call(user, 'GET', '/incidents')).json().incidents.map((i: { id: string }) => i.id);
      expect(all).toEqual(expect.arrayContaining([mine.id, owners.id]));
    }
  });

  it.each<[string, 'GET' | 'POST' | 'PATCH', string, unknown]>([
    ['read', 'GET', '', undefined],
    ['add a step', 'POST', '/steps', { kind: 'note', text: 'Intrus' }],
    ['close', 'PATCH', '', { status: 'closed' }],
  ])('isolates practices: B cannot %s an incident of A (404)', async (_case, method, suffix, payload) => {
    const incident = await raise(a.owner);
    const res = await call(b.owner, method, `/incidents/${incident.id}${suffix}`, payload);
    expect(res.statusCode).toBe(404);
    expect((await call(b.owner, 'GET', '/incidents')).body).not.toContain(incident.id);
    expect((await findIncident(db().db, a.practice.id, incident.id))?.status).toBe('open');
  });

  it('lets the owner and practitioners edit and close (on the timeline), not the secretary nor the auditor', async () => {
    const incident = await raise(a.secretary);
    for (const user of [a.secretary, a.auditor]) {
      expect((await call(user, 'PATCH', `/incidents/${incident.id}`, { status: 'closed' })).statusCode).toBe(403);
    }
    const edited = await call(a.practitioner, 'PATCH', `/incidents/${incident.id}`, { title: 'Poste 2 chiffré' });
    expect(edited.json()).toMatchObject({ title: 'Poste 2 chiffré', status: 'open' });
    const closed = await call(a.owner, 'PATCH', `/incidents/${incident.id}`, { status: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', closedAt: clock.now().toISOString() });
    expect(closed.json().timeline.at(-1)).toMatchObject({ kind: 'closed', author: { name: a.owner.name } });
    const empty = await call(a.owner, 'PATCH', `/incidents/${incident.id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toMatch(/indiquez au moins une modification/);
  });

  it('journals every step with ids only, never the text of a note', async () => {
    const incident = await raise(a.owner);
    await step(a.owner, incident.id, { kind: 'note', text: 'Dossier de Mme Jeanne Dupont exposé' });
    await step(a.owner, incident.id, { kind: 'step_done', gestureId: 'lancer-analyse' });
    const entries = await listJournal(db().db, a.practice.id, { limit: 500 });
    const own = entries.filter((e) => e.subjectId === incident.id);
    expect(own.map((e) => [e.action, e.data])).toEqual([
      ['incident.step_recorded', { kind: 'step_done', gestureId: 'lancer-analyse' }],
      ['incident.step_recorded', { kind: 'note' }],
      ['incident.raised', { scenario: 'ransomware' }],
    ]);
    expectNoMarker(JSON.stringify(entries), ['Jeanne Dupont']);
  });

  it('shows « Incident en cours » on the home page with a link, the secretary only for her own', async () => {
    const practice = await createPractice(db());
    const incident = await raise(practice.practitioner, 'account_compromised');
    const cardOf = async (user: User) =>
      (await call(user, 'GET', '/home')).json().cards.find((c: { id: string }) => c.id === 'incidents');
    expect(await cardOf(practice.owner)).toMatchObject({
      title: 'Incident en cours : Compte piraté (Ameli Pro, messagerie, logiciel, banque…)',
      tone: 'danger',
      action: { href: `/incidents/${incident.id}` },
    });
    expect(await cardOf(practice.secretary)).toBeUndefined();
    const hers = await raise(practice.secretary, 'misdirected_message');
    expect(await cardOf(practice.secretary)).toMatchObject({ action: { href: `/incidents/${hers.id}` } });
    const both = await cardOf(practice.auditor);
    expect(both.title).toBe('2 incidents en cours');
    expect(both.items.map((i: { href: string }) => i.href).sort()).toEqual(
      [`/incidents/${incident.id}`, `/incidents/${hers.id}`].sort(),
    );
    await call(practice.owner, 'PATCH', `/incidents/${incident.id}`, { status: 'closed' });
    await call(practice.owner, 'PATCH', `/incidents/${hers.id}`, { status: 'closed' });
    expect(await cardOf(practice.owner)).toBeUndefined();
  });

  describe('contacts', () => {
    it('lets the owner and practitioners manage the practice’s contacts; everyone reads them with the national ones', async () => {
      const created = await call(a.owner, 'POST', '/contacts', {
        kind: 'it_provider',
        name: 'Informatique Lefèvre & fils',
        phone: '01 23 45 67 89',
        email: 'support@lefevre-info.fr',
      });
      expect(created.statusCode, created.body).toBe(201);
      const contact = created.json();
      expect(contact).toMatchObject({ kindLabel: 'Prestataire informatique', tel: '0123456789', notes: null });
      expect((await call(a.secretary, 'POST', '/contacts', { kind: 'other', name: 'X' })).statusCode).toBe(403);
      expect((await call(a.auditor, 'DELETE', `/contacts/${contact.id}`)).statusCode).toBe(403);
      const read = (await call(a.secretary, 'GET', '/contacts')).json();
      expect(read.canManage).toBe(false);
      expect(read.contacts.map((c: { id: string }) => c.id)).toContain(contact.id);
      expect(read.national.find((c: { id: string }) => c.id === 'ameli-pro-support')).toMatchObject({
        phone: '3608',
        tel: '3608',
      });
      const updated = await call(a.practitioner, 'PUT', `/contacts/${contact.id}`, {
        kind: 'software_support',
        name: 'Éditeur du logiciel',
        phone: '+33 1 23 45 67 89',
      });
      expect(updated.json()).toMatchObject({ kind: 'software_support', tel: '+33123456789', email: null });
      const incident = await raise(a.secretary);
      const called = await step(a.secretary, incident.id, { kind: 'contact_called', contactId: contact.id });
      expect(called.json().timeline.at(-1)).toMatchObject({ contactName: 'Éditeur du logiciel' });
      expect(called.json().practiceContacts.map((c: { id: string }) => c.id)).toContain(contact.id);
      expect((await call(b.owner, 'PUT', `/contacts/${contact.id}`, { kind: 'other', name: 'B' })).statusCode).toBe(
        404,
      );
      expect((await call(b.owner, 'GET', '/contacts')).body).not.toContain(contact.id);
      expect((await call(a.owner, 'DELETE', `/contacts/${contact.id}`)).statusCode).toBe(204);
      expect((await call(a.owner, 'DELETE', `/contacts/${contact.id}`)).statusCode).toBe(404);
    });

    it.each<[string, unknown, RegExp]>([
      [
        'an unknown kind',
        { kind: 'plombier', name: 'X' },
        /type de contact inconnu : it_provider \(prestataire informatique\)/,
      ],
      ['no name', { kind: 'insurer', name: '  ' }, /nom du contact à indiquer/],
      ['a bad e-mail', { kind: 'insurer', name: 'Assureur', email: 'assureur@' }, /adresse e-mail invalide/],
      ['a bad phone', { kind: 'insurer', name: 'Assureur', phone: 'appeler Paul' }, /numéro de téléphone invalide/],
      [
        'notes too long',
        { kind: 'lawyer', name: 'Me Durand', notes: 'a'.repeat(1001) },
        /remarques trop longues \(1\s000 caractères au plus\)/,
      ],
    ])('refuses a contact with %s (French 400)', async (_case, payload, message) => {
      const res = await call(a.owner, 'POST', '/contacts', payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().message).toMatch(message);
    });
  });

  it('lets everyone download the one-page fiche réflexe with the practice’s contacts and the first gestures', async () => {
    const practice = await createPractice(db(), { name: 'Cabinet Hélène Lefèvre' });
    await call(practice.owner, 'POST', '/contacts', {
      kind: 'insurer',
      name: 'Mutuelle Assurances Gaëtan',
      phone: '05 49 00 00 00',
    });
    for (const role of ['owner', 'practitioner', 'secretary', 'auditor'] as const) {
      const res = await call(practice[role], 'GET', '/incidents/fiche-reflexe.pdf');
      expect(res.statusCode, role).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    }
    const pdf = (await call(practice.secretary, 'GET', '/incidents/fiche-reflexe.pdf')).rawPayload;
    const text = pdfText(pdf, { collapseSpaces: true });
    expect(text).toContain('Mutuelle Assurances Gaëtan');
    expect(text).toContain('05 49 00 00 00');
    expect(text).toContain('Laissez l’ordinateur allumé, sans l’éteindre ni le redémarrer.');
    expect(text).toContain('Ne payez jamais la rançon');
    expect(text).toContain('3608');
    expect(pdfPageCount(pdf)).toBe(1);
  });
});

describeEachDialect('incident repository (the breaches feature builds on it)', (db) => {
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    [a, b] = await Promise.all([createPractice(db()), createPractice(db())]);
  });

  it('appends another feature’s event kind with its data, and null for another practice’s incident', async () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const incident = await insertIncident(
      db().db,
      a.practice.id,
      { scenario: 'ransomware', raisedBy: { id: a.owner.id, name: a.owner.name } },
      now,
    );
    const event = await appendIncidentEvent(db().db, a.practice.id, incident.id, {
      kind: 'qualified_breach',
      at: new Date('2026-11-29T12:05:00Z'),
      author: { id: a.owner.id, name: a.owner.name },
      text: 'Qualifié en violation de données',
      data: { breachId: 'breach-1' },
    });
    expect(event).toMatchObject({ seq: 2, kind: 'qualified_breach', data: { breachId: 'breach-1' } });
    expect(
      await appendIncidentEvent(db().db, b.practice.id, incident.id, {
        kind: 'note',
        at: now,
        author: { id: null, name: 'B' },
      }),
    ).toBeNull();
    await expect(
      appendIncidentEvent(db().db, a.practice.id, incident.id, {
        kind: 'Bad Kind',
        at: now,
        author: { id: null, name: 'x' },
      }),
    ).rejects.toThrow(/Invalid incident event kind/);
    const timeline = await listIncidentTimeline(db().db, a.practice.id, incident.id);
    expect(timeline.map((e) => [e.seq, e.kind])).toEqual([
      [1, 'raised'],
      [2, 'qualified_breach'],
    ]);
    expect(await listIncidentTimeline(db().db, b.practice.id, incident.id)).toEqual([]);
  });

  it('keeps one sequence under concurrent appends', async () => {
    const now = new Date('2026-11-29T12:00:00Z');
    const incident = await insertIncident(
      db().db,
      a.practice.id,
      { scenario: 'other', raisedBy: { id: null, name: 'Tests' } },
      now,
    );
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        appendIncidentEvent(db().db, a.practice.id, incident.id, {
          kind: 'note',
          at: now,
          author: { id: null, name: 'T' },
          text: `n${i}`,
        }),
      ),
    );
    const seqs = (await listIncidentTimeline(db().db, a.practice.id, incident.id)).map((e) => e.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
