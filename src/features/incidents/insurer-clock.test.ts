import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../lib/dates/index.ts';
import {
  COMPLAINT_TIMING_LABELS,
  complaintTiming,
  insurerComplaintDeadline,
  insurerWarns,
  isAttackOrigin,
  isAttackScenario,
} from './insurer-clock.ts';

const HOUR = 3_600_000;
const plus = (at: Date, hours: number) => new Date(at.getTime() + hours * HOUR);

// Awareness on the Friday before each daylight-saving change (Paris), and on an ordinary day.
const CASES = [
  ['spring change (27/03/2026 10:00 Paris)', new Date('2026-03-27T09:00:00Z'), '30/03/2026 à 11:00'],
  ['autumn change (23/10/2026 10:00 Paris)', new Date('2026-10-23T08:00:00Z'), '26/10/2026 à 09:00'],
  ['no change (04/12/2026 10:00 Paris)', new Date('2026-12-04T09:00:00Z'), '07/12/2026 à 10:00'],
] as const;

describe('the insurer’s 72 hours (Code des assurances L. 12-10-1), in elapsed hours', () => {
  it.each(CASES)('%s: the deadline is 72 real hours later, %s in Paris', (_case, aware, paris) => {
    expect(insurerComplaintDeadline(aware).getTime() - aware.getTime()).toBe(72 * HOUR);
    expect(formatDateTime(insurerComplaintDeadline(aware))).toBe(paris);
  });

  it.each(
    CASES.flatMap(([name, aware]) => [
      [name, aware, 70, 'dans les délais'],
      [name, aware, 72, 'dans les délais'],
      [name, aware, 73, 'hors délai'],
    ]) as [string, Date, number, string][],
  )('%s: a complaint at +%i h is « %s »', (_case, aware, hours, label) => {
    expect(COMPLAINT_TIMING_LABELS[complaintTiming(aware, plus(aware, hours))]).toBe(label);
  });

  it.each(
    CASES.flatMap(([name, aware]) => [
      [name, aware, 47, null, false],
      [name, aware, 49, null, true],
      [name, aware, 71, null, true],
      [name, aware, 71, 70, false],
    ]) as [string, Date, number, number | null, boolean][],
  )('%s: at +%i h, complaint at %s h, the home card warns: %s', (_case, aware, now, filed, warns) => {
    expect(insurerWarns(aware, filed === null ? null : plus(aware, filed), plus(aware, now))).toBe(warns);
  });

  it.each([
    ['ransomware', true],
    ['phishing_opened', true],
    ['account_compromised', true],
    ['provider_breach', true],
    ['device_lost', false],
    ['misdirected_message', false],
    ['other', false],
  ] as const)('incident « %s » is an attack: %s', (scenario, attack) => {
    expect(isAttackScenario(scenario)).toBe(attack);
  });

  it.each([
    ['ransomware', true],
    ['hacking', true],
    ['phishing', true],
    ['device_lost', false],
    ['misdirected_mail', false],
    [null, false],
  ] as const)('breach origin « %s » is an attack: %s', (origin, attack) => {
    expect(isAttackOrigin(origin)).toBe(attack);
  });
});
