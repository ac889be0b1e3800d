import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { routeFixture } from '../../../test/support/app.ts';
import { describeEachDialect } from '../../../test/support/db.ts';
import { bearer, createPractice, type TestPractice, type TestUser } from '../../../test/support/factories.ts';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { multipartForm, SAMPLE_FILES } from '../../../test/support/upload.ts';
import { readZip } from '../../../test/support/zip.ts';
import { fixedClock } from '../../lib/clock.ts';
import { loadMeasures } from '../checklist/checklist.referential.ts';
import { MANIFEST_NAME } from '../dossier/zip-manifest.ts';
import { listJournal } from '../journal/journal.repository.ts';

const clock = fixedClock('2026-11-16T09:00:00Z');
const KEY = randomBytes(32).toString('base64');
const PROCESSOR = 'Logiciel Médical en Ligne';
/** Text of the contract: it must never be found in clear in the database. */
const CONTRACT_TEXT = 'Contrat de sous-traitance signé à Lyon';
const MB = 1024 * 1024;

/** A PDF of about `bytes` bytes holding the given text. */
const pdfOf = (text: string, bytes = 0) =>
  Buffer.concat([SAMPLE_FILES.pdf, Buffer.from(`% ${text}\n`), Buffer.alloc(bytes, 0x20)]);

describeEachDialect('evidence documents', (db) => {
  let app: FastifyInstance;
  let a: TestPractice;
  let b: TestPractice;
  let processorId: string;
  let breachId: string;
  let requestId: string;

  const call = (user: TestUser, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: bearer(user),
      ...(payload ? { payload: payload as object } : {}),
    });
  const ok = async (user: TestUser, url: string, payload: unknown) => {
    const res = await call(user, 'POST', url, payload);
    expect(res.statusCode, res.body).toBeLessThan(300);
    return res.json();
  };
  const upload = async (user: TestUser, query: string, bytes: Buffer, name: string) => {
    const form = await multipartForm('file', bytes, name);
    return app.inject({
      method: 'POST',
      url: `/api/v1/evidence?${query}`,
      headers: { ...bearer(user), ...form.headers },
      payload: form.payload,
    });
  };

  const t = routeFixture(db, {
    clock,
    env: { HYGIE_SECRET_KEY: KEY, HYGIE_EVIDENCE_MAX_MB: '1', HYGIE_EVIDENCE_QUOTA_MB: '2' },
  });
  beforeAll(async () => {
    app = t.app();
    a = t.practice();
    b = await createPractice(db());
    processorId = (
      await ok(a.owner, '/processors', {
        name: PROCESSOR,
        service: 'Dossiers',
        hostsHealthData: true,
        hostingInEea: true,
      })
    ).id;
    breachId = (await ok(a.owner, '/breaches', { awareAt: '2026-03-27T09:00:00Z', peopleCount: 3 })).id;
    requestId = (
      await ok(a.secretary, '/requests', {
        kind: 'access',
        receivedAt: '2026-11-02',
        requester: { type: 'patient', name: 'Jeanne Dupont-Hérault' },
      })
    ).id;
  });

  it('attaches a contract to a processor, sealed at rest, journaled, and downloaded as an attachment', async () => {
    const contract = pdfOf(CONTRACT_TEXT);
    const res = await upload(a.owner, `target=processor&targetId=${processorId}`, contract, 'contrat signé.pdf');
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    const sha256 = createHash('sha256').update(contract).digest('hex');
    expect(file).toMatchObject({
      attachedTo: `Sous-traitant : ${PROCESSOR}`,
      fileName: 'contrat signé.pdf',
      mediaType: 'application/pdf',
      size: contract.length,
      sha256,
      addedBy: 'Éloïse Martin (Titulaire)',
      addedAt: '2026-11-16T09:00:00.000Z',
    });
    const stored = await db()
      .db.selectFrom('evidence_files')
      .select(['content', 'sealed'])
      .where('id', '=', file.id)
      .executeTakeFirstOrThrow();
    expect(Number(stored.sealed)).toBe(1);
    expectNoMarker(Buffer.from(stored.content).toString('latin1'), [CONTRACT_TEXT]);
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'evidence.added', limit: 1 });
    expect([entry?.actorId, entry?.data]).toEqual([
      a.owner.id,
      { target: 'processor', mediaType: 'application/pdf', size: contract.length, sha256 },
    ]);

    const download = await call(a.auditor, 'GET', `/evidence/${file.id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(contract)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="contrat signe.pdf"; filename*=UTF-8\'\'contrat%20sign%C3%A9.pdf',
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
  });

  it('accepts an office document, a text and a measure’s proof, and lists them with what they prove', async () => {
    const measure = loadMeasures().measures[0];
    const docx = await upload(a.practitioner, 'target=practice', await SAMPLE_FILES.docx(), 'charte.docx');
    expect(docx.statusCode, docx.body).toBe(201);
    expect(docx.json().attachedTo).toBe('Cabinet');
    const text = await upload(a.owner, `target=measure&targetId=${measure?.id}`, SAMPLE_FILES.text, 'attestation');
    expect(text.statusCode, text.body).toBe(201);
    expect(text.json()).toMatchObject({ fileName: 'attestation.txt', attachedTo: `Mesure : ${measure?.title}` });
    const request = await upload(
      a.secretary,
      `target=request&targetId=${requestId}`,
      SAMPLE_FILES.png,
      'piece-identite.png',
    );
    expect(request.statusCode, request.body).toBe(201);
    expect(request.json().attachedTo).toBe('Demande de patient : reçue le 2 novembre 2026');
    const list = await call(a.auditor, 'GET', '/evidence');
    expect(list.statusCode).toBe(200);
    expect(list.json().files).toHaveLength(4);
    const only = await call(a.auditor, 'GET', `/evidence?target=processor&targetId=${processorId}`);
    expect(only.json().files.map((f: { fileName: string }) => f.fileName)).toEqual(['contrat signé.pdf']);
  });

  it('hides a breach’s files from the secretary, who cannot attach to a breach', async () => {
    const breach = await upload(a.practitioner, `target=breach&targetId=${breachId}`, SAMPLE_FILES.png, 'capture.png');
    expect(breach.statusCode, breach.body).toBe(201);
    const refused = await upload(a.secretary, `target=breach&targetId=${breachId}`, SAMPLE_FILES.png, 'capture.png');
    expect(refused.statusCode).toBe(403);
    const list = await call(a.secretary, 'GET', '/evidence');
    expect(list.json().files.map((f: { target: { type: string } }) => f.target.type)).not.toContain('breach');
    expect((await call(a.secretary, 'GET', `/evidence/${breach.json().id}/file`)).statusCode).toBe(404);
  });

  describe('refusals', () => {
    it.each([
      [
        'a PNG renamed .pdf',
        () => SAMPLE_FILES.png,
        'scan.pdf',
        'porte l’extension .pdf mais c’est en réalité une image PNG',
      ],
      ['an executable renamed .pdf', () => SAMPLE_FILES.exe, 'contrat.pdf', 'en réalité un fichier « exe »'],
      ['a 0-byte file', () => Buffer.alloc(0), 'vide.pdf', 'Le fichier est vide (0 octet)'],
      ['a bare ZIP', () => SAMPLE_FILES.zip(), 'archive.zip', 'en réalité un fichier « zip »'],
    ])('refuses %s in French (400)', async (_name, bytes, name, message) => {
      const res = await upload(a.owner, 'target=practice', await bytes(), name);
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'invalid_input', field: 'file' });
      expect(res.json().message).toContain(message);
    });

    it('refuses a file over the size limit (413), in French', async () => {
      const res = await upload(a.owner, 'target=practice', pdfOf('trop gros', 1.2 * MB), 'gros.pdf');
      expect(res.statusCode).toBe(413);
      expect(res.json().message).toBe(
        'Le fichier dépasse 1 Mo, la taille la plus grande acceptée pour une pièce justificative.',
      );
    });

    it('refuses a file beyond the practice’s quota (413)', async () => {
      const c = await createPractice(db());
      for (const n of [1, 2]) {
        const res = await upload(c.owner, 'target=practice', pdfOf(`n° ${n}`, 0.9 * MB), `piece-${n}.pdf`);
        expect(res.statusCode, res.body).toBe(201);
      }
      const res = await upload(c.owner, 'target=practice', pdfOf('n° 3', 0.5 * MB), 'piece-3.pdf');
      expect(res.statusCode).toBe(413);
      expect(res.json().message).toContain('Le cabinet a atteint sa place réservée aux pièces justificatives (2 Mo)');
    });

    it.each([
      ['the auditor', (p: TestPractice) => p.auditor, 'target=practice'],
      ['the secretary, to the practice', (p: TestPractice) => p.secretary, 'target=practice'],
    ])('refuses %s (403)', async (_name, who, query) => {
      const res = await upload(who(a), query, SAMPLE_FILES.pdf, 'charte.pdf');
      expect(res.statusCode).toBe(403);
    });

    it('refuses an unknown target, naming the field (400)', async () => {
      const res = await upload(a.owner, 'target=voiture', SAMPLE_FILES.pdf, 'charte.pdf');
      expect(res.statusCode).toBe(400);
      expect(res.json().field).toBe('target');
    });

    it('keeps another practice out: no list, no download, no delete, no attaching to its processor (404)', async () => {
      const [file] = (await call(a.owner, 'GET', '/evidence')).json().files;
      expect((await call(b.owner, 'GET', '/evidence')).json().files).toEqual([]);
      expect((await call(b.owner, 'GET', `/evidence/${file.id}/file`)).statusCode).toBe(404);
      expect((await call(b.owner, 'DELETE', `/evidence/${file.id}`)).statusCode).toBe(404);
      const res = await upload(b.owner, `target=processor&targetId=${processorId}`, SAMPLE_FILES.pdf, 'x.pdf');
      expect(res.statusCode).toBe(404);
    });
  });

  it('puts every file in the compliance file’s ZIP under pieces/, with matching sums', async () => {
    const res = await call(a.owner, 'GET', '/dossier.zip');
    expect(res.statusCode, res.body).toBe(200);
    const files = await readZip(res.rawPayload);
    const pieces = [...files.keys()].filter((name) => name.startsWith('pieces/'));
    expect(pieces).toHaveLength(5);
    expect(pieces.filter((name) => /^pieces\/00[1-5]-contrat signé\.pdf$/.test(name))).toHaveLength(1);
    const manifest = files.get(MANIFEST_NAME)?.toString('utf8') ?? '';
    for (const name of pieces) {
      const sum = createHash('sha256')
        .update(files.get(name) as Buffer)
        .digest('hex');
      expect(manifest).toContain(`${sum}  ${name}`);
    }
    // A whole compliance file (PDF, parts, workbooks) is built: slow on a loaded machine.
  }, 120_000);

  it('removes a file, keeping its hash in the journal; the auditor cannot remove', async () => {
    const [file] = (await call(a.owner, 'GET', `/evidence?target=processor&targetId=${processorId}`)).json().files;
    expect((await call(a.auditor, 'DELETE', `/evidence/${file.id}`)).statusCode).toBe(403);
    expect((await call(a.owner, 'DELETE', `/evidence/${file.id}`)).statusCode).toBe(204);
    expect((await call(a.owner, 'GET', `/evidence/${file.id}/file`)).statusCode).toBe(404);
    const [entry] = await listJournal(db().db, a.practice.id, { action: 'evidence.deleted', limit: 1 });
    expect(entry?.data).toEqual({ target: 'processor', size: file.size, sha256: file.sha256 });
    expect(entry?.summary).toContain(file.sha256);
  });
});
