import { describe, expect, it } from 'vitest';
import { cryptoRandomSource, type RandomSource, randomBelow } from './secure-random.ts';

/** A fake source giving these values in turn, recording how many it gave. */
function scripted(values: number[]): RandomSource & { used: () => number } {
  let i = 0;
  const source = () => {
    const value = values[i];
    if (value === undefined) throw new Error('the fake source ran out of values');
    i += 1;
    return value;
  };
  return Object.assign(source, { used: () => i });
}

const MAX = 2 ** 32 - 1;

describe('randomBelow: rejection sampling', () => {
  it.each([
    // n, values drawn, expected result, values used
    [10, [MAX, MAX - 5, 4_294_967_289], 9, 3], // 2³² mod 10 = 6: the 6 largest values are rejected
    [10, [MAX - 6], (MAX - 6) % 10, 1], // the largest accepted value
    [10, [0], 0, 1],
    [6, [MAX, MAX - 3, 7], 1, 3], // 2³² mod 6 = 4
    [3, [MAX, 5], 2, 2], // 2³² mod 3 = 1
    [2048, [MAX], MAX % 2048, 1], // a power of two: nothing to reject
    [1, [123], 0, 1],
    [2 ** 32, [MAX], MAX, 1],
  ])('n = %i, draws %j → %i after %i draws', (n, values, expected, used) => {
    const source = scripted(values);
    expect(randomBelow(n, source)).toBe(expected);
    expect(source.used()).toBe(used);
  });

  it.each([0, -1, 1.5, 2 ** 32 + 1, Number.NaN])('refuses n = %d', (n) => {
    expect(() => randomBelow(n, scripted([1]))).toThrow(RangeError);
  });

  it.each([-1, 2 ** 32, 0.5, Number.NaN])('refuses a source value of %d', (value) => {
    expect(() => randomBelow(10, scripted([value]))).toThrow(RangeError);
  });

  it('reaches every value of the range', () => {
    const n = 1000;
    const seen = new Set<number>();
    const source = scripted(Array.from({ length: n }, (_, i) => i * 4_294_967 + 17));
    for (let i = 0; i < n; i++) seen.add(randomBelow(n, source));
    expect(seen.size).toBe(n);
  });
});

describe('cryptoRandomSource', () => {
  it('gives 32-bit unsigned integers, not all the same, across several batches', () => {
    const random = cryptoRandomSource();
    const values = Array.from({ length: 200 }, () => random());
    expect(values.every((v) => Number.isInteger(v) && v >= 0 && v < 2 ** 32)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(190);
  });

  it('spreads digits evenly (sanity check: 20 000 draws, each digit within ±15 % of 2 000)', () => {
    const random = cryptoRandomSource();
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < 20_000; i++) counts[randomBelow(10, random)]! += 1;
    for (const count of counts) {
      expect(count).toBeGreaterThan(1700);
      expect(count).toBeLessThan(2300);
    }
  });
});
