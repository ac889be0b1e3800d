import type { DbHandle } from '../../db/connect.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import { loadMeasures } from '../checklist/checklist.referential.ts';
import { loadRetentionRules } from '../retention/retention.referential.ts';
import { loadRegisterTemplates } from './register.referential.ts';
import type { ActivityInput } from './register.schema.ts';
import { createActivity } from './register.service.ts';
import type { RegisterReferentials } from './register-context.ts';

/** The real referentials, as the routes load them. */
export const testReferentials = (): RegisterReferentials => ({
  templates: loadRegisterTemplates(),
  measures: loadMeasures(),
  retention: loadRetentionRules(),
});

/** A small complete activity body, as a client sends it. */
export const ACTIVITY_BODY = {
  name: 'Dossiers de soins infirmiers',
  description: 'Le dossier de soins, sur l’ordinateur portable',
  controller: { kind: 'practice' },
  purposes: ['Tenue du dossier de soins'],
  legalBasis: { article6: ['e'], article9: 'h', detail: 'Les soins justifient le traitement.' },
  dataSubjects: ['Patients'],
  dataCategories: [
    {
      label: 'Soins réalisés et transmissions',
      health: true,
      nir: false,
      retention: '20 ans après le dernier contact',
      retentionSource: 'Référentiel CNIL 2020-081',
      retentionRuleId: 'dossier-patient-paramedical',
    },
  ],
  sources: ['Le patient'],
  internalRecipients: ['L’infirmière'],
  externalRecipients: ['Médecin prescripteur'],
  processors: [],
  transfers: [],
  securityMeasureIds: ['comptes-nominatifs', 'sauvegarde-reguliere'],
  otherSecurityMeasures: null,
} satisfies ActivityInput;

/**
 * For the permission walker (`src/server/permissions.test.ts`): one activity of the practice, and
 * each `:id` route of the register with a body valid enough to reach its handler.
 */
export async function registerObjectsOf(
  handle: DbHandle,
  practice: Pick<Practice, 'id'>,
): Promise<Record<string, { id: string; body?: unknown }>> {
  const activity = await createActivity(
    handle.db,
    testReferentials(),
    { practiceId: practice.id, role: 'owner', actor: { type: 'system', id: null, label: 'Tests' } },
    ACTIVITY_BODY,
    new Date(),
  );
  const { id } = activity;
  return {
    'GET /api/v1/register/activities/:id': { id },
    'PUT /api/v1/register/activities/:id': { id, body: ACTIVITY_BODY },
    'DELETE /api/v1/register/activities/:id': { id },
    'POST /api/v1/register/activities/:id/restore': { id },
    'POST /api/v1/register/activities/:id/duplicate': { id },
    'POST /api/v1/register/activities/:id/keep-proposal': { id },
  };
}
