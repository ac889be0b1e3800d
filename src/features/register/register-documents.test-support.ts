import { loadMeasures } from '../checklist/checklist.referential.ts';
import { STATUS_LABELS } from '../checklist/checklist-view.ts';
import { loadRetentionRules } from '../retention/retention.referential.ts';
import { buildRuleSet } from '../retention/rule-set.ts';
import { proposeActivities } from './propose.ts';
import { loadRegisterTemplates } from './register.referential.ts';
import type { RegisterActivity } from './register.types.ts';
import type { RegisterDocument } from './register-document.ts';
import { activityView, type LiveMeasure } from './register-view.ts';

export const FIXTURE_DOCUMENT_DATE = new Date('2026-11-29T10:00:00Z');
export const FIXTURE_PRACTICE = 'Maison de santé Hélène Lefèvre & Noël Gaëtan';
export const FIXTURE_DPO = { name: 'Zoé Bérénice', email: 'dpo@maison-sante.fr', phone: '01 23 45 67 89' };

/**
 * A maison de santé of a doctor and a nurse with staff, teleconsultation and a website: its proposed
 * activities as stored, the first one named to joint controllers and left incomplete, every other
 * measure « À faire » but « comptes-nominatifs » (« Fait »).
 */
export function registerDocumentFixture(options: { dpo?: boolean } = {}): RegisterDocument {
  const templates = loadRegisterTemplates();
  const proposals = proposeActivities(
    {
      structureType: 'msp',
      professions: ['medecin', 'infirmier'],
      staffCount: 3,
      teleconsultation: true,
      dataLocations: ['cloud'],
      practiceSoftware: 'Logiciel Éole',
      appointmentPlatform: 'Agenda Santé',
      website: 'cabinet-exemple.fr',
      videoSurveillance: false,
    },
    { ...templates, retentionRules: buildRuleSet(loadRetentionRules(), []).rules },
  );
  const activities: RegisterActivity[] = proposals.map((p, index) => ({
    ...p.fields,
    id: `activity-${index + 1}`,
    practiceId: 'practice',
    number: index + 1,
    openPointKeptAt: null,
    status: 'active',
    templateId: p.templateId,
    referentialVersion: p.referentialVersion,
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-29T09:30:00.000Z',
    archivedAt: null,
  }));
  const first = activities[0]!;
  activities[0] = {
    ...first,
    controller: { kind: 'joint', coControllers: ['Dr Benoît Noël', 'Mme Hélène Lefèvre'], arrangement: null },
    sources: [],
  };
  const measures = new Map<string, LiveMeasure>(
    loadMeasures().measures.map((m) => {
      const status = m.id === 'comptes-nominatifs' ? 'done' : 'todo';
      return [m.id, { id: m.id, title: m.title, applies: true, status, statusLabel: STATUS_LABELS[status] }];
    }),
  );
  const context = { measures, templates: new Map(templates.templates.map((t) => [t.id, t])), processors: [] };
  return {
    practiceName: FIXTURE_PRACTICE,
    structureLabel: 'Maison de santé pluriprofessionnelle (MSP)',
    professionLabels: ['Médecin', 'Infirmier ou infirmière'],
    contact: { address: '12 rue des Lilas, 69003 Lyon', phone: '04 78 00 00 00', email: 'contact@msp-lilas.fr' },
    dpo: options.dpo === false ? null : FIXTURE_DPO,
    today: '2026-11-29',
    activities: activities.map((a) => activityView(a, context)),
  };
}
