import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretKeyError, secretBox, secretKeyFrom } from './secret-box.ts';

describe('secretBox (AES-256-GCM)', () => {
  const box = secretBox(randomBytes(32));
  const plain = Buffer.from('Contrat de sous-traitance signé — page 1');

  it('opens what it sealed, with a new IV each time', () => {
    const a = box.seal(plain, 'evidence:p1:f1');
    const b = box.seal(plain, 'evidence:p1:f1');
    expect(a.equals(b)).toBe(false);
    expect(box.open(a, 'evidence:p1:f1').equals(plain)).toBe(true);
    expect(a.includes(plain)).toBe(false);
  });

  it.each([
    ['another context', (s: Buffer) => s, 'evidence:p2:f1', box],
    [
      'an altered byte',
      (s: Buffer) => Buffer.concat([s.subarray(0, -1), Buffer.from([(s.at(-1) ?? 0) ^ 1])]),
      'evidence:p1:f1',
      box,
    ],
    ['another key', (s: Buffer) => s, 'evidence:p1:f1', secretBox(randomBytes(32))],
    ['an unknown format', (s: Buffer) => Buffer.concat([Buffer.from([2]), s.subarray(1)]), 'evidence:p1:f1', box],
  ])('refuses to open with %s', (_name, change, context, opener) => {
    const sealed = change(box.seal(plain, 'evidence:p1:f1'));
    expect(() => opener.open(sealed, context)).toThrow();
  });

  it.each([
    [randomBytes(32).toString('base64'), true],
    [randomBytes(32).toString('hex'), true],
    [randomBytes(16).toString('base64'), false],
    ['pas une clé', false],
  ])('reads a configured key %s → %s', (text, valid) => {
    if (valid) expect(secretKeyFrom(text)).toHaveLength(32);
    else expect(() => secretKeyFrom(text)).toThrow(SecretKeyError);
  });
});
