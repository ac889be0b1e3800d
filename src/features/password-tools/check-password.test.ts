import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from '../accounts/password-strength.ts';
import { CHECK_MESSAGES } from './check-messages.ts';
import { checkPassword } from './check-password.ts';

/** What Hygie's page sends to the checker for the practice of these tests, plus a city and a birth date. */
const PRACTICE = ['Cabinet Dupont', 'Éloïse Martin', 'e.martin', 'cabinet-dupont'];
const CITY = 'Rueil-Malmaison';
const BIRTH = '12/03/1984';
const INPUTS = { userInputs: [...PRACTICE, CITY, BIRTH] };
const NONE = { userInputs: [] };
const WEAK_ADVICE = CHECK_MESSAGES.passphrase;

describe('checkPassword: forbidden inputs (the person, the practice, the city, birth dates)', () => {
  it.each([
    ['the practice’s name', 'CabinetDupont#2026', ['Cabinet', 'Dupont']],
    ['a user’s name', 'Martin-orage-vertical-bleu', ['Martin']],
    ['a user’s first name with accents and capitals', 'ÉLOÏSE-orage-vertical-bleu', ['Éloïse']],
    ['a name written with substitutions', 'M4rt1n-orage-vertical-bleu', ['Martin']],
    ['the city', 'Rueil-Malmaison-92500!', ['Rueil', 'Malmaison']],
    ['the city inside other words', 'vertical-malmaison-theiere-bleue', ['Malmaison']],
    ['the domain of the e-mail', 'girafe-dupont-tambour-7', ['Dupont']],
  ])('caps the score at 1 and names what it found: %s', (_label, password, words) => {
    const result = checkPassword(password, INPUTS);
    expect(result).toMatchObject({
      score: expect.any(Number),
      warning: CHECK_MESSAGES.forbiddenWords(words),
      forbidden: { words: true, dates: false },
    });
    expect(result.score).toBeLessThanOrEqual(1);
    expect(result.suggestions).toContain(WEAK_ADVICE);
  });

  it.each([
    ['the year', 'Pivoine-tambour-1984', ['1984']],
    ['day, month and year', 'Pivoine-tambour-12031984', ['12031984']],
    ['the short form', 'Pivoine!120384-tambour', ['120384']],
    ['the date as typed, slashes included', 'Ma12/03/1984Vie-tambour', ['12031984']],
    ['the date with dots', 'tambour-12.03.84-pivoine', ['120384']],
    ['year first', 'tambour-19840312-pivoine', ['19840312']],
    ['day and month only', 'pivoine-tambour-orage-1203', ['1203']],
  ])('caps the score at 1 for a birth date, naming it: %s', (_label, password, forms) => {
    const result = checkPassword(password, INPUTS);
    expect(result.warning).toBe(CHECK_MESSAGES.forbiddenDates(forms));
    expect(result.forbidden).toEqual({ words: false, dates: true });
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it('names both problems when the password holds a name and a date', () => {
    const result = checkPassword('Dupont-pivoine-1984-orage', INPUTS);
    expect(result.warning).toBe(
      'Ce mot de passe contient « Dupont » : un nom, une ville ou une adresse e-mail liés à vous ou au cabinet. Un pirate essaie ces informations en premier : choisissez des mots sans rapport avec vous ni avec le cabinet.',
    );
    expect(result.suggestions[0]).toBe(
      'Ce mot de passe contient « 1984 », tiré d’une date de naissance (l’année, le jour et le mois). Un pirate essaie ces dates en premier : n’en mettez aucune.',
    );
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Dupont-orage-vertical-bleu', 'the practice’s name'],
    ['Pivoine-tambour-girafe-1984', 'a birth year'],
    ['Malmaison-orage-vertical', 'the city'],
  ])('%s is rated lower with the forbidden inputs than without (%s)', (password) => {
    const without = checkPassword(password, NONE);
    const withInputs = checkPassword(password, INPUTS);
    expect(without.score).toBeGreaterThanOrEqual(3);
    expect(withInputs.score).toBeLessThan(without.score);
  });

  it.each([
    ['a 3-letter name is only a zxcvbn input, not a refusal', 'Royaume-girafe-tambour-7', ['Léa Roy']],
    ['a mailbox provider says nothing about the person', 'Orange-tambour-girafe-7', ['eloise.martin@orange.fr']],
    ['unrelated words', 'Orage vertical sur la théière bleue', INPUTS.userInputs],
  ])('accepts a password sharing only %s', (_label, password, userInputs) => {
    const result = checkPassword(password, { userInputs });
    expect(result.forbidden).toEqual({ words: false, dates: false });
    expect(result.score).toBe(4);
  });
});

describe('checkPassword: what attackers try first', () => {
  it.each([
    ['a common password', 'Password123!', 'Ce mot de passe est similaire à un mot de passe couramment utilisé.'],
    ['a French word and digits', 'bonjour123456', null],
    ['two common words', 'chocolat-noir', 'Ce mot de passe est similaire à un mot de passe couramment utilisé.'],
    ['a health word', 'ordonnance-2024', null],
    ['a keyboard walk', 'azertyuiop123', 'Les touches qui se suivent sur le clavier sont faciles à deviner.'],
    ['a keyboard walk in columns', '1qaz2wsx3edc', 'Ce mot de passe est couramment utilisé.'],
    ['an AZERTY row', 'qsdfghjklmù*', null],
    ['a repeated character', 'aaaaaaaaaaaaaaaa', 'Les caractères répétés comme « aaa » sont faciles à deviner.'],
    ['a sequence', 'abcdefgh12345678', null],
  ])('rates %s weak and says why', (_label, password, warning) => {
    const result = checkPassword(password, NONE);
    expect(result.score).toBeLessThanOrEqual(2);
    expect(result.warning).toEqual(warning ?? expect.any(String));
    expect(result.suggestions).toContain(WEAK_ADVICE);
  });

  it.each([
    ['motdepasse', 10],
    ['x7#Qp!2zR9', 10],
    ['Soleil!', 7],
  ])('caps a password shorter than 12 characters at 2: %j', (password, length) => {
    const result = checkPassword(password, NONE);
    expect(result.score).toBeLessThanOrEqual(2);
    expect(result.warning).toBe(
      `Ce mot de passe est trop court : il faut au moins 12 caractères (il en compte ${length}). Ajoutez des mots sans rapport entre eux, par exemple une phrase de passe de 4 ou 5 mots.`,
    );
  });

  it.each([
    ['random characters', 'k8Fp#mQ2zL!9wR4t'],
    ['12 random characters', 'x7#Qp!2zR9vW'],
    ['a long passphrase', 'Orage vertical sur la théière bleue'],
    ['a generated passphrase', 'epatant-gorge-triturer-parure-crier-nourrir'],
    ['a passphrase without separators', 'tatouagecollinenichehousseenergie'],
  ])('rates %s very strong, with no warning', (_label, password) => {
    expect(checkPassword(password, INPUTS)).toMatchObject({
      score: 4,
      label: 'Très solide',
      warning: null,
      forbidden: { words: false, dates: false },
    });
  });
});

describe('checkPassword: crack times and labels', () => {
  it.each([
    ['Password123!', { offline: '5 secondes', online: '19 jours' }],
    ['chocolat-noir', { offline: '3 minutes', online: '2 ans' }],
    ['azerty123456', { offline: '5 secondes', online: '19 jours' }],
    ['Orage vertical sur la théière bleue', { offline: 'plusieurs siècles', online: 'plusieurs siècles' }],
  ])('gives the same times as the account password check for %j', (password, crackTimes) => {
    expect(checkPassword(password, NONE).crackTimes).toEqual(crackTimes);
    expect(checkPasswordStrength(password).crackTimes).toEqual(crackTimes);
  });

  it.each([
    [0, 'Très faible', 'aaaaaaaaaaaaaaaa'],
    [1, 'Faible', 'Password123!'],
    [2, 'Insuffisant', 'chocolat-noir'],
    [4, 'Très solide', 'k8Fp#mQ2zL!9wR4t'],
  ])('labels score %i « %s »', (score, label, password) => {
    expect(checkPassword(password, NONE)).toMatchObject({ score, label });
  });
});

describe('checkPassword: edge cases', () => {
  it.each([
    ['empty', '', 'Saisissez un mot de passe d’au moins 12 caractères.'],
    [
      'too long',
      'a'.repeat(257),
      'Ce mot de passe est trop long : 256 caractères au maximum. Une phrase de passe de 4 à 6 mots suffit largement.',
    ],
    [
      'huge',
      'a'.repeat(10_000),
      'Ce mot de passe est trop long : 256 caractères au maximum. Une phrase de passe de 4 à 6 mots suffit largement.',
    ],
  ])('does not estimate an %s password and says so', (_label, password, warning) => {
    expect(checkPassword(password, INPUTS)).toEqual({
      score: 0,
      label: 'Très faible',
      warning,
      suggestions: [],
      crackTimes: { offline: 'non estimé', online: 'non estimé' },
      forbidden: { words: false, dates: false },
    });
  });

  it.each(['Dupont2024!', 'Pivoine!120384-tambour', 'azertyuiop123', 'Rueil-Malmaison-92500!', 'k8Fp#mQ2zL!9wR4t'])(
    'never repeats the whole password (it names the forbidden words it holds, issue 18): %j',
    (password) => {
      const text = JSON.stringify(checkPassword(password, INPUTS)).toLowerCase();
      expect(text).not.toContain(password.toLowerCase());
    },
  );

  it('names only the forbidden words and dates found, not the others to avoid', () => {
    const check = checkPassword('Dupont-orage-vertical-bleu', INPUTS);
    // Only the sentences shown to the person: no figure (crack times, counts) can hold the date.
    const text = [check.warning ?? '', ...check.suggestions].join('\n');
    expect(text).toContain('« Dupont »');
    for (const word of ['Malmaison', 'Martin', '1984']) {
      expect(text).not.toMatch(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u'));
    }
  });

  it('works without options', () => {
    expect(checkPassword('k8Fp#mQ2zL!9wR4t').score).toBe(4);
  });
});
