import { describe, expect, it } from 'vitest';
import { isoDay, isoInstant } from './zod.ts';

describe('isoDay: a real day between 1900 and 2100', () => {
  const day = isoDay('date de réception');
  it.each([
    ['1900-01-01', true],
    ['2026-12-31', true],
    ['2100-12-31', true],
    ['1899-12-31', false],
    ['0001-01-01', false],
    ['2101-01-01', false],
    ['9999-12-31', false],
  ])('%s → %s', (value, ok) => {
    const result = day.safeParse(value);
    expect(result.success).toBe(ok);
    if (!result.success) {
      expect(result.error.issues[0]?.message).toBe(
        'date de réception hors des limites : entre le 1er janvier 1900 et le 31 décembre 2100',
      );
    }
  });

  it('still names the field when the format is wrong', () => {
    expect(day.safeParse('31/12/2026').error?.issues[0]?.message).toBe(
      'date de réception invalide : le format attendu est AAAA-MM-JJ, par exemple 2026-12-31',
    );
  });
});

describe('isoInstant: an instant between 1900 and 2100 (in UTC)', () => {
  const instant = isoInstant('date de découverte');
  it.each([
    ['2026-03-27T09:00:00Z', true],
    ['2026-03-27T10:00:00+01:00', true],
    ['1900-01-01T00:00:00Z', true],
    ['2100-12-31T23:59:59Z', true],
    ['0001-01-01T00:00:00Z', false],
    ['1899-12-31T23:59:59Z', false],
    ['2101-01-01T00:30:00+01:00', true], // 2100-12-31T23:30Z
    ['2101-01-01T00:00:00Z', false],
  ])('%s → %s', (value, ok) => {
    const result = instant.safeParse(value);
    expect(result.success).toBe(ok);
    if (!result.success) expect(result.error.issues[0]?.message).toMatch(/^date de découverte hors des limites/);
  });
});

describe('isoInstant refuses what is not an instant with its French message, never a thrown error', () => {
  const instant = isoInstant('date du dépôt de plainte');
  it.each(['hier', '2026-03-27', '2026-13-45T99:00:00Z', ''])('%j', (value) => {
    const result = instant.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/^date du dépôt de plainte invalide : date et heure ISO 8601/);
  });
});
