import type { Selectable } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { ScreeningDecisionsTable } from './screening.tables.ts';
import type { ScreeningAnswers, ScreeningKind, ScreeningReason, ScreeningResult } from './screening.ts';

/** A recorded screening: the answers, what they gave, who answered and when. */
export interface ScreeningDecision {
  id: string;
  practiceId: string;
  kind: ScreeningKind;
  /** 1 for the first answer of this questionnaire, then 2, 3… at each revisit. */
  number: number;
  answers: ScreeningAnswers;
  result: ScreeningResult;
  summary: string;
  reasons: ScreeningReason[];
  note: string | null;
  decidedBy: { id: string | null; label: string };
  decidedAt: string;
}

function fromRow(row: Selectable<ScreeningDecisionsTable>): ScreeningDecision {
  const why = JSON.parse(row.reasons) as { summary: string; reasons: ScreeningReason[] };
  return {
    id: row.id,
    practiceId: row.practice_id,
    kind: row.kind as ScreeningKind,
    number: Number(row.number),
    answers: JSON.parse(row.answers) as ScreeningAnswers,
    result: row.result as ScreeningResult,
    summary: why.summary,
    reasons: why.reasons,
    note: row.note,
    decidedBy: { id: row.decided_by_id, label: row.decided_by },
    decidedAt: row.decided_at,
  };
}

export async function insertDecision(db: Db, decision: ScreeningDecision): Promise<void> {
  await db
    .insertInto('screening_decisions')
    .values({
      id: decision.id,
      practice_id: decision.practiceId,
      kind: decision.kind,
      number: decision.number,
      answers: JSON.stringify(decision.answers),
      result: decision.result,
      reasons: JSON.stringify({ summary: decision.summary, reasons: decision.reasons }),
      note: decision.note,
      decided_by_id: decision.decidedBy.id,
      decided_by: decision.decidedBy.label,
      decided_at: decision.decidedAt,
    })
    .execute();
}

/** The practice's decisions of one kind, the most recent first. */
export async function listDecisions(db: Db, practiceId: string, kind: ScreeningKind): Promise<ScreeningDecision[]> {
  const rows = await db
    .selectFrom('screening_decisions')
    .selectAll()
    .where('practice_id', '=', practiceId)
    .where('kind', '=', kind)
    .orderBy('number', 'desc')
    .execute();
  return rows.map(fromRow);
}
