import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from '../../lib/zod.ts';
import { defineJournalEvents, mergeJournalEvents } from './define-events.ts';
import { actionLabel, JOURNAL_ACTIONS, JOURNAL_EVENTS, type JournalEvent, parseEventData } from './journal-events.ts';

describe('the journal event registry', () => {
  it('lists the core actions', () => {
    expect(JOURNAL_ACTIONS).toEqual(
      expect.arrayContaining(['auth.login', 'user.role_changed', 'instance.practice_created']),
    );
    expect(JOURNAL_ACTIONS).toHaveLength(Object.keys(JOURNAL_EVENTS).length);
    expect(Object.isFrozen(JOURNAL_ACTIONS)).toBe(true);
    expect(z.enum(JOURNAL_ACTIONS).safeParse('auth.logout').success).toBe(true);
  });

  it.each(JOURNAL_ACTIONS)('has a French label for %s', (action) => {
    const label = actionLabel(action);
    expect(label).toMatch(/^[A-ZÉ][^.]*[^.\s]$/);
    expect(label).not.toMatch(/'|\b(login|logout|token|user)\b/i);
  });

  it('gives every action a distinct label', () => {
    expect(new Set(JOURNAL_ACTIONS.map(actionLabel)).size).toBe(JOURNAL_ACTIONS.length);
  });

  it.each([
    ['auth.login', 'Connexion'],
    ['auth.login_failed', 'Échec de connexion'],
    ['user.role_changed', 'Rôle modifié'],
    ['token.created', 'Jeton d’accès créé'],
    ['legacy.retired_action', 'Action non répertoriée (legacy.retired_action)'],
    ['toString', 'Action non répertoriée (toString)'],
  ])('labels %s "%s"', (action, label) => {
    expect(actionLabel(action)).toBe(label);
  });

  it.each<[string, unknown]>([
    ['auth.login', { method: 'token' }],
    ['auth.login_failed', { reason: 'throttled', attempt: 6 }],
    ['auth.logout', { everywhere: false }],
    ['practice.updated', { fields: ['name', 'address'] }],
    ['user.invited', { email: 'secretariat@cabinet.fr', role: 'secretary' }],
    ['user.role_changed', { from: 'practitioner', to: 'owner' }],
    ['user.password_reset', { by: 'cli' }],
    ['token.created', { name: 'Logiciel de sauvegarde', expiresAt: '2027-01-01T00:00:00.000Z' }],
    ['token.created', { name: 'Sans fin', expiresAt: null }],
    ['journal.exported', { format: 'csv', count: 0 }],
    ['mfa.enabled', {}],
  ])('accepts %s with %j', (action, data) => {
    expect(parseEventData(action, data)).toEqual({ ok: true, event: { action, data } });
  });

  it.each<[string, unknown, string]>([
    ['auth.login', { method: 'magic' }, 'method'],
    ['auth.login', {}, 'method'],
    ['auth.login', { method: 'password', patient: 'Dupont' }, 'patient'],
    ['auth.login_failed', { reason: 'bad_password', attempt: 0 }, 'attempt'],
    ['auth.login_failed', { reason: 'bad_password', attempt: 1.5 }, 'attempt'],
    ['user.invited', { email: 'pas-un-email', role: 'owner' }, 'email'],
    ['user.role_changed', { from: 'owner', to: 'boss' }, 'to'],
    ['journal.exported', { format: 'pdf', count: 1 }, 'format'],
    ['mfa.disabled', { by: 'owner' }, 'by'],
    ['mfa.disabled', null, ''],
    ['auth.logout', '{"everywhere":true}', ''],
  ])('rejects %s with %j, naming the field', (action, data, field) => {
    const result = parseEventData(action, data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_data');
    expect(result.error.message).toMatch(new RegExp(`^Données invalides pour l’action « ${actionLabel(action)} » : `));
    expect(result.error.message).toContain(field);
  });

  it.each(['legacy.retired_action', 'toString', '__proto__', ''])(
    'returns an error for the unknown action "%s"',
    (action) => {
      expect(parseEventData(action, {})).toEqual({
        ok: false,
        error: { code: 'unknown_action', action, message: `Action de journal inconnue : « ${action} ».` },
      });
    },
  );

  it('types events as a union discriminated by action', () => {
    expectTypeOf<Extract<JournalEvent, { action: 'user.role_changed' }>['data']>().toEqualTypeOf<{
      from: 'owner' | 'practitioner' | 'secretary' | 'auditor';
      to: 'owner' | 'practitioner' | 'secretary' | 'auditor';
    }>();
    expectTypeOf<Extract<JournalEvent, { action: 'auth.login' }>['data']>().toEqualTypeOf<{
      method: 'password' | 'token';
    }>();
  });
});

describe('adding a feature’s actions', () => {
  const breach = defineJournalEvents({
    'breach.recorded': { label: 'Violation enregistrée', data: z.strictObject({ severity: z.enum(['low', 'high']) }) },
  });

  it('merges groups into one typed registry', () => {
    const merged = mergeJournalEvents({ 'auth.login': JOURNAL_EVENTS['auth.login'] }, breach);
    expect(Object.keys(merged)).toEqual(['auth.login', 'breach.recorded']);
    expectTypeOf(merged['breach.recorded'].label).toBeString();
    expect(merged['breach.recorded'].data.safeParse({ severity: 'high' }).success).toBe(true);
  });

  it('refuses an action defined twice', () => {
    expect(() => mergeJournalEvents(breach, breach)).toThrow('Journal action defined twice: breach.recorded');
  });

  it.each(['Breach.recorded', 'breach', 'breach.', 'breach.recorded-now', 'breach..x'])(
    'refuses the name "%s"',
    (name) => {
      expect(() => defineJournalEvents({ [name]: { label: 'x', data: z.strictObject({}) } })).toThrow(name);
    },
  );
});
