import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, newPage, type Server, useBrowserSuite } from '../support/browser.ts';
import { section } from '../support/e2e.ts';
import { type JourneyCounter, journeyCounter, PARCOURS_LIMITS } from '../support/parcours.ts';

const STRONG = 'girafe-lumière-tambour-pivoine-7';

/** Who goes through the journey: what she answers in the wizard that differs from one to another. */
interface Practitioner {
  /** As the figures line names her: `parcours <who> : …`. */
  who: string;
  practice: string;
  profession: string;
  owner: { name: string; email: string };
  /** The people working with her, other than practitioners (the wizard's staff count). */
  staff: number;
  dataLocation: string;
  /** Phones or tablets used for work (the wizard's switch). */
  mobile: boolean;
  /** A secretary invited once the practice exists (not counted). */
  secretary?: string;
}

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return file.suggestedFilename();
}

/** Step 1 of the wizard, the practice; step 2, the owner's account; step 3, straight to Hygie. */
async function wizard(page: Page, j: JourneyCounter, who: Practitioner): Promise<void> {
  await page.getByRole('heading', { level: 2, name: 'Votre cabinet' }).waitFor();
  await j.screen('assistant : cabinet');
  await j.fill(page.getByLabel('Nom du cabinet'), who.practice);
  await j.click(page.getByRole('radio', { name: 'Exercice seul' }));
  await j.click(page.getByRole('checkbox', { name: who.profession }));
  if (who.staff > 0) await j.fill(page.getByLabel(/^Nombre de personnes qui travaillent avec vous/), `${who.staff}`);
  await j.fill(page.getByLabel('Adresse du cabinet'), '12 rue des Lilas, 93260 Les Lilas');
  // The department is read from the postcode.
  expect(await page.getByLabel('Département du cabinet').inputValue()).toBe('93');
  await j.fill(page.getByLabel('Téléphone du cabinet'), '01 23 45 67 89');
  // Where care happens: the profession's usual answer is already chosen, and it is hers.
  await j.click(page.getByRole('checkbox', { name: who.dataLocation }));
  if (who.mobile) await j.click(page.getByRole('switch', { name: 'Des téléphones ou tablettes servent au travail' }));
  await j.click(page.getByRole('button', { name: 'Continuer' }));

  await page.getByRole('heading', { name: 'Votre compte de titulaire' }).waitFor();
  await j.screen('assistant : compte');
  await j.fill(page.getByLabel('Votre nom et prénom'), who.owner.name);
  await j.fill(page.getByLabel('Votre adresse e-mail'), who.owner.email);
  await j.fill(page.getByLabel(/^Mot de passe/), STRONG);
  await j.fill(page.getByLabel('Confirmez le mot de passe'), STRONG);
  await j.click(page.getByRole('button', { name: 'Créer le cabinet' }));

  await page.getByRole('heading', { level: 2, name: 'Sécurité' }).waitFor();
  await j.screen('assistant : sécurité');
  await j.click(page.getByRole('link', { name: 'Accéder à Hygie' }));
}

/** Invites the secretary from the users page: part of her setting up, not of the journey's count. */
async function inviteSecretary(page: Page, server: Server, email: string): Promise<void> {
  await page.goto(`${server.url}/utilisateurs`);
  await page.getByRole('heading', { level: 1, name: 'Utilisateurs' }).waitFor();
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByRole('radio', { name: 'Secrétaire' }).check();
  await page.getByRole('button', { name: 'Inviter' }).click();
  await page.getByLabel('Lien d’invitation').waitFor();
  await page.goto(server.url);
}

/**
 * The first pass: every question on one page, one click each (« Oui », the answer of a practice
 * that keeps its hygiene), one submit; the diagnostic is then complete.
 */
async function firstPass(page: Page, j: JourneyCounter): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Premier diagnostic' }).waitFor();
  const questions = page.getByRole('radiogroup');
  await questions.first().waitFor();
  await j.screen('premier diagnostic');
  const count = await questions.count();
  for (let i = 0; i < count; i++) await j.click(questions.nth(i).getByRole('radio', { name: 'Oui', exact: true }));
  await j.click(page.getByRole('button', { name: 'Enregistrer mes réponses' }));
  await page.getByText('Diagnostic complet', { exact: true }).waitFor();
}

/**
 * From an empty data folder to the action plan: wizard → register accepted → notice generated,
 * poster and leaflet downloaded → first diagnostic complete → plan opened. Returns the counter.
 */
async function journey(page: Page, server: Server, who: Practitioner): Promise<JourneyCounter> {
  const j = journeyCounter(page);
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await page.goto(server.url);
  await wizard(page, j, who);
  const path = section(page, 'Ma mise en conformité');
  await path.getByRole('link', { name: 'Ouvrir le registre' }).waitFor();
  if (who.secretary) {
    await inviteSecretary(page, server, who.secretary);
    await path.getByRole('link', { name: 'Ouvrir le registre' }).waitFor();
  }

  // Home: the path leads to the register, whose proposals are accepted as they are.
  await j.screen('accueil');
  await j.click(path.getByRole('link', { name: 'Ouvrir le registre' }));
  const onboarding = section(page, 'Hygie vous propose ces activités');
  const create = onboarding.getByRole('button', { name: /^Créer (ces \d+ activités|cette activité)$/ });
  await create.waitFor();
  await j.screen('registre');
  await j.click(create);
  await section(page, 'Activités de traitement')
    .getByText(/activités?, toutes? complètes?/)
    .waitFor();

  // Patient information: the first download generates the first version.
  await j.click(nav.getByRole('link', { name: 'Information des patients' }));
  const first = page.getByRole('group', { name: 'Documents de la première version' });
  await first.waitFor();
  await j.screen('information des patients');
  expect(await download(page, () => j.click(first.getByRole('button', { name: /^Affiche/ })))).toMatch(/affiche/);
  const latest = page.getByRole('group', { name: 'Documents de la version n° 1' });
  expect(await download(page, () => j.click(latest.getByRole('button', { name: /^Dépliant/ })))).toMatch(/depliant/);

  // The first diagnostic, complete: back home, the path leads to its first pass.
  await j.click(nav.getByRole('link', { name: 'Accueil' }));
  await j.screen('accueil');
  await j.click(path.getByRole('link', { name: 'Faire le diagnostic' }));
  await firstPass(page, j);

  // The plan, opened from the complete diagnostic.
  await j.click(page.getByRole('link', { name: 'Voir le plan d’action' }));
  await page.getByRole('heading', { level: 1, name: 'Plan d’action' }).waitFor();
  await j.screen('plan d’action');

  // What the path now says: every step of the journey is done.
  await expect
    .poll(async () => {
      const body = await (await page.request.get(`${server.url}/api/v1/compliance-path`)).json();
      return body.steps.filter((s: { state: string }) => s.state === 'done').map((s: { id: string }) => s.id);
    })
    .toEqual(['profile', 'register', 'patient-information', 'diagnostic', 'action-plan']);
  return j;
}

function report(j: JourneyCounter, who: string): { inputs: number; words: number } {
  process.stdout.write(
    `\n${j.line(who)}\n${j
      .detail()
      .map((line) => `  ${line}`)
      .join('\n')}\n`,
  );
  return j.total();
}

const NURSE: Practitioner = {
  who: 'infirmière',
  practice: 'Cabinet infirmier des Lilas',
  profession: 'Infirmier ou infirmière',
  owner: { name: 'Claire Dubois', email: 'claire.dubois@exemple.fr' },
  staff: 0,
  dataLocation: 'En ligne, chez un hébergeur',
  mobile: true,
};

const PHYSIOTHERAPIST: Practitioner = {
  who: 'kinésithérapeute',
  practice: 'Cabinet de kinésithérapie des Lilas',
  profession: 'Masseur-kinésithérapeute',
  owner: { name: 'Julien Morel', email: 'julien.morel@exemple.fr' },
  staff: 1,
  dataLocation: 'En ligne, chez un hébergeur',
  mobile: false,
  secretary: 'secretariat.kine@exemple.fr',
};

const DENTIST: Practitioner = {
  who: 'chirurgien-dentiste',
  practice: 'Cabinet dentaire des Lilas',
  profession: 'Chirurgien-dentiste',
  owner: { name: 'Sophie Lambert', email: 'sophie.lambert@exemple.fr' },
  staff: 0,
  dataLocation: 'Sur un ordinateur ou un serveur du cabinet',
  mobile: false,
};

describe.skipIf(!chromiumAvailable())('parcours : une infirmière seule, de l’installation au plan d’action', () => {
  const { server, browser } = useBrowserSuite();

  it('stays within 40 inputs and 2 500 words', async () => {
    const j = await journey(await newPage(browser()), server(), NURSE);
    const { inputs, words } = report(j, NURSE.who);
    expect(inputs).toBeLessThanOrEqual(PARCOURS_LIMITS.inputs);
    expect(words).toBeLessThanOrEqual(PARCOURS_LIMITS.words);
  }, 600_000);
});

describe.skipIf(!chromiumAvailable())('parcours : un kinésithérapeute avec une secrétaire', () => {
  const { server, browser } = useBrowserSuite();

  it('reaches the plan (inviting the secretary is not counted)', async () => {
    const j = await journey(await newPage(browser()), server(), PHYSIOTHERAPIST);
    expect(report(j, PHYSIOTHERAPIST.who).inputs).toBeGreaterThan(0);
  }, 600_000);
});

describe.skipIf(!chromiumAvailable())('parcours : un chirurgien-dentiste avec un serveur au cabinet', () => {
  const { server, browser } = useBrowserSuite();

  it('reaches the plan', async () => {
    const j = await journey(await newPage(browser()), server(), DENTIST);
    expect(report(j, DENTIST.who).inputs).toBeGreaterThan(0);
  }, 600_000);
});
