import type { HomeCard } from './home-types.ts';
import type { PathStep } from './path-types.ts';

/** The home cards that say the same as a step of « Ma mise en conformité » (card id → step id). */
const CARD_STEP: Readonly<Record<string, string>> = {
  register: 'register',
  checklist: 'diagnostic',
  'recovery-kit': 'backup',
  backup: 'backup',
};

/**
 * « Prochaines étapes » without what « Ma mise en conformité » already asks: a card whose step is
 * still to do (or to redo) is left to the path, with its one button; once the step is done, the
 * card comes back (the score, a complete register). Without the path (the secretary's home), every card.
 * @example nextStepCards(cards, [{ id: 'register', state: 'todo', … }]) // without the « register » card
 */
export function nextStepCards(cards: readonly HomeCard[], steps: readonly PathStep[] | undefined): HomeCard[] {
  if (!steps) return [...cards];
  const open = new Set(steps.filter((step) => step.state !== 'done').map((step) => step.id));
  return cards.filter((card) => {
    const step = CARD_STEP[card.id];
    return step === undefined || !open.has(step);
  });
}
