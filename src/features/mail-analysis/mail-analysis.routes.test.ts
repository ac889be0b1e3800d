import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, signIn, type TestPractice } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { multipartForm } from '../../../test/support/upload.ts';
import { ROLES } from '../accounts/roles.ts';
import { listJournal } from '../journal/journal.repository.ts';
import { MAIL_MAX_BYTES } from './mail-limits.ts';
import { corpusMessage } from './mail-test-corpus.ts';

const URL = '/api/v1/tools/mail-analysis';
const PHISHING = corpusMessage('phish-ameli-refund.eml');
const BENIGN = corpusMessage('benign-appointment.eml');

/** A multipart/form-data body with one message, as a browser sends it. */
const form = (field: string, content: Buffer, filename = 'message.eml') =>
  multipartForm(field, content, filename, 'message/rfc822');

describeEachDialect('the suspicious e-mail analyser API', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  beforeAll(async () => {
    app = await createTestApp(db());
    await app.ready();
    [a, b] = await Promise.all([createPractice(db()), createPractice(db())]);
  });
  afterAll(() => app.close());

  const raw = (payload: Buffer | string, headers: Record<string, string> = bearer(a.owner)) =>
    app.inject({ method: 'POST', url: URL, headers: { ...headers, 'content-type': 'message/rfc822' }, payload });

  it('analyses a message sent as a form file (field « file »)', async () => {
    const body = await form('file', PHISHING);
    const res = await app.inject({
      method: 'POST',
      url: URL,
      headers: { ...bearer(a.owner), ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json();
    expect(answer).toMatchObject({
      verdict: 'dangerous',
      verdictLabel: 'Dangereux',
      summary: { senderDomain: 'ameli-remboursement.example' },
    });
    expect(answer.findings).toContainEqual({
      code: 'lookalike_domain',
      severity: 'high',
      message: expect.stringContaining('ameli.fr'),
    });
    expect(answer.advice.join(' ')).toContain('3608');
  });

  it('analyses a raw message/rfc822 body, and finds no signal in a benign one', async () => {
    const res = await raw(BENIGN);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ verdict: 'no_signal', verdictLabel: 'Aucun signal', findings: [] });
  });

  it('knows the practice: its own domain (from its users) and its people', async () => {
    const spoof = `From: ${a.owner.name} <${a.owner.name.split(' ')[0]}@boite-mail.example>\r\nSubject: virement\r\n\r\nMerci de faire un virement aujourd’hui.`;
    const res = await raw(spoof);
    expect(res.json().findings.map((f: { code: string }) => f.code)).toEqual([
      'display_name_spoof',
      'payment_language',
    ]);
    const own = `From: x@exemple.fr\r\nAuthentication-Results: mx; spf=fail; dmarc=fail\r\nSubject: test\r\n\r\nBonjour`;
    expect((await raw(own)).json().findings.map((f: { code: string }) => f.code)).toContain(
      'own_domain_unauthenticated',
    );
  });

  it('lets every role analyse a message', async () => {
    for (const role of ROLES) {
      const res = await raw(BENIGN, bearer(a[role]));
      expect(res.statusCode, role).toBe(200);
    }
  });

  it('works with a session cookie and its anti-forgery token', async () => {
    const session = await signIn(app, a.secretary);
    expect((await raw(PHISHING, session.headers)).statusCode).toBe(200);
    expect((await raw(PHISHING, { cookie: session.cookie })).statusCode).toBe(403);
  });

  it('refuses a caller without credentials (401) before reading the message', async () => {
    const res = await raw(PHISHING, {});
    expect(res.statusCode).toBe(401);
  });

  it.each([
    ['an empty raw body', () => raw(''), /Le message est vide/],
    ['a text that is not an e-mail', () => raw('bonjour\nceci n’est pas un e-mail'), /ne ressemble pas à un e-mail/],
    ['no body at all', () => app.inject({ method: 'POST', url: URL, headers: bearer(a.owner) }), /Le message est vide/],
    [
      'a JSON body',
      () => app.inject({ method: 'POST', url: URL, headers: bearer(a.owner), payload: { message: 'x' } }),
      /message\/rfc822/,
    ],
    [
      'a form without the « file » field',
      async () => {
        const body = await form('piece', PHISHING);
        return app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), ...body.headers },
          payload: body.payload,
        });
      },
      /champ « file »/,
    ],
    [
      'an empty file',
      async () => {
        const body = await form('file', Buffer.alloc(0));
        return app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), ...body.headers },
          payload: body.payload,
        });
      },
      /Le message est vide/,
    ],
    [
      'a form with too many fields',
      async () => {
        const data = new FormData();
        for (let i = 0; i < 10; i++) data.append(`champ${i}`, 'x');
        const response = new Response(data);
        return app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), 'content-type': response.headers.get('content-type') ?? '' },
          payload: Buffer.from(await response.arrayBuffer()),
        });
      },
      /un seul fichier/,
    ],
    [
      'a form with two files',
      async () => {
        const data = new FormData();
        for (const name of ['un.eml', 'deux.eml']) {
          data.append('file', new Blob([new Uint8Array(BENIGN)], { type: 'message/rfc822' }), name);
        }
        const response = new Response(data);
        return app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), 'content-type': response.headers.get('content-type') ?? '' },
          payload: Buffer.from(await response.arrayBuffer()),
        });
      },
      /un seul fichier/,
    ],
    [
      'a malformed form',
      () =>
        app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), 'content-type': 'multipart/form-data; boundary=limite' },
          payload: '--limite\r\nContent-Disposition: form-data; name="file"; filename="a.eml"\r\n\r\nFrom: a@b.example',
        }),
      /un seul fichier|vide/,
    ],
  ])('answers 400 in French to %s', async (_what, send, message) => {
    const res = await send();
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(message) });
  });

  it('refuses 3,000 nested multiparts with a French message', async () => {
    let nested = 'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="b0"\r\n\r\n';
    for (let i = 1; i < 3000; i++) nested += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`;
    const res = await raw(nested);
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/structure anormalement imbriquée/);
  });

  const tooLarge = 'Le message dépasse la taille maximale de 25 Mo : Hygie ne l’analyse pas.';

  it.each([
    ['a raw body over 25 MB', () => raw(Buffer.alloc(MAIL_MAX_BYTES + 1, 0x61))],
    [
      'a form file over 25 MB',
      async () => {
        const body = await form('file', Buffer.alloc(MAIL_MAX_BYTES + 100, 0x61));
        return app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), ...body.headers },
          payload: body.payload,
        });
      },
    ],
    [
      'a form file over 25 MB sent without announcing its length',
      async () => {
        const body = await form('file', Buffer.alloc(MAIL_MAX_BYTES + 100, 0x61));
        return app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), ...body.headers, 'transfer-encoding': 'chunked' },
          payload: Readable.from([body.payload]),
        });
      },
    ],
    [
      'a raw body over 25 MB sent without announcing its length',
      () =>
        app.inject({
          method: 'POST',
          url: URL,
          headers: { ...bearer(a.owner), 'content-type': 'message/rfc822', 'transfer-encoding': 'chunked' },
          payload: Readable.from([Buffer.alloc(MAIL_MAX_BYTES + 1, 0x61)]),
        }),
    ],
  ])('answers 413 in French to %s', async (_what, send) => {
    const res = await send();
    expect(res.statusCode, res.body).toBe(413);
    expect(res.json()).toEqual({ code: 'too_large', message: tooLarge });
  });

  it('keeps only JSON for the rest of the API (the message parsers stay inside the analyser)', async () => {
    const rfc822 = await app.inject({
      method: 'PUT',
      url: '/api/v1/practice',
      headers: { ...bearer(a.owner), 'content-type': 'message/rfc822' },
      payload: 'From: a@b.example\r\n\r\nx',
    });
    expect(rfc822.statusCode).toBe(415);
    const body = await form('file', BENIGN);
    const multipart = await app.inject({
      method: 'PUT',
      url: '/api/v1/practice',
      headers: { ...bearer(a.owner), ...body.headers },
      payload: body.payload,
    });
    expect(multipart.statusCode).toBe(415);
  });

  it('keeps a verdict without the message, lists it for the practice only, and lets its author delete it', async () => {
    const kept = await app.inject({
      method: 'POST',
      url: `${URL}/verdicts`,
      headers: bearer(a.secretary),
      payload: {
        verdict: 'dangerous',
        findingCodes: ['lookalike_domain', 'url_shortener'],
        senderDomain: 'Ameli-Remboursement.example',
      },
    });
    expect(kept.statusCode, kept.body).toBe(201);
    const verdict = kept.json();
    expect(verdict).toMatchObject({
      verdict: 'dangerous',
      verdictLabel: 'Dangereux',
      findingCodes: ['lookalike_domain', 'url_shortener'],
      senderDomain: 'ameli-remboursement.example',
      keptBy: expect.stringContaining('Secrétaire'),
    });
    expect(verdict.canDelete).toBe(true);
    const byAuditor = await app.inject({
      method: 'POST',
      url: `${URL}/verdicts`,
      headers: bearer(a.auditor),
      payload: { verdict: 'suspicious', findingCodes: [] },
    });
    expect(byAuditor.statusCode).toBe(403);
    const listed = await app.inject({ url: `${URL}/verdicts`, headers: bearer(a.auditor) });
    expect(listed.json().verdicts).toContainEqual(expect.objectContaining({ id: verdict.id, canDelete: false }));
    const forOwner = await app.inject({ url: `${URL}/verdicts`, headers: bearer(a.owner) });
    expect(forOwner.json().verdicts).toContainEqual(expect.objectContaining({ id: verdict.id, canDelete: true }));
    const theirs = await app.inject({ url: `${URL}/verdicts`, headers: bearer(b.owner) });
    expect(theirs.json().verdicts).toEqual([]);

    const refused = await app.inject({
      method: 'DELETE',
      url: `${URL}/verdicts/${verdict.id}`,
      headers: bearer(a.practitioner),
    });
    expect(refused.statusCode).toBe(404);
    const fromB = await app.inject({
      method: 'DELETE',
      url: `${URL}/verdicts/${verdict.id}`,
      headers: bearer(b.owner),
    });
    expect(fromB.statusCode).toBe(404);
    const deleted = await app.inject({
      method: 'DELETE',
      url: `${URL}/verdicts/${verdict.id}`,
      headers: bearer(a.secretary),
    });
    expect(deleted.statusCode).toBe(204);

    const journal = await listJournal(db().db, a.practice.id, { limit: 10 });
    const actions = journal.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['mail_verdict.kept', 'mail_verdict.deleted']));
    expectNoMarker(JSON.stringify(journal), ['ameli-remboursement.example']);
  });

  it.each([
    [{ verdict: 'dangerous', findingCodes: [], subject: 'Remboursement' }, 'subject'],
    [{ verdict: 'perhaps', findingCodes: [] }, 'verdict'],
    [{ verdict: 'dangerous', findingCodes: ['inconnu'] }, 'findingCodes.0'],
    [{ verdict: 'dangerous', findingCodes: [], senderDomain: 'pas un domaine !' }, 'senderDomain'],
  ])('refuses to keep %j (400 on « %s »)', async (payload, field) => {
    const res = await app.inject({ method: 'POST', url: `${URL}/verdicts`, headers: bearer(a.owner), payload });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe(field);
  });
});
