import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from './mail-analysis.types.ts';
import { adviceFor, decideVerdict, VERDICT_LABELS, VERDICT_RULE } from './verdict.ts';

const findings = (...severities: Severity[]): Finding[] =>
  severities.map((severity, i) => ({ code: i % 2 ? 'urgency_language' : 'auth_fail', severity, message: 'x' }));

describe('the verdict rule', () => {
  it.each<[Severity[], string]>([
    [[], 'no_signal'],
    [['low'], 'no_signal'],
    [['low', 'low'], 'suspicious'],
    [['medium'], 'suspicious'],
    [['medium', 'low'], 'suspicious'],
    [['medium', 'medium'], 'dangerous'],
    [['high'], 'dangerous'],
    [['high', 'low'], 'dangerous'],
  ])('%j → %s', (severities, verdict) => {
    expect(decideVerdict(findings(...severities))).toBe(verdict);
  });

  it('has a French label for each verdict and says the rule in three sentences', () => {
    expect(VERDICT_LABELS).toEqual({ dangerous: 'Dangereux', suspicious: 'Suspect', no_signal: 'Aucun signal' });
    expect(VERDICT_RULE).toHaveLength(3);
  });

  it.each([
    ['dangerous', false, 'Ne cliquez sur aucun lien', false],
    ['dangerous', true, 'Ne cliquez sur aucun lien', true],
    ['suspicious', true, 'Vérifiez l’expéditeur', true],
    ['no_signal', true, 'aucun signal', false],
  ] as const)(
    'advice for %s (health insurance: %s) says « %s » (Ameli-Pro steps: %s)',
    (verdict, health, text, ameli) => {
      const advice = adviceFor(verdict, health).join(' ');
      expect(advice).toContain(text);
      expect(advice.includes('3608')).toBe(ameli);
    },
  );
});
