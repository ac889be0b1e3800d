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

/** The words of a domain's labels but the last (« ameli-remboursement.com » → ameli, remboursement). */
const tokensOf = (domain: string) => {
  const last = domain.lastIndexOf('.');
  return last < 0 ? [] : domain.slice(0, last).split(/[.-]/).filter(Boolean);
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

/** Each target's position in its list, under one key; positions stay in list order. */
type Positions = Map<string, number[]>;

const add = (map: Positions, key: string, position: number) => {
  const list = map.get(key);
  if (list) {
    if (list.at(-1) !== position) list.push(position);
  } else map.set(key, [position]);
};

/**
 * The protected domains indexed by every part `imitation` compares, so a domain is compared only
 * with the targets that share one: the domain and its skeleton, the name without extension (as
 * seen and as written with « l » for « i »), the first label, each keyword's first word, and for
 * typing mistakes the targets of a close length, kept only when within their typo budget. Each
 * rule of `imitation` needs one of these to hold, so a target left out cannot match: the answer is
 * the same as comparing with every target, in the same order (`lookalike-index.test.ts`).
 */
interface TargetIndex {
  readonly byDomain: Positions;
  readonly byLook: Positions;
  readonly byFirstLabel: Positions;
  readonly byKeyword: Positions;
  /** Per label count, ascending: the targets by name without extension, and by its length. */
  readonly byLabels: readonly LabelIndex[];
}

interface LabelIndex {
  readonly labels: number;
  readonly byCore: Positions;
  readonly byLForI: Positions;
  /** Targets with a typo budget, by the length of their name without extension (index = length). */
  readonly byLength: { position: number; core: string; budget: number }[][];
}

const iAsL = (text: string) => text.replaceAll('i', 'l');

function buildIndex(targets: readonly ProtectedDomain[]): TargetIndex {
  const index = {
    byDomain: new Map(),
    byLook: new Map(),
    byFirstLabel: new Map(),
    byKeyword: new Map(),
    byLabels: [] as LabelIndex[],
  };
  const labelIndex = (labels: number): LabelIndex => {
    let found = index.byLabels.find((entry) => entry.labels === labels);
    if (!found) {
      found = { labels, byCore: new Map(), byLForI: new Map(), byLength: [] };
      index.byLabels.push(found);
    }
    return found;
  };
  targets.forEach((target, position) => {
    add(index.byDomain, target.domain, position);
    add(index.byLook, target.look, position);
    add(index.byFirstLabel, target.lookLabels[0] ?? '', position);
    for (const words of target.keywords) if (words.length > 0) add(index.byKeyword, words[0] ?? '', position);
    const byLabels = labelIndex(target.lookLabels.length);
    add(byLabels.byCore, target.core, position);
    add(byLabels.byLForI, iAsL(target.rawCore), position);
    if (target.budget > 0) {
      const length = target.core.length;
      byLabels.byLength[length] ??= [];
      byLabels.byLength[length].push({ position, core: target.core, budget: target.budget });
    }
  });
  index.byLabels.sort((a, b) => a.labels - b.labels);
  return index;
}

/** Indexes built once per list of targets (the context keeps its list between messages). */
const indexes = new WeakMap<readonly ProtectedDomain[], TargetIndex>();

function indexOf(targets: readonly ProtectedDomain[]): TargetIndex {
  let index = indexes.get(targets);
  if (!index) {
    index = buildIndex(targets);
    indexes.set(targets, index);
  }
  return index;
}

function collect(map: Positions, key: string, into: number[]) {
  const list = map.get(key);
  if (list) for (const position of list) into.push(position);
}

/** Typo budgets are at most 2 letters (`typoBudget`). */
const MAX_BUDGET = 2;

/** The positions of the targets a candidate shares a key with, ascending, each once. */
function candidatesOf(index: TargetIndex, seen: Candidate): number[] {
  const found: number[] = [];
  const { look } = seen;
  // The skeleton and each of its parents, as `belongsTo` reads them.
  collect(index.byLook, look, found);
  for (let at = look.indexOf('.', 1); at > 0; at = look.indexOf('.', at + 1))
    collect(index.byLook, look.slice(at + 1), found);
  for (const { labels, byCore, byLForI, byLength } of index.byLabels) {
    if (labels > seen.lookLabels.length) break;
    const { core, rawCore } = seen.tail(labels);
    collect(byCore, core, found);
    collect(byLForI, iAsL(rawCore), found);
    const last = Math.min(core.length + MAX_BUDGET, byLength.length - 1);
    for (let length = Math.max(0, core.length - MAX_BUDGET); length <= last; length++) {
      for (const target of byLength[length] ?? []) {
        if (Math.abs(length - core.length) <= target.budget && distance(core, target.core) <= target.budget)
          found.push(target.position);
      }
    }
  }
  for (const label of seen.lookLabels) collect(index.byFirstLabel, label, found);
  for (const token of seen.tokens) collect(index.byKeyword, token, found);
  if (found.length < 2) return found;
  found.sort((a, b) => a - b);
  return found.filter((position, k) => k === 0 || found[k - 1] !== position);
}

/**
 * The first of `targets` (in list order) that `domain` is or belongs to (a subdomain), or null.
 * @example ownerOf('info.ameli.fr', targets)?.domain // "ameli.fr"
 */
export function ownerOf(domain: string, targets: readonly ProtectedDomain[]): ProtectedDomain | null {
  const { byDomain } = indexOf(targets);
  // The domain itself and each of its parents, as `belongsTo` reads them (« a.b.fr », « b.fr », « fr »).
  let first = byDomain.get(domain)?.[0] ?? -1;
  for (let at = domain.indexOf('.', 1); at > 0; at = domain.indexOf('.', at + 1)) {
    const position = byDomain.get(domain.slice(at + 1))?.[0];
    if (position !== undefined && (first < 0 || position < first)) first = position;
  }
  return first < 0 ? null : (targets[first] ?? null);
}

/**
 * Whether `domain` (lower-case ASCII) imitates one of `targets` without belonging to it:
 * look-alike characters (`аmeli.fr` in Cyrillic, `arneli.fr`), punycode that reads as a known
 * name, a typing mistake (`amelli.fr`), or a known name with words added (`ameli-remboursement.com`,
 * `ameli.fr.verif-compte.com`). `legitimate` domains (webmail, other organisations) are never flagged.
 * The targets are indexed once per list (`TargetIndex`): keep the list between calls.
 * @example findLookalike('ameli-remboursement.com', targets)?.kind // "keyword"
 */
export function findLookalike(
  domain: string,
  targets: readonly ProtectedDomain[],
  legitimate: (domain: string) => boolean = () => false,
): Lookalike | null {
  if (ownerOf(domain, targets)) return null;
  if (legitimate(domain)) return null;
  const shown = isPunycode(domain) ? unicodeOf(domain) : domain;
  const seen = candidate(domain, skeleton(shown));
  for (const position of candidatesOf(indexOf(targets), seen)) {
    const target = targets[position] as ProtectedDomain;
    const kind = imitation(seen, target);
    if (kind) return { kind, imitated: target, shown };
  }
  return null;
}

/**
 * `findLookalike` comparing the domain with every target in turn, without the index: the
 * reference the tests hold the indexed search to.
 */
export function findLookalikeByTheBook(
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
