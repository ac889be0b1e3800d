import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { itPoppler, itQpdf, pdfBookmarks, pdfText } from '../../../test/support/pdf.ts';
import { readZip } from '../../../test/support/zip.ts';
import { fixedClock } from '../../lib/clock.ts';
import { appendJournal, journalHead, listJournal } from '../journal/journal.repository.ts';
import { addActivity } from '../notice/register-fixture.test-support.ts';
import { DOSSIER_PARTS, DOSSIER_TITLE, SUMMARY_TITLE } from './dossier-pdf.ts';
import { DOSSIER_PDF_NAME } from './dossier-zip.ts';
import { MANIFEST_NAME } from './zip-manifest.ts';

const clock = fixedClock('2026-11-16T09:00:00Z');
const PATIENT = 'Jeanne Dupont-Hérault';
const PROCESSOR = 'Logiciel Médical en Ligne';

describeEachDialect('compliance file routes', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let pdf: Buffer;

  const call = (user: TestUser, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const ok = async (user: TestUser, method: 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) => {
    const res = await call(user, method, url, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };

  const t = routeFixture(
    db,
    { clock },
    {
      name: 'Cabinet des Tilleuls',
      structureType: 'solo',
      professions: ['infirmier'],
      address: '12 rue des Tilleuls, 69003 Lyon',
      phone: '04 72 00 00 00',
    },
  );
  /** A practice with one activity, a processor with warnings, a notice, a breach decided, two requests, a backup. */
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db(), { name: 'Cabinet des Platanes' });
    await addActivity(db().db, a.practice.id);
    await ok(a.owner, 'POST', '/processors', {
      name: PROCESSOR,
      service: 'Dossiers patients en ligne',
      hostsHealthData: true,
      hostingInEea: true,
    });
    await ok(a.owner, 'POST', '/notice/generate');
    const breach = await ok(a.owner, 'POST', '/breaches', { awareAt: '2026-03-27T09:00:00Z', peopleCount: 300 });
    await ok(a.owner, 'PUT', `/breaches/${breach.id}`, {
      severityAnswers: { dpc: 4, ei: 1, confidentiality: 0, integrity: 0, availability: 0.5, malicious: true },
    });
    await ok(a.owner, 'PUT', `/breaches/${breach.id}`, {
      decision: { notifyAuthority: true, informSubjects: true, reasons: 'Rançongiciel sur le poste de l’accueil.' },
    });
    const answered = await ok(a.secretary, 'POST', '/requests', {
      kind: 'medical_file',
      receivedAt: '2026-11-11',
      requester: { type: 'patient', name: PATIENT },
    });
    await ok(a.secretary, 'PATCH', `/requests/${answered.id}`, { identityChecked: true });
    await ok(a.owner, 'POST', `/requests/${answered.id}/answer`, {
      outcome: 'answered',
      answer: 'Copie du dossier remise en main propre.',
      answeredAt: '2026-11-16',
    });
    await ok(a.secretary, 'POST', '/requests', {
      kind: 'access',
      receivedAt: '2026-11-02',
      requester: { type: 'patient', name: PATIENT },
    });
    await appendJournal(
      db().db,
      a.practice.id,
      {
        actor: { type: 'system', id: null, label: 'Hygie' },
        action: 'backup.created',
        summary: 'Sauvegarde effectuée.',
        data: {},
      },
      new Date('2026-11-10T08:00:00Z'),
    );
    const res = await call(a.practitioner, 'GET', '/dossier.pdf');
    expect(res.statusCode, res.body).toBe(200);
    pdf = res.rawPayload;
  });

  it('sends the PDF as an attachment and journals who produced it', async () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const res = await call(a.auditor, 'GET', '/dossier.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="hygie-dossier-de-conformite-2026-11-16.pdf"',
    );
    const entries = await listJournal(db().db, a.practice.id, { action: 'dossier.generated' });
    expect(entries.map((e) => [e.actorId, e.data])).toEqual([
      [a.auditor.id, { format: 'pdf' }],
      [a.practitioner.id, { format: 'pdf' }],
    ]);
  });

  itPoppler('holds every part’s heading and the summary figures of the seeded practice', async () => {
    const text = pdfText(pdf, { collapseSpaces: true });
    const todo = await app.todo.list({ practiceId: a.practice.id, now: clock.now() });
    const overdue = todo.items.filter((item) => item.state === 'overdue');
    expect(todo.items.length).toBeGreaterThan(1);
    expect(text).toContain(`À faire ${todo.items.length} éléments, dont ${overdue.length} en retard`);
    for (const item of overdue) expect(text).toContain(item.title);
    for (const title of [DOSSIER_TITLE, 'Sommaire', SUMMARY_TITLE, ...DOSSIER_PARTS.map((p) => p.title)]) {
      expect(text, title).toContain(title);
    }
    for (const figure of [
      'Cabinet des Tilleuls',
      `Par ${a.practitioner.name}`,
      '1 activité, dont 1 complète',
      'Version n° 1 du 16 novembre 2026 — à jour',
      '1 sous-traitant, dont 1 avec une alerte',
      `${PROCESSOR} :`,
      '1 violation',
      'Notification à la CNIL ; patients informés',
      '2 demandes ; 1 répondue dans les délais ; 0 en retard ; 1 en cours dont 0 hors délai',
      'Dernière sauvegarde 10 novembre 2026',
      'Dernière revue annuelle Pas encore faite',
      'Aucune pièce justificative n’est jointe.',
      'Chaîne intacte',
    ]) {
      expect(text, figure).toContain(figure);
    }
    expectNoMarker(text, [PATIENT, 'Copie du dossier remise']);
  });

  itPoppler('shows on its cover the journal head that includes its own generation', async () => {
    const res = await call(a.owner, 'GET', '/dossier.pdf');
    const head = await journalHead(db().db, a.practice.id);
    const [last] = await listJournal(db().db, a.practice.id, { limit: 1 });
    expect(last?.action).toBe('dossier.generated');
    const text = pdfText(res.rawPayload, { collapseSpaces: true });
    expect(text).toContain(`${head?.seq} entrées, dernière empreinte ${head?.hash}`);
  });

  itQpdf('has a bookmark for the summary and for every part, the register’s activities nested in it', () => {
    const bookmarks = pdfBookmarks(pdf);
    expect(bookmarks.map((b) => b.title)).toEqual([SUMMARY_TITLE, ...DOSSIER_PARTS.map((p) => p.title)]);
    const register = bookmarks.find((b) => b.title === 'Registre des activités de traitement');
    expect(register?.kids.length).toBeGreaterThan(0);
  });

  it('sends the ZIP with the PDF, each part’s documents, the JSON export and matching SHA-256 sums', async () => {
    const res = await call(a.owner, 'GET', '/dossier.zip');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="hygie-dossier-de-conformite-2026-11-16.zip"',
    );
    const files = await readZip(res.rawPayload);
    expect([...files.keys()]).toEqual([
      DOSSIER_PDF_NAME,
      'parties/registre-des-traitements.pdf',
      'parties/registre-des-traitements.xlsx',
      'parties/information-des-patients.pdf',
      'parties/diagnostic.pdf',
      'parties/diagnostic.xlsx',
      'parties/plan-d-action.pdf',
      'donnees/registre-des-traitements.json',
      MANIFEST_NAME,
    ]);
    const manifest = files.get(MANIFEST_NAME)?.toString('utf8') ?? '';
    const lines = manifest.trimEnd().split('\n');
    expect(lines).toHaveLength(files.size - 1);
    for (const line of lines) {
      const [sum, name] = line.split('  ');
      const bytes = files.get(name ?? '');
      expect(bytes, name).toBeDefined();
      expect(
        createHash('sha256')
          .update(bytes as Buffer)
          .digest('hex'),
        name,
      ).toBe(sum);
    }
    expect(files.get(DOSSIER_PDF_NAME)?.subarray(0, 5).toString()).toBe('%PDF-');
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'dossier.generated', limit: 1 });
    expect(entry?.data).toEqual({ format: 'zip' });
  });

  describe('refusals', () => {
    it.each(['/dossier.pdf', '/dossier.zip'])('refuses %s to the secretary (403)', async (url) => {
      const res = await call(a.secretary, 'GET', url);
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toBe('Votre rôle ne permet pas cette action.');
    });

    it('refuses without a session (401)', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/v1/dossier.pdf' })).statusCode).toBe(401);
    });

    itPoppler('gives another practice its own file, without a word of this one', async () => {
      const res = await call(b.owner, 'GET', '/dossier.pdf');
      expect(res.statusCode).toBe(200);
      const text = pdfText(res.rawPayload, { collapseSpaces: true });
      expect(text).toContain('Cabinet des Platanes');
      expectNoMarker(text, ['Cabinet des Tilleuls', PROCESSOR]);
    });
  });
});
