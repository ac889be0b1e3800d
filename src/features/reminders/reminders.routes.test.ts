import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice } from '../../../test/support/factories.ts';
import { closedPort, startSmtpServer } from '../../../test/support/smtp.ts';
import { fixedClock } from '../../lib/clock.ts';
import { recordBreach } from '../breaches/breaches.record.ts';
import { journalHead } from '../journal/journal.repository.ts';
import { requestObjectsOf } from '../requests/requests.test-support.ts';
import { runReminders } from './delivery.ts';

/** Monday 7 December 2026, 08:00 in Paris: the week's digest is due. */
const MONDAY = '2026-12-07T07:00:00.000Z';
const LOGIN = { user: 'cabinet@exemple.fr', pass: 'mot-de-passe-smtp-42' };

describeEachDialect('reminders by e-mail, through the owner’s server (single-practice instance)', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const clock = fixedClock(MONDAY);

  const put = (body: object, user = a.owner) =>
    app.inject({ method: 'PUT', url: '/api/v1/mail/settings', headers: bearer(user), payload: body });
  const settings = (over: object = {}) => ({
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    username: LOGIN.user,
    password: LOGIN.pass,
    from: 'rappels@cabinet.fr',
    ...over,
  });
  const testMail = async () =>
    (await app.inject({ method: 'POST', url: '/api/v1/mail/settings/test', headers: bearer(a.owner) })).json();

  beforeAll(async () => {
    smtp = await startSmtpServer({ auth: LOGIN });
    app = await createTestApp(db(), { clock });
    await app.ready();
    a = await createPractice(db(), { name: 'Cabinet des Lilas' });
    await requestObjectsOf(db(), a.practice);
    await recordBreach(
      db().db,
      {
        practiceId: a.practice.id,
        userId: a.owner.id,
        name: a.owner.name,
        role: 'owner',
        actor: { type: 'system', id: null, label: 'Tests' },
      },
      { awareAt: '2026-12-07T06:00:00.000Z' },
      new Date(MONDAY),
    );
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('sends nothing while no server is set, and says so', async () => {
    expect(await runReminders(app)).toEqual({ planned: 0, sent: 0, failed: 0 });
    const prefs = (await app.inject({ url: '/api/v1/me/reminders', headers: bearer(a.secretary) })).json();
    expect(prefs).toMatchObject({ digest: 'weekly', alerts: true, mailAvailable: false });
    expect(await testMail()).toEqual({ ok: false, message: expect.stringContaining('Aucun serveur d’envoi') });
  });

  it('keeps the password sealed, never returned, and journals the fields changed', async () => {
    const res = await put(settings());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      source: 'practice',
      editable: true,
      settings: { passwordSet: true, port: smtp.port },
    });
    expect(res.body).not.toContain(LOGIN.pass);
    const row = await db().db.selectFrom('mail_settings').selectAll().executeTakeFirstOrThrow();
    expect(row.password_sealed?.startsWith('sb1:')).toBe(true);
    expect(row.password_sealed).not.toContain(LOGIN.pass);
    const journal = await db()
      .db.selectFrom('journal_entries')
      .select(['action', 'data'])
      .where('action', '=', 'mail_settings.updated')
      .execute();
    expect(journal.length).toBe(1);
    expect(JSON.stringify(journal[0]?.data)).not.toContain(LOGIN.pass);
  });

  it('tells in French what is wrong: a refused login, an unreachable host, a certificate', async () => {
    await put(settings({ password: 'mauvais' }));
    expect(await testMail()).toEqual({
      ok: false,
      message: expect.stringContaining('refusé l’identifiant ou le mot de passe'),
    });
    await put(settings({ port: await closedPort() }));
    expect(await testMail()).toEqual({ ok: false, message: expect.stringContaining('ne répond pas') });
    const tls = await startSmtpServer({ auth: LOGIN, secure: true });
    try {
      await put(settings({ port: tls.port, security: 'tls' }));
      expect(await testMail()).toEqual({ ok: false, message: expect.stringContaining('certificat') });
    } finally {
      await tls.close();
    }
    await put(settings());
    expect(await testMail()).toEqual({ ok: true, sentTo: a.owner.email });
    expect(smtp.received.at(-1)).toMatchObject({ to: a.owner.email, subject: 'Hygie — e-mail d’essai' });
  });

  it('refuses bad settings with a French 400 naming the field, and anyone but the owner', async () => {
    const bad = await put(settings({ host: 'smtp exemple' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ field: 'host' });
    const port = await put(settings({ port: 70000 }));
    expect(port.json()).toMatchObject({ field: 'port', message: expect.stringContaining('port') });
    expect((await put(settings(), a.practitioner)).statusCode).toBe(403);
  });

  it('sends each member her digest once, the owner’s with the journal’s head, and the breach alert at awareness', async () => {
    smtp.received.length = 0;
    const first = await runReminders(app);
    expect(first.failed).toBe(0);
    const to = (user: { email: string }) => smtp.received.filter((m) => m.to === user.email);
    for (const member of [a.owner, a.practitioner, a.secretary, a.auditor]) {
      expect(to(member).filter((m) => m.subject.startsWith('Hygie — le point de la semaine')).length).toBe(1);
    }
    const head = await journalHead(db().db, a.practice.id);
    const ownerDigest = to(a.owner).find((m) => m.subject.startsWith('Hygie — le point'));
    expect(ownerDigest?.text).toContain(`Code de contrôle : ${head?.hash}`);
    expect(ownerDigest?.text).toContain(`Nombre d’entrées : ${head?.seq}`);
    expect(ownerDigest?.html).toContain(head?.hash);
    expect(to(a.secretary).find((m) => m.subject.startsWith('Hygie — le point'))?.text).not.toContain(
      'Code de contrôle',
    );

    const alert = 'Hygie — Violation de données : 72 heures pour prévenir la CNIL';
    expect(to(a.owner).filter((m) => m.subject === alert).length).toBe(1);
    expect(to(a.practitioner).filter((m) => m.subject === alert).length).toBe(1);
    expect(to(a.secretary).some((m) => m.subject.includes('Violation'))).toBe(false);
    for (const mail of smtp.received) {
      expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toContain('1042 A. B.');
      expect(mail.headers['list-unsubscribe']).toMatch(/^<http:\/\/127\.0\.0\.1:3000\/desabonnement#[A-Za-z0-9_-]+>$/);
    }

    const count = smtp.received.length;
    clock.advance(60 * 60_000);
    expect((await runReminders(app)).sent).toBe(0);
    expect(smtp.received.length).toBe(count);
  });

  it('unsubscribes by the signed link without signing in, for that kind of e-mail only', async () => {
    const digest = smtp.received.find((m) => m.to === a.secretary.email && m.subject.startsWith('Hygie — le point'));
    const token = /desabonnement#([A-Za-z0-9_-]+)/.exec(digest?.text ?? '')?.[1] ?? '';
    const tampered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/reminders/unsubscribe',
      payload: { token: tampered },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ field: 'token', message: expect.stringContaining('pas valable') });
    const res = await app.inject({ method: 'POST', url: '/api/v1/reminders/unsubscribe', payload: { token } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ what: 'digest' });
    const prefs = (await app.inject({ url: '/api/v1/me/reminders', headers: bearer(a.secretary) })).json();
    expect(prefs).toMatchObject({ digest: 'none', alerts: true, mailAvailable: true });
  });

  it('retries a failed send with back-off and shows the failure to the owner', async () => {
    await app.inject({
      method: 'PUT',
      url: '/api/v1/me/reminders',
      headers: bearer(a.practitioner),
      payload: { digest: 'daily', alerts: true, anchor: true },
    });
    clock.set('2026-12-08T07:00:00.000Z');
    await put(settings({ password: 'mauvais' }));
    const failed = await runReminders(app);
    expect(failed).toMatchObject({ sent: 0, failed: 1 });
    const view = (await app.inject({ url: '/api/v1/mail/settings', headers: bearer(a.owner) })).json();
    expect(view.failures).toEqual([
      {
        kind: 'digest',
        createdAt: '2026-12-08T07:00:00.000Z',
        attempts: 1,
        error: expect.stringContaining('refusé'),
        givenUp: false,
      },
    ]);
    await put(settings());
    clock.advance(60_000);
    expect((await runReminders(app)).sent).toBe(0);
    clock.advance(5 * 60_000);
    expect((await runReminders(app)).sent).toBe(1);
    const after = (await app.inject({ url: '/api/v1/mail/settings', headers: bearer(a.owner) })).json();
    expect(after.failures).toEqual([]);
  });
});

describeEachDialect('reminders by e-mail, through the instance’s server: each sent once', (db, _dialect, reconnect) => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let a: TestPractice;
  let b: TestPractice;
  const env = () => ({ HYGIE_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, HYGIE_MAIL_FROM: 'rappels@hygie.exemple' });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    [a, b] = await Promise.all([createPractice(db(), { name: 'A' }), createPractice(db(), { name: 'B' })]);
  });
  afterAll(() => smtp.close());

  it('two instances on one database, then a restart: each digest is sent once', async () => {
    const second = reconnect();
    const one = await createTestApp(db(), { clock: fixedClock(MONDAY), env: env() });
    const two = await createTestApp(second, { clock: fixedClock(MONDAY), env: env() });
    await Promise.all([one.ready(), two.ready()]);
    await Promise.all([runReminders(one), runReminders(two), runReminders(one)]);
    await one.close();
    const restarted = await createTestApp(db(), { clock: fixedClock('2026-12-07T09:00:00.000Z'), env: env() });
    await restarted.ready();
    await Promise.all([runReminders(restarted), runReminders(two)]);
    const digests = smtp.received.filter((m) => m.subject.startsWith('Hygie — le point'));
    const members = [a, b].flatMap((p) => [p.owner, p.practitioner, p.secretary, p.auditor]);
    expect(digests.map((m) => m.to).sort()).toEqual(members.map((m) => m.email).sort());
    await restarted.close();
    await two.close();
    await second.close();
  });

  it('leaves the server to the host: the owner cannot change it', async () => {
    const app = await createTestApp(db(), { clock: fixedClock(MONDAY), env: env() });
    await app.ready();
    const view = (await app.inject({ url: '/api/v1/mail/settings', headers: bearer(a.owner) })).json();
    expect(view).toMatchObject({ source: 'environment', editable: false, settings: null });
    const res = await app.inject({
      method: 'PUT',
      url: '/api/v1/mail/settings',
      headers: bearer(a.owner),
      payload: { host: 'smtp.exemple.fr', port: 587, security: 'starttls', from: 'a@b.fr' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('hébergeur');
    await app.close();
  });
});
