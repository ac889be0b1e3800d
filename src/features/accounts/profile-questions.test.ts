import { describe, expect, it } from 'vitest';
import { practiceProfileSchema } from './accounts.schema.ts';
import {
  DATA_LOCATION_CHOICES,
  DATA_LOCATIONS,
  defaultCareSetting,
  departmentOfAddress,
  WEBSITE_PATTERN,
  websiteUrl,
} from './profile-questions.ts';

describe('the profile questions', () => {
  it('words every data location once, in the schema’s order', () => {
    expect(DATA_LOCATION_CHOICES.map((c) => c.value)).toEqual([...DATA_LOCATIONS]);
  });

  it.each<[string[], string]>([
    [['infirmier'], 'both'],
    [['masseur_kinesitherapeute'], 'both'],
    [['sage_femme', 'medecin'], 'both'],
    [['medecin'], 'practice'],
    [['chirurgien_dentiste'], 'practice'],
    [[], 'practice'],
  ])('proposes where %j usually care: %s', (professions, expected) => {
    expect(defaultCareSetting(professions)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['cabinet-martin.fr', true],
    ['https://www.cabinet-martin.fr/rgpd', true],
    ['http://cabinet.fr:8080/notice', true],
    ['mon site', false],
    ['cabinet', false],
    ['javascript:alert(1)', false],
    ['ftp://cabinet.fr', false],
  ])('accepts %s as a website: %s', (website, ok) => {
    expect(WEBSITE_PATTERN.test(website)).toBe(ok);
  });

  it('completes a website typed without its scheme', () => {
    expect(websiteUrl(' cabinet-martin.fr/rgpd ')).toBe('https://cabinet-martin.fr/rgpd');
    expect(websiteUrl('http://cabinet.fr')).toBe('http://cabinet.fr');
  });

  it('gives an existing profile the defaults: care at the practice, no website, no cameras, no contact', () => {
    const profile = practiceProfileSchema.parse({
      name: 'Cabinet',
      structureType: 'solo',
      professions: ['medecin'],
      dataLocations: ['local'],
    });
    expect(profile).toMatchObject({
      careSetting: 'practice',
      website: null,
      videoSurveillance: false,
      address: null,
      phone: null,
      email: null,
    });
  });
});

describe('the department read from the postcode of an address', () => {
  it.each<[string, string | null]>([
    ['12 rue des Lilas, 93260 Les Lilas', '93'],
    ['3 place Carnot 01000 Bourg-en-Bresse', '01'],
    ['Route de Sartène, 20090 Ajaccio', '2A'],
    ['Quai des Martyrs, 20200 Bastia', '2B'],
    ['Rue Schœlcher, 97200 Fort-de-France', '972'],
    ['Rue de Paris, 97400 Saint-Denis', '974'],
    ['BP 12345, 75011 Paris', '75'],
    ['Avenue Foch 98000 Monaco', null],
    ['00100 nulle part', null],
    ['12 rue des Lilas', null],
    ['', null],
  ])('%s → %s', (address, department) => {
    expect(departmentOfAddress(address)).toBe(department);
    if (department !== null) expect(practiceProfileSchema.shape.department.parse(department)).toBe(department);
  });
});
