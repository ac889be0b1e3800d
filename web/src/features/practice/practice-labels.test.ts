import { describe, expect, it } from 'vitest';
import { loadReferential } from '../../../../src/lib/referential/loader.ts';
import { professionsReferential } from '../../../../src/lib/referential/professions.ts';
import { PROFESSIONS } from './practice-labels.ts';

describe('the professions the web pages offer', () => {
  it('are those of referential/professions.yaml, with its labels (typographic apostrophes), in its order', () => {
    const entries = [...loadReferential(professionsReferential).entries].sort((a, b) => a.order - b.order);
    expect(PROFESSIONS.map(({ value, label }) => ({ value, label }))).toEqual(
      entries.map(({ id, label }) => ({ value: id, label: label.replaceAll("'", '’') })),
    );
  });
});
