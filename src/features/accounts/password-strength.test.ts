import { describe, expect, it } from 'vitest';
import { checkPasswordStrength, type PasswordContext } from './password.ts';

const ADVICE = 'Ajoutez des mots sans rapport entre eux, par exemple une phrase de passe de 4 ou 5 mots.';
/** The refusal names what was recognised, without ever repeating the whole password. */
const weak = (found: string) => `Ce mot de passe est trop facile à deviner : ${found}. ${ADVICE}`;
const tooShort = (length: number) =>
  `Ce mot de passe est trop court : il faut au moins 12 caractères (il en compte ${length}). Ajoutez des mots sans rapport entre eux, par exemple une phrase de passe de 4 ou 5 mots.`;
const identity = (what: string) =>
  `Ce mot de passe contient ${what}. Un pirate essaie ces informations en premier : choisissez des mots sans rapport avec vous ni avec le cabinet.`;
const TOO_LONG =
  'Ce mot de passe est trop long : 256 caractères au maximum. Une phrase de passe de 4 à 6 mots suffit largement.';

const ELOISE: PasswordContext = {
  names: ['Éloïse Martin'],
  emails: ['e.martin@cabinet-dupont.fr'],
  practiceName: 'Cabinet Dupont',
};
const PHRASE = 'girafe-lumière-tambour-pivoine-7';

describe('checkPasswordStrength: weak passwords', () => {
  it.each([
    ['motdepasse', tooShort(10), 1, { offline: '1 seconde', online: '5 jours' }],
    ['soleil2024', tooShort(10), 1, { offline: '9 secondes', online: '1 mois' }],
    [
      'azerty123456',
      weak('« azerty » et « 123456 » sont des mots de passe très courants'),
      1,
      { offline: '5 secondes', online: '19 jours' },
    ],
    ['Password123!', weak('c’est un mot de passe très courant'), 1, { offline: '5 secondes', online: '19 jours' }],
    [
      'cabinet medical',
      weak('« cabinet » et « medical » sont des mots liés à la santé'),
      1,
      { offline: '2 secondes', online: '6 jours' },
    ],
    ['123456789012', weak('c’est un mot de passe très courant'), 1, { offline: '1 seconde', online: '6 jours' }],
    [
      'bonjour123456',
      weak('« bonjour » est un mot courant et « 123456 » est un mot de passe très courant'),
      1,
      { offline: '3 secondes', online: '13 jours' },
    ],
    [
      'qsdfghjklmù*',
      weak('c’est une suite de touches voisines du clavier'),
      1,
      { offline: 'moins d’une seconde', online: '2 jours' },
    ],
    ['aaaaaaaaaaaaaaaa', weak('c’est une répétition'), 0, { offline: 'moins d’une seconde', online: '2 heures' }],
    [
      'chocolat-noir',
      weak('« chocolat » est un mot de passe très courant et « noir » est un mot courant'),
      2,
      { offline: '3 minutes', online: '2 ans' },
    ],
    [
      'P@ssw0rd2024!',
      weak('« P@ssw0rd » est un mot de passe très courant'),
      2,
      { offline: '17 minutes', online: '11 ans' },
    ],
    [
      'Motdepasse2024',
      weak('« Motdepasse » est un mot de passe très courant et « 2024 » est une année'),
      2,
      { offline: '4 minutes', online: '3 ans' },
    ],
  ])('refuses %j', (password, message, score, crackTimes) => {
    const verdict = checkPasswordStrength(password, {});
    expect(verdict).toMatchObject({ ok: false, message, score, crackTimes });
    expect(verdict.suggestions).toContain('Ajoutez un ou deux mots peu courants.');
  });

  it('passes on zxcvbn’s warning, corrected French included', () => {
    expect(checkPasswordStrength('aaaaaaaaaaaaaaaa').suggestions).toEqual([
      'Les caractères répétés comme « aaa » sont faciles à deviner.',
      'Ajoutez un ou deux mots peu courants.',
      'Évitez les mots et les caractères répétés.',
    ]);
  });
});

describe('checkPasswordStrength: identity', () => {
  it.each([
    ['Martin2026!Martin', { names: ELOISE.names }, '« Martin » (votre nom)'],
    ['Eloise-Rivière-Chaton-Lune', { names: ELOISE.names }, '« Éloïse » (votre nom)'],
    ['ÉLOÏSE-orage-vertical-bleu', { names: ELOISE.names }, '« Éloïse » (votre nom)'],
    ['M4rt1n-orage-vertical-bleu', { names: ELOISE.names }, '« Martin » (votre nom)'],
    ['trombone-martin-vertical', { emails: ELOISE.emails }, '« martin » (votre adresse e-mail)'],
    ['girafe-dupont-tambour-7', { emails: ELOISE.emails }, '« dupont » (votre adresse e-mail)'],
    ['CabinetDupont#2026', { practiceName: ELOISE.practiceName }, '« Cabinet » et « Dupont » (le nom du cabinet)'],
    // The name is also in the e-mail address: only the name is said (issue 18).
    ['Martin2026!Martin', ELOISE, '« Martin » (votre nom)'],
    ['Martin-Dupont-cabinet-42', ELOISE, '« Martin » (votre nom) et « Dupont », « Cabinet » (le nom du cabinet)'],
    ['pivoine-Ordonnance-42', { extra: ['ordonnance'] }, '« ordonnance » (une information qui vous concerne)'],
    [
      'claire-lune-orage-77',
      { names: ['Claire Rivière'], emails: ['claire@cabinet-claire.fr'], practiceName: 'Cabinet de Claire' },
      '« Claire » (votre nom)',
    ],
  ])('refuses %j for %o, naming what it contains', (password, context, what) => {
    const verdict = checkPasswordStrength(password, context);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toBe(identity(what));
    expect(verdict.score).toBeLessThanOrEqual(2);
    expect(verdict.message?.toLowerCase()).not.toContain(password.toLowerCase());
  });

  it.each([
    ['a mailbox provider', 'Orange-tambour-girafe-7', { emails: ['eloise.martin@orange.fr'] }, 4],
    ['a three-letter name', 'Royaume-girafe-tambour-7', { names: ['Léa Roy'] }, 4],
    ['unrelated words', 'Orage vertical sur la théière bleue', ELOISE, 4],
  ])('accepts a password sharing only %s', (_label, password, context, score) => {
    expect(checkPasswordStrength(password, context)).toMatchObject({ ok: true, score });
  });

  it('mentions the length as well when an identity-based password is also too short', () => {
    const verdict = checkPasswordStrength('Martin2026', { names: ELOISE.names });
    expect(verdict.message).toBe(identity('« Martin » (votre nom)'));
    expect(verdict.suggestions[0]).toBe('Utilisez au moins 12 caractères.');
  });
});

describe('checkPasswordStrength: good passwords and lengths', () => {
  it.each([
    [PHRASE, 'plusieurs siècles'],
    ['Orage vertical sur la théière bleue', 'plusieurs siècles'],
    ['Ordonnance-Stéthoscope-42', 'plusieurs siècles'],
    ['Lampe-Cactus-Hibou', '8 ans'],
    ['Kx9#mQ2!zR7p', '3 ans'],
  ])('accepts %j', (password, offline) => {
    expect(checkPasswordStrength(password, ELOISE)).toEqual({
      ok: true,
      score: 4,
      suggestions: [],
      crackTimes: { offline, online: 'plusieurs siècles' },
    });
  });

  it.each([
    ['the empty string', '', 'Saisissez un mot de passe d’au moins 12 caractères.'],
    ['11 strong characters', 'Kx9#mQ2!zR7', tooShort(11)],
    ['11 emoji (22 UTF-16 units)', '🦒'.repeat(11), tooShort(11)],
    ['257 characters', `${PHRASE} `.repeat(8).slice(0, 257), TOO_LONG],
    ['10,000 characters', 'x'.repeat(10_000), TOO_LONG],
  ])('refuses %s', (_label, password, message) => {
    const verdict = checkPasswordStrength(password);
    expect(verdict.ok).toBe(false);
    expect(verdict.message).toBe(message);
    expect(verdict.score).toBeLessThanOrEqual(2);
  });

  it('accepts exactly 256 characters, and does not estimate longer ones', () => {
    expect(checkPasswordStrength(`${PHRASE} `.repeat(8).slice(0, 256)).ok).toBe(true);
    expect(checkPasswordStrength('x'.repeat(10_000))).toEqual({
      ok: false,
      score: 0,
      message: TOO_LONG,
      suggestions: [],
      crackTimes: { offline: 'non estimé', online: 'non estimé' },
    });
  });

  it('counts decomposed accents as one character', () => {
    expect(checkPasswordStrength('the\u0301ie\u0300re-vue').message).toBe(tooShort(11));
  });
});
