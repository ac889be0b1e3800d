import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import { ownDomainsFromEmails } from './analysis-context.ts';
import type { KnownDomains } from './known-domains.referential.ts';
import { FINDING_CODES, type FindingCode, type PracticeContext, type Verdict } from './mail-analysis.types.ts';
import type { MailVerdictsTable } from './mail-verdicts.tables.ts';

/**
 * What the analyser knows of a practice: its users' names (a display name copying one of them is
 * an impersonation) and its own domains, taken from their addresses without public webmail.
 */
export async function practiceContextOf(db: Db, practiceId: string, known: KnownDomains): Promise<PracticeContext> {
  const users = await db
    .selectFrom('users')
    .select(['name', 'email'])
    .where('practice_id', '=', practiceId)
    .where('status', '=', 'active')
    .execute();
  return {
    ownDomains: ownDomainsFromEmails(
      users.map((user) => user.email),
      known,
    ),
    people: users.map((user) => ({ name: user.name, email: user.email })),
  };
}

/** A verdict a user chose to keep (never the message, its subject or its body). */
export interface KeptVerdict {
  id: string;
  verdict: Verdict;
  findingCodes: FindingCode[];
  senderDomain: string | null;
  keptBy: string;
  userId: string | null;
  createdAt: string;
}

function codesOf(json: string): FindingCode[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((code): code is FindingCode => FINDING_CODES.includes(code)) : [];
  } catch {
    return [];
  }
}

function fromRow(row: Selectable<MailVerdictsTable>): KeptVerdict {
  return {
    id: row.id,
    verdict: row.verdict as Verdict,
    findingCodes: codesOf(row.finding_codes),
    senderDomain: row.sender_domain,
    keptBy: row.kept_by,
    userId: row.user_id,
    createdAt: row.created_at,
  };
}

export async function insertVerdict(
  db: Db,
  practiceId: string,
  input: {
    userId: string | null;
    keptBy: string;
    verdict: Verdict;
    findingCodes: FindingCode[];
    senderDomain: string | null;
  },
  now: Date,
): Promise<KeptVerdict> {
  const row = {
    id: randomUUID(),
    practice_id: practiceId,
    user_id: input.userId,
    kept_by: input.keptBy,
    verdict: input.verdict,
    finding_codes: JSON.stringify(input.findingCodes),
    sender_domain: input.senderDomain,
    created_at: now.toISOString(),
  };
  await db.insertInto('mail_verdicts').values(row).execute();
  return fromRow(row);
}

/** The practice's kept verdicts, newest first. */
export async function listVerdicts(db: Db, practiceId: string, limit = 200): Promise<KeptVerdict[]> {
  const rows = await db
    .selectFrom('mail_verdicts')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(fromRow);
}

export async function findVerdict(db: Db, practiceId: string, id: string): Promise<KeptVerdict | null> {
  const row = await db
    .selectFrom('mail_verdicts')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

export async function deleteVerdict(db: Db, practiceId: string, id: string): Promise<void> {
  await db.deleteFrom('mail_verdicts').where('practice_id', '=', practiceId).where('id', '=', id).execute();
}
