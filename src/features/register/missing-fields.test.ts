import { describe, expect, it } from 'vitest';
import { legalBasisText } from './legal-basis.ts';
import { missingFields } from './missing-fields.ts';
import type { ActivityFields } from './register.types.ts';

const COMPLETE: ActivityFields = {
  name: 'Dossiers de soins infirmiers',
  description: null,
  controller: { kind: 'practice' },
  purposes: ['Tenue du dossier de soins'],
  legalBasis: { article6: ['e'], article9: 'h', detail: '' },
  dataSubjects: ['Patients'],
  dataCategories: [
    {
      label: 'Soins réalisés',
      health: true,
      nir: false,
      retention: '20 ans après le dernier contact',
      retentionSource: 'Référentiel CNIL 2020-081',
      retentionRuleId: null,
    },
  ],
  sources: ['Le patient'],
  internalRecipients: ['L’infirmière'],
  externalRecipients: [],
  processors: [],
  transfers: [],
  securityMeasureIds: ['comptes-nominatifs'],
  otherSecurityMeasures: null,
};

const category = COMPLETE.dataCategories[0]!;

describe('missingFields', () => {
  it('finds nothing missing in a complete activity (processors, description and external recipients are optional)', () => {
    expect(missingFields(COMPLETE)).toEqual([]);
  });

  it.each<[string, Partial<ActivityFields>, string, string]>([
    ['no name', { name: '  ' }, 'name', 'Donnez un nom à l’activité.'],
    [
      'a practitioner controller not chosen',
      { controller: { kind: 'practitioner', userId: '', name: '' } },
      'controller',
      'Choisissez le praticien responsable de cette activité.',
    ],
    [
      'joint controllers without names',
      { controller: { kind: 'joint', coControllers: [], arrangement: null } },
      'controller',
      'Nommez les responsables conjoints de cette activité.',
    ],
    ['no purpose', { purposes: [] }, 'purposes', 'Indiquez à quoi servent les données (au moins une finalité).'],
    [
      'no art. 6 basis',
      { legalBasis: { article6: [], article9: 'h', detail: '' } },
      'legalBasis.article6',
      'Choisissez la base légale (article 6 du RGPD).',
    ],
    [
      'health data without an art. 9 condition',
      { legalBasis: { article6: ['e'], article9: null, detail: '' } },
      'legalBasis.article9',
      'Des données de santé sont traitées : choisissez la condition de l’article 9 du RGPD qui les permet.',
    ],
    [
      'no data subjects',
      { dataSubjects: [] },
      'dataSubjects',
      'Indiquez les personnes concernées (patients, salariés…).',
    ],
    ['no data category', { dataCategories: [] }, 'dataCategories', 'Indiquez au moins une catégorie de données.'],
    [
      'a category without retention',
      { dataCategories: [{ ...category, retention: '' }] },
      'dataCategories.0.retention',
      'Indiquez combien de temps sont gardées les données « Soins réalisés ».',
    ],
    [
      'a category without the source of its retention',
      { dataCategories: [{ ...category, retentionSource: ' ' }] },
      'dataCategories.0.retentionSource',
      'Indiquez d’où vient la durée de conservation des données « Soins réalisés » (un texte, une recommandation ou votre choix).',
    ],
    ['no source', { sources: [] }, 'sources', 'Indiquez d’où viennent les données (le patient, un confrère…).'],
    [
      'no recipient at all',
      { internalRecipients: [], externalRecipients: [] },
      'internalRecipients',
      'Indiquez qui consulte ou reçoit les données, au cabinet ou à l’extérieur.',
    ],
    [
      'a transfer without its safeguard',
      { transfers: [{ recipient: 'Hébergeur', country: 'États-Unis', safeguard: '' }] },
      'transfers.0',
      'Complétez le transfert hors de l’Union européenne n° 1 : destinataire, pays et garantie.',
    ],
    [
      'no security measure',
      { securityMeasureIds: [], otherSecurityMeasures: null },
      'securityMeasureIds',
      'Décrivez les mesures de sécurité : au moins une mesure du diagnostic ou un texte.',
    ],
  ])('reports %s', (_label, change, field, message) => {
    expect(missingFields({ ...COMPLETE, ...change })).toEqual([{ field, message }]);
  });

  it.each<[string, Partial<ActivityFields>]>([
    ['external recipients only', { internalRecipients: [], externalRecipients: ['Assurance maladie'] }],
    ['security described in words only', { securityMeasureIds: [], otherSecurityMeasures: 'Armoire fermée à clé' }],
    [
      'no health data and no art. 9 condition',
      { dataCategories: [{ ...category, health: false }], legalBasis: { article6: ['c'], article9: null, detail: '' } },
    ],
    ['named joint controllers', { controller: { kind: 'joint', coControllers: ['Dr Martin'], arrangement: null } }],
  ])('accepts %s', (_label, change) => {
    expect(missingFields({ ...COMPLETE, ...change })).toEqual([]);
  });

  it('lists every gap of an empty activity, in form order', () => {
    const empty: ActivityFields = {
      ...COMPLETE,
      name: '',
      purposes: [],
      legalBasis: { article6: [], article9: null, detail: '' },
      dataSubjects: [],
      dataCategories: [],
      sources: [],
      internalRecipients: [],
      securityMeasureIds: [],
    };
    expect(missingFields(empty).map((m) => m.field)).toEqual([
      'name',
      'purposes',
      'legalBasis.article6',
      'dataSubjects',
      'dataCategories',
      'sources',
      'internalRecipients',
      'securityMeasureIds',
    ]);
  });
});

describe('legalBasisText', () => {
  it.each([
    [
      { article6: ['e'] as const, article9: 'h' as const },
      'Mission d’intérêt public (art. 6.1.e) ; Médecine et soins, sous la responsabilité d’un professionnel tenu au secret (art. 9.2.h)',
    ],
    [
      { article6: ['b', 'c'] as const, article9: null },
      'Exécution d’un contrat (art. 6.1.b) ; Obligation légale (art. 6.1.c)',
    ],
    [{ article6: [] as const, article9: null }, ''],
  ])('legalBasisText(%j) → %s', (basis, expected) => {
    expect(legalBasisText({ article6: [...basis.article6], article9: basis.article9 })).toBe(expected);
  });
});
