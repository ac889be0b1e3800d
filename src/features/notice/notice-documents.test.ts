import { describe, expect, it } from 'vitest';
import { pdfText as rawPdfText } from '../../../test/support/pdf.ts';
import { PROFESSIONS, type Profession } from '../../lib/referential/index.ts';
import { type ProposalProfile, proposeActivities } from '../register/propose.ts';
import { loadRegisterTemplates } from '../register/register.referential.ts';
import { loadRetentionRules } from '../retention/retention.referential.ts';
import { buildRuleSet } from '../retention/rule-set.ts';
import { buildNoticeContent, type NoticeInput } from './notice.ts';
import { noticeLeafletPdf } from './notice-leaflet.ts';
import { COMPLETE_INPUT, pdfInfo, pdfText } from './notice-pdf.test-support.ts';
import { type NoticeVersionDocument, noticePosterPdf, renderPoster } from './notice-poster.ts';
import { COMPLAINT, HEADINGS, NO_TRANSFER, POSTER_HEADLINE, POSTER_LABELS } from './notice-text.ts';
import { escapeMarkdown, noticeWebsiteHtml, noticeWebsiteMarkdown } from './notice-website.ts';
import { PATIENT_RECORDS } from './register-fixture.test-support.ts';

const CREATED = new Date('2026-11-29T10:00:00Z');
const docOf = (input: NoticeInput, number = 1): NoticeVersionDocument => ({
  number,
  createdAt: CREATED,
  content: buildNoticeContent(input),
});
const DPO = { name: 'Claire Dubois', email: 'dpo@exemple.fr', phone: '01 23 45 67 89' };
const squash = (text: string) => text.replace(/\s+/g, ' ');
/** pdftotext joins a word cut at a hyphen at the end of a line (« sage-/femme » → « sagefemme »). */
const unhyphen = (text: string) => text.replace(/-\s?/g, '');

/** The practice's own values every output must carry, beside the mentions' labels. */
const VALUES = [
  'Cabinet infirmier des Tilleuls',
  '12 rue des Tilleuls, 69003 Lyon',
  'Dossiers des patients',
  'Facturation et télétransmission',
  'Mission d’intérêt public (art. 6.1.e)',
  'L’Assurance maladie',
  '20 ans après le dernier passage',
  '3 mois',
  'cnil.fr',
];
const POSTER_MENTIONS = [
  ...Object.values(POSTER_LABELS),
  POSTER_HEADLINE,
  'corriger',
  'effacement',
  'limiter',
  'opposer',
  'cnil.fr',
  'Version n° 1 du 29 novembre 2026',
];
/** The poster's own values: contact, patient activities, recipients, the record's retention. */
const POSTER_VALUES = [
  'Cabinet infirmier des Tilleuls',
  '12 rue des Tilleuls, 69003 Lyon',
  'Dossiers des patients',
  'Facturation et télétransmission',
  'L’Assurance maladie',
  '20 ans après le dernier passage',
];
const FULL_MENTIONS = [
  ...Object.values(HEADINGS).filter((heading) => heading !== HEADINGS.dpo),
  NO_TRANSFER,
  'Accès',
  'Rectification',
  'Effacement',
  'Limitation',
  'Opposition',
  COMPLAINT,
];

describe('the A4 waiting-room poster', () => {
  it('tells who, why, who receives, how long, the rights and the complaint, on one A4 page', async () => {
    const pdf = await noticePosterPdf(docOf(COMPLETE_INPUT));
    const text = pdfText(pdf);
    for (const mention of [...POSTER_MENTIONS, ...POSTER_VALUES]) expect(text, mention).toContain(squash(mention));
    expect(pdfInfo(pdf)).toMatchObject({ pages: 1, size: expect.stringContaining('(A4)') });
    expect(text).not.toMatch(/art\. \d/);
    expect(text).not.toContain('?  :');
    expect(text).not.toContain('? :');
  });

  it('uses type readable from two metres: 14 pt body or larger, a headline twice as large', async () => {
    const { layout, pdf } = await renderPoster(docOf({ ...COMPLETE_INPUT, dpo: DPO }));
    expect(layout.summary).toBe(false);
    expect(layout.density.body).toBeGreaterThanOrEqual(14);
    expect(layout.density.title).toBeGreaterThanOrEqual(2 * layout.density.body);
    expect(pdfInfo(pdf).pages).toBe(1);
  });

  it('never breaks the phone number across lines (non-breaking spaces)', async () => {
    const raw = rawPdfText(await noticePosterPdf(docOf(COMPLETE_INPUT)), { raw: true });
    expect(raw).toMatch(/04[ \u00a0]72[ \u00a0]00[ \u00a0]00[ \u00a0]00/);
  });

  it('names the DPO only when there is one', async () => {
    const without = pdfText(await noticePosterPdf(docOf(COMPLETE_INPUT)));
    expect(without).not.toContain('Délégué');
    const withDpo = pdfText(await noticePosterPdf(docOf({ ...COMPLETE_INPUT, dpo: DPO })));
    expect(withDpo).toContain('Délégué à la protection des données : Claire Dubois · dpo@exemple.fr · 01 23 45 67 89');
  });

  it('points to the full text with its address (and a QR code) only when patients can reach it', async () => {
    const url = 'https://cabinet-des-tilleuls.fr/donnees';
    const withUrl = pdfText(await noticePosterPdf(docOf({ ...COMPLETE_INPUT, fullTextUrl: url })));
    expect(withUrl).toContain('scannez ce code');
    expect(withUrl).toContain(url);
    const without = pdfText(await noticePosterPdf(docOf(COMPLETE_INPUT)));
    expect(without).not.toContain('scannez');
    expect(without).toContain('demandez-le au cabinet');
  });

  it('stays on one page at 14 pt for a large register, its lists cut short', async () => {
    const activities = Array.from({ length: 12 }, (_, i) => ({
      ...PATIENT_RECORDS,
      name: `Activité n° ${i + 1} du registre de la maison de santé`,
      externalRecipients: [`Destinataire extérieur n° ${i + 1}, avec un nom assez long pour passer à la ligne`],
      dataCategories: [{ ...PATIENT_RECORDS.dataCategories[0], label: `Catégorie ${i}`, retention: `${i + 1} ans` }],
    })) as NoticeInput['activities'];
    const { pdf, layout } = await renderPoster(docOf({ ...COMPLETE_INPUT, dpo: DPO, activities }));
    expect(pdfInfo(pdf).pages).toBe(1);
    expect(layout.density.body).toBeGreaterThanOrEqual(14);
    expect(pdfText(pdf)).toContain('Activité n° 1 du registre');
  });
});

describe('the poster and the leaflet of each profession’s proposed register', () => {
  const catalog = { ...loadRegisterTemplates(), retentionRules: buildRuleSet(loadRetentionRules(), []).rules };
  const solo: Omit<ProposalProfile, 'professions'> = {
    structureType: 'solo',
    staffCount: 1,
    teleconsultation: false,
    dataLocations: ['local'],
    practiceSoftware: null,
    appointmentPlatform: null,
    website: null,
    videoSurveillance: false,
  };
  const structureOf = (profession: Profession) =>
    profession === 'pharmacien' ? 'pharmacy' : profession === 'biologiste' ? 'laboratory' : 'solo';
  const msp: ProposalProfile = {
    ...solo,
    structureType: 'msp',
    professions: ['medecin', 'infirmier', 'masseur_kinesitherapeute'],
    staffCount: 4,
    teleconsultation: true,
    website: 'cabinet-exemple.fr',
    videoSurveillance: true,
    dataLocations: ['cloud'],
    practiceSoftware: 'Logiciel de la maison de santé',
    appointmentPlatform: 'Plateforme de rendez-vous',
  };
  const profiles: [string, ProposalProfile][] = [
    ...PROFESSIONS.map((p): [string, ProposalProfile] => [
      p,
      { ...solo, professions: [p], structureType: structureOf(p) },
    ]),
    ['maison de santé', msp],
  ];
  /** What the poster must never tell patients: internal purposes, « none » next to a recipient, article numbers. */
  const INTERNAL = [
    'Comptabilité',
    'fournisseurs',
    'Gestion du personnel',
    'Aucun destinataire',
    'art.',
    'Réponses obligatoires',
  ];

  it.each(profiles)(
    '%s: one A4 page at 14 pt or more, patient activities only, no contradiction',
    async (_name, profile) => {
      const activities = proposeActivities(profile, catalog).map((proposal) => proposal.fields);
      expect(activities.some((a) => a.name === 'Comptabilité et fournisseurs')).toBe(true);
      const { pdf, layout } = await renderPoster(docOf({ ...COMPLETE_INPUT, dpo: DPO, activities }));
      expect(pdfInfo(pdf).pages).toBe(1);
      expect(layout.density.body).toBeGreaterThanOrEqual(14);
      const text = unhyphen(pdfText(pdf));
      for (const label of [...Object.values(POSTER_LABELS), POSTER_HEADLINE]) expect(text, label).toContain(label);
      for (const word of INTERNAL) expect(text, word).not.toContain(word);
      const patients = activities.filter((a) => a.dataSubjects.some((s) => /patient/i.test(s)));
      if (!layout.summary)
        for (const activity of patients) expect(text, activity.name).toContain(unhyphen(squash(activity.name)));
      const leaflet = unhyphen(pdfText(await noticeLeafletPdf(docOf({ ...COMPLETE_INPUT, activities }))));
      for (const activity of activities) expect(leaflet, activity.name).toContain(unhyphen(squash(activity.name)));
      expect(leaflet).not.toMatch(/Aucun destinataire extérieur[^.]*\n?.*Caisses/);
    },
  );
});

describe('the A5 leaflet', () => {
  it('is A5, and tells each activity’s purposes, legal basis, recipients and retention', async () => {
    const pdf = await noticeLeafletPdf(docOf({ ...COMPLETE_INPUT, dpo: DPO }, 3));
    expect(pdfInfo(pdf).size).toMatch(/^419\.53 x 595\.28 pts/);
    const text = pdfText(pdf);
    for (const mention of [...FULL_MENTIONS, ...VALUES, HEADINGS.dpo, 'Version n° 3 du 29 novembre 2026']) {
      expect(text, mention).toContain(squash(mention));
    }
    expect(text).toContain('Facturation des soins et transmission des feuilles de soins électroniques');
    expect(text).toContain('article L1111-7 du code de la santé publique');
    expect(text).toContain('Copies des feuilles de soins électroniques : 3 mois');
  });
});

describe('the website text', () => {
  const hostile: NoticeInput = {
    ...COMPLETE_INPUT,
    practiceName: 'Cabinet <script>alert("x")</script> & Cie',
    contact: { ...COMPLETE_INPUT.contact, address: '<img src=x onerror=alert(1)>', email: "o'hara@exemple.fr" },
    activities: [{ ...PATIENT_RECORDS, name: '**Gras** [lien](javascript:alert(1))' }],
  };

  it('escapes every practice text in the HTML', () => {
    const html = noticeWebsiteHtml(docOf(hostile));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('Cabinet &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Cie');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('o&#39;hara@exemple.fr');
    expect(html.match(/<script|<img/gi)?.length ?? 0).toBe(0);
  });

  it('is a French HTML page whose section carries every mention', () => {
    const html = noticeWebsiteHtml(docOf({ ...COMPLETE_INPUT, dpo: DPO }));
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    for (const mention of [...FULL_MENTIONS, HEADINGS.dpo, ...VALUES]) expect(html).toContain(mention);
    expect(html).not.toContain('<h3>Délégué</h3>');
    expect(noticeWebsiteHtml(docOf(COMPLETE_INPUT))).not.toContain(HEADINGS.dpo);
  });

  it('escapes every practice text in the Markdown', () => {
    const md = noticeWebsiteMarkdown(docOf(hostile));
    expect(md).toContain('Cabinet \\<script\\>alert("x")\\</script\\> \\& Cie');
    expect(md).toContain('\\*\\*Gras\\*\\* \\[lien\\](javascript:alert(1))');
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain(`### ${HEADINGS.rights}`);
  });

  it.each([
    ['- tiret en tête', '\\- tiret en tête'],
    ['1. numéro en tête', '1\\. numéro en tête'],
    ['# titre', '\\# titre'],
    ['a | b', 'a \\| b'],
    ['ligne\nsuivante', 'ligne suivante'],
    ['Dr Martin, médecin', 'Dr Martin, médecin'],
  ])('makes %j literal in Markdown', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});
