import { describe, expect, it } from 'vitest';
import { containsDate, dateForms, emailParts, sortForbiddenInputs } from './forbidden-inputs.ts';

const MARCH_12_1984 = ['1984', '12031984', '19840312', '120384', '1203'];

describe('dateForms', () => {
  it.each([
    ['12/03/1984', MARCH_12_1984],
    ['12-03-1984', MARCH_12_1984],
    ['12.03.1984', MARCH_12_1984],
    ['12 03 1984', MARCH_12_1984],
    [' 1984-03-12 ', MARCH_12_1984],
    ['12031984', MARCH_12_1984],
    ['19840312', MARCH_12_1984],
    ['2/3/1984', ['1984', '02031984', '19840302', '020384', '0203']],
    ['12/03/84', ['1984', '2084', '12031984', '19840312', '12032084', '20840312', '120384', '1203']],
    ['120384', ['1984', '2084', '12031984', '19840312', '12032084', '20840312', '120384', '1203']],
    ['12/03', ['1203']],
    ['1984', ['1984']],
  ])('%j → %j', (text, forms) => {
    expect(dateForms(text)).toEqual(forms);
  });

  it.each(['Paris', '75008', '32/01/1984', '12/13/1984', '12/03/1850', '1850', '12/03/19845', 'Rue du 8 mai 1945', ''])(
    '%j is not a date',
    (text) => {
      expect(dateForms(text)).toBeNull();
    },
  );
});

describe('emailParts', () => {
  it.each([
    ['e.martin@cabinet-dupont.fr', ['e.martin', 'cabinet-dupont']],
    ['Secretariat@Cabinet.Dupont.fr', ['Secretariat', 'cabinet.dupont']],
    ['eloise.martin@orange.fr', ['eloise.martin']],
    ['dr.roy@gmail.com', ['dr.roy']],
    ['@cabinet-dupont.fr', ['cabinet-dupont']],
  ])('%j → %j', (email, parts) => {
    expect(emailParts(email)).toEqual(parts);
  });
});

describe('sortForbiddenInputs', () => {
  it('sorts words, e-mails and dates, splitting lists typed in one field', () => {
    expect(
      sortForbiddenInputs([
        'Cabinet Dupont',
        'e.martin@cabinet-dupont.fr',
        '12/03/1984, 05/07/2012; 1990',
        'Rueil-Malmaison\nNanterre',
        '  ',
      ]),
    ).toEqual({
      words: ['Cabinet Dupont', 'e.martin', 'cabinet-dupont', 'Rueil-Malmaison', 'Nanterre'],
      dateForms: [...MARCH_12_1984, '2012', '05072012', '20120705', '050712', '0507', '1990'],
    });
  });

  it('keeps nothing from empty inputs', () => {
    expect(sortForbiddenInputs([])).toEqual({ words: [], dateForms: [] });
  });
});

describe('containsDate', () => {
  it.each([
    ['Lune1984', true],
    ['Lune-12/03/1984', true],
    ['12.03.84!soleil', true],
    ['Soleil_12_03_1984', true],
    ['1-9-8-4', true],
    ['Soleil1985', false],
    ['Lune1-2-0-3-x', true],
    ['girafe-lumiere', false],
  ])('%j holds a form of 12/03/1984: %s', (password, expected) => {
    expect(containsDate(password, MARCH_12_1984)).toBe(expected);
  });
});
