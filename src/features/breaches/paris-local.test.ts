import { describe, expect, it } from 'vitest';
import { fromParisLocal, toParisLocal } from './paris-local.ts';

describe('date-time fields on the Paris clock', () => {
  it.each([
    ['2026-01-15T09:30:00.000Z', '2026-01-15T10:30'],
    ['2026-07-14T08:00:00.000Z', '2026-07-14T10:00'],
    ['2026-03-29T00:59:00.000Z', '2026-03-29T01:59'],
    ['2026-03-29T01:00:00.000Z', '2026-03-29T03:00'],
    ['2026-10-25T00:30:00.000Z', '2026-10-25T02:30'],
    ['2026-10-25T01:30:00.000Z', '2026-10-25T02:30'],
    ['2026-12-31T23:30:00.000Z', '2027-01-01T00:30'],
  ])('toParisLocal(%s) = %s', (iso, local) => {
    expect(toParisLocal(iso)).toBe(local);
  });

  it.each([
    ['2026-01-15T10:30', '2026-01-15T09:30:00.000Z'],
    ['2026-07-14T10:00', '2026-07-14T08:00:00.000Z'],
    ['2026-03-30T11:00', '2026-03-30T09:00:00.000Z'],
    ['2026-03-29T01:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
    // Skipped in spring: read with the winter offset (03:30 summer time).
    ['2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    // Repeated in autumn: the first of the two instants.
    ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25T03:30', '2026-10-25T02:30:00.000Z'],
  ])('fromParisLocal(%s) = %s', (local, iso) => {
    expect(fromParisLocal(local)).toBe(iso);
  });

  it.each(['', '2026-03-27', '2026-02-30T10:00', '27/03/2026 10:00', '2026-03-27T25:00'])(
    'fromParisLocal(%j) is null',
    (text) => {
      expect(fromParisLocal(text)).toBeNull();
    },
  );
});
