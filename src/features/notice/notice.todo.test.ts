import { describe, expect, it } from 'vitest';
import { noticeCard, noticeTodos } from './notice.todo.ts';

describe('the notice’s « à faire » item', () => {
  it.each([
    ['no version yet', null, 0],
    ['an up-to-date version', { number: 2, outdated: false, outdatedReasons: [] }, 0],
    ['an outdated version', { number: 2, outdated: true, outdatedReasons: ['Le registre a changé.'] }, 1],
  ] as const)('%s → %i item', (_label, latest, count) => {
    const items = noticeTodos(latest && { ...latest, outdatedReasons: [...latest.outdatedReasons] });
    expect(items).toHaveLength(count);
    expect(noticeCard(items) === null).toBe(count === 0);
  });

  it('says why on the home card', () => {
    const card = noticeCard(noticeTodos({ number: 1, outdated: true, outdatedReasons: ['Le registre a changé.'] }));
    expect(card?.summary).toMatch(/^Le registre a changé\. Générez une nouvelle version/);
  });
});
