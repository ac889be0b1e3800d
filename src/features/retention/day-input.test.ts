import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDay } from '../../lib/dates/index.ts';
import { parseDay } from './day-input.ts';

/** What a date cell means, said with regular expressions: the reference of the scan's reader. */
function reference(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : french ? [french[3], french[2], french[1]] : [];
  if (year === undefined || month === undefined || day === undefined || Number(year) < 1000) return undefined;
  const text = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidIsoDay(text) ? text : undefined;
}

/** Cells near a date: digits, separators and a few other characters, often 10 long. */
const cell = fc
  .array(fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ' ', 'a', '+'), { minLength: 6, maxLength: 12 })
  .map((chars) => chars.join(''));
const dateLike = fc
  .tuple(
    fc.integer({ min: 0, max: 10_500 }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 0, max: 32 }),
    fc.boolean(),
  )
  .map(([y, m, d, french]) => {
    const p = (n: number, width: number) => String(n).padStart(width, '0');
    return french ? `${p(d, 2)}/${p(m, 2)}/${p(y, 4)}` : `${p(y, 4)}-${p(m, 2)}-${p(d, 2)}`;
  });

describe('the scan’s date reader', () => {
  it('reads a cell as the regular expressions and the calendar do', () => {
    fc.assert(
      fc.property(fc.oneof(cell, dateLike), (value) => {
        expect(parseDay(value)).toBe(reference(value));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['2024-02-29', '2024-02-29'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', undefined],
    ['31/04/2020', undefined],
    ['00/01/2020', undefined],
    ['01/13/2020', undefined],
    ['01/01/0999', undefined],
    ['0999-01-01', undefined],
    ['2020-00-10', undefined],
    ['1/2/2020', '2020-02-01'],
    ['2020-1-2', '2020-01-02'],
  ])('%s → %s', (value, day) => {
    expect(parseDay(value)).toBe(day);
  });
});
