import { describe, expect, it } from 'vitest';
import type { PeopleCategory } from './breach-labels.ts';
import { dpcBelowMinimum, dpcMinimum } from './dpc-minimum.ts';

const practice = (professions: string[], medicalSpecialties: string[] = []) => ({ professions, medicalSpecialties });

describe('the minimum data context of a breach (ENISA 2013 annex, GDPR recital 35)', () => {
  it.each<[string, ReturnType<typeof practice>, PeopleCategory[], number, RegExp | null]>([
    ['a psychiatrist’s patients', practice(['medecin'], ['psychiatry']), ['patients'], 4, /psychiatrie/],
    ['an addiction practice’s patients', practice(['medecin'], ['addiction']), ['patients'], 4, /addictologie/],
    [
      'abortion consultations',
      practice(['medecin'], ['abortion']),
      ['patients'],
      4,
      /interruption volontaire de grossesse/,
    ],
    ['a sexual health practice', practice(['medecin'], ['sexual_health']), ['patients'], 3, /santé sexuelle/],
    ['an oncologist’s patients', practice(['medecin'], ['oncology']), ['patients'], 3, /oncologie/],
    [
      'oncology and psychiatry: the highest',
      practice(['medecin'], ['oncology', 'psychiatry']),
      ['minors'],
      4,
      /oncologie/,
    ],
    ['a general practitioner', practice(['medecin'], ['general']), ['patients'], 2, null],
    ['a physician with no specialty given', practice(['medecin']), ['patients'], 2, null],
    ['a nurse', practice(['infirmier']), ['patients'], 2, null],
    ['a pharmacy', practice(['pharmacien']), ['patients'], 2, null],
    ['patients, nobody said who else', practice(['masseur_kinesitherapeute']), [], 2, null],
    [
      'a specialty left over once no physician practises',
      practice(['infirmier'], ['psychiatry']),
      ['patients'],
      2,
      null,
    ],
    ['only the psychiatrist’s staff', practice(['medecin'], ['psychiatry']), ['staff'], 1, null],
    ['staff and other people', practice(['infirmier']), ['staff', 'other'], 1, null],
  ])('%s: at least %s', (_case, who, people, minimum, specialty) => {
    const result = dpcMinimum(who, people);
    expect(result.minimum).toBe(minimum);
    if (minimum === 1) {
      expect(result.reasons).toEqual([]);
      return;
    }
    expect(result.reasons[0]).toMatch(/considérant 35/);
    expect(result.sources.join(' ')).toMatch(/ENISA.*2013.*annexe/);
    expect(result.sources.join(' ')).toMatch(/RGPD, considérant 35/);
    if (specialty) {
      expect(result.reasons[1]).toMatch(specialty);
      expect(result.reasons[1]).toMatch(new RegExp(`au moins ${minimum}\\.$`));
    } else expect(result.reasons).toHaveLength(1);
  });

  it.each([
    [1, 4, true],
    [3, 4, true],
    [4, 4, false],
    [1, 2, true],
    [2, 2, false],
    [4, 2, false],
  ] as const)('an answer of %s against a minimum of %s is refused: %s', (dpc, minimum, refused) => {
    const who = minimum === 4 ? practice(['medecin'], ['psychiatry']) : practice(['infirmier']);
    const message = dpcBelowMinimum(dpc, dpcMinimum(who, ['patients']));
    expect(message !== undefined).toBe(refused);
    if (refused)
      expect(message).toMatch(
        new RegExp(`^le contexte du traitement vaut au moins ${minimum} pour cette violation : `),
      );
  });
});
