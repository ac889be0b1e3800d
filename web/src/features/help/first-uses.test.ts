import { describe, expect, it } from 'vitest';
import { firstUsesIn, spelledOut } from './first-uses.ts';

const RGPD = 'règlement général sur la protection des données';

function uses(texts: string[]): string[] {
  const met = new Set<string>();
  return texts.flatMap((text) =>
    firstUsesIn(text, met).map((use) => `${use.entry.id}=${text.slice(use.start, use.end)}${use.spellOut ?? ''}`),
  );
}

describe('the first use of each glossary word on a page', () => {
  it('links each word once, at its first use, across the pieces of the page', () => {
    expect(uses(['Signalez à la CNIL.', 'La CNIL répond.', 'Un sous-traitant et la CNIL'])).toEqual([
      'cnil=CNIL',
      'sous-traitant=sous-traitant',
    ]);
  });

  it('spells « RGPD » out at its first use, and only there', () => {
    expect(uses(['Le RGPD demande un registre.', 'Le RGPD encore.'])).toEqual([`rgpd=RGPD (${RGPD})`]);
  });

  it('adds no second pair of brackets inside brackets', () => {
    expect(uses(['Le registre (article 30 du RGPD) est prêt.'])).toEqual([`rgpd=RGPD, ${RGPD}`]);
  });

  it('does not spell out what the sentence already spells out', () => {
    expect(spelledOut(`Le RGPD (${RGPD})`, 3, 7, RGPD)).toBeUndefined();
    const long = `Le ${RGPD} (RGPD)`;
    expect(spelledOut(long, long.lastIndexOf('RGPD'), long.length - 1, RGPD)).toBeUndefined();
    expect(spelledOut('Le RGPD demande', 3, 7, RGPD)).toBe(` (${RGPD})`);
  });

  it('links the longer of two overlapping words, spells the acronym out after it, and links the other at its next use', () => {
    expect(uses(['Votre registre RGPD est prêt.'])).toEqual([`registre=registre RGPD (${RGPD})`]);
    expect(uses(['Le registre des activités de traitement, puis les activités de traitement.'])).toEqual([
      'registre=registre des activités de traitement',
      'traitement=activités de traitement',
    ]);
  });

  it('finds nothing in a plain sentence', () => {
    expect(uses(['Une phrase pour une infirmière.'])).toEqual([]);
  });
});
