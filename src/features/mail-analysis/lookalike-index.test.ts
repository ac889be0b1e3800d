import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from './analysis-context.ts';
import { belongsTo, siteOf, siteOfByTheBook } from './domains.ts';
import { loadKnownDomains } from './known-domains.referential.ts';
import { findLookalike, findLookalikeByTheBook, ownerOf } from './lookalike.ts';

const known = loadKnownDomains();
const context = buildContext(known, { ownDomains: ['cabinet-tilleuls.fr', 'kine-dupont.example'] });
const { targets, isWebmail } = context;

/** The indexed search and the one comparing every target give the same answer (kind, target, shown form). */
function expectSame(domain: string) {
  expect(findLookalike(domain, targets, isWebmail)).toEqual(findLookalikeByTheBook(domain, targets, isWebmail));
  expect(ownerOf(domain, targets)).toBe(targets.find((target) => belongsTo(domain, target.domain)) ?? null);
}

/** Every variant of a name one edit away: a letter dropped, doubled, replaced, swapped, « l » for « i ». */
function variants(domain: string): string[] {
  const out = new Set<string>();
  const letters = 'ailmnoe1-.';
  for (let k = 0; k < domain.length; k++) {
    out.add(domain.slice(0, k) + domain.slice(k + 1));
    out.add(domain.slice(0, k) + domain[k] + domain.slice(k));
    for (const letter of letters) out.add(domain.slice(0, k) + letter + domain.slice(k + 1));
    out.add(domain.slice(0, k) + (domain[k + 1] ?? '') + domain[k] + domain.slice(k + 2));
  }
  const dot = domain.lastIndexOf('.');
  const name = domain.slice(0, dot);
  out.add(domain.replaceAll('i', 'l'));
  out.add(domain.replaceAll('m', 'rn'));
  for (const tld of ['com', 'example', 'net', 'fr']) out.add(`${name}.${tld}`);
  out.add(`${name}-securite.example`);
  out.add(`verif-${name.replaceAll('.', '-')}.example`);
  out.add(`${domain}.verif-compte.com`);
  out.add(`www.${domain}`);
  out.add(`mail.${name}.example`);
  return [...out];
}

describe('findLookalike through its index gives the answer of comparing every target', () => {
  it('every protected domain and every variant one edit away (typos, look-alikes, words added)', () => {
    for (const target of targets) for (const domain of [target.domain, ...variants(target.domain)]) expectSame(domain);
  });

  it('every keyword of the referential inside another domain, and the webmail providers', () => {
    for (const organisation of known.organisations)
      for (const keyword of organisation.keywords ?? []) {
        expectSame(`${keyword}.example`);
        expectSame(`mon-${keyword}-en-ligne.example`);
        expectSame(`${keyword}.secure.example`);
      }
    for (const webmail of known.webmailDomains) for (const domain of variants(webmail)) expectSame(domain);
  });

  it('punycode and unrelated domains', () => {
    for (const domain of [
      'xn--meli-43d.fr',
      'xn--amli-cpa.fr',
      'xn--pypal-4ve.com',
      'sante-pratique.example',
      'a.b.c.d.e.fr',
      'fr',
      '.fr',
      'x.',
    ])
      expectSame(domain);
  });

  it('random domains made of the referential’s labels and words', () => {
    const labels = [...new Set(targets.flatMap((target) => target.domain.split(/[.-]/)))];
    const label = fc.oneof(fc.constantFrom(...labels), fc.stringMatching(/^[a-z0-9]{1,12}$/));
    const domain = fc
      .array(fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('.', '-')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.map(([words]) => words.join('-')).join('.'))
      .chain((name) => fc.constantFrom(`${name}.fr`, `${name}.com`, `${name}.example`, name));
    fc.assert(
      fc.property(domain, (name) => expectSame(name)),
      { numRuns: 3000 },
    );
  });
});

describe('siteOf without splitting gives the registered domain of splitting the labels', () => {
  it('random domains with two-label suffixes, empty labels and dots at the ends', () => {
    const label = fc.constantFrom('', 'a', 'ameli', 'gouv', 'fr', 'co', 'uk', 'com', 'impots', 'www');
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 6 }), (labels) => {
        const domain = labels.join('.');
        expect(siteOf(domain)).toBe(siteOfByTheBook(domain));
      }),
      { numRuns: 5000 },
    );
  });
});
