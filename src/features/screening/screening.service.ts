import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { badRequest, notFound } from '../../server/errors.ts';
import { findPractice } from '../accounts/practices.repository.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { insertDecision, listDecisions, type ScreeningDecision } from './screening.repository.ts';
import type { DecisionView, ScreeningInput, ScreeningView } from './screening.schema.ts';
import {
  ASKS_INDIVIDUAL,
  defaultAnswers,
  type ScreeningAnswers,
  type ScreeningKind,
  STRUCTURE_LABELS,
  screen,
} from './screening.ts';

/** Who answers, and under which name the journal records it. */
export interface Caller {
  practiceId: string;
  userId: string | null;
  actor: JournalActor;
}

const KIND_LABELS: Record<ScreeningKind, string> = {
  dpo: 'délégué à la protection des données (DPO)',
  dpia: 'analyse d’impact (AIPD)',
};

/** The answers as the rules read them: `individual` only where it is asked. */
function answersOf(input: ScreeningInput): ScreeningAnswers {
  const asked = ASKS_INDIVIDUAL.includes(input.structure);
  if (asked && input.individual === null) {
    throw badRequest(
      `Champ « individual » : pour une structure « ${STRUCTURE_LABELS[input.structure]} », indiquez si un seul professionnel y exerce (vrai) ou plusieurs (faux).`,
      'individual',
    );
  }
  return {
    structure: input.structure,
    individual: asked ? input.individual : null,
    sharedRecords: input.sharedRecords,
    sharedInformationSystem: input.sharedInformationSystem,
    patientsPerYear: input.patientsPerYear,
  };
}

export function decisionView(decision: ScreeningDecision): DecisionView {
  return {
    id: decision.id,
    kind: decision.kind,
    number: decision.number,
    answers: decision.answers,
    result: decision.result,
    summary: decision.summary,
    reasons: decision.reasons,
    note: decision.note,
    decidedBy: decision.decidedBy.label,
    decidedAt: decision.decidedAt,
  };
}

/**
 * Records the answers of a questionnaire and its result: a new decision each time, the previous
 * ones kept as history; journaled in the same transaction.
 * @throws HttpError 400 when a pharmacy or laboratory does not say whether one professional practises alone.
 */
export async function recordScreening(
  db: Db,
  caller: Caller,
  kind: ScreeningKind,
  input: ScreeningInput,
  now: Date,
): Promise<ScreeningDecision> {
  const answers = answersOf(input);
  const outcome = screen(kind, answers);
  return withTransaction(db, async (trx) => {
    const [previous] = await listDecisions(trx, caller.practiceId, kind);
    const decision: ScreeningDecision = {
      id: randomUUID(),
      practiceId: caller.practiceId,
      kind,
      number: (previous?.number ?? 0) + 1,
      answers,
      result: outcome.result,
      summary: outcome.summary,
      reasons: outcome.reasons,
      note: input.note,
      decidedBy: { id: caller.userId, label: caller.actor.label },
      decidedAt: now.toISOString(),
    };
    await insertDecision(trx, decision);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'screening.recorded',
        subject: { type: 'screening', id: kind },
        summary: `${previous ? 'Évaluation revue' : 'Évaluation enregistrée'} : ${KIND_LABELS[kind]} ${outcome.result}${previous && previous.result !== outcome.result ? ` (auparavant ${previous.result})` : ''}.`,
        data: { kind, result: outcome.result, previous: previous?.result ?? null },
      },
      now,
    );
    return decision;
  });
}

/** What the practice must still do after its decisions, in plain French. */
export function screeningAlerts(
  dpo: ScreeningDecision | undefined,
  dpia: ScreeningDecision | undefined,
  dpoDesignated: boolean,
): string[] {
  const alerts: string[] = [];
  if (dpo?.result === 'obligatoire' && !dpoDesignated) {
    alerts.push(
      'Un délégué à la protection des données est obligatoire pour votre cabinet, mais aucun n’est renseigné : désignez-le, puis indiquez ses coordonnées sur la page « Cabinet ».',
    );
  }
  if (dpia?.result === 'obligatoire') {
    alerts.push(
      'Une analyse d’impact est obligatoire : menez-la avant de changer votre façon de traiter les données, et gardez-la avec votre registre.',
    );
  }
  return alerts;
}

/** The decisions of both questionnaires, the DPO of the profile and the alerts. */
export async function screeningOverview(db: Db, practiceId: string): Promise<ScreeningView> {
  const practice = await findPractice(db, practiceId);
  if (!practice) throw notFound();
  const [dpo, dpia] = await Promise.all([listDecisions(db, practiceId, 'dpo'), listDecisions(db, practiceId, 'dpia')]);
  return {
    dpo: { current: dpo[0] ? decisionView(dpo[0]) : null, history: dpo.map(decisionView) },
    dpia: { current: dpia[0] ? decisionView(dpia[0]) : null, history: dpia.map(decisionView) },
    dpoContact: practice.dpo,
    suggestedAnswers: defaultAnswers(practice.structureType),
    alerts: screeningAlerts(dpo[0], dpia[0], practice.dpo !== null),
  };
}
