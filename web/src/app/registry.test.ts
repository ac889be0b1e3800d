import { describe, expect, it } from 'vitest';
import { registry } from './features.ts';

const admin = (alone: boolean) =>
  registry
    .menuFor('owner', { alone })
    .find((section) => section.id === 'admin')
    ?.entries.map((entry) => entry.label);

describe('the menu by task', () => {
  it('puts the team features out of the way for a practice of one, and nowhere else', () => {
    expect(admin(false)).toEqual(['Cabinet', 'Utilisateurs', 'Journal', 'Mon compte']);
    expect(admin(true)).toEqual(['Cabinet', 'Journal', 'Mon compte', 'Utilisateurs']);
    const others = (alone: boolean) =>
      registry
        .menuFor('owner', { alone })
        .filter((section) => section.id !== 'admin')
        .flatMap((section) => section.entries.map((entry) => entry.path));
    expect(others(true)).toEqual(others(false));
  });

  it('opens with the home page and the glossary, above the groups', () => {
    expect(registry.menuFor('secretary')[0]?.entries.map((entry) => entry.path)).toEqual(['/', '/glossaire']);
  });
});
