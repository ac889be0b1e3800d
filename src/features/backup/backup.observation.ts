import type { Db } from '../../db/connect.ts';
import { daysSince, onDay } from '../../lib/observations/facts.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { latestEntryAt } from '../journal/journal.repository.ts';

/** A backup of Hygie older than this many days must be made again. */
export const BACKUP_MAX_AGE_DAYS = 30;

export interface BackupFacts {
  /** Hygie runs on the practice's own computer (SQLite): its backups are the practice's to make. */
  local: boolean;
  /** The last encrypted backup of Hygie (ISO instant). */
  lastBackupAt: string | null;
}

/**
 * « Mettre en place une sauvegarde… », as far as Hygie sees it: on the practice's own computer,
 * done when Hygie was backed up within {@link BACKUP_MAX_AGE_DAYS} days, « à faire » (to redo)
 * when the last backup is older. Hosted (PostgreSQL): the host backs up; the person answers.
 * @example observeBackup({ local: true, lastBackupAt: '2026-12-01T10:00:00Z' }, new Date('2026-12-07T10:00:00Z'))?.status // 'done'
 */
export function observeBackup(facts: BackupFacts, now: Date): Observation | null {
  if (!facts.local || facts.lastBackupAt === null) return null;
  const age = daysSince(facts.lastBackupAt, now);
  if (age > BACKUP_MAX_AGE_DAYS) {
    return {
      status: 'todo',
      fact: `Dernière sauvegarde de Hygie ${onDay(facts.lastBackupAt)}, il y a ${age} jours : refaites-en une.`,
      href: '/mon-compte#sauvegarde',
      since: null,
    };
  }
  return {
    status: 'done',
    fact: `Sauvegarde chiffrée de Hygie faite ${onDay(facts.lastBackupAt)}.`,
    href: '/mon-compte#sauvegarde',
    since: facts.lastBackupAt,
  };
}

export function backupObservationRule(db: Db, local: boolean): ObservationRule<BackupFacts> {
  return {
    id: 'backup-recent',
    measureId: 'sauvegarde-reguliere',
    async gather({ practiceId }) {
      return { local, lastBackupAt: local ? await latestEntryAt(db, practiceId, ['backup.created']) : null };
    },
    observe: observeBackup,
  };
}
