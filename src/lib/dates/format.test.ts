import { describe, expect, it } from 'vitest';
import { formatDateLong, formatDateShort, formatDateTime, formatDayLong, formatDayShort, PARIS } from './format.ts';

describe('instants shown in Paris time', () => {
  it('uses the Paris time zone', () => {
    expect(PARIS).toBe('Europe/Paris');
  });

  it.each([
    ['2026-11-29T13:05:00Z', '29 novembre 2026'],
    ['2026-05-01T10:00:00Z', '1er mai 2026'],
    ['2026-11-01T12:00:00Z', '1er novembre 2026'],
    ['2026-12-31T23:30:00Z', '1er janvier 2027'],
    ['2026-10-11T10:00:00Z', '11 octobre 2026'],
    ['2026-03-21T10:00:00Z', '21 mars 2026'],
    ['2026-03-28T23:30:00Z', '29 mars 2026'],
    ['2026-08-15T08:00:00Z', '15 août 2026'],
  ])('formatDateLong(%s) = %s', (instant, expected) => {
    expect(formatDateLong(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-11-29T22:59:59Z', '29/11/2026'],
    ['2026-11-29T23:30:00Z', '30/11/2026'],
    ['2026-07-14T21:59:00Z', '14/07/2026'],
    ['2026-07-14T22:00:00Z', '15/07/2026'],
  ])('formatDateShort(%s) = %s', (instant, expected) => {
    expect(formatDateShort(new Date(instant))).toBe(expected);
  });

  it.each([
    ['2026-11-29T13:05:00Z', '29/11/2026 à 14:05'],
    ['2026-07-14T08:00:00Z', '14/07/2026 à 10:00'],
    ['2026-03-29T00:59:00Z', '29/03/2026 à 01:59'], // last minute of winter time
    ['2026-03-29T01:00:00Z', '29/03/2026 à 03:00'], // 02:00 is skipped
    ['2026-10-25T00:30:00Z', '25/10/2026 à 02:30'], // summer time
    ['2026-10-25T01:30:00Z', '25/10/2026 à 02:30'], // same wall-clock time, one hour later
  ])('formatDateTime(%s) = %s', (instant, expected) => {
    expect(formatDateTime(new Date(instant))).toBe(expected);
  });
});

describe('plain days', () => {
  it.each([
    ['2026-10-05', '5 octobre 2026', 'lundi 5 octobre 2026', '05/10/2026'],
    ['2026-05-01', '1er mai 2026', 'vendredi 1er mai 2026', '01/05/2026'],
    ['2028-02-29', '29 février 2028', 'mardi 29 février 2028', '29/02/2028'],
    ['2026-08-15', '15 août 2026', 'samedi 15 août 2026', '15/08/2026'],
    ['2026-03-29', '29 mars 2026', 'dimanche 29 mars 2026', '29/03/2026'],
    ['2026-12-31', '31 décembre 2026', 'jeudi 31 décembre 2026', '31/12/2026'],
  ])('%s reads %s / %s / %s', (day, long, withWeekday, short) => {
    expect(formatDayLong(day)).toBe(long);
    expect(formatDayLong(day, { weekday: true })).toBe(withWeekday);
    expect(formatDayShort(day)).toBe(short);
  });

  it.each(['2026-02-30', '2026-2-03', '2026-10-05T10:00:00Z', ''])('rejects %j', (day) => {
    expect(() => formatDayLong(day)).toThrow(RangeError);
    expect(() => formatDayShort(day)).toThrow(RangeError);
  });
});
