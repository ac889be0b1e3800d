/** A source of uniformly random 32-bit unsigned integers (0 to 2³² − 1). */
export type RandomSource = () => number;

const UINT32_RANGE = 2 ** 32;
const BATCH = 64;

/**
 * The platform's cryptographically secure generator (`crypto.getRandomValues`, in Node 20 and in
 * every browser), read in small batches. Never `Math.random`.
 */
export function cryptoRandomSource(): RandomSource {
  const buffer = new Uint32Array(BATCH);
  let next = BATCH;
  return () => {
    if (next === BATCH) {
      globalThis.crypto.getRandomValues(buffer);
      next = 0;
    }
    const value = buffer[next]!;
    next += 1;
    return value;
  };
}

/**
 * A uniform integer in [0, n) by rejection sampling: draws falling in the incomplete last block
 * of 2³² (the `2³² mod n` largest values) are thrown away and drawn again, so that `x mod n` has
 * no bias. At most half the draws are rejected, for any n; none when n is a power of two.
 */
export function randomBelow(n: number, random: RandomSource): number {
  if (!Number.isInteger(n) || n < 1 || n > UINT32_RANGE) throw new RangeError(`randomBelow: n = ${n}`);
  const limit = UINT32_RANGE - (UINT32_RANGE % n);
  for (;;) {
    const value = random();
    if (!Number.isInteger(value) || value < 0 || value >= UINT32_RANGE) {
      throw new RangeError('randomBelow: the source must give 32-bit unsigned integers');
    }
    if (value < limit) return value % n;
  }
}
