import { describe, expect, it } from 'vitest';
import type { Role } from '../../features/accounts/roles.ts';
import type { Caller } from './caller.ts';
import { refuseIfWithdrawn, withdrawalBy } from './withdraw.ts';

const NOW = new Date('2026-03-27T09:00:00.000Z');
const callerAs = (role: Role): Caller => ({
  practiceId: 'p',
  userId: 'u',
  name: 'Dr Martin',
  role,
  actor: { type: 'user', id: 'u', label: 'Dr Martin (titulaire)' },
});
const withdrawn = { withdrawal: { at: '2026-03-26T08:00:00.000Z', by: 'Dr Martin', reason: 'Fausse alerte' } };

describe('withdrawing an incident or a breach', () => {
  it('records who withdraws, now, and why', () => {
    const withdrawal = withdrawalBy(
      'breach',
      callerAs('owner'),
      { withdrawal: null },
      false,
      { reason: 'Doublon' },
      NOW,
    );
    expect(withdrawal).toEqual({ at: NOW.toISOString(), by: 'Dr Martin (titulaire)', reason: 'Doublon' });
  });

  it('refuses a role that may not withdraw (403) before saying it is already withdrawn', () => {
    expect(() => withdrawalBy('breach', callerAs('secretary'), withdrawn, true, { reason: 'Doublon' }, NOW)).toThrow(
      expect.objectContaining({ statusCode: 403 }),
    );
  });

  it.each([
    ['incident', /^Cet incident a été retiré le .* : il reste dans la liste tel quel/],
    ['breach', /^Cette violation a été retirée le .* : elle reste au registre telle quelle/],
  ] as const)('keeps a withdrawn %s as it was (409, in French)', (kind, message) => {
    expect(() => refuseIfWithdrawn(kind, withdrawn)).toThrow(
      expect.objectContaining({ statusCode: 409, message: expect.stringMatching(message) }),
    );
    expect(() => refuseIfWithdrawn(kind, { withdrawal: null })).not.toThrow();
  });
});
