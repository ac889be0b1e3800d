import { expect } from 'vitest';
import { routeFixture } from '../../test/support/app.ts';
import { describeEachDialect } from '../../test/support/db.ts';
import { bearer, type TestUser } from '../../test/support/factories.ts';
import { XSS_PAYLOADS } from '../../test/support/fuzz.ts';
import { itQpdf as it, pdfActiveContent, pdfText } from '../../test/support/pdf.ts';
import { ACTIVITY_BODY } from '../features/register/register.test-support.ts';

const [SCRIPT, IMG, LINK, SVG] = XSS_PAYLOADS;

/**
 * Hostile text typed in every free-text field that the documents print (the practice's name and
 * address, a register activity, the notice's wording, a breach) comes out of each PDF as literal
 * text, and no PDF holds JavaScript, an action run on opening or a link (docs/security.md).
 */
describeEachDialect('hostile text in the PDF documents', (db) => {
  const t = routeFixture(db);
  let breachId = '';

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    t.app().inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const stored = async (method: 'POST' | 'PUT', url: string, payload: unknown) => {
    const res = await call(t.practice().owner, method, url, payload);
    expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
    return res.json();
  };

  it('stores the payloads through the API', async () => {
    const { id: _id, status: _status, createdAt: _createdAt, ...profile } = t.practice().practice;
    await stored('PUT', '/practice', { ...profile, name: `Cabinet ${SVG}`, address: IMG, phone: '04 72 00 00 00' });
    await stored('POST', '/register/activities', {
      ...ACTIVITY_BODY,
      name: SCRIPT,
      description: IMG,
      purposes: [LINK],
      dataSubjects: [SVG],
    });
    await stored('PUT', '/notice/settings', { controller: `Dr ${SCRIPT}`, rightsContact: LINK });
    const breach = await stored('POST', '/breaches', {
      awareAt: new Date(Date.now() - 3_600_000).toISOString(),
      description: SCRIPT,
      consequences: IMG,
      measuresTaken: LINK,
      measuresPlanned: SVG,
    });
    breachId = breach.id;
  });

  it.each([
    ['the register', '/register/export.pdf', [SCRIPT, IMG, LINK, SVG]],
    ['the notice poster', '/notice/poster.pdf', [`Dr ${SCRIPT}`, IMG, SCRIPT, LINK]],
    ['the notice leaflet', '/notice/leaflet.pdf', [`Dr ${SCRIPT}`, IMG, SCRIPT, LINK]],
    ['the breach notification to the CNIL', '/breaches/:id/documents/cnil-initial.pdf', [SCRIPT, IMG, LINK, SVG]],
    ['the letter to patients', '/breaches/:id/documents/patient-letter.pdf', [`Cabinet ${SVG}`]],
    ['the compliance file', '/dossier.pdf', [`Cabinet ${SVG}`, SCRIPT, IMG, LINK, SVG]],
  ])(
    '%s shows them as literal text and holds nothing active',
    async (_label, url, payloads) => {
      const res = await call(t.practice().owner, 'GET', url.replace(':id', breachId));
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const pdf = res.rawPayload;
      // Lines break after « / » or « - » inside a payload: compare without white space.
      const text = pdfText(pdf, { raw: true }).replace(/\s+/g, '');
      for (const payload of payloads) expect(text, payload).toContain(payload.replace(/\s+/g, ''));
      expect(pdfActiveContent(pdf)).toEqual([]);
    },
    120_000,
  );
});
