import { describe, expect, it } from 'vitest';
import { buildNoticeContent, type Mention, missingMentions, type NoticeActivity, type NoticeInput } from './notice.ts';
import { COMPLETE_INPUT } from './notice-pdf.test-support.ts';
import { outdatedReasons } from './notice-status.ts';
import { DEFAULT_MANDATORY_DATA, DEFAULT_RIGHTS_CONTACT } from './notice-text.ts';
import { PATIENT_RECORDS } from './register-fixture.test-support.ts';

const withActivity = (change: Partial<NoticeActivity>): NoticeInput => ({
  ...COMPLETE_INPUT,
  activities: [{ ...PATIENT_RECORDS, ...change }],
});
const noContact = { address: null, phone: null, email: null };

describe('missingMentions (GDPR art. 13)', () => {
  it.each<[string, NoticeInput, Mention[]]>([
    ['a complete practice', COMPLETE_INPUT, []],
    ['no contact details', { ...COMPLETE_INPUT, contact: noContact }, ['contact']],
    ['only an e-mail', { ...COMPLETE_INPUT, contact: { ...noContact, email: 'accueil@cabinet.fr' } }, []],
    ['a blank name and no controller', { ...COMPLETE_INPUT, practiceName: ' ' }, ['controller']],
    [
      'a blank name but a controller',
      {
        ...COMPLETE_INPUT,
        practiceName: ' ',
        settings: { ...COMPLETE_INPUT.settings, controller: 'Mme Claire Martin' },
      },
      [],
    ],
    ['a DPO required but not designated', { ...COMPLETE_INPUT, dpoRequired: true }, ['dpo']],
    [
      'a DPO required and designated',
      { ...COMPLETE_INPUT, dpoRequired: true, dpo: { name: 'C. Dubois', email: 'dpo@exemple.fr', phone: null } },
      [],
    ],
    ['a DPO without any contact', { ...COMPLETE_INPUT, dpo: { name: 'C. Dubois', email: null, phone: null } }, ['dpo']],
    ['an empty register', { ...COMPLETE_INPUT, activities: [] }, ['purposes']],
    ['an activity without purpose', withActivity({ purposes: [' '] }), ['purposes']],
    [
      'an activity without legal basis',
      withActivity({ legalBasis: { article6: [], article9: 'h', detail: '' } }),
      ['legal_basis'],
    ],
    [
      'a legitimate interest not explained',
      withActivity({ legalBasis: { article6: ['f'], article9: null, detail: ' ' } }),
      ['legitimate_interest'],
    ],
    ['an activity without recipient', withActivity({ internalRecipients: [], externalRecipients: [] }), ['recipients']],
    ['an activity without data category', withActivity({ dataCategories: [] }), ['retention']],
    [
      'a category without retention',
      withActivity({
        dataCategories: [
          { ...(PATIENT_RECORDS.dataCategories[0] as NoticeActivity['dataCategories'][0]), retention: '' },
        ],
      }),
      ['retention'],
    ],
    [
      'a transfer without safeguard',
      withActivity({ transfers: [{ recipient: 'Hébergeur', country: 'États-Unis', safeguard: '' }] }),
      ['transfers'],
    ],
    [
      'a blanked mandatory-data text',
      { ...COMPLETE_INPUT, settings: { ...COMPLETE_INPUT.settings, mandatoryData: ' ' } },
      ['mandatory_data'],
    ],
    [
      'nothing at all',
      { ...COMPLETE_INPUT, contact: noContact, dpoRequired: true, activities: [] },
      ['contact', 'dpo', 'purposes'],
    ],
  ])('%s', (_name, input, expected) => {
    const missing = missingMentions(input);
    expect(missing.map((m) => m.mention)).toEqual(expected);
    for (const { message } of missing) expect(message).toMatch(/^[A-ZÉ«].*\.$/);
  });

  it('names the activity at fault', () => {
    const [missing] = missingMentions(withActivity({ name: 'Agenda', purposes: [] }));
    expect(missing?.message).toContain('« Agenda »');
  });
});

describe('buildNoticeContent', () => {
  it('takes the practice’s name and Hygie’s default wording when the practice wrote none', () => {
    const content = buildNoticeContent(COMPLETE_INPUT);
    expect(content.controller).toEqual({
      name: 'Cabinet infirmier des Tilleuls',
      practitioners: [],
      jointControllers: [],
    });
    expect(content.rightsContact).toBe(DEFAULT_RIGHTS_CONTACT);
    expect(content.mandatoryData).toBe(DEFAULT_MANDATORY_DATA);
    expect(content.contact).toEqual({
      address: '12 rue des Tilleuls, 69003 Lyon',
      phone: '04 72 00 00 00',
      email: null,
    });
  });

  it('summarises the legal bases once each, health data apart', () => {
    expect(buildNoticeContent(COMPLETE_INPUT).legalBasesSummary).toBe(
      'Obligation légale (art. 6.1.c), Mission d’intérêt public (art. 6.1.e) ; pour les données de santé : Médecine et soins, sous la responsabilité d’un professionnel tenu au secret (art. 9.2.h).',
    );
  });

  it('groups the data by retention period and lists each recipient once', () => {
    const content = buildNoticeContent(COMPLETE_INPUT);
    expect(content.retentionSummary).toEqual([
      {
        retention: '20 ans après le dernier passage',
        categories: ['Identité et coordonnées', 'Données de santé'],
        health: true,
      },
      { retention: '3 mois', categories: ['Copies des feuilles de soins électroniques'], health: false },
    ]);
    expect(content.externalRecipients).toEqual([
      'Les professionnels de santé qui prennent en charge le patient',
      'L’Assurance maladie',
      'Les organismes complémentaires',
    ]);
  });

  it('names the practitioners and joint controllers the register gives', () => {
    const content = buildNoticeContent({
      ...COMPLETE_INPUT,
      activities: [
        { ...PATIENT_RECORDS, controller: { kind: 'practitioner', userId: 'u1', name: 'Dr Hélène Lefèvre' } },
        { ...PATIENT_RECORDS, controller: { kind: 'practitioner', userId: 'u1', name: 'Dr Hélène Lefèvre' } },
        { ...PATIENT_RECORDS, controller: { kind: 'joint', coControllers: ['SISA des Tilleuls'], arrangement: null } },
      ],
    });
    expect(content.controller.practitioners).toEqual(['Dr Hélène Lefèvre']);
    expect(content.controller.jointControllers).toEqual(['SISA des Tilleuls']);
  });

  it.each([
    [{ article6: ['a'], article9: null, detail: 'Lettre d’information' }, true],
    [{ article6: ['e'], article9: 'a', detail: 'Photos' }, true],
    [{ article6: ['e'], article9: 'h', detail: '' }, false],
  ] as const)('tells how to withdraw consent only when some processing relies on it (%j)', (legalBasis, consent) => {
    const content = buildNoticeContent(
      withActivity({ legalBasis: { ...legalBasis, article6: [...legalBasis.article6] } }),
    );
    expect(content.consentBased).toBe(consent);
  });
});

describe('outdatedReasons', () => {
  const content = buildNoticeContent(COMPLETE_INPUT);
  const version = { registerVersion: 4, registerChangedAt: '2026-11-20T10:00:00.000Z', content };
  it.each<[string, Partial<typeof version>, string[]]>([
    ['nothing changed', {}, []],
    [
      'the register changed',
      { registerVersion: 5, registerChangedAt: '2026-11-29T10:00:00.000Z' },
      ['Le registre des traitements a été modifié le 29 novembre 2026, après cette version.'],
    ],
    [
      'a DPO was designated',
      { content: { ...content, dpo: { name: 'C. Dubois', email: 'dpo@exemple.fr', phone: null } } },
      ['Le délégué à la protection des données ou ses coordonnées ont changé.'],
    ],
    [
      'the phone changed',
      { content: { ...content, contact: { ...content.contact, phone: '04 72 11 11 11' } } },
      ['Le nom du responsable ou les coordonnées du cabinet ont changé.'],
    ],
    [
      'the practice reworded the mandatory data',
      { content: { ...content, mandatoryData: 'Autre texte.' } },
      ['Le texte sur l’exercice des droits ou sur les réponses obligatoires a changé.'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(outdatedReasons(version, { ...version, ...change })).toEqual(expected);
  });

  it('says when the DPO was removed', () => {
    const withDpo = { ...version, content: { ...content, dpo: { name: 'C. Dubois', email: null, phone: '01' } } };
    expect(outdatedReasons(withDpo, version)).toEqual([
      'Le délégué à la protection des données a été retiré de la fiche du cabinet.',
    ]);
  });
});
