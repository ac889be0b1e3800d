import type { Db } from '../../db/connect.ts';
import { addDays, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import { loadReferential } from '../../lib/referential/loader.ts';
import { professionsReferential } from '../../lib/referential/professions.ts';
import type { TodoList } from '../../lib/todo/registry.ts';
import type { Role } from '../accounts/roles.ts';
import type { Breach } from '../breaches/breach.ts';
import { listBreaches } from '../breaches/breaches.repository.ts';
import { buildActionPlan } from '../checklist/action-plan.ts';
import { listSnapshots, type Snapshot } from '../checklist/checklist.repository.ts';
import { loadChecklist } from '../checklist/checklist.service.ts';
import type { ActionPlanView, ChecklistView } from '../checklist/checklist-view.ts';
import { type JournalActor, journalHead, listJournal, verifyJournal } from '../journal/journal.repository.ts';
import type { ChainVerification } from '../journal/journal.ts';
import { findVersion } from '../notice/notice.repository.ts';
import type { VersionView } from '../notice/notice.schema.ts';
import { noticeOverview } from '../notice/notice.service.ts';
import type { NoticeVersionDocument } from '../notice/notice-poster.ts';
import { listProcessors } from '../processors/processors.repository.ts';
import type { ProcessorView } from '../processors/processors.schema.ts';
import { processorView } from '../processors/processors-view.ts';
import { listActivities } from '../register/register.repository.ts';
import { practiceOf, type RegisterReferentials, viewContext } from '../register/register-context.ts';
import { type RegisterDocument, registerDocument } from '../register/register-document.ts';
import { activityView } from '../register/register-view.ts';
import type { PatientRequest } from '../requests/requests.repository.ts';
import { listRequests } from '../requests/requests.repository.ts';
import { legalFormView, referentialForPractice } from '../retention/legal-form.ts';
import { listOverrides } from '../retention/retention.repository.ts';
import { settingsView } from '../retention/settings-view.ts';
import type { ScreeningView } from '../screening/screening.schema.ts';
import { screeningOverview } from '../screening/screening.service.ts';

/** Who asks for the compliance file. */
export interface DossierCaller {
  practiceId: string;
  userId: string;
  role: Role;
  actor: JournalActor;
}

/** An evidence document as the compliance file lists it (never its bytes). */
export interface DossierEvidence {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** What it proves: « Sous-traitant : Logiciel Médical », « Cabinet », … */
  attachedTo: string;
  addedBy: string;
  addedAt: string;
}

/** Everything the compliance file shows, read once, at one instant. */
export interface DossierData {
  generatedAt: Date;
  today: IsoDay;
  generatedBy: string;
  practiceName: string;
  /** SIRET, FINESS, RPPS when the profile gives them. */
  identifiers: [label: string, value: string][];
  register: RegisterDocument;
  processors: ProcessorView[];
  notice: { latest: VersionView | null; document: NoticeVersionDocument | null; missing: string[] };
  screening: ScreeningView;
  checklist: ChecklistView;
  snapshots: Snapshot[];
  plan: ActionPlanView;
  breaches: Breach[];
  requests: PatientRequest[];
  retention: ReturnType<typeof settingsView>;
  lastBackupAt: string | null;
  lastReviewAt: string | null;
  evidence: DossierEvidence[];
  /** The « à faire » list of the whole practice, and the sources that could not be read. */
  todo: TodoList;
  journal: { verification: ChainVerification; verifiedAt: Date; head: { seq: number; hash: string } | null };
}

/** The referentials the compliance file reads, loaded once when its routes load. */
export type DossierReferentials = RegisterReferentials;

/**
 * Reads the whole practice for its compliance file. Nothing here is journaled: the caller records
 * one `dossier.generated` entry before calling, so the file's journal proof includes it.
 */
export async function loadDossier(
  db: Db,
  refs: DossierReferentials,
  caller: DossierCaller,
  sources: {
    evidence: (practiceId: string) => Promise<DossierEvidence[]>;
    todo: (practiceId: string, now: Date) => Promise<TodoList>;
  },
  now: Date,
): Promise<DossierData> {
  const today = parisDay(now);
  const practice = await practiceOf(db, caller.practiceId);
  const checklist = await loadChecklist(db, refs.measures, caller, now);
  const [activities, context, processors, notice, noticeVersion, screening, snapshots] = await Promise.all([
    listActivities(db, practice.id, { includeArchived: true }),
    viewContext(db, refs, practice),
    listProcessors(db, practice.id),
    noticeOverview(db, practice.id),
    findVersion(db, practice.id),
    screeningOverview(db, practice.id),
    listSnapshots(db, practice.id, addDays(today, -366 * 3)),
  ]);
  const [breaches, requests, overrides, backups, reviews, files, todo, verification, head] = await Promise.all([
    listBreaches(db, practice.id),
    listRequests(db, practice.id),
    listOverrides(db, practice.id),
    listJournal(db, practice.id, { action: 'backup.created', limit: 1 }),
    listJournal(db, practice.id, { action: 'yearly_review.completed', limit: 1 }),
    sources.evidence(practice.id),
    sources.todo(practice.id, now),
    verifyJournal(db, practice.id),
    journalHead(db, practice.id),
  ]);
  const active = activities.filter((activity) => activity.status === 'active');
  return {
    generatedAt: now,
    today,
    generatedBy: caller.actor.label,
    practiceName: practice.name,
    identifiers: (
      [
        ['SIRET', practice.siret],
        ['FINESS', practice.finess],
        ['RPPS du titulaire', practice.rpps],
      ] as const
    ).flatMap(([label, value]) => (value ? [[label, value] as [string, string]] : [])),
    register: registerDocument(
      practice,
      active.map((activity) => activityView(activity, context)),
      now,
    ),
    processors: processors.map((processor) => processorView(processor, activities, today)),
    notice: {
      latest: notice.latest,
      document: noticeVersion
        ? { number: noticeVersion.number, createdAt: new Date(noticeVersion.createdAt), content: noticeVersion.content }
        : null,
      missing: notice.missing.map((m) => m.message),
    },
    screening,
    checklist,
    snapshots,
    plan: buildActionPlan(checklist),
    breaches,
    requests,
    retention: settingsView(
      referentialForPractice(refs.retention, practice),
      overrides,
      loadReferential(professionsReferential).entries,
      legalFormView(practice),
    ),
    lastBackupAt: backups[0]?.at ?? null,
    lastReviewAt: reviews[0]?.at ?? null,
    evidence: files,
    todo,
    journal: { verification, verifiedAt: now, head },
  };
}
