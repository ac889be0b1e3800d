import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { isPostgres } from '../../db/dialect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { HttpError, notFound } from '../../server/errors.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { type CareSetting, websiteUrl } from '../accounts/profile-questions.ts';
import { canonicalJson } from '../journal/canonical-json.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { listProcessors } from '../processors/processors.repository.ts';
import { withLinkedProcessors } from '../register/linked-processors.ts';
import { listActivities, registerVersion } from '../register/register.repository.ts';
import { listDecisions } from '../screening/screening.repository.ts';
import { NOTICE_SETTINGS_FIELDS, type NoticeSettingsField } from './notice.events.ts';
import {
  findVersion,
  insertVersion,
  listVersions,
  loadSettings,
  type NoticeVersion,
  practiceOfPublicToken,
  publicNoticeToken,
  saveSettings,
} from './notice.repository.ts';
import type { NoticeSettingsInput, NoticeView, VersionView } from './notice.schema.ts';
import { buildNoticeContent, type MissingMention, missingMentions, type NoticeInput } from './notice.ts';
import { type NoticeState, outdatedReasons } from './notice-status.ts';
import { DEFAULT_MANDATORY_DATA, DEFAULT_RIGHTS_CONTACT } from './notice-text.ts';

/** Who acts, and under which name the journal records it. */
export interface Caller {
  practiceId: string;
  actor: JournalActor;
}

const SUBJECT = { type: 'notice', id: 'notice' };

/** Everything the notice would be made from now, and the register's version. */
export async function currentNotice(
  db: Db,
  practiceId: string,
): Promise<{
  input: NoticeInput;
  careSetting: CareSetting;
  registerVersion: number;
  registerChangedAt: string | null;
}> {
  const practice = await findPractice(db, practiceId);
  if (!practice) throw notFound();
  const [settings, stored, processors, [dpoDecision], register] = await Promise.all([
    loadSettings(db, practiceId),
    listActivities(db, practiceId),
    listProcessors(db, practiceId),
    listDecisions(db, practiceId, 'dpo'),
    registerVersion(db, practiceId),
  ]);
  const activities = stored.map((activity) => withLinkedProcessors(activity, processors));
  return {
    input: {
      practiceName: practice.name,
      contact: { address: practice.address, phone: practice.phone, email: practice.email },
      fullTextUrl: practice.website ? websiteUrl(practice.website) : null,
      settings,
      dpo: practice.dpo,
      dpoRequired: dpoDecision?.result === 'obligatoire',
      activities,
    },
    careSetting: practice.careSetting,
    registerVersion: register.version,
    registerChangedAt: register.changedAt,
  };
}

/** The refusal of a generation while mandatory mentions are missing (409, listing them). */
export function incompleteError(missing: MissingMention[]): HttpError {
  return new HttpError(
    409,
    'notice_incomplete',
    `La notice ne peut pas encore être générée : il manque ${missing.length > 1 ? `${missing.length} mentions obligatoires` : 'une mention obligatoire'}. ${missing.map((m) => m.message).join(' ')}`,
  );
}

/**
 * Generates a new version of the notice from the register, the practice and its settings, and
 * journals it; numbers follow each other per practice.
 * @throws HttpError 409 `notice_incomplete` while a mandatory mention is missing.
 */
/** The public notice page of a token, under the instance's HYGIE_PUBLIC_URL. */
export function publicNoticeUrl(publicUrl: string, token: string): string {
  return `${publicUrl.replace(/\/$/, '')}/api/v1/notice/public/${token}`;
}

/**
 * Generates a new version of the notice from the register, the practice and its settings, and
 * journals it; numbers follow each other per practice. Without a website, the full text's address
 * (the poster's QR code) is the practice's public notice page when the instance has a `publicUrl`.
 * @throws HttpError 409 `notice_incomplete` while a mandatory mention is missing.
 */
export async function generateNotice(
  db: Db,
  caller: Caller,
  now: Date,
  onDemand = false,
  publicUrl?: string,
): Promise<NoticeVersion> {
  return withTransaction(db, async (trx) => {
    // Two generations at once must not take the same number.
    if (isPostgres(trx)) {
      await trx.selectFrom('practices').select('id').where('id', '=', caller.practiceId).forNoKeyUpdate().execute();
    }
    const current = await currentNotice(trx, caller.practiceId);
    const input =
      current.input.fullTextUrl === null && publicUrl
        ? {
            ...current.input,
            fullTextUrl: publicNoticeUrl(publicUrl, await publicNoticeToken(trx, caller.practiceId, now)),
          }
        : current.input;
    const missing = missingMentions(input);
    if (missing.length > 0) throw incompleteError(missing);
    const content = buildNoticeContent(input);
    const latest = await findVersion(trx, caller.practiceId);
    const version: NoticeVersion = {
      id: randomUUID(),
      practiceId: caller.practiceId,
      number: (latest?.number ?? 0) + 1,
      content,
      registerVersion: current.registerVersion,
      registerChangedAt: current.registerChangedAt,
      fingerprint: createHash('sha256').update(canonicalJson(content)).digest('hex'),
      createdBy: caller.actor.label,
      createdAt: now.toISOString(),
    };
    await insertVersion(trx, version);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'notice.generated',
        subject: SUBJECT,
        summary: `Information des patients : version n° ${version.number} générée à partir de ${content.activities.length} ${content.activities.length > 1 ? 'activités' : 'activité'} du registre.`,
        data: {
          number: version.number,
          registerVersion: version.registerVersion,
          activities: content.activities.length,
          onDemand,
        },
      },
      now,
    );
    return version;
  });
}

/**
 * The version to download: the one asked for, or the latest — the first one generated on demand.
 * @throws HttpError 404 unknown version, 409 `notice_incomplete` when the first one cannot be generated yet.
 */
export async function versionToDownload(
  db: Db,
  caller: Caller,
  number: number | undefined,
  now: Date,
  publicUrl?: string,
) {
  const version = await findVersion(db, caller.practiceId, number);
  if (version) return version;
  if (number !== undefined) throw notFound(`La version n° ${number} de l’information des patients n’existe pas.`);
  return generateNotice(db, caller, now, true, publicUrl);
}

function versionView(version: NoticeVersion, current: NoticeState): VersionView {
  const reasons = outdatedReasons(version, current);
  return {
    number: version.number,
    createdAt: version.createdAt,
    createdBy: version.createdBy,
    registerVersion: version.registerVersion,
    registerChangedAt: version.registerChangedAt,
    fingerprint: version.fingerprint,
    activities: version.content.activities.length,
    outdated: reasons.length > 0,
    outdatedReasons: reasons,
  };
}

const stateOf = (current: Awaited<ReturnType<typeof currentNotice>>): NoticeState => ({
  registerVersion: current.registerVersion,
  registerChangedAt: current.registerChangedAt,
  content: buildNoticeContent(current.input),
});

/** A version with its outdated flag as of now. */
export async function describeVersion(db: Db, practiceId: string, version: NoticeVersion): Promise<VersionView> {
  return versionView(version, stateOf(await currentNotice(db, practiceId)));
}

/** The notice page: settings, the missing mentions, and every version with its outdated flag. */
export async function noticeOverview(db: Db, practiceId: string): Promise<NoticeView> {
  const [current, versions] = await Promise.all([currentNotice(db, practiceId), listVersions(db, practiceId)]);
  const state = stateOf(current);
  const views = versions.map((version) => versionView(version, state));
  const missing = missingMentions(current.input);
  return {
    settings: current.input.settings,
    contact: current.input.contact,
    careSetting: current.careSetting,
    defaults: {
      controller: current.input.practiceName,
      rightsContact: DEFAULT_RIGHTS_CONTACT,
      mandatoryData: DEFAULT_MANDATORY_DATA,
    },
    dpo: current.input.dpo,
    activities: current.input.activities.length,
    registerVersion: current.registerVersion,
    missing,
    complete: missing.length === 0,
    latest: views[0] ?? null,
    outdated: views[0]?.outdated ?? false,
    versions: views,
  };
}

/** Replaces the notice settings; journaled with the names of the fields that changed. */
export async function updateNoticeSettings(
  db: Db,
  caller: Caller,
  input: NoticeSettingsInput,
  now: Date,
): Promise<void> {
  await withTransaction(db, async (trx) => {
    const before = await loadSettings(trx, caller.practiceId);
    const fields: NoticeSettingsField[] = NOTICE_SETTINGS_FIELDS.filter((field) => before[field] !== input[field]);
    if (fields.length === 0) return;
    await saveSettings(trx, caller.practiceId, input, now);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'notice.settings_updated',
        subject: SUBJECT,
        summary: 'Information des patients : coordonnées ou mentions modifiées.',
        data: { fields },
      },
      now,
    );
  });
}

/**
 * The current notice of the practice a public token belongs to (the latest version), or null: an
 * unknown token, no version yet, or an instance without HYGIE_PUBLIC_URL.
 */
export async function publicNotice(
  db: Db,
  token: string,
  publicUrl: string | undefined,
): Promise<NoticeVersion | null> {
  if (!publicUrl) return null;
  const practiceId = await practiceOfPublicToken(db, token);
  return practiceId === null ? null : findVersion(db, practiceId);
}
