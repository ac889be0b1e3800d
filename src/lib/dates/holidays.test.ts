import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  isAlsaceMoselle,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  publicHolidays,
} from './holidays.ts';

const NATIONAL_2026 = [
  { day: '2026-01-01', name: 'Nouvel An' },
  { day: '2026-04-06', name: 'Lundi de Pâques' },
  { day: '2026-05-01', name: 'Fête du travail' },
  { day: '2026-05-08', name: 'Fête de la Victoire 1945' },
  { day: '2026-05-14', name: 'Ascension' },
  { day: '2026-05-25', name: 'Lundi de Pentecôte' },
  { day: '2026-07-14', name: 'Fête Nationale de la France' },
  { day: '2026-08-15', name: 'Assomption' },
  { day: '2026-11-01', name: 'Toussaint' },
  { day: '2026-11-11', name: 'Armistice 1918' },
  { day: '2026-12-25', name: 'Noël' },
];

const NATIONAL_2027 = [
  { day: '2027-01-01', name: 'Nouvel An' },
  { day: '2027-03-29', name: 'Lundi de Pâques' },
  { day: '2027-05-01', name: 'Fête du travail' },
  { day: '2027-05-06', name: 'Ascension' },
  { day: '2027-05-08', name: 'Fête de la Victoire 1945' },
  { day: '2027-05-17', name: 'Lundi de Pentecôte' },
  { day: '2027-07-14', name: 'Fête Nationale de la France' },
  { day: '2027-08-15', name: 'Assomption' },
  { day: '2027-11-01', name: 'Toussaint' },
  { day: '2027-11-11', name: 'Armistice 1918' },
  { day: '2027-12-25', name: 'Noël' },
];

const ALSACE_MOSELLE_EXTRA = [
  { day: '2026-04-03', name: 'Vendredi saint' },
  { day: '2026-12-26', name: 'Saint-Étienne' },
  { day: '2027-03-26', name: 'Vendredi saint' },
  { day: '2027-12-26', name: 'Saint-Étienne' },
];

const byDay = (a: { day: string }, b: { day: string }) => (a.day < b.day ? -1 : 1);

describe('publicHolidays', () => {
  it.each([
    [2026, NATIONAL_2026],
    [2027, NATIONAL_2027],
  ])('lists the 11 national holidays of %i in order', (year, expected) => {
    expect(publicHolidays(year)).toEqual(expected);
    expect(publicHolidays(year, { alsaceMoselle: false })).toEqual(expected);
  });

  it.each([
    [2026, NATIONAL_2026],
    [2027, NATIONAL_2027],
  ])('adds Good Friday and 26 December in Alsace-Moselle in %i', (year, national) => {
    const extra = ALSACE_MOSELLE_EXTRA.filter((h) => h.day.startsWith(String(year)));
    expect(publicHolidays(year, { alsaceMoselle: true, goodFriday: true })).toEqual(
      [...national, ...extra].sort(byDay),
    );
  });

  it('returns a copy that callers cannot use to change the next answer', () => {
    const list = publicHolidays(2026);
    list.pop();
    expect(publicHolidays(2026)).toHaveLength(11);
  });

  it.each([2026.5, Number.NaN, 99])('rejects the year %s', (year) => {
    expect(() => publicHolidays(year)).toThrow(RangeError);
  });
});

describe('isPublicHoliday', () => {
  it.each([...NATIONAL_2026, ...NATIONAL_2027])('$day ($name) is a holiday everywhere', ({ day }) => {
    expect(isPublicHoliday(day)).toBe(true);
    expect(isPublicHoliday(day, { alsaceMoselle: true, goodFriday: true })).toBe(true);
  });

  it.each(ALSACE_MOSELLE_EXTRA)('$day ($name) is a holiday in Alsace-Moselle only', ({ day }) => {
    expect(isPublicHoliday(day)).toBe(false);
    expect(isPublicHoliday(day, { alsaceMoselle: true, goodFriday: true })).toBe(true);
  });

  it.each([
    ['2026-04-05', 'Easter Sunday'],
    ['2026-05-24', 'Whit Sunday (an observance)'],
    ['2026-05-31', "Mother's Day (an observance)"],
    ['2026-05-22', 'Martinique abolition day (overseas only)'],
    ['2026-05-27', 'Guadeloupe abolition day (overseas only)'],
    ['2026-12-20', 'Réunion abolition day (overseas only)'],
    ['2026-12-24', 'Christmas Eve'],
    ['2026-12-31', "New Year's Eve"],
    ['2026-03-29', 'an ordinary Sunday'],
  ])('%s (%s) is not a public holiday', (day) => {
    expect(isPublicHoliday(day)).toBe(false);
    expect(isPublicHoliday(day, { alsaceMoselle: true, goodFriday: true })).toBe(false);
  });

  it('rejects an invalid day', () => {
    expect(() => isPublicHoliday('2026-02-30')).toThrow(RangeError);
  });
});

describe('Good Friday in Alsace-Moselle (Code du travail L. 3134-13)', () => {
  // Only communes with a Protestant or mixed church: off unless the practice turns it on, since
  // counting it moves a due date later (the earlier date is the safe one).
  it.each<[string, { alsaceMoselle?: boolean; goodFriday?: boolean }, boolean, boolean]>([
    ['national', {}, false, false],
    ['Alsace-Moselle, by default', { alsaceMoselle: true }, false, true],
    [
      'Alsace-Moselle, commune with a Protestant or mixed church',
      { alsaceMoselle: true, goodFriday: true },
      true,
      true,
    ],
    ['outside Alsace-Moselle, the option alone', { goodFriday: true }, false, false],
  ])('%s: Good Friday 2026 %s, 26 December %s', (_label, opts, goodFriday, stStephen) => {
    expect(isPublicHoliday('2026-04-03', opts)).toBe(goodFriday);
    expect(isPublicHoliday('2027-03-26', opts)).toBe(goodFriday);
    expect(isPublicHoliday('2026-12-26', opts)).toBe(stStephen);
  });

  it('moves nothing later by default: the working day after Holy Thursday 2026 is Good Friday', () => {
    expect(nextWorkingDay('2026-04-03', { alsaceMoselle: true })).toBe('2026-04-03');
    expect(nextWorkingDay('2026-04-03', { alsaceMoselle: true, goodFriday: true })).toBe('2026-04-07');
  });
});

describe('isAlsaceMoselle', () => {
  it.each([
    ['57', true],
    ['67', true],
    ['68', true],
    [' 67 ', true],
    ['75', false],
    ['54', false],
    ['6', false],
    ['670', false],
    ['2A', false],
    ['Moselle', false],
    ['', false],
    [undefined, false],
  ])('isAlsaceMoselle(%j) = %s', (department, expected) => {
    expect(isAlsaceMoselle(department)).toBe(expected);
  });
});

describe('working days', () => {
  it.each([
    ['2026-05-08', false, false], // Friday, Fête de la Victoire
    ['2026-05-09', false, false], // Saturday
    ['2026-05-10', false, false], // Sunday
    ['2026-05-11', true, true], // Monday
    ['2026-05-25', false, false], // Lundi de Pentecôte
    ['2026-04-03', true, false], // Good Friday
    ['2025-12-26', true, false], // 26 December on a Friday
    ['2026-08-14', true, true], // Friday before 15 August
  ])('isWorkingDay(%s) = %s, in Alsace-Moselle %s', (day, national, alsace) => {
    expect(isWorkingDay(day)).toBe(national);
    expect(isWorkingDay(day, { alsaceMoselle: true, goodFriday: true })).toBe(alsace);
  });

  it.each([
    ['2026-05-11', '2026-05-11', '2026-05-11'], // already a working day
    ['2026-05-08', '2026-05-11', '2026-05-11'], // Friday holiday then weekend
    ['2026-05-14', '2026-05-15', '2026-05-15'], // Ascension
    ['2026-10-03', '2026-10-05', '2026-10-05'], // Saturday
    ['2026-12-25', '2026-12-28', '2026-12-28'], // Christmas on a Friday
    ['2027-01-01', '2027-01-04', '2027-01-04'], // New Year on a Friday
    ['2026-04-03', '2026-04-03', '2026-04-07'], // Good Friday, weekend, Easter Monday
    ['2025-12-25', '2025-12-26', '2025-12-29'], // Christmas Thursday, Saint-Étienne Friday
  ])('nextWorkingDay(%s) = %s, in Alsace-Moselle %s', (day, national, alsace) => {
    expect(nextWorkingDay(day)).toBe(national);
    expect(nextWorkingDay(day, { alsaceMoselle: true, goodFriday: true })).toBe(alsace);
  });

  it.each([
    ['2026-05-07', 0, '2026-05-07', '2026-05-07'],
    ['2026-05-09', 0, '2026-05-09', '2026-05-09'],
    ['2026-05-07', 1, '2026-05-11', '2026-05-11'],
    ['2026-04-30', 5, '2026-05-11', '2026-05-11'],
    ['2026-05-11', -1, '2026-05-07', '2026-05-07'],
    ['2026-12-24', 2, '2026-12-29', '2026-12-29'],
    ['2026-12-30', 2, '2027-01-04', '2027-01-04'],
    ['2026-04-02', 1, '2026-04-03', '2026-04-07'],
    ['2026-04-07', -1, '2026-04-03', '2026-04-02'],
    ['2025-12-24', 1, '2025-12-26', '2025-12-29'],
  ])('addWorkingDays(%s, %i) = %s, in Alsace-Moselle %s', (day, n, national, alsace) => {
    expect(addWorkingDays(day, n)).toBe(national);
    expect(addWorkingDays(day, n, { alsaceMoselle: true, goodFriday: true })).toBe(alsace);
  });

  it('rejects a fractional count or an invalid day', () => {
    expect(() => addWorkingDays('2026-05-07', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-02-30', 0)).toThrow(RangeError);
    expect(() => nextWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});
