import { describe, expect, it } from 'vitest';
import { type OriginFacts, originLabel, originText } from './answer-origin.ts';

const base: OriginFacts = {
  origin: null,
  firstPassQuestion: null,
  observation: null,
  overridesObservation: false,
  updatedBy: null,
};
const observation = { status: 'done' as const, fact: 'Journal intact (12 entrées).', href: '/journal', since: null };

describe('origin of an answer', () => {
  it.each<[string, Partial<OriginFacts>, string | null, string | null]>([
    ['no answer', {}, null, null],
    [
      'the first pass',
      { origin: 'first_pass', firstPassQuestion: { id: 'reseau', question: 'Votre Wi-Fi est-il protégé ?' } },
      'Premier diagnostic',
      'Réponse du premier diagnostic, question : « Votre Wi-Fi est-il protégé ? »',
    ],
    [
      'Hygie',
      { origin: 'observed', observation },
      'Constaté par Hygie',
      'Constaté par Hygie : Journal intact (12 entrées).',
    ],
    [
      'a person',
      { origin: 'person', updatedBy: 'Éloïse Martin' },
      'Réponse mesure par mesure',
      'Répondu par Éloïse Martin',
    ],
    [
      'a person no longer named',
      { origin: 'person' },
      'Réponse mesure par mesure',
      'Répondu dans le diagnostic complet',
    ],
    [
      'a person correcting Hygie',
      { origin: 'person', overridesObservation: true, observation, updatedBy: 'Éloïse Martin' },
      'Corrigé par le cabinet',
      'Constat de Hygie corrigé par Éloïse Martin (Hygie constate : Journal intact (12 entrées).)',
    ],
  ])('%s', (_label, over, label, text) => {
    const measure = { ...base, ...over };
    expect(originLabel(measure)).toBe(label);
    expect(originText(measure)).toBe(text);
  });
});
