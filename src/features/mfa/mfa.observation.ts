import type { Db } from '../../db/connect.ts';
import type { Observation, ObservationRule } from '../../lib/observations/registry.ts';
import { listUsers } from '../accounts/users.repository.ts';

export interface MfaFacts {
  /** Active accounts of the practice, and how many have double authentication. */
  active: number;
  withMfa: number;
}

/**
 * « Activer la double authentification… », as Hygie sees it: done when every active Hygie account
 * of the practice has it; nothing otherwise (the person answers for her other services too).
 * @example observeMfa({ active: 2, withMfa: 2 }, now)?.status // 'done'
 */
export function observeMfa(facts: MfaFacts, _now: Date): Observation | null {
  if (facts.active === 0 || facts.withMfa < facts.active) return null;
  return {
    status: 'done',
    fact:
      facts.active === 1
        ? 'Le compte Hygie du cabinet a la double authentification.'
        : `Les ${facts.active} comptes Hygie actifs du cabinet ont la double authentification.`,
    href: '/utilisateurs',
    since: null,
  };
}

export function mfaObservationRule(db: Db): ObservationRule<MfaFacts> {
  return {
    id: 'mfa-every-account',
    measureId: 'double-authentification',
    async gather({ practiceId }) {
      const active = (await listUsers(db, practiceId)).filter((user) => user.status === 'active');
      return { active: active.length, withMfa: active.filter((user) => user.mfaEnabled).length };
    },
    observe: observeMfa,
  };
}
