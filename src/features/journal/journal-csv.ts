import { formatDateTime } from '../../lib/dates/format.ts';
import { actionLabel } from './journal-events.ts';
import type { JournalEntry } from './journal-types.ts';

/** What the export says about itself, beside the entries. */
export interface JournalCsvOptions {
  practiceName: string;
  /** The `hash` of the last entry of the whole journal (`verifyChain`'s `headHash`). */
  headHash: string;
  generatedAt: Date;
}

const HEADER = ['n°', 'date (heure de Paris)', 'auteur', 'action', 'objet', 'résumé', 'empreinte'];

const SUBJECT_TYPES: Record<string, string> = {
  practice: 'Cabinet',
  user: 'Utilisateur',
  token: 'Jeton d’accès',
  journal: 'Journal',
  backup: 'Sauvegarde',
};

/**
 * One CSV cell: a text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or
 * carriage return) is prefixed with `'`; a cell holding `;`, `"`, a line break or a leading/trailing
 * space is quoted, with `"` doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** "29/11/2026 14:05", Paris wall-clock time (a text Excel in French reads as a date and time). */
function parisDateTime(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? at : formatDateTime(date).replace(' à ', ' ');
}

function subject(entry: JournalEntry): string {
  if (entry.subjectType === null) return '';
  const type = SUBJECT_TYPES[entry.subjectType] ?? entry.subjectType;
  return entry.subjectId === null ? type : `${type} ${entry.subjectId}`;
}

/**
 * The journal as a CSV file for Excel in France: UTF-8 with BOM, `;` separator, CRLF line ends,
 * columns `n°;date (heure de Paris);auteur;action;objet;résumé;empreinte`, one line per entry in the
 * order given, then an empty line, a line naming the practice and the generation time, and a last
 * line "Empreinte de tête de chaîne : <headHash>" to compare with a printed copy.
 */
export function journalToCsv(entries: readonly JournalEntry[], options: JournalCsvOptions): string {
  const lines = [HEADER.map(csvCell).join(';')];
  for (const entry of entries) {
    const cells = [
      String(entry.seq),
      parisDateTime(entry.at),
      entry.actorLabel,
      actionLabel(entry.action),
      subject(entry),
      entry.summary,
      entry.hash,
    ];
    lines.push(cells.map(csvCell).join(';'));
  }
  const count = entries.length === 1 ? '1 entrée' : `${entries.length} entrées`;
  const generated = formatDateTime(options.generatedAt);
  lines.push(
    '',
    csvCell(`Journal de conformité de « ${options.practiceName} », ${count}, généré le ${generated} (heure de Paris)`),
    csvCell(`Empreinte de tête de chaîne : ${options.headHash}`),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
