import type { Db } from '../../db/connect.ts';
import { formatDateLong } from '../../lib/dates/index.ts';
import type { TodoItem, TodoProvider } from '../../lib/todo/registry.ts';
import { listJournal } from '../journal/journal.repository.ts';

export const BACKUP_TODO = 'backup';
/** A practice's own computer should be backed up at least once a week. */
export const BACKUP_EVERY_DAYS = 7;

const DAY = 86_400_000;
const OWNER = { roles: ['owner'] as const, assigneeId: null };

/** What the backup items are made from: the last journaled backup and recovery-kit download. */
export interface BackupFacts {
  /** A practice's own computer (SQLite): backups are the practice's; in hosted mode, the host's. */
  local: boolean;
  lastBackupAt: string | null;
  kitDownloadedAt: string | null;
}

/**
 * The recovery kit until it is downloaded once; on a practice's own computer, the next backup, due
 * {@link BACKUP_EVERY_DAYS} days after the last one (none yet: due now, without a date).
 * @example backupTodos({ local: false, lastBackupAt: null, kitDownloadedAt: '2026-11-01T10:00:00Z' }, new Date()) // []
 */
export function backupTodos(facts: BackupFacts, now: Date): TodoItem[] {
  const items: TodoItem[] = [];
  if (facts.kitDownloadedAt === null) {
    items.push({
      id: 'recovery-kit:kit',
      kind: 'recovery-kit',
      title: 'Imprimer le kit de secours',
      detail: null,
      due: null,
      dueDay: null,
      state: 'open',
      severity: 'warning',
      audience: OWNER,
      href: '/mon-compte#sauvegarde',
    });
  }
  if (facts.local) {
    const due = facts.lastBackupAt ? new Date(new Date(facts.lastBackupAt).getTime() + BACKUP_EVERY_DAYS * DAY) : null;
    const overdue = due !== null && due.getTime() <= now.getTime();
    items.push({
      id: 'backup:hygie',
      kind: 'backup',
      title: due ? 'Sauvegarder Hygie (une fois par semaine)' : 'Faire la première sauvegarde de Hygie',
      detail: facts.lastBackupAt ? `Dernière sauvegarde : ${formatDateLong(new Date(facts.lastBackupAt))}.` : null,
      due: due?.toISOString() ?? null,
      dueDay: null,
      state: overdue ? 'overdue' : due !== null && due.getTime() - now.getTime() <= DAY ? 'due_soon' : 'open',
      severity: overdue ? 'warning' : 'info',
      audience: OWNER,
      href: '/mon-compte#sauvegarde',
    });
  }
  return items;
}

async function lastEntryAt(db: Db, practiceId: string, action: 'backup.created' | 'recovery_kit.downloaded') {
  const [entry] = await listJournal(db, practiceId, { action, limit: 1 });
  return entry?.at ?? null;
}

/** The facts, from the journal. */
export async function backupFacts(db: Db, practiceId: string, local: boolean): Promise<BackupFacts> {
  const [lastBackupAt, kitDownloadedAt] = await Promise.all([
    lastEntryAt(db, practiceId, 'backup.created'),
    lastEntryAt(db, practiceId, 'recovery_kit.downloaded'),
  ]);
  return { local, lastBackupAt, kitDownloadedAt };
}

/** The provider the routes plugin registers on `app.todo`. */
export function backupTodo(db: Db, local: boolean): TodoProvider {
  return { id: BACKUP_TODO, load: async (ctx) => backupTodos(await backupFacts(db, ctx.practiceId, local), ctx.now) };
}
