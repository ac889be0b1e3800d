/** One recorded DPO or DPIA screening decision; a new answer adds a row, so the history is kept. */
export interface ScreeningDecisionsTable {
  id: string;
  practice_id: string;
  /** `dpo` or `dpia`. */
  kind: string;
  /** 1, 2, 3… per practice and kind: each revisit adds one. */
  number: number;
  /** JSON of the questionnaire's answers. */
  answers: string;
  /** `obligatoire`, `recommandé` or `non obligatoire`. */
  result: string;
  /** JSON `{ summary, reasons: [{ text, sources: [{ label }] }] }`: why, as computed when the decision was recorded. */
  reasons: string;
  /** The practice's own comment (e.g. who was designated, or why not). */
  note: string | null;
  decided_by_id: string | null;
  /** How the journal names the person, e.g. « Éloïse Martin (Titulaire) ». */
  decided_by: string;
  decided_at: string;
}
