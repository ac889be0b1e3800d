import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from './analysis-context.ts';
import { mixedScriptWord, mixedScriptWordByTheBook } from './check-display-text.ts';
import { fullSkeleton, skeleton } from './confusables.ts';
import { isPlainHost, normaliseHost, normaliseHostByTheBook } from './domains.ts';
import { loadKnownDomains } from './known-domains.referential.ts';
import { claimText, readable, readableByTheBook } from './name-claims.ts';
import { wordsOf } from './phrase-matcher.ts';
import { foldText } from './text-fold.ts';

describe('the fast paths give the same text as the full computation', () => {
  const codes = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => String.fromCharCode(from + k));
  /** The characters `skeleton` reads from its table: Latin-1, Latin Extended-A/B, General Punctuation. */
  const tabled = [...codes(0x20, 0x250), ...codes(0x2000, 0x2070)];
  const printable = codes(0x20, 0x7f);

  it('skeleton: every tabled character, and every pair of printable ASCII ones', () => {
    for (const a of tabled) expect(skeleton(a)).toBe(fullSkeleton(a));
    for (const a of printable) for (const b of printable) expect(skeleton(a + b)).toBe(fullSkeleton(a + b));
  });

  it('skeleton: random text of tabled characters (pairs such as « vv » and « cl » across characters)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...tabled, 'v', 'c', 'l', 'I', 'm', 'é', '’') }), (text) => {
        expect(skeleton(text)).toBe(fullSkeleton(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['Assurance Maladie : votre remboursement', 'ASCII'],
    ['Réglez votre facture d’électricité', 'Latin with accents'],
    ['PayPaI', 'a capital I after lower case'],
    ['THΑLES Grοup', 'Greek letters inside Latin words'],
    ['Amаzon', 'a Cyrillic letter'],
    ['Ｍicrosoft', 'full-width'],
    ['Сбербанк', 'Cyrillic only'],
  ])('readable and skeleton on « %s » (%s)', (text) => {
    expect(readable(text)).toBe(readableByTheBook(text));
    expect(skeleton(text)).toBe(fullSkeleton(text));
  });

  it('skeleton: random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(skeleton(text)).toBe(fullSkeleton(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['binary-ascii', 'ASCII text'],
    ['grapheme', 'any Unicode'],
  ] as const)('wordsOf: random text (%s) gives the words of foldText', (unit, _what) => {
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(wordsOf(text)).toEqual(foldText(text).match(/[a-z0-9]+/g) ?? []);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['Véri\u200Bfiez VOS iden\u00ADtifiants’ — İstanbul', 'Ｍot de passe'])(
    'wordsOf « %s » gives the words of foldText',
    (text) => {
      expect(wordsOf(text)).toEqual(foldText(text).match(/[a-z0-9]+/g) ?? []);
    },
  );

  it('mixedScriptWord: random Unicode text gives what it gives word by word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(mixedScriptWord(text)).toBe(mixedScriptWordByTheBook(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('readable: random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(readable(text)).toBe(readableByTheBook(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    'ameli.fr',
    'www.impots.gouv.fr',
    'Cabinet-Des-Tilleuls.FR',
    ' mail.example.com. ',
    '[cabinet.fr]',
    '123',
    'a.123',
    '1.2.3.4',
    'a.0x1f',
    'a.09',
    'xn--amli-bpa.fr',
    'xn--a.fr',
    'a..b',
    '-a.b',
    'a_b.fr',
    'améli.fr',
    'ＡＭＥＬＩ.fr',
  ])('normaliseHost « %s » gives what domainToASCII gives', (host) => {
    expect(normaliseHost(host)).toBe(normaliseHostByTheBook(host));
  });

  it('normaliseHost: random hosts of letters, digits, hyphens and dots (numbers, punycode, empty labels)', () => {
    const unit = fc.constantFrom('a', 'b', 'f', 'x', 'n', 'A', '0', '1', '9', '-', '.', '.', 'xn--', '0x', '_', 'é');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 24 }), (host) => {
        expect(normaliseHost(host)).toBe(normaliseHostByTheBook(host));
      }),
      { numRuns: 5000 },
    );
  });

  it('isPlainHost is true for the hosts the fast path is for', () => {
    expect(['ameli.fr', 'www.impots.gouv.fr', 'a1-b.c0.fr'].every(isPlainHost)).toBe(true);
    expect(['a.123', '1.2.3.4', 'xn--amli-bpa.fr', 'a_b.fr', 'Ameli.fr'].some(isPlainHost)).toBe(false);
  });

  it('claimText: its words are those of its look, a text without words having one empty word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const { look, words } = claimText(text);
        expect(words).toEqual(look.trim().split(' '));
      }),
      { numRuns: 2000 },
    );
    expect(claimText('').words).toEqual(['']);
  });

  it('buildContext: the last own domains are reused only while the list is the same, even changed in place', () => {
    const known = loadKnownDomains();
    const ownDomains = ['cabinet-des-tilleuls.fr'];
    expect(buildContext(known, { ownDomains }).ownDomains).toEqual(['cabinet-des-tilleuls.fr']);
    ownDomains[0] = 'Cabinet-Du-Parc.FR';
    expect(buildContext(known, { ownDomains }).ownDomains).toEqual(['cabinet-du-parc.fr']);
    ownDomains.push('gmail.com', 'maison-sante.fr');
    expect(buildContext(known, { ownDomains }).ownDomains).toEqual(['cabinet-du-parc.fr', 'maison-sante.fr']);
    expect(buildContext(known, {}).ownDomains).toEqual([]);
    const again = buildContext(known, { ownDomains: ['cabinet-du-parc.fr', 'maison-sante.fr'] });
    expect(again.targets.at(-1)?.domain).toBe('maison-sante.fr');
  });
});
