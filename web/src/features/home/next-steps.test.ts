import { describe, expect, it } from 'vitest';
import type { HomeCard } from './home-types.ts';
import { nextStepCards } from './next-steps.ts';
import type { PathStep } from './path-types.ts';

const card = (id: string): HomeCard => ({ id, title: id, tone: 'info', summary: '' });
const step = (id: string, state: PathStep['state']): PathStep => ({
  id,
  title: id,
  state,
  reason: null,
  minutes: 1,
  action: '',
  href: '/',
});
const CARDS = ['mfa', 'register', 'checklist', 'recovery-kit', 'backup', 'patient-requests'].map(card);

describe('« Prochaines étapes » beside « Ma mise en conformité »', () => {
  it.each([
    [
      'a new practice: the path asks for the register, the diagnostic and the kit',
      [step('register', 'todo'), step('diagnostic', 'todo'), step('backup', 'todo')],
      ['mfa', 'patient-requests'],
    ],
    [
      'register and diagnostic done: their cards come back, the backup to redo stays on the path',
      [step('register', 'done'), step('diagnostic', 'done'), step('backup', 'redo')],
      ['mfa', 'register', 'checklist', 'patient-requests'],
    ],
    [
      'every step done: every card',
      [step('register', 'done'), step('diagnostic', 'done'), step('backup', 'done')],
      ['mfa', 'register', 'checklist', 'recovery-kit', 'backup', 'patient-requests'],
    ],
    [
      'no path (the secretary): every card',
      undefined,
      ['mfa', 'register', 'checklist', 'recovery-kit', 'backup', 'patient-requests'],
    ],
  ])('%s', (_label, steps, ids) => {
    expect(nextStepCards(CARDS, steps).map((c) => c.id)).toEqual(ids);
  });
});
