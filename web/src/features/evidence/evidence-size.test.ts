import { describe, expect, it } from 'vitest';
import { formatSize } from './evidence-api.ts';

describe('formatSize', () => {
  it.each([
    [0, '0 ko'],
    [1, '1 ko'],
    [1536, '2 ko'],
    [1024 * 1024, '1 Mo'],
    [1.5 * 1024 * 1024, '1,5 Mo'],
    [500 * 1024 * 1024, '500 Mo'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatSize(bytes)).toBe(expected);
  });
});
