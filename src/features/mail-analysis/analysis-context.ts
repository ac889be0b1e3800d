import { skeleton } from './confusables.ts';
import { domainOfAddress, normaliseHost } from './domains.ts';
import type { KnownDomains } from './known-domains.referential.ts';
import { type ProtectedDomain, protectedDomain } from './lookalike.ts';
import type { PracticeContext, PracticePerson } from './mail-analysis.types.ts';
import { type ClaimIndex, indexClaims, nameClaim } from './name-claims.ts';

/** Everything the checks compare a message with. */
export interface AnalysisContext {
  /** Known organisations' domains, then the practice's own. */
  readonly targets: readonly ProtectedDomain[];
  readonly claims: ClaimIndex;
  readonly ownDomains: readonly string[];
  readonly people: readonly PracticePerson[];
  isWebmail(domain: string): boolean;
}

interface OrganisationPart {
  readonly targets: readonly ProtectedDomain[];
  readonly claims: ClaimIndex;
  isWebmail(domain: string): boolean;
  /** The targets list with each set of own domains, kept so its look-alike index is built once. */
  readonly withOwn: Map<string, PreparedOwn>;
  /** The own domains of the last call, as given (copied), and what they gave: a practice's messages come in a row. */
  last: { readonly given: readonly string[]; readonly prepared: PreparedOwn } | null;
}

interface PreparedOwn {
  readonly ownDomains: readonly string[];
  readonly targets: readonly ProtectedDomain[];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, k) => item === b[k]);

/** `domain` is one of `parents` or a subdomain of one (`belongsTo` through a set). */
function belongsToSet(domain: string, parents: ReadonlySet<string>): boolean {
  if (parents.has(domain)) return true;
  for (let at = domain.indexOf('.', 1); at > 0; at = domain.indexOf('.', at + 1))
    if (parents.has(domain.slice(at + 1))) return true;
  return false;
}

const keywordWords = (keyword: string) => keyword.split('-').map((word) => skeleton(word));

/** The part built from the referential alone, computed once per loaded referential. */
const organisationParts = new WeakMap<KnownDomains, OrganisationPart>();

function organisationPart(known: KnownDomains): OrganisationPart {
  const cached = organisationParts.get(known);
  if (cached) return cached;
  const webmail = new Set(known.webmailDomains);
  const part: OrganisationPart = {
    targets: known.organisations.flatMap((organisation) =>
      organisation.domains.map((domain) =>
        protectedDomain(domain, organisation.organisation, {
          healthInsurance: organisation.category === 'health_insurance',
          keywords: (organisation.keywords ?? []).map(keywordWords),
        }),
      ),
    ),
    claims: indexClaims(
      known.organisations.flatMap((organisation) =>
        (organisation.names ?? []).map((name) => nameClaim(organisation, name)),
      ),
    ),
    isWebmail: (domain) => belongsToSet(domain, webmail),
    withOwn: new Map(),
    last: null,
  };
  organisationParts.set(known, part);
  return part;
}

/** The practices' own domains, prepared once each (a practice analyses many messages); bounded. */
const ownTargets = new Map<string, ProtectedDomain>();
const MAX_OWN_TARGETS = 1000;
/** Sets of own domains whose full targets list is kept, per referential; bounded the same way. */
const MAX_TARGET_LISTS = 1000;

function ownTarget(domain: string): ProtectedDomain {
  let target = ownTargets.get(domain);
  if (!target) {
    target = protectedDomain(domain, 'votre cabinet', {
      healthInsurance: false,
      keywords: [keywordWords(domain.slice(0, domain.lastIndexOf('.')).replaceAll('.', '-'))],
    });
    if (ownTargets.size >= MAX_OWN_TARGETS) ownTargets.clear();
    ownTargets.set(domain, target);
  }
  return target;
}

function prepareOwn(part: OrganisationPart, given: readonly string[]): PreparedOwn {
  const key = JSON.stringify(given);
  let prepared = part.withOwn.get(key);
  if (!prepared) {
    const cleaned = given.map(normaliseHost).filter((d): d is string => d !== null);
    const ownDomains = [...new Set(cleaned)].filter((domain) => !part.isWebmail(domain));
    prepared = { ownDomains, targets: [...part.targets, ...ownDomains.map(ownTarget)] };
    if (part.withOwn.size >= MAX_TARGET_LISTS) part.withOwn.clear();
    part.withOwn.set(key, prepared);
  }
  part.last = { given: [...given], prepared };
  return prepared;
}

/**
 * Builds the analysis context from the referential and what is known of the practice; the
 * practice's own domains are cleaned (lower case, ASCII) and public webmail ones dropped.
 * @example buildContext(loadKnownDomains(), { ownDomains: ['cabinet-des-tilleuls.fr'] })
 */
export function buildContext(known: KnownDomains, practice: PracticeContext = {}): AnalysisContext {
  const part = organisationPart(known);
  const { claims, isWebmail } = part;
  const given = practice.ownDomains ?? [];
  // The same domains as the last call's (compared item by item, the list may have been changed since).
  const prepared = part.last && sameList(part.last.given, given) ? part.last.prepared : prepareOwn(part, given);
  const { ownDomains, targets } = prepared;
  return { targets, claims, ownDomains, people: practice.people ?? [], isWebmail };
}

/**
 * The practice's own domains, from its users' addresses: public webmail (gmail.com, orange.fr…)
 * is never a practice's domain.
 * @example ownDomainsFromEmails(['a@cabinet.fr', 'b@gmail.com'], loadKnownDomains()) // ['cabinet.fr']
 */
export function ownDomainsFromEmails(emails: readonly string[], known: KnownDomains): string[] {
  const domains = emails.map((email) => domainOfAddress(email)).filter((d): d is string => d !== null);
  const { isWebmail } = organisationPart(known);
  return [...new Set(domains)].filter((domain) => !isWebmail(domain));
}
