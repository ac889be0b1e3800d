import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { itLibreOffice, LIBREOFFICE_TIMEOUT_MS, xlsxSheetsAsCsv } from '../../../test/support/office.ts';
import { itPoppler, pdfPages } from '../../../test/support/pdf.ts';
import {
  ACTION_PLAN_PDF_TITLE,
  actionPlanPdf,
  EMPTY_PLAN_SENTENCE,
  entryFacts,
  openCountText,
  planFigures,
} from './action-plan-pdf.ts';
import type { StorageLocation } from './checklist.referential.ts';
import {
  actionPlanFixture,
  checklistViewFixture,
  FIXTURE_DOCUMENT_DATE,
  FIXTURE_PRACTICE,
  FIXTURE_QUESTION,
} from './checklist-documents.test-support.ts';
import {
  appliesText,
  dateTimeText,
  dayText,
  effortShort,
  frequencyText,
  notApplicableDetail,
  recurrenceText,
  scoreText,
  statusText,
  storageLetters,
  unknownText,
} from './checklist-documents-format.ts';
import { CHECKLIST_PDF_TITLE, checklistPdf, measureCell, nextTimeText, statusCell } from './checklist-pdf.ts';
import type { PlanEntryView } from './checklist-view.ts';
import { CHECKLIST_SHEETS, checklistXlsx } from './checklist-xlsx.ts';
import type { MeasureStatus } from './scoring.ts';

const WIFI_REASON = 'Ne s’applique pas : le cabinet n’a pas de Wi-Fi.';

describe('document text helpers', () => {
  it.each<[StorageLocation[] | null, string]>([
    [null, 'Tous'],
    [[], 'Tous'],
    [['local'], 'L'],
    [['cloud'], 'C'],
    [['paper', 'cloud', 'local'], 'L, C, P'],
    [['cloud', 'local'], 'L, C'],
  ])('storageLetters(%j) → %s', (storage, expected) => {
    expect(storageLetters(storage)).toBe(expected);
  });

  it.each<[boolean, MeasureStatus, string]>([
    [true, 'done', 'Fait'],
    [true, 'partial', 'Partiel'],
    [true, 'todo', 'À faire'],
    [true, 'unknown', 'Je ne sais pas'],
    [true, 'not_applicable', 'Non applicable'],
    [false, 'todo', 'Ne s’applique pas'],
    [false, 'done', 'Ne s’applique pas'],
  ])('statusText(applies %s, %s) → %s', (applies, status, expected) => {
    expect(statusText({ applies, status })).toBe(expected);
  });

  it.each<[string | null, string]>([
    [WIFI_REASON, 'Le cabinet n’a pas de Wi-Fi.'],
    ['Ne s’applique pas : vous n’avez pas de personnel.', 'Vous n’avez pas de personnel.'],
    ['Mesure réservée aux officines.', 'Mesure réservée aux officines.'],
    ['', ''],
    [null, ''],
  ])('notApplicableDetail(%j) → %j', (reason, expected) => {
    expect(notApplicableDetail(reason)).toBe(expected);
  });

  it.each<[boolean, string | null, string]>([
    [true, null, 'Oui'],
    [false, WIFI_REASON, 'Non — le cabinet n’a pas de Wi-Fi.'],
    [false, null, 'Non'],
  ])('appliesText(%s, %j) → %s', (applies, notApplicableReason, expected) => {
    expect(appliesText({ applies, notApplicableReason })).toBe(expected);
  });

  it.each<[number | null, string]>([
    [0, '0 sur 100'],
    [72, '72 sur 100'],
    [100, '100 sur 100'],
    [null, 'Pas encore de note'],
  ])('scoreText(%j) → %s', (score, expected) => {
    expect(scoreText(score)).toBe(expected);
  });

  it.each<[string | null, string]>([
    ['2026-12-05', '5 décembre 2026'],
    ['2026-05-01', '1er mai 2026'],
    [null, ''],
  ])('dayText(%j) → %j', (day, expected) => {
    expect(dayText(day)).toBe(expected);
  });

  it.each<[string | null, string]>([
    ['2026-11-29T13:05:00.000Z', '29/11/2026 à 14:05'],
    ['2026-07-14T22:30:00.000Z', '15/07/2026 à 00:30'],
    ['pas une date', ''],
    [null, ''],
  ])('dateTimeText(%j) → %j', (at, expected) => {
    expect(dateTimeText(at)).toBe(expected);
  });

  it.each([
    [{ every: 1, unit: 'day' as const }, 'chaque jour'],
    [{ every: 1, unit: 'week' as const }, 'chaque semaine'],
    [{ every: 2, unit: 'week' as const }, 'toutes les 2 semaines'],
    [{ every: 1, unit: 'month' as const }, 'chaque mois'],
    [{ every: 3, unit: 'month' as const }, 'tous les 3 mois'],
    [{ every: 1, unit: 'year' as const }, 'chaque année'],
    [{ every: 2, unit: 'year' as const }, 'tous les 2 ans'],
    [{ every: 10, unit: 'day' as const }, 'tous les 10 jours'],
  ])('frequencyText(%j) → %s', (recurrence, expected) => {
    expect(frequencyText(recurrence)).toBe(expected);
  });

  it.each([
    [{ every: 1, unit: 'month' as const, label: 'Tester une restauration' }, 'Tester une restauration (chaque mois)'],
    [
      { every: 2, unit: 'week' as const, label: 'Vérifier l’antivirus' },
      'Vérifier l’antivirus (toutes les 2 semaines)',
    ],
    [null, ''],
  ])('recurrenceText(%j) → %j', (recurrence, expected) => {
    expect(recurrenceText(recurrence)).toBe(expected);
  });

  it.each([
    [{ every: 1, unit: 'month' as const, nextDue: '2026-12-02' }, 'Chaque mois, prochaine fois le 2 décembre 2026'],
    [{ every: 2, unit: 'year' as const, nextDue: '2027-05-01' }, 'Tous les 2 ans, prochaine fois le 1er mai 2027'],
  ])('nextTimeText(%j) → %s', (recurrence, expected) => {
    expect(nextTimeText(recurrence)).toBe(expected);
  });

  it.each([
    ['small', 'Rapide'],
    ['medium', 'Moyen'],
    ['large', 'Important'],
  ] as const)('effortShort(%s) → %s', (effort, expected) => {
    expect(effortShort(effort)).toBe(expected);
  });

  it.each([
    [0, 'aucune réponse'],
    [1, '1 réponse (comptée comme « à faire »)'],
    [10, '10 réponses (comptées comme « à faire »)'],
  ])('unknownText(%i) → %s', (count, expected) => {
    expect(unknownText(count)).toBe(expected);
  });

  it.each([
    [0, 'Aucune mesure à faire'],
    [1, '1 mesure à faire'],
    [12, '12 mesures à faire'],
  ])('openCountText(%i) → %s', (total, expected) => {
    expect(openCountText(total)).toBe(expected);
  });
});

describe('PDF cells', () => {
  it.each([
    [{ title: 'Chiffrer le disque', level: 'essential' as const, isNew: false }, 'Indispensable'],
    [{ title: 'Chiffrer le disque', level: 'recommended' as const, isNew: false }, 'Recommandée'],
    [{ title: 'Chiffrer le disque', level: 'essential' as const, isNew: true }, 'Indispensable · nouveau'],
  ])('measureCell(%j) shows the title and « %s »', (measure, tags) => {
    expect(measureCell(measure)).toEqual({ stack: ['Chiffrer le disque', { text: tags, style: ['small', 'muted'] }] });
  });

  it.each([
    [{ applies: true, status: 'done' as const, notApplicableReason: null }, 'Fait'],
    [
      { applies: false, status: 'todo' as const, notApplicableReason: WIFI_REASON },
      { stack: ['Ne s’applique pas', { text: 'Le cabinet n’a pas de Wi-Fi.', style: ['small', 'muted'] }] },
    ],
    [{ applies: false, status: 'todo' as const, notApplicableReason: null }, 'Ne s’applique pas'],
  ])('statusCell(%j)', (measure, expected) => {
    expect(statusCell(measure)).toEqual(expected);
  });

  it('sums up a plan entry in one line', () => {
    const entry = actionPlanFixture().items.find((item) => item.dueDate !== null && item.assignee !== null)!;
    const facts = entryFacts({ ...entry, level: 'essential', effort: 'small', priority: 'high' } as PlanEntryView);
    expect(facts).toBe(
      `Indispensable · effort : rapide (moins d’une heure) · responsable : ${entry.assignee!.name} · échéance : 5 décembre 2026 · priorité haute`,
    );
    expect(entryFacts({ ...entry, assignee: null, dueDate: null, priority: null, level: 'recommended' })).toMatch(
      /^Recommandée · effort : [^·]+$/,
    );
  });
});

// ─── Real readers ──────────────────────────────────────────────────────────────────────────────

/**
 * The text of each page of the PDF as pdftotext reads it in content order (`-raw`: a table cell's
 * lines stay together), a line cut after a hyphen joined back (« rendez-⏎vous »), and runs of white
 * space made single spaces.
 */
const pagesOf = (pdf: Buffer): string[] => pdfPages(pdf, { raw: true, joinHyphens: true, collapseSpaces: true });

function expectPageFrame(pages: string[], title: string): void {
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((page, index) => {
    expect(page).toContain(FIXTURE_PRACTICE);
    expect(page).toContain(title);
    expect(page).toContain('Document du 29 novembre 2026');
    expect(page).toContain(`Page ${index + 1} sur ${pages.length}`);
  });
}

describe('checklistPdf', () => {
  const view = checklistViewFixture();

  it('renders a landscape A4 PDF whose bytes depend only on its input', async () => {
    const first = await checklistPdf(view, FIXTURE_DOCUMENT_DATE);
    const second = await checklistPdf(view, FIXTURE_DOCUMENT_DATE);
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.equals(second)).toBe(true);
    expect(first.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
  });

  itPoppler('puts the practice, the date and « Page n sur m » on every page', async () => {
    const pages = pagesOf(await checklistPdf(view, FIXTURE_DOCUMENT_DATE));
    expect(pages.length).toBeGreaterThan(3);
    expectPageFrame(pages, CHECKLIST_PDF_TITLE);
    expect(pages[0]).toContain('Page 1 sur ');
    expect(pages[0]).toContain('état au 29 novembre 2026');
  });

  itPoppler('opens with the scores, the progress, the « je ne sais pas » and how the score is computed', async () => {
    const [first = '', second = ''] = pagesOf(await checklistPdf(view, FIXTURE_DOCUMENT_DATE));
    const start = `${first} ${second}`;
    expect(start).toContain(`Note globale ${view.scores.overall} sur 100`);
    expect(start).toContain(`Avancement ${view.progress.answered} sur ${view.progress.applicable} mesures renseignées`);
    expect(start).toContain(`« Je ne sais pas » ${view.scores.unknownCount} réponses`);
    expect(start).toContain('Comment est calculé ce score ?');
    expect(start).toContain(view.explanation);
    for (const family of view.scores.families) expect(start).toContain(`${family.label} ${family.score} sur 100`);
  });

  itPoppler('lists every measure with its accents, under its family, with the L/C/P letters and statuses', async () => {
    const text = pagesOf(await checklistPdf(view, FIXTURE_DOCUMENT_DATE)).join(' ');
    expect(text).toContain('Sécurité physique du cabinet');
    for (const measure of view.measures) expect(text).toContain(measure.title);
    expect(text).toMatch(/Mesure Données Statut Commentaire/);
    const local = view.measures.find((measure) => !measure.applies && measure.storage?.join() === 'local')!;
    expect(text).toContain(
      `${local.title} Indispensable L Ne s’applique pas ${notApplicableDetail(local.notApplicableReason)}`,
    );
    expect(text).toContain('Indispensable · nouveau');
    expect(text).toContain('Je ne sais pas');
    expect(text).toContain('Responsable : Hélène Lefèvre · Échéance : 5 décembre 2026');
    expect(text).toContain('Vu avec le prestataire — à revérifier en été');
    // Each answer says where it comes from.
    const first = view.measures.find((m) => m.applies && m.origin === 'first_pass' && m.status === 'done')!;
    expect(text).toContain(`${first.title}`);
    expect(text).toContain(`Réponse du premier diagnostic, question : « ${FIXTURE_QUESTION.question} »`);
    expect(text).toContain('Répondu par Hélène Lefèvre');
  });

  itPoppler('ends with the answers of withdrawn measures only when there are some', async () => {
    const withArchive = pagesOf(await checklistPdf(view, FIXTURE_DOCUMENT_DATE));
    expect(withArchive.at(-1)).toContain(
      'Mesures retirées du référentiel Ces mesures ne font plus partie du référentiel',
    );
    expect(withArchive.at(-1)).toContain(
      'Ne plus envoyer d’ordonnances par télécopie non sécurisée Fait Télécopieur débranché en février 15/10/2026',
    );
    const without = pagesOf(await checklistPdf({ ...view, archived: [] }, FIXTURE_DOCUMENT_DATE)).join(' ');
    expect(without).not.toContain('Mesures retirées');
  });
});

describe('actionPlanPdf', () => {
  const plan = actionPlanFixture();

  itPoppler('starts with the next five actions, numbered, with why and how', async () => {
    const pages = pagesOf(await actionPlanPdf(plan, FIXTURE_DOCUMENT_DATE));
    expectPageFrame(pages, ACTION_PLAN_PDF_TITLE);
    const text = pages.join(' ');
    expect(plan.next).toHaveLength(5);
    expect(text).toContain(`${openCountText(plan.total)} — état au 29 novembre 2026`);
    expect(text).toContain('Vos prochaines actions');
    plan.next.forEach((entry, index) => {
      expect(text).toContain(`${index + 1}. ${entry.title}`);
      expect(text).toContain(`Pourquoi : ${entry.why}`);
      for (const step of entry.how) expect(text).toContain(step);
    });
    expect(text.indexOf(`1. ${plan.next[0]!.title}`)).toBeLessThan(text.indexOf(`5. ${plan.next[4]!.title}`));
  });

  itPoppler(
    'fills its first page with the plan at a glance: the figures and the next actions, who and when',
    async () => {
      const [first, second] = pagesOf(await actionPlanPdf(plan, FIXTURE_DOCUMENT_DATE));
      expect(first).toContain(planFigures(plan) as string);
      expect(first).toContain('Vos prochaines actions');
      expect(first).toContain('N° Action Niveau Temps à prévoir Responsable Échéance');
      for (const entry of plan.next) {
        expect(first).toContain(entry.assignee?.name ?? 'Non attribuée');
      }
      expect(first).toContain('Pour chacune, la suite du document dit pourquoi la faire et comment');
      // The detail of each action starts on the second page.
      expect(first).not.toContain('Pourquoi :');
      expect(second).toContain(`Pourquoi et comment 1. ${plan.next[0]!.title}`);
    },
  );

  it.each([
    [
      [{ level: 'essential' }, { level: 'essential', assignee: true }],
      null,
      'Parmi ces mesures : 2 indispensables, 1 sans responsable.',
    ],
    [[{ level: 'recommended', assignee: true, dueDate: '2026-11-01' }], null, 'Parmi ces mesures : 1 en retard.'],
    [[{ level: 'essential', assignee: true, dueDate: '2026-11-29' }], null, 'Parmi ces mesures : 1 indispensable.'],
    [[{ level: 'recommended', assignee: true, dueDate: '2026-12-01' }], null, null],
  ])('planFigures(%j)', (entries, _unused, expected) => {
    const items = entries.map((entry) => ({
      level: entry.level,
      assignee: 'assignee' in entry ? { id: 'u', name: 'Claire' } : null,
      dueDate: 'dueDate' in entry ? entry.dueDate : null,
    })) as unknown as PlanEntryView[];
    expect(planFigures({ items, today: '2026-11-29' })).toBe(expected);
  });

  itPoppler('then the full plan with rank, level, effort, assignee, French due date, priority and status', async () => {
    const text = pagesOf(await actionPlanPdf(plan, FIXTURE_DOCUMENT_DATE)).join(' ');
    expect(text).toContain('Le plan complet');
    expect(text).toContain('N° Mesure Niveau Effort Responsable Échéance Priorité Statut');
    for (const entry of plan.items) expect(text).toContain(entry.title);
    const dated = plan.items.find((entry) => entry.dueDate === '2026-12-05' && entry.priority !== null)!;
    expect(text).toMatch(new RegExp(`${dated.rank} ${dated.title} .*5 décembre 2026`));
  });

  itPoppler('says in a sentence that an empty plan has nothing left to do', async () => {
    const empty = actionPlanFixture(checklistViewFixture({ allStatus: 'done' }));
    expect(empty.total).toBe(0);
    const pages = pagesOf(await actionPlanPdf(empty, FIXTURE_DOCUMENT_DATE));
    expect(pages).toHaveLength(1);
    expectPageFrame(pages, ACTION_PLAN_PDF_TITLE);
    expect(pages[0]).toContain(EMPTY_PLAN_SENTENCE);
    expect(pages[0]).toContain('Aucune mesure à faire');
    expect(pages[0]).not.toContain('Vos prochaines actions');
  });
});

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbook;
}

/** The rows of a sheet from the header row on, as arrays of values (index 0 = column A). */
function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    if (number >= 2) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

describe('checklistXlsx', () => {
  const view = checklistViewFixture();

  it('has the « Synthèse », « Mesures » and « Retirées » sheets, the last only when needed', async () => {
    const workbook = await load(await checklistXlsx(view, FIXTURE_DOCUMENT_DATE));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Synthèse', 'Mesures', 'Retirées']);
    expect(workbook.created.toISOString()).toBe(FIXTURE_DOCUMENT_DATE.toISOString());
    const without = await load(await checklistXlsx({ ...view, archived: [] }, FIXTURE_DOCUMENT_DATE));
    expect(without.worksheets.map((sheet) => sheet.name)).toEqual([
      CHECKLIST_SHEETS.summary,
      CHECKLIST_SHEETS.measures,
    ]);
  });

  it('sums up the scores per family and overall, the date and the referential version', async () => {
    const sheet = (await load(await checklistXlsx(view, FIXTURE_DOCUMENT_DATE))).getWorksheet('Synthèse')!;
    expect(sheet.getCell('A1').value).toBe(
      `Diagnostic d’hygiène numérique — ${FIXTURE_PRACTICE} — Document du 29 novembre 2026`,
    );
    const [header, ...rows] = rowsOf(sheet);
    expect(header).toEqual([
      'Famille',
      'Note sur 100',
      'Mesures comptées',
      'Faites',
      'Partielles',
      'À faire',
      'Je ne sais pas',
      'Sans réponse',
    ]);
    for (const family of view.scores.families) {
      expect(rows).toContainEqual([
        family.label,
        family.score,
        family.counted,
        family.done,
        family.partial,
        family.todo,
        family.unknownCount,
        family.unanswered,
      ]);
    }
    const overall = rows.find((row) => row[0] === 'Note globale du cabinet')!;
    expect(overall.slice(0, 3)).toEqual(['Note globale du cabinet', view.scores.overall, view.scores.counted]);
    expect(overall[6]).toBe(view.scores.unknownCount);
    expect(overall[7]).toBe(view.scores.unansweredCount);
    expect(rows).toContainEqual([
      'Diagnostic complet',
      `Pas encore : ${view.progress.unanswered} mesures sans réponse`,
    ]);
    expect(rows).toContainEqual(['Version du référentiel', view.referentialVersion]);
    expect(rows).toContainEqual(['État au', '29 novembre 2026']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  it('writes one row per measure with the answer, and due dates as real date cells', async () => {
    const sheet = (await load(await checklistXlsx(view, FIXTURE_DOCUMENT_DATE))).getWorksheet('Mesures')!;
    const [header, ...rows] = rowsOf(sheet);
    expect(header).toEqual([
      'Identifiant',
      'Famille',
      'Mesure',
      'Niveau',
      'Effort',
      'Données (L/C/P)',
      'S’applique',
      'Statut',
      'Origine de la réponse',
      'Question ou constat',
      'Nouvelle',
      'Commentaire',
      'Responsable',
      'Échéance',
      'Priorité',
      'Preuve',
      'Récurrence',
      'Prochaine échéance',
      'Dernière modification',
      'Par',
    ]);
    expect(rows.map((row) => row[2])).toEqual(view.measures.map((measure) => measure.title));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBe('A2:T2');

    const dueIndex = view.measures.findIndex((measure) => measure.dueDate === '2026-12-05');
    const due = sheet.getCell(3 + dueIndex, 14);
    expect(due.value).toEqual(new Date(Date.UTC(2026, 11, 5)));
    expect(due.numFmt).toBe('dd/mm/yyyy');

    const notLocal = view.measures.findIndex((measure) => !measure.applies && measure.storage?.join() === 'local');
    expect(rows[notLocal]!.slice(5, 8)).toEqual([
      'L',
      'Non — les données des patients ne sont pas conservées sur un ordinateur du cabinet.',
      'Ne s’applique pas',
    ]);
    const recurring = view.measures.findIndex((measure) => measure.applies && measure.recurrence !== null);
    const measure = view.measures[recurring]!;
    expect(rows[recurring]![16]).toBe(recurrenceText(measure.recurrence));
    expect(sheet.getCell(3 + recurring, 18).value).toEqual(new Date(`${measure.recurrence!.nextDue}T00:00:00Z`));
    const fresh = view.measures.findIndex((m) => m.isNew);
    expect(rows[fresh]![10]).toBe('Oui');
    // Where each answer comes from: the first pass (with its question), a person, none while unanswered.
    const origins = (origin: string | null) =>
      view.measures.flatMap((m, i) =>
        m.applies && m.origin === origin ? [[rows[i]![8] ?? null, rows[i]![9] ?? null]] : [],
      );
    expect(origins('first_pass').length).toBeGreaterThan(3);
    for (const cells of origins('first_pass')) expect(cells).toEqual(['Premier diagnostic', FIXTURE_QUESTION.question]);
    for (const cells of origins('person')) expect(cells).toEqual(['Réponse mesure par mesure', null]);
    for (const cells of origins(null)) expect(cells).toEqual([null, null]);
  });

  it('keeps the answers of withdrawn measures in « Retirées »', async () => {
    const sheet = (await load(await checklistXlsx(view, FIXTURE_DOCUMENT_DATE))).getWorksheet('Retirées')!;
    expect(rowsOf(sheet)).toEqual([
      ['Identifiant', 'Mesure', 'Statut', 'Commentaire', 'Archivée le'],
      [
        'telecopie-ordonnances',
        'Ne plus envoyer d’ordonnances par télécopie non sécurisée',
        'Fait',
        'Télécopieur débranché en février',
        new Date(Date.UTC(2026, 9, 15)),
      ],
    ]);
  });
});

// ─── LibreOffice ──────────────────────────────────────────────────────────────────────────────

describe('checklistXlsx in LibreOffice', () => {
  itLibreOffice(
    'opens in LibreOffice Calc with the measure titles, accents and French dates',
    async () => {
      const view = checklistViewFixture();
      const sheets = xlsxSheetsAsCsv(await checklistXlsx(view, FIXTURE_DOCUMENT_DATE));
      expect([...sheets.keys()].sort()).toEqual(['Mesures', 'Retirées', 'Synthèse']);
      const measures = sheets.get('Mesures') ?? '';
      const accented = view.measures.filter((measure) => /[éèêàâçôûù’]/.test(measure.title));
      expect(accented.length).toBeGreaterThan(10);
      for (const measure of accented) expect(measures).toContain(measure.title);
      expect(measures).toContain('Identifiant,Famille,Mesure,Niveau,Effort');
      expect(measures).toMatch(/,05\/12\/2026,/);
      expect(sheets.get('Synthèse')).toContain(`Version du référentiel,${view.referentialVersion}`);
      expect(sheets.get('Retirées')).toContain('Ne plus envoyer d’ordonnances par télécopie non sécurisée,Fait');
    },
    LIBREOFFICE_TIMEOUT_MS,
  );
});
