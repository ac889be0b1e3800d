import { describe, expect, it } from 'vitest';
import { teamSentence } from './team-sentence.ts';

describe('teamSentence', () => {
  it.each([
    [1, 0, 'Votre compte n’a pas encore la double authentification.'],
    [1, 1, 'Votre compte est protégé par la double authentification.'],
    [3, 3, '3 comptes actifs, tous protégés par la double authentification.'],
    [2, 0, '2 comptes actifs, aucun n’a encore la double authentification.'],
    [4, 1, '4 comptes actifs : 1 avec la double authentification, 3 sans.'],
  ])('%i active, %i with MFA → %s', (active, withMfa, sentence) => {
    expect(teamSentence({ active, withMfa })).toBe(sentence);
  });
});
