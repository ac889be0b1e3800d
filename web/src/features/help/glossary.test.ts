import { describe, expect, it } from 'vitest';
import { GLOSSARY, JARGON_WITHOUT_ENTRY, termsIn } from './glossary.ts';

describe('the glossary', () => {
  it('has one entry per anchor, each a plain French sentence or two', () => {
    expect(new Set(GLOSSARY.map((entry) => entry.id)).size).toBe(GLOSSARY.length);
    for (const entry of GLOSSARY) {
      expect(entry.id).toMatch(/^[a-z-]+$/);
      expect(entry.definition).toMatch(/\.$/);
      // Typographic apostrophes only, as everywhere in the application.
      expect(`${entry.term} ${entry.definition}`).not.toContain("'");
      // Every entry finds its own word in its title.
      expect(entry.pattern.test(entry.term)).toBe(true);
    }
  });

  it.each([
    ['Le registre RGPD du cabinet', ['rgpd', 'registre']],
    ['Signaler à la CNIL dans les 72 heures', ['cnil']],
    ['Votre carte CPS ou l’application e-CPS', ['e-cps']],
    ['Gardez-le 20 ans', []],
    ['Les analyses SPF et DKIM', ['spf-dkim-dmarc']],
    ['Un logiciel hébergé par un sous-traitant certifié HDS', ['hds', 'sous-traitant']],
    ['ANSSI et ANS', ['ans', 'anssi']],
    ['La double authentification et vos codes de secours', ['double-authentification', 'codes-de-secours']],
    ['Une phrase sans mot technique', []],
    ['SPFX, RGPDA', []],
  ])('finds the words of %j', (text, ids) => {
    expect(termsIn(text).map((entry) => entry.id)).toEqual(ids);
  });

  it('knows the technical words that have no entry, so that no page shows them', () => {
    expect(JARGON_WITHOUT_ENTRY.some((jargon) => jargon.test('le hash du fichier'))).toBe(true);
    expect(JARGON_WITHOUT_ENTRY.some((jargon) => jargon.test('un texte en Markdown'))).toBe(true);
    expect(JARGON_WITHOUT_ENTRY.some((jargon) => jargon.test('Une phrase pour une infirmière.'))).toBe(false);
  });
});
