import type { Db } from '../../db/connect.ts';
import { onDay } from '../../lib/observations/facts.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { listDecisions } from './screening.repository.ts';
import type { ScreeningKind, ScreeningResult } from './screening.ts';

export interface ScreeningFacts {
  /** The latest recorded decision of the questionnaire, if any. */
  latest: { result: ScreeningResult; decidedAt: string } | null;
}

const LABELS: Record<ScreeningKind, string> = {
  dpo: 'délégué à la protection des données',
  dpia: 'analyse d’impact',
};

/**
 * « Vérifier si le cabinet doit désigner un DPO » / « … si une AIPD est nécessaire »: done when the
 * questionnaire's recorded decision says it is not mandatory (the check is made and nothing more is
 * due); when it is mandatory or recommended, Hygie cannot see it done: the person answers.
 * @example observeScreening('dpo')({ latest: { result: 'non obligatoire', decidedAt } }, now)?.status // 'done'
 */
export function observeScreening(kind: ScreeningKind) {
  return (facts: ScreeningFacts, _now: Date): Observation | null => {
    if (facts.latest === null || facts.latest.result !== 'non obligatoire') return null;
    return {
      status: 'done',
      fact: `Question vérifiée avec Hygie ${onDay(facts.latest.decidedAt)} : ${LABELS[kind]} non obligatoire pour le cabinet.`,
      href: '/information-patients#dpo-aipd',
      since: facts.latest.decidedAt,
    };
  };
}

export function screeningObservationRule(db: Db, kind: ScreeningKind): ObservationRule<ScreeningFacts> {
  return {
    id: `screening-${kind}`,
    measureId: kind === 'dpo' ? 'designation-dpo' : 'analyse-impact-aipd',
    async gather({ practiceId }) {
      const [latest] = await listDecisions(db, practiceId, kind);
      return { latest: latest ? { result: latest.result, decidedAt: latest.decidedAt } : null };
    },
    observe: observeScreening(kind),
  };
}
