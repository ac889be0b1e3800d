import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseMail } from './analyse-mail.ts';
import { loadKnownDomains } from './known-domains.referential.ts';
import { mailAnalysisResponse } from './mail-analysis.schema.ts';
import { MailAnalysisError } from './mail-error.ts';
import { MAIL_MAX_BYTES } from './mail-limits.ts';
import { corpusFiles, corpusMessage } from './mail-test-corpus.ts';

const knownDomains = loadKnownDomains();
const analyse = (raw: Uint8Array | string) => analyseMail(raw, { knownDomains, ownDomains: ['cabinet.example'] });

/** The analyser's answer, or the typed error it threw; anything else fails the test. */
async function outcome(raw: Uint8Array | string) {
  try {
    const result = await analyse(raw);
    expect(mailAnalysisResponse.safeParse(result).success).toBe(true);
    for (const finding of result.findings) expect(finding.message).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    return result;
  } catch (error) {
    expect(error).toBeInstanceOf(MailAnalysisError);
    expect((error as MailAnalysisError).message).toMatch(/^[A-ZÀ-Ý].+[.:]/u);
    return error as MailAnalysisError;
  }
}

const header = 'From: a@expediteur.example\r\nTo: b@cabinet.example\r\nSubject: test\r\n';

function nestedMultiparts(depth: number): string {
  let message = `${header}Content-Type: multipart/mixed; boundary="b0"\r\n\r\n`;
  for (let i = 1; i < depth; i++) message += `--b${i - 1}\r\nContent-Type: multipart/mixed; boundary="b${i}"\r\n\r\n`;
  return `${message}--b${depth - 1}\r\nContent-Type: text/plain\r\n\r\nfond\r\n`;
}

function siblingParts(count: number): string {
  const parts = Array.from({ length: count }, (_, i) => `--s\r\nContent-Type: text/plain\r\n\r\npartie ${i}\r\n`);
  return `${header}Content-Type: multipart/mixed; boundary="s"\r\n\r\n${parts.join('')}--s--\r\n`;
}

describe('hostile and malformed messages: a clear French message or a normal verdict, never a crash', () => {
  it.each([
    ['an empty message', '', 'empty'],
    ['blank lines only', ' \r\n\r\n \t', 'empty'],
    ['text without headers', 'juste du texte\nsur deux lignes', 'not_a_message'],
    ['random bytes', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), 'not_a_message'],
    ['a message one byte over the limit', new Uint8Array(MAIL_MAX_BYTES + 1), 'too_large'],
    ['3,000 nested multiparts', nestedMultiparts(3000), 'too_nested'],
  ])('refuses %s (%s)', async (_what, raw, code) => {
    const result = await outcome(raw);
    expect(result).toBeInstanceOf(MailAnalysisError);
    expect((result as MailAnalysisError).code).toBe(code);
  });

  it('names the size limit in megabytes', async () => {
    const error = (await outcome(new Uint8Array(MAIL_MAX_BYTES + 1))) as MailAnalysisError;
    expect(error.message).toBe('Le message dépasse la taille maximale de 25 Mo : Hygie ne l’analyse pas.');
  });

  it.each([
    ['5,000 sibling parts', siblingParts(5000)],
    ['20 nested multiparts (within the limit)', nestedMultiparts(20)],
    ['an unknown charset', `${header}Content-Type: text/plain; charset=x-inconnu\r\n\r\nR\xe9sum\xe9`],
    ['a broken encoded word', `From: =?utf-8?B?////?= <a@b.example>\r\nSubject: =?x-zz?Q?=FF=FE?=\r\n\r\ncorps`],
    [
      'a boundary never closed',
      `${header}Content-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/html\r\n\r\n<a href="http://192.0.2.1/`,
    ],
    [
      'a base64 attachment cut in the middle',
      `${header}Content-Type: application/zip; name=a.zip\r\nContent-Transfer-Encoding: base64\r\n\r\nUEsDBBQAAAAIAAAA`,
    ],
    [
      '100,000 unclosed links',
      `${header}Content-Type: text/html\r\n\r\n${'<a href="https://x.example/">'.repeat(100_000)}`,
    ],
    ['a 2 MB line of letters', `${header}\r\n${'a'.repeat(2_000_000)}`],
    ['200,000 character references', `${header}Content-Type: text/html\r\n\r\n${'&#x41;&amp;'.repeat(100_000)}`],
    ['a huge header', `${header}X-Long: ${'b'.repeat(900_000)}\r\n\r\ncorps`],
    ['a display name full of addresses', `From: "${'ameli.fr '.repeat(5000)}" <a@b.example>\r\n\r\ncorps`],
  ])('analyses %s', async (_what, raw) => {
    const result = await outcome(raw);
    expect(result).not.toBeInstanceOf(MailAnalysisError);
  });

  it('judges a zip bomb by its name, type and first bytes, without decompressing it', async () => {
    const result = await outcome(corpusMessage('phish-zip-bomb.eml'));
    expect(result).toMatchObject({
      verdict: 'suspicious',
      findings: [{ code: 'risky_attachment', severity: 'medium' }],
    });
  });

  it('analyses a message just under the size limit', async () => {
    const filler = 'A'.repeat(76);
    const lines = Math.floor((MAIL_MAX_BYTES - 2000) / 78);
    const body = `${filler}\r\n`.repeat(lines);
    const raw = `${header}Content-Type: multipart/mixed; boundary="g"\r\n\r\n--g\r\nContent-Type: text/plain\r\n\r\nBonjour\r\n--g\r\nContent-Type: application/octet-stream; name="gros.bin"\r\nContent-Disposition: attachment; filename="gros.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}--g--\r\n`;
    expect(Buffer.byteLength(raw)).toBeLessThanOrEqual(MAIL_MAX_BYTES);
    const result = await outcome(raw);
    expect(result).toMatchObject({ verdict: 'no_signal', summary: { attachments: 1 } });
  });

  it('survives every corpus message cut at any point (property, 100 runs)', async () => {
    const messages = corpusFiles().map((file) => corpusMessage(file));
    await fc.assert(
      fc.asyncProperty(fc.nat(messages.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), async (i, cut) => {
        const message = messages[i] as Buffer;
        await outcome(message.subarray(0, Math.floor(message.length * cut)));
      }),
      { numRuns: 100 },
    );
  });
});

const headerName = fc.constantFrom(
  'From',
  'To',
  'Reply-To',
  'Return-Path',
  'Subject',
  'Content-Type',
  'Authentication-Results',
  'Content-Transfer-Encoding',
  'X-Autre',
);
const headerValue = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ maxLength: 80, unit: 'binary' }),
  fc.constantFrom(
    '"Assurance Maladie" <a@ameli-remboursement.example>',
    'multipart/mixed; boundary="b"',
    'text/html; charset=x-inconnu',
    'base64',
    'quoted-printable',
    'mx; spf=fail; dkim=softfail; dmarc=fail',
    '=?utf-8?B?w6k=?= <x@xn--meli-43d.fr>',
  ),
);
const bodyPiece = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    '--b\r\nContent-Type: text/html\r\n\r\n<a href="http://192.0.2.1:81/x">ameli.fr</a>',
    '--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename="a.pdf.exe"\r\nContent-Transfer-Encoding: base64\r\n\r\nTVqQAAMAAAAEAAAA',
    '--b--',
    '<a href=',
    'Confirmez vos identifiants, virement urgent, https://bit.ly/x',
    '=\r\n=C3=A9=ZZ',
  ),
);
const generatedMessage = fc
  .record({
    headers: fc.array(fc.tuple(headerName, headerValue), { maxLength: 12 }),
    body: fc.array(bodyPiece, { maxLength: 12 }),
    crlf: fc.boolean(),
  })
  .map(({ headers, body, crlf }) => {
    const eol = crlf ? '\r\n' : '\n';
    return `${headers.map(([name, value]) => `${name}: ${value}`).join(eol)}${eol}${eol}${body.join(eol)}`;
  });

describe('generated messages (property-based, bounded runs)', () => {
  it('always give a valid answer or a MailAnalysisError', async () => {
    await fc.assert(
      fc.asyncProperty(generatedMessage, async (raw) => {
        await outcome(raw);
      }),
      { numRuns: 100 },
    );
  });
});
