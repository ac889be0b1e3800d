import { beforeEach, describe, expect, it } from 'vitest';
import { allReferentials, loadAllReferentials, resetReferentialCache } from '../../lib/referential/index.ts';
import { ownDomainsFromEmails } from './analysis-context.ts';
import { knownSenderDomainsReferential, loadKnownDomains } from './known-domains.referential.ts';

beforeEach(() => resetReferentialCache());

describe('referential/known-sender-domains.yaml', () => {
  it('loads, and is validated at start-up with the other referentials', () => {
    expect(allReferentials).toContain(knownSenderDomainsReferential);
    expect(() => loadAllReferentials(allReferentials)).not.toThrow();
  });

  it.each([
    ['health insurance', 'ameli.fr'],
    ['an Ordre', 'ordre.medecin.fr'],
    ['the ANS', 'esante.gouv.fr'],
    ['government', 'gouv.fr'],
    ['a bank', 'credit-agricole.fr'],
  ])('protects %s (%s)', (_what, domain) => {
    expect(loadKnownDomains().organisations.flatMap((o) => o.domains)).toContain(domain);
  });

  it.each([
    'gmail.com',
    'orange.fr',
    'wanadoo.fr',
    'free.fr',
    'laposte.net',
    'outlook.fr',
    'hotmail.fr',
    'yahoo.fr',
    'icloud.com',
    'sfr.fr',
  ])('knows %s as public webmail', (domain) => {
    expect(loadKnownDomains().webmailDomains.has(domain)).toBe(true);
  });

  it('lists each domain once, and never a webmail domain as an organisation', () => {
    const known = loadKnownDomains();
    const domains = known.organisations.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains.filter((domain) => known.webmailDomains.has(domain))).toEqual([]);
    expect(known.organisations.every((o) => o.source.length > 0)).toBe(true);
  });

  it('derives the practice’s own domains from its users’ addresses, without webmail', () => {
    const emails = ['a@Cabinet-Tilleuls.fr', 'b@cabinet-tilleuls.fr', 'c@gmail.com', 'd@wanadoo.fr', 'sans-arobase'];
    expect(ownDomainsFromEmails(emails, loadKnownDomains())).toEqual(['cabinet-tilleuls.fr']);
  });
});
