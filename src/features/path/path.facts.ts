import type { Db } from '../../db/connect.ts';
import type { TodoItem, TodoRegistry } from '../../lib/todo/registry.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { type ChecklistSources, loadChecklist } from '../checklist/checklist.service.ts';
import { type JournalActor, listJournal } from '../journal/journal.repository.ts';
import { noticeOverview } from '../notice/notice.service.ts';
import { listActivities } from '../register/register.repository.ts';
import { type PathFacts, profileGaps } from './path.ts';

const SYSTEM: JournalActor = { type: 'system', id: null, label: 'Hygie' };

/** The newest instant among the journal entries kept by `keep`, or null. */
async function lastAt(db: Db, practiceId: string, action: string, keep: (data: unknown) => boolean = () => true) {
  const entries = await listJournal(db, practiceId, { action, limit: 100 });
  return entries.find((entry) => keep(entry.data))?.at ?? null;
}

/** The backup facts, read from the « à faire » items of the backup feature (one rule, one place). */
export function backupFacts(items: readonly TodoItem[]): Pick<PathFacts, 'kitDownloaded' | 'backup'> {
  const backup = items.find((item) => item.kind === 'backup');
  return {
    kitDownloaded: !items.some((item) => item.kind === 'recovery-kit'),
    backup: !backup ? 'recent' : backup.due === null ? 'never' : backup.state === 'overdue' ? 'overdue' : 'recent',
  };
}

/**
 * Everything the path's steps depend on, from the repositories and the « à faire » list. The
 * diagnostic is read as its page shows it (with what Hygie observes), so both say « complet » at
 * once. The plan counts as opened when its page recorded a visit (`action_plan.opened`) or its PDF
 * was downloaded; the compliance file, when it was produced (`dossier.generated`).
 */
export async function gatherPathFacts(
  db: Db,
  deps: { sources: ChecklistSources; todo: TodoRegistry; local: boolean },
  practiceId: string,
  now: Date,
): Promise<PathFacts> {
  const caller = { practiceId, userId: '', role: 'owner' as const, actor: SYSTEM };
  const [practice, activities, notice, checklist, todo, planOpened, planDownloaded, dossierAt] = await Promise.all([
    findPractice(db, practiceId),
    listActivities(db, practiceId),
    noticeOverview(db, practiceId),
    loadChecklist(db, deps.sources, caller, now),
    deps.todo.list({ practiceId, now }),
    lastAt(db, practiceId, 'action_plan.opened'),
    lastAt(
      db,
      practiceId,
      'checklist.exported',
      (data) => (data as { document?: string }).document === 'action_plan_pdf',
    ),
    lastAt(db, practiceId, 'dossier.generated'),
  ]);
  const latest = notice.latest;
  const downloaded =
    latest !== null &&
    (await lastAt(
      db,
      practiceId,
      'notice.downloaded',
      (data) => (data as { number?: number }).number === latest.number,
    )) !== null;
  const { progress } = checklist;
  const newUnanswered = checklist.measures.filter((m) => m.applies && !m.answered && m.isNew).length;
  const opened = [planOpened, planDownloaded].filter((at): at is string => at !== null).sort();
  return {
    local: deps.local,
    profileGaps: profileGaps(practice ?? null),
    register: {
      activities: activities.length,
      toComplete: todo.items.filter((item) => item.kind === 'register-activity').length,
    },
    notice: latest && { outdated: latest.outdated, downloaded },
    diagnostic: {
      applicable: progress.applicable,
      unanswered: progress.unanswered,
      newUnanswered,
      completedAt: progress.completedAt,
    },
    planOpenedAt: opened.at(-1) ?? null,
    ...backupFacts(todo.items),
    dossierAt,
  };
}
