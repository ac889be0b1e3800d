import { describe, expect, it } from 'vitest';
import { computeDueDates, extendedDueDate, gdprDueDates, medicalFileDueDates, nonWorkingReason } from './due-dates.ts';
import { GDPR_KINDS } from './request-labels.ts';

describe('medical file (CSP L1111-7): 48 hours, 8 days, or 2 months for information over 5 years old', () => {
  // received, over 5 years, earliest answer, due — calendar days and months, never moved to a working day.
  it.each([
    ['2026-12-02', false, '2026-12-04', '2026-12-10'], // Wednesday → Thursday
    ['2026-11-25', false, '2026-11-27', '2026-12-03'], // across the end of the month
    ['2026-12-26', false, '2026-12-28', '2027-01-03'], // due on a Sunday: not moved
    ['2026-12-24', false, '2026-12-26', '2027-01-01'], // due on New Year's Day: not moved
    ['2026-05-01', false, '2026-05-03', '2026-05-09'], // received on a holiday, due on a Saturday
    ['2028-02-27', false, '2028-02-29', '2028-03-06'], // leap year
    ['2026-12-02', true, '2026-12-04', '2027-02-02'], // 2 months
    ['2026-12-31', true, '2027-01-02', '2027-02-28'], // no 31 February → last day of February
    ['2027-12-31', true, '2028-01-02', '2028-02-29'], // leap year: 29 February
    ['2026-01-31', true, '2026-02-02', '2026-03-31'], // 31 March exists
    ['2026-06-15', true, '2026-06-17', '2026-08-15'], // due on 15 August (holiday, Saturday): not moved
  ])('received %s (older than 5 years: %s) → not before %s, at the latest %s', (received, old, earliest, due) => {
    const dates = medicalFileDueDates(received, old);
    expect(dates).toMatchObject({ earliestAnswerAt: earliest, dueDate: due });
    expect(computeDueDates({ kind: 'medical_file', receivedAt: received, infoOlderThan5Years: old })).toEqual(dates);
    // Alsace-Moselle changes nothing: these periods are not moved to a working day.
    expect(
      computeDueDates({ kind: 'medical_file', receivedAt: received, infoOlderThan5Years: old, alsaceMoselle: true }),
    ).toEqual(dates);
  });

  it('explains the rule in French, citing the article and the two dates', () => {
    expect(medicalFileDueDates('2026-12-02', false).rule).toContain(
      'pas avant le 4 décembre 2026 (à l’heure de la réception), et dans les 8 jours qui suivent la réception, soit au plus tard le jeudi 10 décembre 2026.',
    );
    expect(medicalFileDueDates('2026-12-02', false).rule).toContain('article L1111-7 du code de la santé publique');
    expect(medicalFileDueDates('2026-12-02', true).rule).toContain(
      'dans les 2 mois qui suivent la réception, car les informations datent de plus de 5 ans, soit au plus tard le mardi 2 février 2027.',
    );
  });
});

describe('GDPR rights (art. 12(3)): one month counted under EU regulation 1182/71', () => {
  // received, national due, Alsace-Moselle due — nominal end and why in the comment.
  it.each([
    ['2026-02-10', '2026-03-10', '2026-03-10'], // Tuesday: nothing to move
    ['2026-03-31', '2026-04-30', '2026-04-30'], // no 31 April → Thursday 30 April
    ['2026-01-31', '2026-03-02', '2026-03-02'], // 31 January → 28 February, a Saturday → Monday 2 March
    ['2028-01-31', '2028-02-29', '2028-02-29'], // 31 January → 29 February (leap year), a Tuesday
    ['2027-01-31', '2027-03-01', '2027-03-01'], // 31 January → 28 February, a Sunday → Monday 1 March
    ['2026-09-03', '2026-10-05', '2026-10-05'], // 3 October, a Saturday → Monday 5
    ['2026-01-15', '2026-02-16', '2026-02-16'], // 15 February, a Sunday → Monday 16
    ['2026-11-25', '2026-12-28', '2026-12-28'], // Christmas on a Friday, then the weekend
    ['2026-04-08', '2026-05-11', '2026-05-11'], // 8 May on a Friday, then the weekend
    ['2026-04-14', '2026-05-15', '2026-05-15'], // Ascension (Thursday) → Friday
    ['2026-12-01', '2027-01-04', '2027-01-04'], // New Year's Day on a Friday, then the weekend
    ['2029-11-26', '2029-12-26', '2029-12-27'], // 26 December (Wednesday): a holiday in Alsace-Moselle only
    ['2025-11-26', '2025-12-26', '2025-12-29'], // 26 December on a Friday, then the weekend in Alsace-Moselle
    ['2026-03-03', '2026-04-03', '2026-04-03'], // Good Friday: not counted by default (L. 3134-13)
  ])('received %s → due %s (Alsace-Moselle %s)', (received, national, alsace) => {
    for (const kind of GDPR_KINDS) {
      expect(computeDueDates({ kind, receivedAt: received })).toMatchObject({
        earliestAnswerAt: null,
        dueDate: national,
      });
      expect(computeDueDates({ kind, receivedAt: received, alsaceMoselle: true }).dueDate).toBe(alsace);
    }
  });

  // Good Friday is a holiday only in communes with a Protestant or mixed church (Code du travail
  // L. 3134-13): by default the earlier date; the practice turns it on in its settings.
  it.each<[string, { alsaceMoselle?: boolean; goodFriday?: boolean }, string]>([
    ['2026-03-03', {}, '2026-04-03'],
    ['2026-03-03', { alsaceMoselle: true }, '2026-04-03'],
    ['2026-03-03', { alsaceMoselle: true, goodFriday: true }, '2026-04-07'], // Good Friday, weekend, Easter Monday
    ['2026-03-03', { goodFriday: true }, '2026-04-03'], // the option means nothing outside Alsace-Moselle
    ['2027-02-26', { alsaceMoselle: true }, '2027-03-26'],
    ['2027-02-26', { alsaceMoselle: true, goodFriday: true }, '2027-03-30'],
  ])('Good Friday: received %s in %j → due %s', (received, where, due) => {
    expect(computeDueDates({ kind: 'access', receivedAt: received, ...where }).dueDate).toBe(due);
  });

  it.each([
    ['2026-09-03', {}, 'Le 3 octobre 2026 tombe un samedi : l’échéance passe au jour ouvré suivant.'],
    ['2026-01-15', {}, 'Le 15 février 2026 tombe un dimanche'],
    ['2026-11-25', {}, 'Le 25 décembre 2026 tombe un jour férié (Noël)'],
    ['2029-11-26', { alsaceMoselle: true }, 'Le 26 décembre 2029 tombe un jour férié (Saint-Étienne)'],
    [
      '2029-11-26',
      { alsaceMoselle: true, goodFriday: true },
      'Les jours fériés d’Alsace-Moselle (Vendredi saint, 26 décembre) sont comptés.',
    ],
    ['2029-11-26', { alsaceMoselle: true }, 'le Vendredi saint ne l’est pas'],
    ['2026-02-10', {}, 'Réponse au plus tard le mardi 10 mars 2026.'],
  ])('explains why %s is due when it is (%j): « %s »', (received, opts, sentence) => {
    expect(gdprDueDates('access', received, opts).rule).toContain(sentence);
  });

  it('says nothing moved when the nominal end is a working day', () => {
    expect(gdprDueDates('erasure', '2026-02-10').rule).not.toContain('l’échéance passe au jour ouvré suivant');
  });
});

describe('extended due date: three months from receipt, counted the same way', () => {
  it.each([
    ['2026-09-03', '2026-12-03', '2026-12-03'], // Thursday
    ['2026-05-15', '2026-08-17', '2026-08-17'], // 15 August (Saturday, holiday) → Monday 17
    ['2026-05-31', '2026-08-31', '2026-08-31'], // Monday
    ['2025-09-26', '2025-12-26', '2025-12-29'], // 26 December on a Friday: Alsace-Moselle only
    ['2026-11-30', '2027-03-01', '2027-03-01'], // no 30 February → 28 February, a Sunday → Monday 1 March
  ])('received %s → extended to %s (Alsace-Moselle %s)', (received, national, alsace) => {
    expect(extendedDueDate(received)).toBe(national);
    expect(extendedDueDate(received, { alsaceMoselle: true })).toBe(alsace);
  });
});

describe('nonWorkingReason', () => {
  it.each([
    ['2026-10-03', {}, 'un samedi'],
    ['2026-10-04', {}, 'un dimanche'],
    ['2026-07-14', {}, 'un jour férié (Fête Nationale de la France)'],
    ['2027-05-08', {}, 'un jour férié (Fête de la Victoire 1945)'], // a Saturday: the holiday is named
    ['2026-04-03', { alsaceMoselle: true, goodFriday: true }, 'un jour férié (Vendredi saint)'],
    ['2026-04-03', { alsaceMoselle: true }, null],
    ['2026-04-03', {}, null],
    ['2026-10-05', {}, null],
  ])('%s (%j) → %s', (day, opts, expected) => {
    expect(nonWorkingReason(day, opts)).toBe(expected);
  });
});
