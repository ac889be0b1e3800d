import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import {
  bumpRegisterVersion,
  insertActivity,
  nextActivityNumber,
  saveActivity,
} from '../register/register.repository.ts';
import type { ActivityFields, RegisterActivity } from '../register/register.types.ts';

/** A complete patient-records activity, as a register template fills it (tests only). */
export const PATIENT_RECORDS: ActivityFields = {
  name: 'Dossiers des patients',
  description: null,
  controller: { kind: 'practice' },
  purposes: ['Gestion médicale et administrative des patients', 'Tenue du dossier de soins'],
  legalBasis: {
    article6: ['e', 'c'],
    article9: 'h',
    detail: 'Les soins justifient le traitement : le consentement n’est pas la base légale du dossier.',
  },
  dataSubjects: ['Patients'],
  dataCategories: [
    {
      label: 'Identité et coordonnées',
      health: false,
      nir: false,
      retention: '20 ans après le dernier passage',
      retentionSource: 'CNIL, délibération n° 2020-081',
      retentionRuleId: null,
    },
    {
      label: 'Données de santé',
      health: true,
      nir: false,
      retention: '20 ans après le dernier passage',
      retentionSource: 'CNIL, délibération n° 2020-081',
      retentionRuleId: null,
    },
  ],
  sources: ['Le patient'],
  internalRecipients: ['Les praticiens du cabinet'],
  externalRecipients: ['Les professionnels de santé qui prennent en charge le patient', 'L’Assurance maladie'],
  processors: ['Éditeur du logiciel'],
  transfers: [],
  securityMeasureIds: [],
  otherSecurityMeasures: 'Accès par mot de passe personnel',
};

/** Adds an activity to the practice's register and bumps the register's version, as the register does. */
export async function addActivity(
  db: Db,
  practiceId: string,
  fields: Partial<ActivityFields> = {},
  now = new Date(),
): Promise<RegisterActivity> {
  return withTransaction(db, async (trx) => {
    const at = now.toISOString();
    const activity: RegisterActivity = {
      openPointKeptAt: null,
      ...PATIENT_RECORDS,
      ...fields,
      id: randomUUID(),
      practiceId,
      number: await nextActivityNumber(trx, practiceId),
      status: 'active',
      templateId: null,
      referentialVersion: null,
      createdAt: at,
      updatedAt: at,
      archivedAt: null,
    };
    await insertActivity(trx, activity);
    await bumpRegisterVersion(trx, practiceId, now);
    return activity;
  });
}

/** Changes an activity of the register and bumps its version. */
export async function changeActivity(
  db: Db,
  activity: RegisterActivity,
  fields: Partial<ActivityFields>,
  now = new Date(),
): Promise<RegisterActivity> {
  return withTransaction(db, async (trx) => {
    const changed = { ...activity, ...fields, updatedAt: now.toISOString() };
    await saveActivity(trx, changed);
    await bumpRegisterVersion(trx, activity.practiceId, now);
    return changed;
  });
}
