import type { Migration } from 'kysely';
import * as instanceMeta from './2026_11_29_0001_instance_meta.ts';
import * as accounts from './2026_11_29_0002_accounts.ts';
import * as mfa from './2026_11_29_0003_mfa.ts';
import * as checklist from './2026_11_29_0004_checklist.ts';
import * as mailVerdicts from './2026_11_29_0005_mail_verdicts.ts';
import * as requests from './2026_11_29_0007_requests.ts';
import * as incidents from './2026_11_29_0008_incidents.ts';
import * as breaches from './2026_11_29_0009_breaches.ts';
import * as retention from './2026_11_29_0012_retention.ts';
import * as register from './2026_11_29_0013_register.ts';
import * as processorsNotice from './2026_11_29_0014_processors_notice.ts';
import * as legalClocks from './2026_12_07_0020_legal_clocks.ts';
import * as practiceContact from './2026_12_07_0021_practice_contact.ts';
import * as checklistAnswerOrigin from './2026_12_07_0022_checklist_answer_origin.ts';
import * as processorContractEnd from './2026_12_07_0040_processor_contract_end.ts';
import * as registerOpenPoint from './2026_12_07_0050_register_open_point.ts';
import * as calendarFeeds from './2026_12_07_0051_calendar_feeds.ts';
import * as publicNotice from './2026_12_07_0052_public_notice.ts';
import * as evidenceFiles from './2026_12_07_0060_evidence_files.ts';
import * as legalProfile from './2026_12_07_0070_legal_profile.ts';
import * as reminders from './2026_12_07_0071_reminders.ts';
import * as sharedLimits from './2026_12_07_0090_shared_limits.ts';
import * as practiceKeys from './2026_12_07_0100_practice_keys.ts';
import * as journalArchives from './2026_12_07_0101_journal_archives.ts';

/** Every migration, in order. Names are timestamps: never rename one that has shipped. */
export const migrations: Record<string, Migration> = {
  '2026_11_29_0001_instance_meta': instanceMeta,
  '2026_11_29_0002_accounts': accounts,
  '2026_11_29_0003_mfa': mfa,
  '2026_11_29_0004_checklist': checklist,
  '2026_11_29_0005_mail_verdicts': mailVerdicts,
  '2026_11_29_0007_requests': requests,
  '2026_11_29_0008_incidents': incidents,
  '2026_11_29_0009_breaches': breaches,
  '2026_11_29_0012_retention': retention,
  '2026_11_29_0013_register': register,
  '2026_11_29_0014_processors_notice': processorsNotice,
  '2026_12_07_0020_legal_clocks': legalClocks,
  '2026_12_07_0021_practice_contact': practiceContact,
  '2026_12_07_0022_checklist_answer_origin': checklistAnswerOrigin,
  '2026_12_07_0040_processor_contract_end': processorContractEnd,
  '2026_12_07_0050_register_open_point': registerOpenPoint,
  '2026_12_07_0051_calendar_feeds': calendarFeeds,
  '2026_12_07_0052_public_notice': publicNotice,
  '2026_12_07_0060_evidence_files': evidenceFiles,
  '2026_12_07_0070_legal_profile': legalProfile,
  '2026_12_07_0071_reminders': reminders,
  '2026_12_07_0090_shared_limits': sharedLimits,
  '2026_12_07_0100_practice_keys': practiceKeys,
  '2026_12_07_0101_journal_archives': journalArchives,
};
