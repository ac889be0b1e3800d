import { describe, expect, it } from 'vitest';
import type { Role } from '../../features/accounts/roles.ts';
import {
  type LifecycleKind,
  type LifecycleState,
  lifecycleState,
  mayWithdraw,
  type Withdrawal,
  withdrawalColumns,
  withdrawalOf,
  withdrawalRefusal,
  withdrawBody,
} from './lifecycle.ts';

const W: Withdrawal = { at: '2026-03-27T09:00:00.000Z', by: 'Dr Martin', reason: 'Fausse alerte' };

describe('one lifecycle for incidents and breaches', () => {
  it.each<[string, Withdrawal | null, boolean, LifecycleState]>([
    ['open', null, false, 'open'],
    ['closed', null, true, 'closed'],
    ['withdrawn while open', W, false, 'withdrawn'],
    ['withdrawn after closing', W, true, 'withdrawn'],
  ])('%s → %s', (_label, withdrawal, closed, state) => {
    expect(lifecycleState({ withdrawal, closed })).toBe(state);
  });

  it.each<[LifecycleKind, Role, boolean, boolean]>([
    ['incident', 'owner', false, true],
    ['incident', 'practitioner', true, true],
    ['incident', 'practitioner', false, false],
    ['incident', 'secretary', true, true],
    ['incident', 'secretary', false, false],
    ['incident', 'auditor', true, false],
    ['breach', 'owner', false, true],
    ['breach', 'practitioner', false, true],
    ['breach', 'secretary', true, false],
    ['breach', 'auditor', false, false],
  ])('a %s may be withdrawn by a %s (author: %s): %s', (kind, role, isAuthor, allowed) => {
    expect(mayWithdraw(kind, role, isAuthor)).toBe(allowed);
    expect(withdrawalRefusal(kind, role, isAuthor) === null).toBe(allowed);
  });

  it('keeps the withdrawal in three columns and reads it back', () => {
    expect(withdrawalOf(withdrawalColumns(W))).toEqual(W);
    expect(withdrawalOf(withdrawalColumns(null))).toBeNull();
  });

  it.each([
    [{ reason: 'Le message venait bien de la banque' }, true],
    [{ reason: '  ok ' }, false],
    [{}, false],
    [{ reason: 'x'.repeat(2001) }, false],
    [{ reason: 'Fausse alerte', extra: 1 }, false],
  ])('validates the reason %j: %s', (body, ok) => {
    expect(withdrawBody.safeParse(body).success).toBe(ok);
  });
});
