import type { Db } from '../db/connect.ts';
import { backupObservationRule } from '../features/backup/backup.observation.ts';
import { breachesObservationRule } from '../features/breaches/breaches.observation.ts';
import { journalObservationRule } from '../features/journal/journal.observation.ts';
import { mfaObservationRule } from '../features/mfa/mfa.observation.ts';
import { noticeObservationRule } from '../features/notice/notice.observation.ts';
import { processorsObservationRule } from '../features/processors/processors.observation.ts';
import { registerObservationRule } from '../features/register/register.observation.ts';
import { retentionObservationRule } from '../features/retention/retention.observation.ts';
import { screeningObservationRule } from '../features/screening/screening.observation.ts';
import type { ObservationRegistry } from '../lib/observations/registry.ts';

/**
 * Every « constaté par Hygie » rule, in one place: each feature contributes the rule of the
 * measure whose truth it holds (`<feature>.observation.ts`: facts gathered by its repositories, a
 * pure `observe` function). `local`: Hygie runs on the practice's own computer (SQLite).
 */
export function registerObservationRules(registry: ObservationRegistry, db: Db, local: boolean): void {
  registry.register(registerObservationRule(db));
  registry.register(noticeObservationRule(db));
  registry.register(journalObservationRule(db));
  registry.register(backupObservationRule(db, local));
  registry.register(mfaObservationRule(db));
  registry.register(breachesObservationRule(db));
  registry.register(processorsObservationRule(db));
  registry.register(retentionObservationRule(db));
  registry.register(screeningObservationRule(db, 'dpo'));
  registry.register(screeningObservationRule(db, 'dpia'));
}
