/** What the practice's stored assessment knows, for reconciling it with the current referential. */
export interface KnownAssessment {
  /** Referential version the answers were last reconciled with. */
  readonly version: string;
  /** Measure ids of that version. */
  readonly knownIds: readonly string[];
  /** Ids flagged « nouveau » by the last upgrade. */
  readonly newIds: readonly string[];
}

/** One stored answer, as the reconciliation sees it. */
export interface StoredAnswerRef {
  readonly measureId: string;
  readonly archived: boolean;
}

/** What changes when the referential's version differs from the one the assessment recorded. */
export interface Reconciliation {
  /** False when the version is the same: nothing to do. */
  readonly changed: boolean;
  /** Measures that appeared since the recorded version. */
  readonly added: string[];
  /** Answers whose measure left the referential: archived, kept read-only. */
  readonly archive: string[];
  /** Archived answers whose measure came back: active again. */
  readonly restore: string[];
  /** Measures flagged « nouveau » after the upgrade: the ones added, plus earlier new ones still unanswered. */
  readonly newIds: string[];
  readonly knownIds: string[];
}

/**
 * Reconciles the answers with a new version of the referential. Answers are kept by measure id:
 * a measure that is still there keeps its answer; a withdrawn one has its answer archived (never
 * deleted); a new one is flagged « nouveau » until it is answered. Pure: the caller stores the result.
 * @example reconcile({ version: '2026.11', knownIds: ['a', 'b'], newIds: [] }, '2027.01', ['a', 'c'], [{ measureId: 'b', archived: false }])
 * // { changed: true, added: ['c'], archive: ['b'], restore: [], newIds: ['c'], knownIds: ['a', 'c'] }
 */
export function reconcile(
  known: KnownAssessment,
  version: string,
  currentIds: readonly string[],
  answers: readonly StoredAnswerRef[],
): Reconciliation {
  if (known.version === version) {
    return {
      changed: false,
      added: [],
      archive: [],
      restore: [],
      newIds: [...known.newIds],
      knownIds: [...known.knownIds],
    };
  }
  const current = new Set(currentIds);
  const before = new Set(known.knownIds);
  const answered = new Set(answers.filter((a) => !a.archived).map((a) => a.measureId));
  const added = currentIds.filter((id) => !before.has(id));
  const stillNew = known.newIds.filter((id) => current.has(id) && !answered.has(id) && before.has(id));
  return {
    changed: true,
    added,
    archive: answers.filter((a) => !a.archived && !current.has(a.measureId)).map((a) => a.measureId),
    restore: answers.filter((a) => a.archived && current.has(a.measureId)).map((a) => a.measureId),
    newIds: [...stillNew, ...added.filter((id) => !answered.has(id))],
    knownIds: [...currentIds],
  };
}
