import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  type ChecklistAnswersView,
  type ChecklistReferentialView,
  joinChecklist,
} from '../../src/features/checklist/checklist-split.ts';
import { chromiumAvailable, expectNoAxeViolations, newPage, useBrowserSuite } from '../support/browser.ts';
import { createPracticeOn, section, signInAs } from '../support/e2e.ts';
import { bearer } from '../support/factories.ts';

/** The answers given in the journey, in the order of the measures on the page. */
const ANSWERS = [
  'Fait',
  // Regression (issue 14): « À faire » on an unanswered measure used to send nothing.
  'À faire',
  'Partiel',
  'Je ne sais pas',
  'Fait',
  'Partiel',
  'Fait',
  'Je ne sais pas',
  'Fait',
  'Fait',
];

const overall = (page: Page) => page.locator('#note-globale').textContent();

/** Families are closed by default (one is opened to resume): opens them all. */
async function openAllFamilies(page: Page): Promise<void> {
  const closed = page.getByRole('button', { name: /^Afficher / });
  while ((await closed.count()) > 0) await closed.first().click();
}

async function openFromMenu(page: Page, label: string, heading: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe.skipIf(!chromiumAvailable())('diagnostic and action plan pages', () => {
  const { server, browser } = useBrowserSuite();

  /** A nurse alone with online software, signed in on the diagnostic. */
  async function nurseOnDiagnostic(): Promise<Page> {
    const { owner } = await createPracticeOn(server(), {
      structureType: 'solo',
      professions: ['infirmier'],
      staffCount: 0,
      dataLocations: ['cloud'],
    });
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/diagnostic');
    return page;
  }

  it('lets a solo practice answer 10 measures, see its score move, act on its plan and download the PDF', async () => {
    const { owner } = await createPracticeOn(server(), {
      structureType: 'solo',
      professions: ['infirmier'],
      staffCount: 1,
      dataLocations: ['cloud'],
    });
    const page = await newPage(browser());
    await signInAs(page, server(), owner, '/');
    await openFromMenu(page, 'Diagnostic', 'Diagnostic');
    const first = await overall(page);
    expect(first).toMatch(/sur 100$/);
    // Some measures are already answered by what Hygie itself sees (« constaté par Hygie »).
    const progress = page.getByText(/^\d+ mesures? répondues? sur \d+ qui vous concernent\.$/);
    const observed = Number((await progress.textContent())?.match(/^(\d+)/)?.[1]);
    expect(observed).toBeGreaterThanOrEqual(0);
    const answered = (n: number) =>
      page.getByText(new RegExp(`^${observed + n} mesures? répondues? sur \\d+ qui vous concernent\\.$`)).waitFor();

    const controls = page.getByRole('radiogroup', { name: /^Statut de la mesure : / });
    // The first family with a measure « sans réponse » is open to resume; the others are closed.
    await controls.first().waitFor();
    expect(await page.getByRole('button', { name: /^Masquer / }).count()).toBe(1);
    // Two more families: enough measures for the answers below.
    const closed = page.getByRole('button', { name: /^Afficher / });
    await closed.first().click();
    await closed.first().click();
    for (const [i, answer] of ANSWERS.entries()) {
      const control = controls.nth(i);
      await control.getByText(answer, { exact: true }).click();
      await expect.poll(() => control.getByRole('radio', { name: answer, exact: true }).isChecked()).toBe(true);
    }
    await answered(10);
    await expect.poll(() => overall(page)).not.toBe(first);
    await page.getByText(/^2 réponses « Je ne sais pas »/).waitFor();

    // « Sans réponse » is its own state: no option is preselected, an answer can be cleared, a filter finds the rest.
    const secondTitle = (await controls.nth(1).getAttribute('aria-label'))?.replace('Statut de la mesure : ', '');
    const second = page.getByRole('article', { name: secondTitle, exact: true });
    await second.getByRole('button', { name: /^Effacer la réponse/ }).click();
    await answered(9);
    await second.getByText('Sans réponse', { exact: true }).waitFor();
    expect(await second.getByRole('radio', { checked: true }).count()).toBe(0);
    await second.getByText('À faire', { exact: true }).click();
    await answered(10);
    await page.getByLabel('Statut', { exact: true }).selectOption({ label: 'Sans réponse' });
    const unanswered = await page.getByText(/^\d+ mesures? affichées? sur \d+\.$/).textContent();
    const applicable = Number((await page.locator('#avancement').textContent())?.match(/sur (\d+) qui/)?.[1]);
    expect(unanswered).toMatch(new RegExp(`^${applicable - observed - 10} mesures? affichées?`));
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();

    // The first measure's details: why, how, its follow-up form and its history (« À faire → Fait »).
    const firstTitle = (await controls.first().getAttribute('aria-label'))?.replace('Statut de la mesure : ', '');
    const measure = page.getByRole('article', { name: firstTitle, exact: true });
    await measure.getByRole('button', { name: /^Détails : / }).click();
    await measure.getByRole('heading', { name: 'Comment faire' }).waitFor();
    await measure.getByText(/^Statut : .* Fait$/).waitFor();
    await measure.getByLabel('Commentaire').fill('Fait avec l’aide de notre prestataire.');
    await measure.getByLabel('Priorité').selectOption({ label: 'Haute' });
    await measure.getByRole('button', { name: 'Enregistrer' }).click();
    await measure.getByText('Suivi enregistré.').waitFor();
    await measure.getByText(/^Commentaire : .* Fait avec l’aide de notre prestataire\.$/).waitFor();
    await page.getByRole('button', { name: 'Comment est calculé ce score ?' }).click();
    await page.getByText(/^Chaque famille de mesures reçoit une note sur 100\./).waitFor();
    await expectNoAxeViolations(page);

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le PDF' }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^hygie-diagnostic-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(
      fs
        .readFileSync((await pdf.path()) as string)
        .subarray(0, 4)
        .toString('latin1'),
    ).toBe('%PDF');

    await openFromMenu(page, 'Plan d’action', 'Plan d’action');
    const next = section(page, 'Vos prochaines actions');
    const actions = next.getByRole('listitem');
    await expect.poll(() => actions.count()).toBe(5);
    const title = (await actions.first().getByRole('heading', { level: 3 }).textContent())?.replace(
      /^Action n° 1 : /,
      '',
    );
    expect(title).toBeTruthy();
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page);

    await actions
      .first()
      .getByRole('button', { name: /^Marquer comme fait/ })
      .click();
    await next.getByText(`« ${title} » est marquée comme faite : le plan et la note sont à jour.`).waitFor();
    await expect.poll(() => next.getByRole('heading', { name: title as string }).count()).toBe(0);
    await expect.poll(() => actions.count()).toBe(5);

    // The filters live in the address: a reload shows the same plan.
    await page.getByLabel('Niveau').selectOption({ label: 'Indispensable' });
    await expect.poll(() => new URL(page.url()).search).toBe('?level=essential');
    await page.reload();
    await page.getByRole('table', { name: /correspond/ }).waitFor();
    expect(await page.getByLabel('Niveau').inputValue()).toBe('essential');
    await expectNoAxeViolations(page);

    // From the plan to the measure in the diagnostic, details open.
    // (A measure's link, not a glossary word the table's text links to once the page has settled.)
    const link = page.getByRole('table').locator('a:not([href^="/glossaire"])').first();
    const linked = await link.textContent();
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Diagnostic' }).waitFor();
    const target = page.getByRole('article', { name: linked as string });
    await target.getByRole('heading', { name: 'Pourquoi' }).waitFor();
    await page.context().close();
  }, 480_000);

  it('regression (issue 14): shows an unanswered measure with no answer selected, and « À faire » answers it', async () => {
    const page = await nurseOnDiagnostic();
    await page.getByRole('heading', { level: 1, name: 'Diagnostic' }).waitFor({ timeout: 90_000 });
    const unanswered = page.getByRole('article').filter({ hasText: 'Sans réponse' }).first();
    await unanswered.waitFor({ timeout: 90_000 });
    const title = (await unanswered.getByRole('heading', { level: 3 }).textContent()) as string;
    const article = page.getByRole('article', { name: title, exact: true });
    const control = article.getByRole('radiogroup', { name: /^Statut de la mesure : / });
    expect(await control.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await control.getByRole('radio', { name: 'À faire', exact: true }).isChecked()).toBe(false);
    await expectNoAxeViolations(page);
    const before = Number((await page.locator('#avancement').textContent())?.match(/^(\d+)/)?.[1]);
    await control.getByText('À faire', { exact: true }).click();
    await expect.poll(() => control.getByRole('radio', { name: 'À faire', exact: true }).isChecked()).toBe(true);
    await page
      .locator('#avancement')
      .getByText(new RegExp(`^${before + 1} mesures? répondues?`))
      .waitFor();
    expect(await article.getByText('Sans réponse', { exact: true }).count()).toBe(0);
    // Recorded by the server, not only shown: a reload keeps it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Diagnostic' }).waitFor();
    await openAllFamilies(page);
    const saved = page.getByRole('article', { name: title, exact: true });
    expect(await saved.getByRole('radio', { name: 'À faire', exact: true }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 300_000);

  it('marks a whole family done after a confirmation listing its measures', async () => {
    const page = await nurseOnDiagnostic();
    const family = page.getByRole('region', { name: 'E-mails et réseaux sociaux' });
    await family.getByText(/^\d+ mesures vous concernent, dont \d+ sans réponse\.$/).waitFor();
    await family.getByRole('button', { name: 'Tout est fait dans cette famille' }).click();
    const dialog = page.getByRole('dialog', { name: /^Tout est fait : / });
    await dialog.getByText(/^Ces \d+ mesures seront marquées « Fait »/).waitFor();
    const listed = await dialog.getByRole('listitem').count();
    expect(listed).toBeGreaterThan(1);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Oui, tout est fait' }).click();
    await family.getByText(`${listed} mesures marquées « Fait ».`).waitFor();
    await family.getByText(/^\d+ mesures vous concernent, toutes répondues\.$/).waitFor();
    expect(await family.getByRole('button', { name: 'Tout est fait dans cette famille' }).count()).toBe(0);
    await page.context().close();
  }, 180_000);

  it('shows the secretary a read-only diagnostic except the measure assigned to her', async () => {
    const { owner, secretary } = await createPracticeOn(server());
    // The answers and the referential's texts come apart (GET /checklist, then its referential).
    const answers = (await (
      await fetch(`${server().url}/api/v1/checklist`, { headers: bearer(owner) })
    ).json()) as ChecklistAnswersView;
    const referential = (await (
      await fetch(`${server().url}/api/v1/checklist/referential/${answers.referentialKey}`, { headers: bearer(owner) })
    ).json()) as ChecklistReferentialView;
    const checklist = joinChecklist(referential, answers);
    const assigned = checklist.measures.find((measure) => measure.applies);
    if (!assigned) throw new Error('no measure applies to the practice');
    const put = await fetch(`${server().url}/api/v1/checklist/measures/${assigned.id}`, {
      method: 'PUT',
      headers: { ...bearer(owner), 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'todo', assigneeId: secretary.id }),
    });
    expect(put.status).toBe(200);

    const page = await newPage(browser());
    await signInAs(page, server(), secretary, '/diagnostic');
    await page.getByRole('heading', { level: 1, name: 'Diagnostic' }).waitFor();
    await page.getByText('Seules les mesures qui vous sont confiées peuvent être modifiées.').first().waitFor();
    expect(await page.getByRole('button', { name: /^Tout est fait/ }).count()).toBe(0);
    await openAllFamilies(page);
    // One status control: her measure's.
    const controls = page.getByRole('radiogroup', { name: /^Statut de la mesure : / });
    await expect.poll(() => controls.count()).toBe(1);
    expect(await controls.getAttribute('aria-label')).toBe(`Statut de la mesure : ${assigned.title}`);

    const other = page
      .getByRole('article')
      .filter({ hasNot: page.getByRole('radiogroup') })
      .first();
    await other.getByRole('button', { name: /^Détails : / }).click();
    await other.getByText('Seules les mesures qui vous sont confiées peuvent être modifiées.').waitFor();
    expect(await other.getByRole('textbox').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByLabel('Seulement les mesures qui me sont confiées').check();
    await page.getByText(/^1 mesure affichée sur \d+\.$/).waitFor();
    const mine = page.getByRole('article', { name: assigned.title });
    await mine.getByText('Partiel', { exact: true }).click();
    await expect.poll(() => page.getByRole('radio', { name: 'Partiel', exact: true }).isChecked()).toBe(true);
    await mine.getByRole('button', { name: /^Détails : / }).click();
    // She may describe what she did, not hand the measure to someone else.
    await mine.getByLabel('Commentaire').waitFor();
    expect(await mine.getByLabel('Responsable').count()).toBe(0);
    await mine.getByText(`Responsable : ${secretary.name}`).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  }, 300_000);
});
