import type { IsoDay } from '../../lib/dates/index.ts';
import type { Profession } from '../../lib/referential/professions.ts';
import { parseDay } from './day-input.ts';
import { decideRetention, type RetentionAction, type RetentionDates } from './decide.ts';
import type { DecisionMemo } from './decision-memo.ts';
import { explainReview } from './reasons.ts';
import { DOCUMENT_TYPE_LABELS, type DocumentType } from './retention.referential.ts';
import type { RetentionRule, RuleSet } from './rule-set.ts';
import type { ColumnMap } from './scan-columns.ts';
import type { ValueReaders } from './scan-values.ts';

/** One line of the result: what to do with the record now, and when the next step comes. */
export interface ScanRecord {
  id: string;
  action: RetentionAction;
  /** `YYYY-MM-DD`, empty for a record to review. */
  next_date: string;
  /** The rule applied, empty when none could be chosen. */
  rule: string;
  reason: string;
}

/** What every record of one scan shares. */
export interface RowContext {
  columns: ColumnMap;
  rules: RuleSet;
  readers: ValueReaders;
  asOf: IsoDay;
  /** For the records without a `profession` cell. */
  profession?: Profession;
  /** The rule of every record when the file has neither a profession nor a document-type column. */
  defaultRule?: RetentionRule;
  professionLabel(id: Profession): string;
  /** The decisions already made in this scan (records sharing a rule and a reference day). */
  memo?: DecisionMemo;
}

const DATE_FIELDS = ['birthDate', 'lastVisit', 'deathDate', 'documentDate'] as const;

const DATE_COLUMNS = {
  birthDate: 'date de naissance',
  lastVisit: 'date du dernier contact',
  deathDate: 'date de décès',
  documentDate: 'date du document',
} as const;

const cell = (record: readonly string[], index: number | undefined) =>
  index === undefined ? '' : (record[index] ?? '').trim();

function review(id: string, rule: string, message: string): ScanRecord {
  return { id, action: 'review', next_date: '', rule, reason: explainReview({ kind: 'input', message }) };
}

/**
 * The decision for one record whose identifier is `id` (already checked non-empty). A cell that
 * cannot be read, an unknown profession or document type, or a pair without a rule gives `review`.
 */
export function classifyRow(record: readonly string[], id: string, ctx: RowContext): ScanRecord {
  const { columns } = ctx;
  const rule = columns.profession === undefined && columns.documentType === undefined ? ctx.defaultRule : undefined;
  return rule ? decide(record, id, rule, ctx) : classifyByCells(record, id, ctx);
}

/** The rule named by the record's `profession` and `type_document` cells, then the decision. */
function classifyByCells(record: readonly string[], id: string, ctx: RowContext): ScanRecord {
  const { columns } = ctx;
  const professionText = cell(record, columns.profession);
  const profession = professionText ? ctx.readers.profession(professionText) : ctx.profession;
  if (!profession) {
    return review(
      id,
      '',
      professionText
        ? `profession inconnue « ${professionText.slice(0, 40)} »`
        : 'la profession n’est pas précisée pour cette ligne',
    );
  }
  const typeText = cell(record, columns.documentType);
  const documentType: DocumentType | undefined = typeText ? ctx.readers.documentType(typeText) : 'patient_record';
  if (!documentType) return review(id, '', `type de document inconnu « ${typeText.slice(0, 40)} »`);
  const rule = ctx.rules.find(profession, documentType);
  if (!rule) {
    return review(
      id,
      '',
      `aucune règle pour « ${DOCUMENT_TYPE_LABELS[documentType]} » et la profession « ${ctx.professionLabel(profession)} »`,
    );
  }
  return decide(record, id, rule, ctx);
}

/** A date cell read: '' when empty, the day, or null when it is not a real day. */
function dayAt(record: readonly string[], index: number | undefined): IsoDay | '' | null {
  const text = cell(record, index);
  return text === '' ? '' : (parseDay(text) ?? null);
}

/** The record sent to review for its first unreadable date cell, in the order of `DATE_FIELDS`. */
function unreadable(record: readonly string[], id: string, rule: RetentionRule, ctx: RowContext): ScanRecord {
  for (const field of DATE_FIELDS) {
    const text = cell(record, ctx.columns[field]);
    if (text !== '' && parseDay(text) === undefined) {
      return review(
        id,
        rule.id,
        `${DATE_COLUMNS[field]} illisible « ${text.slice(0, 40)} » (formats acceptés : AAAA-MM-JJ ou JJ/MM/AAAA)`,
      );
    }
  }
  throw new Error('no unreadable date');
}

/** Reads the record's dates and applies the rule; an unreadable date gives `review`. */
function decide(record: readonly string[], id: string, rule: RetentionRule, ctx: RowContext): ScanRecord {
  const { columns } = ctx;
  const birthDate = dayAt(record, columns.birthDate);
  const lastVisit = dayAt(record, columns.lastVisit);
  const deathDate = dayAt(record, columns.deathDate);
  const documentDate = dayAt(record, columns.documentDate);
  if (birthDate === null || lastVisit === null || deathDate === null || documentDate === null) {
    return unreadable(record, id, rule, ctx);
  }
  // One shape for every record (absent dates are undefined): the rules stay monomorphic and fast.
  const dates: RetentionDates = {
    birthDate: birthDate || undefined,
    lastVisit: lastVisit || undefined,
    deathDate: deathDate || undefined,
    documentDate: documentDate || undefined,
    asOf: ctx.asOf,
  };
  const decision = ctx.memo ? ctx.memo.decide(rule, dates) : decideRetention(rule, dates);
  return {
    id,
    action: decision.action,
    next_date: decision.nextDate ?? '',
    rule: decision.rule,
    reason: decision.reason,
  };
}
