import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { badRequest, conflict, notFound } from '../../server/errors.ts';
import { listUsers } from '../accounts/users.repository.ts';
import { appendJournal } from '../journal/journal.repository.ts';
import { linkProfileProcessors } from '../processors/processors-from-register.ts';
import { fillTemplate, type ProposalProfile, proposeActivities } from './propose.ts';
import { ACTIVITY_FIELDS, type ActivityField } from './register.events.ts';
import {
  bumpRegisterVersion,
  findActivity,
  insertActivity,
  listActivities,
  lockRegister,
  nextActivityNumber,
  registerVersion,
  saveActivity,
} from './register.repository.ts';
import type { ActivityInput } from './register.schema.ts';
import type { ActivityController, ActivityFields, RegisterActivity } from './register.types.ts';
import { type Caller, catalogOf, practiceOf, type RegisterReferentials, viewContext } from './register-context.ts';
import { type ActivityView, activityView } from './register-view.ts';

const SUBJECT = (id: string) => ({ type: 'register_activity', id });
const MANAGERS = new Set(['owner', 'practitioner']);

/** Active owners and practitioners: the people who can be named controller of an activity. */
export async function practitionersOf(db: Db, practiceId: string): Promise<{ id: string; name: string }[]> {
  const users = await listUsers(db, practiceId);
  return users.filter((u) => u.status === 'active' && MANAGERS.has(u.role)).map((u) => ({ id: u.id, name: u.name }));
}

/**
 * The controller as stored: a named practitioner must be an active owner or practitioner of the
 * practice; their name is taken from their account.
 * @throws HttpError 400 naming `field` otherwise.
 */
export async function resolveController(
  db: Db,
  practiceId: string,
  input: ActivityInput['controller'] | ActivityController,
  field = 'controller.userId',
): Promise<ActivityController> {
  if (input.kind !== 'practitioner') return input;
  const practitioner = (await practitionersOf(db, practiceId)).find((p) => p.id === input.userId);
  if (!practitioner) {
    throw badRequest(
      `Champ « ${field} » : cette personne n’est pas un praticien actif du cabinet ; choisissez le titulaire ou un praticien.`,
      field,
    );
  }
  return { kind: 'practitioner', userId: practitioner.id, name: practitioner.name };
}

/**
 * Every security measure must be a measure of the diagnostic.
 * @throws HttpError 400 naming the first unknown one.
 */
export function checkMeasureIds(ids: readonly string[], known: ReadonlySet<string>, prefix = ''): void {
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0) {
    const field = `${prefix}securityMeasureIds.${index}`;
    throw badRequest(`Champ « ${field} » : la mesure « ${ids[index]} » n’existe pas dans le diagnostic.`, field);
  }
}

/** The activity of this practice, or 404 (also for another practice's activity). */
async function activityOf(db: Db, practiceId: string, id: string): Promise<RegisterActivity> {
  const activity = await findActivity(db, practiceId, id);
  if (!activity) throw notFound('Activité introuvable.');
  return activity;
}

/**
 * The fields to store. A practitioner kept as controller stays as stored even if they have left
 * since (other fields remain editable); a newly chosen one must be an active practitioner.
 */
async function fieldsOf(
  db: Db,
  refs: RegisterReferentials,
  practiceId: string,
  input: ActivityInput,
  previous?: ActivityController,
): Promise<ActivityFields> {
  checkMeasureIds(input.securityMeasureIds, new Set(refs.measures.measures.map((m) => m.id)));
  const kept =
    previous?.kind === 'practitioner' &&
    input.controller.kind === 'practitioner' &&
    previous.userId === input.controller.userId;
  const controller = kept ? previous : await resolveController(db, practiceId, input.controller);
  return { ...input, controller };
}

/** The activity with its live measure statuses, what is missing and its template's caveats. */
export async function viewOf(db: Db, refs: RegisterReferentials, activity: RegisterActivity): Promise<ActivityView> {
  return activityView(activity, await viewContext(db, refs, await practiceOf(db, activity.practiceId)));
}

/** The practice's register: active and archived activities, counts, version and what the forms need. */
export async function loadRegister(db: Db, refs: RegisterReferentials, caller: Caller) {
  const practice = await practiceOf(db, caller.practiceId);
  const [activities, version, practitioners, context] = await Promise.all([
    listActivities(db, caller.practiceId, { includeArchived: true }),
    registerVersion(db, caller.practiceId),
    practitionersOf(db, caller.practiceId),
    viewContext(db, refs, practice),
  ]);
  const views = activities.map((a) => activityView(a, context));
  const active = views.filter((v) => v.status === 'active');
  return {
    activities: views,
    counts: {
      active: active.length,
      toComplete: active.filter((v) => !v.complete).length,
      archived: views.length - active.length,
    },
    version,
    canManage: MANAGERS.has(caller.role),
    practitioners,
    measures: refs.measures.measures.map((m) => ({ id: m.id, title: m.title })),
  };
}

export async function getActivity(db: Db, refs: RegisterReferentials, caller: Caller, id: string) {
  return viewOf(db, refs, await activityOf(db, caller.practiceId, id));
}

type CreateOrigin = 'manual' | 'proposal' | 'duplicate';

/** Inserts an activity with the next number, bumps the version and journals it, in one transaction. */
async function insertNew(
  trx: Db,
  caller: Caller,
  fields: ActivityFields,
  origin: {
    kind: CreateOrigin;
    templateId: string | null;
    referentialVersion: string | null;
    openPointKeptAt?: string | null;
  },
  now: Date,
): Promise<RegisterActivity> {
  await lockRegister(trx, caller.practiceId);
  const at = now.toISOString();
  const activity: RegisterActivity = {
    id: randomUUID(),
    practiceId: caller.practiceId,
    number: await nextActivityNumber(trx, caller.practiceId),
    ...fields,
    status: 'active',
    templateId: origin.templateId,
    referentialVersion: origin.referentialVersion,
    openPointKeptAt: origin.openPointKeptAt ?? null,
    createdAt: at,
    updatedAt: at,
    archivedAt: null,
  };
  await insertActivity(trx, activity);
  await bumpRegisterVersion(trx, caller.practiceId, now);
  await appendJournal(
    trx,
    caller.practiceId,
    {
      actor: caller.actor,
      action: 'register.activity_created',
      subject: SUBJECT(activity.id),
      summary: `Activité n° ${activity.number} ajoutée au registre des traitements.`,
      data: { number: activity.number, templateId: activity.templateId, origin: origin.kind },
    },
    now,
  );
  return activity;
}

/** A new activity typed by the practitioner (it may stay incomplete: the view says what is missing). */
export async function createActivity(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  input: ActivityInput,
  now: Date,
): Promise<ActivityView> {
  const fields = await fieldsOf(db, refs, caller.practiceId, input);
  const created = await withTransaction(db, (trx) =>
    insertNew(trx, caller, fields, { kind: 'manual', templateId: null, referentialVersion: null }, now),
  );
  return viewOf(db, refs, created);
}

/** The fields whose value differs between two versions of an activity. */
export function changedFields(before: ActivityFields, after: ActivityFields): ActivityField[] {
  return ACTIVITY_FIELDS.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

/**
 * Replaces every field of an active activity; an unchanged body changes nothing and journals nothing.
 * @throws HttpError 404 unknown activity, 409 archived activity, 400 unknown measure or practitioner.
 */
export async function updateActivity(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  id: string,
  input: ActivityInput,
  now: Date,
): Promise<ActivityView> {
  const saved = await withTransaction(db, async (trx) => {
    const before = await activityOf(trx, caller.practiceId, id);
    if (before.status === 'archived') {
      throw conflict('Cette activité est archivée : rétablissez-la avant de la modifier.');
    }
    const fields = await fieldsOf(trx, refs, caller.practiceId, input, before.controller);
    const changed = changedFields(before, fields);
    if (changed.length === 0) return before;
    const after: RegisterActivity = { ...before, ...fields, updatedAt: now.toISOString() };
    await saveActivity(trx, after);
    await bumpRegisterVersion(trx, caller.practiceId, now);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'register.activity_updated',
        subject: SUBJECT(after.id),
        summary: `Activité n° ${after.number} du registre modifiée (${changed.length} champ${changed.length > 1 ? 's' : ''}).`,
        data: { number: after.number, fields: changed },
      },
      now,
    );
    return after;
  });
  return viewOf(db, refs, saved);
}

/** Archives or restores an activity (`DELETE` archives: the register never forgets an activity). */
export async function setActivityStatus(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  id: string,
  status: 'active' | 'archived',
  now: Date,
): Promise<ActivityView> {
  const saved = await withTransaction(db, async (trx) => {
    const before = await activityOf(trx, caller.practiceId, id);
    if (before.status === status) return before;
    const at = now.toISOString();
    const after: RegisterActivity = { ...before, status, updatedAt: at, archivedAt: status === 'archived' ? at : null };
    await saveActivity(trx, after);
    await bumpRegisterVersion(trx, caller.practiceId, now);
    const archived = status === 'archived';
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: archived ? 'register.activity_archived' : 'register.activity_restored',
        subject: SUBJECT(after.id),
        summary: `Activité n° ${after.number} du registre ${archived ? 'archivée' : 'rétablie'}.`,
        data: { number: after.number },
      },
      now,
    );
    return after;
  });
  return viewOf(db, refs, saved);
}

/** A copy of an activity (« (copie) » after its name), active, with the next number. */
export async function duplicateActivity(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  id: string,
  now: Date,
): Promise<ActivityView> {
  const created = await withTransaction(db, async (trx) => {
    const source = await activityOf(trx, caller.practiceId, id);
    const { id: _id, practiceId: _p, number: _n, status: _s, templateId, referentialVersion, ...rest } = source;
    const { createdAt: _c, updatedAt: _u, archivedAt: _a, openPointKeptAt, ...fields } = rest;
    const name = `${fields.name} (copie)`.slice(0, 120);
    const origin = { kind: 'duplicate' as const, templateId, referentialVersion, openPointKeptAt };
    return insertNew(trx, caller, { ...fields, name }, origin, now);
  });
  return viewOf(db, refs, created);
}

/** The activities Hygie proposes from the profile, and which already are in the register. */
export async function listProposals(db: Db, refs: RegisterReferentials, caller: Caller) {
  const practice = await practiceOf(db, caller.practiceId);
  const catalog = await catalogOf(db, refs, caller.practiceId);
  const used = new Set(
    (await listActivities(db, caller.practiceId)).map((a) => a.templateId).filter((t) => t !== null),
  );
  return {
    referentialVersion: catalog.version,
    proposals: proposeActivities(practice, catalog).map((p) => ({
      templateId: p.templateId,
      name: p.fields.name,
      description: p.fields.description,
      why: p.why,
      recommendation: p.recommendation,
      note: p.note,
      alreadyInRegister: used.has(p.templateId),
    })),
  };
}

/**
 * Creates the ticked activities, pre-filled from their templates and the profile; one journal
 * entry per activity, one transaction; the processors their templates name from the profile are
 * recorded and linked in « Sous-traitants » in the same transaction. Accepting them keeps Hygie's proposal on the points their
 * templates leave open (the onboarding shows those points beside the button).
 * @throws HttpError 400 naming an unknown template.
 */
export async function acceptProposals(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  input: { templateIds: string[] },
  now: Date,
): Promise<ActivityView[]> {
  const catalog = await catalogOf(db, refs, caller.practiceId);
  const byId = new Map(catalog.templates.map((t) => [t.id, t]));
  const unknown = input.templateIds.findIndex((id) => !byId.has(id));
  if (unknown >= 0) {
    const field = `templateIds.${unknown}`;
    throw badRequest(
      `Champ « ${field} » : l’activité « ${input.templateIds[unknown]} » n’est pas un modèle connu.`,
      field,
    );
  }
  const practice = await practiceOf(db, caller.practiceId);
  const profile: ProposalProfile = practice;
  const rules = new Map(catalog.retentionRules.map((rule) => [rule.id, rule]));
  const ordered = catalog.templates.filter((t) => input.templateIds.includes(t.id));
  const created = await withTransaction(db, async (trx) => {
    const activities: RegisterActivity[] = [];
    for (const template of ordered) {
      const origin = {
        kind: 'proposal' as const,
        templateId: template.id,
        referentialVersion: catalog.version,
        openPointKeptAt: template.uncertain ? now.toISOString() : null,
      };
      activities.push(await insertNew(trx, caller, fillTemplate(template, profile, rules), origin, now));
    }
    const accepted = activities.map((activity, index) => ({
      activityId: activity.id,
      kinds: ordered[index]?.processorsFromProfile ?? [],
    }));
    await linkProfileProcessors(trx, caller, practice, accepted, now);
    return activities;
  });
  const context = await viewContext(db, refs, practice);
  return created.map((a) => activityView(a, context));
}

/**
 * « Je garde la proposition »: the practice keeps Hygie's choice on the point the activity's
 * template leaves open; journaled once (keeping it again changes nothing).
 * @throws HttpError 404 unknown activity, 409 when the activity has no open point or is archived.
 */
export async function keepProposal(
  db: Db,
  refs: RegisterReferentials,
  caller: Caller,
  id: string,
  now: Date,
): Promise<ActivityView> {
  const saved = await withTransaction(db, async (trx) => {
    const before = await activityOf(trx, caller.practiceId, id);
    const template = refs.templates.templates.find((t) => t.id === before.templateId);
    if (!template?.uncertain) throw conflict('Cette activité n’a pas de point à vérifier.');
    if (before.status === 'archived') {
      throw conflict('Cette activité est archivée : rétablissez-la avant de la modifier.');
    }
    if (before.openPointKeptAt !== null) return before;
    const after: RegisterActivity = { ...before, openPointKeptAt: now.toISOString() };
    await saveActivity(trx, after);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'register.proposal_kept',
        subject: SUBJECT(after.id),
        summary: `Activité n° ${after.number} du registre : la proposition de Hygie est gardée.`,
        data: { number: after.number, templateId: template.id },
      },
      now,
    );
    return after;
  });
  return viewOf(db, refs, saved);
}
