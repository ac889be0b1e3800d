import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMeasures } from '../../src/features/checklist/checklist.referential.ts';
import { MANIFEST_NAME } from '../../src/features/dossier/zip-manifest.ts';
import { addActivity } from '../../src/features/notice/register-fixture.test-support.ts';
import { renderPdf } from '../../src/lib/documents/pdf.ts';
import { chromiumAvailable, downloaded, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, signInAs } from '../support/e2e.ts';
import type { TestPractice, TestUser } from '../support/factories.ts';
import { SAMPLE_FILES } from '../support/upload.ts';
import { readZip } from '../support/zip.ts';

const PROCESSOR = 'Logiciel Médical en Ligne';
const CONTRACT = 'contrat signé.pdf';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.skipIf(!chromiumAvailable())('the compliance file page', () => {
  const { server, browser } = useBrowserSuite({ HYGIE_SECRET_KEY: Buffer.alloc(32, 7).toString('base64') });
  let page: Page;
  let practice: TestPractice;
  let contract: Buffer;

  const post = async (user: TestUser, url: string, body: unknown) => {
    const res = await fetch(`${server().url}/api/v1${url}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as { id: string };
  };

  beforeAll(async () => {
    practice = await createPracticeOn(server());
    await post(practice.owner, '/processors', {
      name: PROCESSOR,
      service: 'Dossiers patients',
      hostsHealthData: true,
      hostingInEea: true,
    });
    // A small real PDF, as a scanned and signed contract would be.
    contract = await renderPdf({
      title: 'Contrat de sous-traitance',
      practiceName: 'Cabinet des Tilleuls',
      documentDate: new Date('2026-11-02T09:00:00Z'),
      content: [{ text: 'Article 28 du RGPD : le prestataire héberge les dossiers des patients.' }],
    });
    page = await newPage(browser());
    await signInAs(page, server(), practice.owner, '/sous-traitants');
  });
  afterAll(async () => {
    await page?.context().close();
  });

  it('the owner attaches a contract to a processor, then finds it among the evidence documents, axe clean', async () => {
    const card = page.getByRole('article', { name: PROCESSOR });
    await card.getByRole('button', { name: `Joindre un fichier : ${PROCESSOR}` }).waitFor();
    await card
      .locator('input[type="file"]')
      .setInputFiles({ name: CONTRACT, mimeType: 'application/pdf', buffer: contract });
    await card.getByText('Fichier joint.').waitFor();
    await card.getByText(CONTRACT).waitFor();
    await expectNoAxeViolations(page);
    await page.goto(`${server().url}/pieces-justificatives`);
    await page.getByRole('heading', { level: 1, name: 'Pièces justificatives' }).waitFor();
    await page.getByText(`Sous-traitant : ${PROCESSOR}`, { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    const file = await downloaded(page, () => page.getByRole('button', { name: `Télécharger : ${CONTRACT}` }).click());
    expect(file.name).toBe(CONTRACT);
    expect(file.bytes.equals(contract)).toBe(true);
  }, 180_000);

  it('downloads the PDF and the ZIP from the page: a real PDF, a ZIP whose manifest sums match its files, axe clean', async () => {
    await page.goto(`${server().url}/dossier-de-conformite`);
    await page.getByRole('heading', { level: 1, name: 'Dossier de conformité' }).waitFor();
    await expectNoAxeViolations(page);
    const pdf = await downloaded(page, () =>
      page.getByRole('button', { name: 'Télécharger le dossier (PDF)' }).click(),
    );
    expect(pdf.name).toMatch(/^hygie-dossier-de-conformite-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.bytes.subarray(-6).toString('latin1').trim()).toBe('%%EOF');

    const zip = await downloaded(page, () =>
      page.getByRole('button', { name: 'Télécharger le dossier complet (ZIP)' }).click(),
    );
    expect(zip.name).toMatch(/^hygie-dossier-de-conformite-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = await readZip(zip.bytes);
    const manifest = (files.get(MANIFEST_NAME)?.toString('utf8') ?? '').trimEnd().split('\n');
    const listed = new Map(manifest.map((line) => [line.slice(66), line.slice(0, 64)]));
    expect([...listed.keys()].sort()).toEqual([...files.keys()].filter((name) => name !== MANIFEST_NAME).sort());
    for (const [name, bytes] of files) if (name !== MANIFEST_NAME) expect(listed.get(name), name).toBe(sha256(bytes));
    const pieces = [...files].filter(([name]) => name.startsWith('pieces/'));
    expect(pieces.map(([, bytes]) => sha256(bytes))).toEqual([sha256(contract)]);
    await expectNoAxeViolations(page);
  }, 180_000);

  /** Opens the folded « Pièces justificatives (N) » of `label`, attaches a text file, and sees the count grow. */
  async function attachThroughDisclosure(label: string, fileName: string): Promise<void> {
    const toggle = page.getByRole('button', { name: `Pièces justificatives (0) : ${label}` });
    await toggle.click();
    const panel = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    await panel.getByText('Aucune pièce justificative.').waitFor();
    await panel
      .locator('input[type="file"]')
      .setInputFiles({ name: fileName, mimeType: 'text/plain', buffer: SAMPLE_FILES.text });
    await panel.getByText('Fichier joint.').waitFor();
    await panel.getByText(fileName).waitFor();
    await page.getByRole('button', { name: `Pièces justificatives (1) : ${label}` }).waitFor();
    await expectNoAxeViolations(page);
  }

  let measure: { id: string; title: string };
  let request: { id: string; label: string };

  it('the owner attaches files to a measure, a breach, a patient request and a register activity, each folded under its count, axe clean', async () => {
    const { measures } = loadMeasures();
    const first = measures[0];
    if (!first) throw new Error('no measure in the referential');
    measure = { id: first.id, title: first.title };
    await page.goto(`${server().url}/diagnostic#mesure-${encodeURIComponent(measure.id)}`);
    await page.getByRole('heading', { name: 'Comment faire' }).first().waitFor();
    await attachThroughDisclosure(measure.title, 'attestation de formation.txt');

    const breach = (await post(practice.owner, '/breaches', {
      awareAt: '2026-03-27T09:00:00Z',
      peopleCount: 30,
    })) as { id: string; title: string };
    await page.goto(`${server().url}/violations/${breach.id}`);
    await page.getByRole('heading', { level: 1, name: /^Violation de données/ }).waitFor();
    await attachThroughDisclosure(breach.title, 'dépôt de plainte.txt');

    const created = (await post(practice.secretary, '/requests', {
      kind: 'access',
      receivedAt: '2026-11-02',
      requester: { type: 'patient', name: 'Jeanne Dupont' },
    })) as { id: string; kindLabel: string };
    request = { id: created.id, label: `Demande : ${created.kindLabel}` };
    await page.goto(`${server().url}/demandes/${request.id}`);
    await page.getByRole('heading', { level: 1, name: request.label }).waitFor();
    await attachThroughDisclosure(request.label, 'copie envoyée.txt');

    const activity = await addActivity(server().handle.db, practice.practice.id);
    const activityLabel = `Activité n° ${activity.number} : ${activity.name}`;
    await page.goto(`${server().url}/registre/${activity.id}`);
    await page.getByRole('heading', { level: 1, name: activityLabel }).waitFor();
    await attachThroughDisclosure(activityLabel, 'procédure de sauvegarde.txt');
  }, 420_000);

  it('the secretary attaches to a patient request, but is not offered a measure she is not assigned, nor a breach', async () => {
    const desk = await newPage(browser());
    await signInAs(desk, server(), practice.secretary, `/demandes/${request.id}`);
    await desk.getByRole('button', { name: `Pièces justificatives (1) : ${request.label}` }).click();
    await desk.getByRole('button', { name: `Joindre un fichier : ${request.label}` }).waitFor();
    await expectNoAxeViolations(desk);

    await desk.goto(`${server().url}/diagnostic#mesure-${encodeURIComponent(measure.id)}`);
    await desk.getByRole('button', { name: `Pièces justificatives (1) : ${measure.title}` }).click();
    await desk.getByText('attestation de formation.txt').waitFor();
    expect(await desk.getByRole('button', { name: /^Joindre un fichier/ }).count()).toBe(0);
    expect(await desk.getByRole('button', { name: /^Supprimer/ }).count()).toBe(0);

    await desk.goto(`${server().url}/violations`);
    await desk.getByText(/^Le registre des violations de données est réservé au titulaire/).waitFor();
    expect(await desk.getByRole('button', { name: /^Pièces justificatives/ }).count()).toBe(0);
    await desk.context().close();
  }, 180_000);

  it('the owner records the yearly review, axe clean', async () => {
    await page.goto(`${server().url}/revue-annuelle`);
    await page.getByRole('heading', { level: 1, name: 'Revue annuelle' }).waitFor();
    await page.getByText('Aucune revue annuelle n’a encore été faite.').waitFor();
    await page.getByRole('button', { name: 'Enregistrer la revue annuelle' }).click();
    await page.getByText('Choisissez une réponse.').first().waitFor();
    for (const radio of await page.getByRole('radio', { name: 'Rien n’a changé : c’est toujours juste' }).all()) {
      await radio.check();
    }
    await page.getByRole('button', { name: 'Enregistrer la revue annuelle' }).click();
    await page.getByText('Revue enregistrée dans le journal.').waitFor();
    await page.getByText(/^Dernière revue le .+, par Éloïse Martin \(Titulaire\)\.$/).waitFor();
    await expectNoAxeViolations(page);
  }, 180_000);
});
