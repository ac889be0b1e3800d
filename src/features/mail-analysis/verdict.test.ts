import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode, Severity } from './mail-analysis.types.ts';
import { adviceFor, VERDICT_LABELS } from './verdict.ts';
import { decideVerdict, VERDICT_TABLE } from './verdict-table.ts';

const CODES: FindingCode[] = ['auth_fail', 'url_shortener', 'credential_request', 'html_attachment'];
/** Findings of unrelated codes (no combination row applies) with these severities. */
const plain = (...severities: Severity[]): Finding[] =>
  severities.map((severity, i) => ({ code: CODES[i] as FindingCode, severity, message: 'x' }));
const coded = (...pairs: [FindingCode, Severity][]): Finding[] =>
  pairs.map(([code, severity]) => ({ code, severity, message: 'x' }));

describe('the verdict table', () => {
  it.each<[string, Finding[], string, number]>([
    ['nothing', [], 'no_signal', 7],
    ['one low', plain('low'), 'no_signal', 7],
    ['two low', plain('low', 'low'), 'suspicious', 6],
    ['one medium', plain('medium'), 'suspicious', 5],
    ['one medium and one low', plain('medium', 'low'), 'suspicious', 5],
    ['two medium', plain('medium', 'medium'), 'dangerous', 4],
    ['one high', plain('high'), 'dangerous', 1],
    ['one high and one low', plain('high', 'low'), 'dangerous', 1],
    [
      'Reply-To elsewhere + urgency',
      coded(['reply_to_mismatch', 'medium'], ['urgency_language', 'low']),
      'dangerous',
      2,
    ],
    [
      'Reply-To elsewhere + payment',
      coded(['reply_to_mismatch', 'medium'], ['payment_language', 'low']),
      'dangerous',
      2,
    ],
    [
      'Return-Path elsewhere + urgency (no Reply-To)',
      coded(['reply_to_mismatch', 'low'], ['urgency_language', 'low']),
      'suspicious',
      6,
    ],
    ['Reply-To elsewhere alone', coded(['reply_to_mismatch', 'medium']), 'suspicious', 5],
    ['unknown document + payment', coded(['unexpected_document', 'low'], ['payment_language', 'low']), 'dangerous', 3],
    [
      'unknown document + urgency only',
      coded(['unexpected_document', 'low'], ['urgency_language', 'low']),
      'suspicious',
      6,
    ],
    ['unknown document alone', coded(['unexpected_document', 'low']), 'no_signal', 7],
    ['DMARC failure alone (medium auth_fail)', coded(['auth_fail', 'medium']), 'suspicious', 5],
  ])('%s → %s (row %i)', (_case, findings, verdict, row) => {
    expect(decideVerdict(findings)).toMatchObject({ verdict, row });
  });

  it('is numbered from 1, ends with a row that always applies, and says each row in French', () => {
    expect(VERDICT_TABLE.map((r) => r.row)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(VERDICT_TABLE.at(-1)?.applies(new Map())).toBe(true);
    for (const row of VERDICT_TABLE) expect(row.when).toMatch(/^[a-zé]/);
  });

  it('has a French label for each verdict', () => {
    expect(VERDICT_LABELS).toEqual({ dangerous: 'Dangereux', suspicious: 'Suspect', no_signal: 'Aucun signal' });
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
