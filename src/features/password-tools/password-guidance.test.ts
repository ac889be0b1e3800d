import { describe, expect, it } from 'vitest';
import { PASSWORD_GUIDANCE } from './password-guidance.ts';

describe('PASSWORD_GUIDANCE', () => {
  it('covers the five uses the webinar names, in this order', () => {
    expect(PASSWORD_GUIDANCE.map((use) => use.id)).toEqual([
      'logiciel-metier',
      'messagerie',
      'ameli-pro',
      'wifi',
      'coffre-fort',
    ]);
  });

  it.each(PASSWORD_GUIDANCE.map((use) => [use.title, use] as const))(
    '« %s » says what secret, MFA, no reuse, where to keep it, and its sources',
    (_title, use) => {
      for (const text of [use.title, use.why, use.secret, use.mfa, use.reuse, use.keep, ...use.more]) {
        expect(text.trim()).not.toBe('');
        expect(text, 'typographic apostrophes').not.toMatch(/'/);
        if (text !== use.title) expect(text, 'a full sentence').toMatch(/[.!]$/);
      }
      expect(use.sources).toContain('Webinaire Assurance Maladie / URPS Île-de-France (2023)');
    },
  );

  it('gives the Ameli Pro support number and the advice of the Assurance Maladie', () => {
    const ameli = PASSWORD_GUIDANCE.find((use) => use.id === 'ameli-pro');
    expect(ameli?.more.join(' ')).toMatch(/3608/);
    expect(ameli?.reuse).toMatch(/spécifique à Ameli Pro/);
  });

  it('advises a certified vault without naming a product', () => {
    const vault = PASSWORD_GUIDANCE.find((use) => use.id === 'coffre-fort');
    expect(vault?.more.join(' ')).toMatch(/certifié, de préférence par l’ANSSI/);
  });

  it.each([
    [
      'logiciel-metier',
      /au moins 7 mots.*12 caractères.*14 sans caractère spécial.*5 mots suffisent seulement si le service bloque ou ralentit les essais/,
    ],
    ['messagerie', /au moins 7 mots/],
    ['ameli-pro', /au moins 7 mots/],
    ['wifi', /7 mots/],
    ['coffre-fort', /8 mots ou plus tirés au hasard \(88 bits/],
  ])('%s follows CNIL délibération 2022-100 and cites it', (id, secret) => {
    const use = PASSWORD_GUIDANCE.find((u) => u.id === id);
    expect(use?.secret).toMatch(secret);
    expect(use?.secret).not.toMatch(/au moins 5 mots|6 mots/);
    expect(use?.sources).toContain('CNIL, délibération n° 2022-100 du 21 juillet 2022 (mots de passe)');
  });
});
