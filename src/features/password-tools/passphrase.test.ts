import { wordlist } from '@scure/bip39/wordlists/french.js';
import { describe, expect, it } from 'vitest';
import {
  BITS_PER_WORD,
  explainEntropy,
  formatBits,
  generatePassphrase,
  PASSPHRASE_SEPARATORS,
  PASSPHRASE_WORDS,
  PassphraseOptionError,
  passphraseEntropyBits,
  stripAccents,
} from './passphrase.ts';
import type { RandomSource } from './secure-random.ts';

/** A fake source counting 0, 1, 2…: makes draws predictable without touching the algorithm. */
function counting(start = 0): RandomSource {
  let next = start;
  return () => next++;
}

describe('the word list', () => {
  it('is the 2 048-word French BIP-39 list, accents removed, with no word merged by the removal', () => {
    expect(wordlist).toHaveLength(2048);
    expect(PASSPHRASE_WORDS).toHaveLength(2048);
    expect(new Set(PASSPHRASE_WORDS).size).toBe(2048);
    expect(BITS_PER_WORD).toBe(11);
    expect(PASSPHRASE_WORDS).toEqual(wordlist.map(stripAccents));
  });

  it('has 366 accented words in the package, none left here: ASCII lower-case letters, 5 to 8 of them', () => {
    expect(wordlist.filter((word) => stripAccents(word) !== word)).toHaveLength(366);
    for (const word of PASSPHRASE_WORDS) expect(word).toMatch(/^[a-z]{5,8}$/);
  });

  it('tells every word by its first four letters (a passphrase stays readable without separators)', () => {
    expect(new Set(PASSPHRASE_WORDS.map((word) => word.slice(0, 4))).size).toBe(2048);
  });

  it.each([
    ['académie', 'academie'],
    ['élève', 'eleve'],
    ['ÉLÈVE'.normalize('NFC'), 'eleve'],
    ['façade', 'facade'],
  ])('stripAccents(%j) = %j, whatever the Unicode form', (word, stripped) => {
    expect(stripAccents(word)).toBe(stripped);
    expect(stripAccents(word.normalize('NFD'))).toBe(stripped);
  });
});

describe('generatePassphrase', () => {
  it.each([
    [4, '-'],
    [6, ' '],
    [8, '.'],
    [10, '_'],
  ] as const)('draws %i words from the list, joined by %j', (words, separator) => {
    const result = generatePassphrase({ words, separator });
    expect(result.words).toHaveLength(words);
    for (const word of result.words) expect(PASSPHRASE_WORDS).toContain(word);
    expect(result.passphrase).toBe(result.words.join(separator));
    expect(result.passphrase.split(separator)).toEqual(result.words);
  });

  it('draws 7 words joined by hyphens by default (the CNIL’s example), and fits a Wi-Fi key', () => {
    const result = generatePassphrase();
    expect(result.words).toHaveLength(7);
    expect(result.passphrase.split('-')).toHaveLength(7);
    expect(result.entropyBits).toBe(77);
    expect(formatBits(result.entropyBits)).toBe('77 bits');
    expect(result.fitsWifi).toBe(true);
  });

  it('takes word i for draw i (a fake counting source): the first and the last words of the list', () => {
    expect(generatePassphrase({ words: 4 }, counting()).words).toEqual(['abaisser', 'abandon', 'abdiquer', 'abeille']);
    expect(generatePassphrase({ words: 4 }, counting(2044)).words).toEqual(PASSPHRASE_WORDS.slice(2044));
  });

  it('reaches every word of the list', () => {
    const random = counting();
    const seen = new Set<string>();
    for (let i = 0; i < 512; i++) for (const word of generatePassphrase({ words: 4 }, random).words) seen.add(word);
    expect(seen.size).toBe(2048);
  });

  it('uses the same index modulo 2 048 for any 32-bit draw (2 048 divides 2³²: nothing rejected)', () => {
    const high = 2 ** 32 - 2048;
    expect(generatePassphrase({ words: 4 }, counting(high)).words).toEqual(PASSPHRASE_WORDS.slice(0, 4));
  });

  it('draws a digit and a capital with rejection sampling, through the same source', () => {
    // Draws: 4 words (0, 1, 2, 3); the digit's word: 6 mod 4 = 2; the digit: 2³² − 1 is rejected
    // (the 2³² mod 10 = 6 largest values are), then 13 → 3; the capital's word: 5 mod 4 = 1.
    const values = [0, 1, 2, 3, 6, 2 ** 32 - 1, 13, 5];
    let i = 0;
    const result = generatePassphrase({ words: 4, digit: true, capital: true }, () => values[i++]!);
    expect(result.passphrase).toBe('abaisser-Abandon-abdiquer3-abeille');
    expect(i).toBe(values.length);
  });

  it('ends with a digit and holds one capital with the options, in real draws', () => {
    for (let i = 0; i < 50; i++) {
      const { passphrase } = generatePassphrase({ words: 5, separator: ' ', digit: true, capital: true });
      expect(passphrase).toMatch(/^(?=.*[A-Z])(?=.*\d)[A-Za-z\d ]+$/);
      expect(passphrase.match(/\d/g)).toHaveLength(1);
      expect(passphrase.match(/[A-Z]/g)).toHaveLength(1);
      expect(passphrase.split(' ')).toHaveLength(5);
    }
  });

  it('says when a long passphrase is too long for a Wi-Fi key (63 characters)', () => {
    const long = generatePassphrase({ words: 10 }, () => PASSPHRASE_WORDS.indexOf('accolade'));
    expect(long.passphrase.length).toBe(89);
    expect(long.fitsWifi).toBe(false);
  });

  it.each([
    [{ words: 3 }, 'Le nombre de mots doit être un nombre entier de 4 à 10.'],
    [{ words: 11 }, 'Le nombre de mots doit être un nombre entier de 4 à 10.'],
    [{ words: 5.5 }, 'Le nombre de mots doit être un nombre entier de 4 à 10.'],
    [{ words: Number.NaN }, 'Le nombre de mots doit être un nombre entier de 4 à 10.'],
    [
      { separator: '+' },
      'Séparateur inconnu : choisissez « tiret », « espace », « point », « tiret-bas » (ou le caractère lui-même).',
    ],
  ])('refuses %j in French', (options, message) => {
    expect(() => generatePassphrase(options as never)).toThrow(new PassphraseOptionError(message));
  });
});

describe('entropy', () => {
  it.each([
    [{ words: 4 }, 44, '44 bits'],
    [{}, 77, '77 bits'],
    [{ words: 6 }, 66, '66 bits'],
    [{ words: 10 }, 110, '110 bits'],
    [{ digit: true }, 77 + Math.log2(70), '83,1 bits'],
    [{ capital: true }, 77 + Math.log2(7), '79,8 bits'],
    [{ words: 5, digit: true, capital: true }, 55 + Math.log2(50) + Math.log2(5), '62,9 bits'],
  ])('%j: %d bits, shown as « %s »', (options, bits, shown) => {
    expect(passphraseEntropyBits(options)).toBeCloseTo(bits, 10);
    expect(formatBits(passphraseEntropyBits(options))).toBe(shown);
    expect(generatePassphrase(options).entropyBits).toBeCloseTo(bits, 10);
  });

  it('adds nothing for the separator', () => {
    for (const { value } of PASSPHRASE_SEPARATORS) expect(passphraseEntropyBits({ separator: value })).toBe(77);
  });

  it('explains the figure and the time to guess, in French', () => {
    expect(explainEntropy({ words: 4 })).toEqual([
      '4 mots tirés au hasard parmi 2\u202f048 : 11 bits par mot, soit 44 bits.',
      'Le séparateur, choisi par vous, n’ajoute rien.',
      'Même en connaissant la méthode et la liste de mots, un pirate devrait essayer en moyenne la moitié des combinaisons : 27 ans à 10\u202f000 essais par seconde, 15 minutes à 10 milliards d’essais par seconde (mots de passe mal protégés par le service).',
      'Moins de 50 bits : insuffisant selon la CNIL (délibération n° 2022-100), même pour un service qui limite les essais ; prenez au moins 5 mots, et 7 pour un mot de passe utilisé seul.',
    ]);
    expect(explainEntropy({ words: 5, digit: true, capital: true })).toEqual([
      '5 mots tirés au hasard parmi 2\u202f048 : 11 bits par mot, soit 55 bits.',
      'Le chiffre (10 possibilités) placé après l’un des 5 mots ajoute 5,6 bits.',
      'La majuscule sur l’un des 5 mots ajoute 2,3 bits.',
      'Au total : 62,9 bits. Le séparateur, choisi par vous, n’ajoute rien.',
      'Même en connaissant la méthode et la liste de mots, un pirate devrait essayer en moyenne la moitié des combinaisons : plusieurs siècles à 10\u202f000 essais par seconde, 14 ans à 10 milliards d’essais par seconde (mots de passe mal protégés par le service).',
      'Moins de 80 bits : suffisant seulement si le service limite les essais (attente ou blocage après quelques échecs), où la CNIL (délibération n° 2022-100) demande 50 bits ; pour un mot de passe utilisé seul, elle cite au moins 7 mots.',
    ]);
  });

  it.each([
    [4, /^Moins de 50 bits : insuffisant/],
    [5, /^Moins de 80 bits : suffisant seulement si le service limite les essais/],
    [6, /^Moins de 80 bits : suffisant seulement si le service limite les essais/],
    [
      7,
      /cite en exemple une phrase de passe d’au moins 7 mots ; tirés parmi 2\u202f048 mots, 7 mots en donnent 77 bits, un peu moins\. .*prenez 8 mots\.$/,
    ],
    [8, /^Au-dessus des 80 bits que la CNIL \(délibération n° 2022-100\) demande pour un mot de passe utilisé seul/],
    [10, /^Au-dessus des 80 bits/],
  ])('%i words: the CNIL’s thresholds said honestly (délibération 2022-100)', (words, line) => {
    expect(explainEntropy({ words }).at(-1)).toMatch(line);
  });

  it('7 words with a digit pass 80 bits (83,1): the line says so', () => {
    expect(explainEntropy({ words: 7, digit: true }).at(-1)).toMatch(/^Au-dessus des 80 bits/);
  });
});
