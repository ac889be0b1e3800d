import { distance } from 'fastest-levenshtein';
import { skeleton } from './confusables.ts';
import { belongsTo, isPunycode, unicodeOf } from './domains.ts';

/** A domain the analyser protects: a known organisation's, or the practice's own. */
export interface ProtectedDomain {
  readonly domain: string;
  /** Who it belongs to, in French (« Assurance Maladie », « votre cabinet »). */
  readonly owner: string;
  /** True for organisations of health insurance (the advice then mentions Ameli-Pro). */
  readonly healthInsurance: boolean;
  /** Word sequences that, inside another domain, show an imitation (`[['credit', 'agricole']]`). */
  readonly keywords: readonly (readonly string[])[];
  /** Precomputed: the domain's skeleton, its labels, its name without extension, its typo budget. */
  readonly look: string;
  readonly lookLabels: readonly string[];
  readonly core: string;
  readonly rawCore: string;
  readonly budget: number;
}

/** The domain without its last label (« ameli.fr » → « ameli »). */
const withoutTld = (domain: string) => domain.slice(0, Math.max(0, domain.lastIndexOf('.')));

/** Typing mistakes tolerated: none under 5 letters (too many real domains), 1 from 5, 2 from 9. */
function typoBudget(domain: string): number {
  const core = withoutTld(domain).replace(/[.-]/g, '');
  if (core.length >= 9) return 2;
  return core.length >= 5 ? 1 : 0;
}

/** A protected domain with what every comparison needs computed once. */
export function protectedDomain(
  domain: string,
  owner: string,
  options: { healthInsurance: boolean; keywords: readonly (readonly string[])[] },
): ProtectedDomain {
  const look = skeleton(domain);
  return {
    domain,
    owner,
    ...options,
    look,
    lookLabels: look.split('.'),
    core: withoutTld(look),
    rawCore: withoutTld(domain),
    budget: typoBudget(domain),
  };
}

/** How a domain imitates a protected one. */
export type LookalikeKind = 'confusable' | 'punycode' | 'keyword' | 'typo';

export interface Lookalike {
  readonly kind: LookalikeKind;
  readonly imitated: ProtectedDomain;
  /** The imitating domain as a reader sees it (Unicode form). */
  readonly shown: string;
}

const tokensOf = (domain: string) => {
  const labels = domain.split('.');
  return labels.slice(0, -1).flatMap((label) => label.split('-').filter(Boolean));
};

function containsSequence(tokens: readonly string[], sequence: readonly string[]): boolean {
  if (sequence.length === 0 || sequence.length > tokens.length) return false;
  for (let start = 0; start + sequence.length <= tokens.length; start++) {
    let k = 0;
    while (k < sequence.length && tokens[start + k] === sequence[k]) k++;
    if (k === sequence.length) return true;
  }
  return false;
}

/** The domain being judged, split once: its skeleton's labels and words, and its tails by label count. */
interface Candidate {
  readonly domain: string;
  readonly look: string;
  readonly lookLabels: readonly string[];
  readonly tokens: readonly string[];
  /** For a target of n labels: the candidate's last n labels without extension, skeleton and as written. */
  tail(labelCount: number): { core: string; rawCore: string };
}

function candidate(domain: string, look: string): Candidate {
  const lookLabels = look.split('.');
  const rawLabels = domain.split('.');
  const tails = new Map<number, { core: string; rawCore: string }>();
  return {
    domain,
    look,
    lookLabels,
    tokens: tokensOf(look),
    tail(labelCount) {
      let tail = tails.get(labelCount);
      if (!tail) {
        tail = {
          core: withoutTld(lookLabels.slice(-labelCount).join('.')),
          rawCore: withoutTld(rawLabels.slice(-labelCount).join('.')),
        };
        tails.set(labelCount, tail);
      }
      return tail;
    },
  };
}

/** « lrs » for « irs »: the same name with an « l » (a capital « I » to the eye) for each of some « i ». */
function lForI(core: string, target: string): boolean {
  if (core.length !== target.length || core === target) return false;
  for (let k = 0; k < core.length; k++) {
    if (core[k] !== target[k] && !(core[k] === 'l' && target[k] === 'i')) return false;
  }
  return true;
}

function imitation(seen: Candidate, target: ProtectedDomain): LookalikeKind | null {
  if (belongsTo(seen.look, target.look)) return isPunycode(seen.domain) ? 'punycode' : 'confusable';
  const labelCount = target.lookLabels.length;
  if (seen.lookLabels.length >= labelCount) {
    // The same name under another extension (« ameli.example »), or a typing mistake (« amelli.fr »).
    const { core, rawCore } = seen.tail(labelCount);
    if (core === target.core) return rawCore === target.rawCore ? 'keyword' : 'confusable';
    if (lForI(rawCore, target.rawCore)) return 'confusable';
    if (
      target.budget > 0 &&
      Math.abs(core.length - target.core.length) <= target.budget &&
      distance(core, target.core) <= target.budget
    )
      return 'typo';
  }
  // A sequence of labels or words can only be there if its text is (one substring search first).
  if (seen.look.includes(target.look) && containsSequence(seen.lookLabels, target.lookLabels)) return 'keyword';
  for (const words of target.keywords) {
    if (seen.look.includes(words[0] ?? '') && containsSequence(seen.tokens, words)) return 'keyword';
  }
  return null;
}

/**
 * Whether `domain` (lower-case ASCII) imitates one of `targets` without belonging to it:
 * look-alike characters (`аmeli.fr` in Cyrillic, `arneli.fr`), punycode that reads as a known
 * name, a typing mistake (`amelli.fr`), or a known name with words added (`ameli-remboursement.com`,
 * `ameli.fr.verif-compte.com`). `legitimate` domains (webmail, other organisations) are never flagged.
 * @example findLookalike('ameli-remboursement.com', targets)?.kind // "keyword"
 */
export function findLookalike(
  domain: string,
  targets: readonly ProtectedDomain[],
  legitimate: (domain: string) => boolean = () => false,
): Lookalike | null {
  for (const target of targets) if (belongsTo(domain, target.domain)) return null;
  if (legitimate(domain)) return null;
  const shown = isPunycode(domain) ? unicodeOf(domain) : domain;
  const seen = candidate(domain, skeleton(shown));
  for (const target of targets) {
    const kind = imitation(seen, target);
    if (kind) return { kind, imitated: target, shown };
  }
  return null;
}
