import { describe, expect, it } from 'vitest';
import { passwordContextWords } from './password-context.ts';

describe('passwordContextWords', () => {
  it.each([
    [
      'names, e-mail local parts and domains, in that order',
      {
        practiceNames: ['Cabinet Dupont'],
        users: [
          { name: 'Éloïse Martin', email: 'e.martin@cabinet-dupont.fr' },
          { name: 'Léa Roy', email: 'lea.roy@gmail.com' },
        ],
      },
      ['Cabinet Dupont', 'Éloïse Martin', 'Léa Roy', 'e.martin', 'cabinet-dupont', 'lea.roy'],
    ],
    [
      'duplicates removed, ignoring case',
      {
        practiceNames: ['Cabinet Dupont', ' '],
        users: [
          { name: 'Paul Dupont', email: 'paul@cabinet-dupont.fr' },
          { name: 'paul dupont', email: 'PAUL@cabinet-dupont.fr' },
        ],
      },
      ['Cabinet Dupont', 'Paul Dupont', 'paul', 'cabinet-dupont'],
    ],
    ['nothing known', { practiceNames: [], users: [] }, []],
  ])('%s', (_label, sources, words) => {
    expect(passwordContextWords(sources)).toEqual(words);
  });
});
