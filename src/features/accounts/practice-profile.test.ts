import { describe, expect, it } from 'vitest';
import { type PracticeProfile, practiceProfileSchema } from './accounts.schema.ts';
import { changedProfileFields } from './practice-profile.ts';

const base: PracticeProfile = practiceProfileSchema.parse({
  name: 'Cabinet des Tilleuls',
  structureType: 'group',
  professions: ['medecin', 'infirmier'],
  dataLocations: ['local', 'paper'],
  dpo: { name: 'Conseil RGPD', email: 'dpo@exemple.fr' },
});

describe('changedProfileFields', () => {
  it.each<[string, Partial<PracticeProfile>, string[]]>([
    ['nothing', {}, []],
    [
      'the same lists in another order',
      { professions: ['infirmier', 'medecin'], dataLocations: ['paper', 'local'] },
      [],
    ],
    ['one more profession', { professions: ['medecin', 'infirmier', 'sage_femme'] }, ['professions']],
    ['a boolean', { wifi: true }, ['wifi']],
    ['a number still empty', { siret: null }, []],
    ['a new number', { rpps: '10003456789' }, ['rpps']],
    ['the DPO phone', { dpo: { name: 'Conseil RGPD', email: 'dpo@exemple.fr', phone: '0102030405' } }, ['dpo']],
    ['no DPO any more', { dpo: null }, ['dpo']],
    [
      'several fields, in profile order',
      { mfaRequired: true, name: 'Maison de santé', staffCount: 4 },
      ['name', 'staffCount', 'mfaRequired'],
    ],
  ])('%s', (_label, change, expected) => {
    expect(changedProfileFields(base, { ...base, ...change })).toEqual(expected);
  });
});
