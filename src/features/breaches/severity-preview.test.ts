import { describe, expect, it } from 'vitest';
import type { SeverityFactors } from './severity.ts';
import { completeFactors, optionEffect, type PartialFactors } from './severity-preview.ts';

const ALL: SeverityFactors = { dpc: 4, ei: 1, confidentiality: 0, integrity: 0, availability: 0, malicious: false };

describe('how each answer moves the score', () => {
  it.each<[string, keyof SeverityFactors, SeverityFactors[keyof SeverityFactors], PartialFactors, string]>([
    ['nothing answered yet: the context', 'dpc', 4, {}, 'contexte 4'],
    ['nothing answered yet: identification', 'ei', 0.75, {}, 'multiplie par 0,75'],
    ['nothing answered yet: a circumstance', 'confidentiality', 0.25, {}, '+0,25 point'],
    ['nothing answered yet: malicious', 'malicious', true, {}, '+0,5 point'],
    ['nothing answered yet: not malicious', 'malicious', false, {}, '+0 point'],
    ['the last answer missing', 'malicious', true, { ...ALL, malicious: undefined }, 'score 4,5'],
    ['a higher answer', 'availability', 0.5, ALL, 'score 4,5 (+0,5)'],
    ['a lower answer', 'ei', 0.25, ALL, 'score 1 (−3)'],
    ['the answer already given', 'dpc', 4, ALL, 'score 4'],
    ['quarters stay exact', 'ei', 0.75, { ...ALL, dpc: 3 }, 'score 2,25 (−0,75)'],
  ])('%s → « %s »', (_label, factor, value, answers, text) => {
    expect(optionEffect(factor, value as never, answers)).toBe(text);
  });

  it('knows when every question is answered', () => {
    expect(completeFactors(ALL)).toEqual(ALL);
    expect(completeFactors({ ...ALL, integrity: undefined })).toBeNull();
  });
});
