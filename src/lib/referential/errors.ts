/** One problem found in a referential file, located as precisely as the file allows. */
export interface ReferentialIssue {
  /** The file as shown to a person, e.g. `referential/professions.yaml`. */
  readonly file: string;
  /** The field in French reading order, e.g. `entrées[3].label`; absent for a whole-file problem. */
  readonly path?: string;
  /** 1-based line in the file, when known (YAML files). */
  readonly line?: number;
  /** The `id` of the entry concerned, when it has one. */
  readonly entryId?: string;
  readonly message: string;
}

/**
 * A referential file that cannot be used. Its message names the file and the field in French, one
 * line per problem, e.g.
 * `Référentiel invalide : referential/professions.yaml, entrées[3].label : Entrée invalide : … (ligne 21, entrée « sage_femme »)`.
 */
export class ReferentialError extends Error {
  override readonly name = 'ReferentialError';

  constructor(readonly issues: readonly ReferentialIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** One human-readable French line for an issue. */
export function formatIssue(issue: ReferentialIssue): string {
  const where = issue.path ? `${issue.file}, ${issue.path}` : issue.file;
  const context = [
    issue.line === undefined ? undefined : `ligne ${issue.line}`,
    issue.entryId === undefined ? undefined : `entrée « ${issue.entryId} »`,
  ].filter(Boolean);
  const suffix = context.length > 0 ? ` (${context.join(', ')})` : '';
  return `Référentiel invalide : ${where} : ${issue.message}${suffix}`;
}

/** The envelope's keys as a French reader sees them; deeper keys stay as written in the file. */
const frenchKeys: Record<string, string> = { entries: 'entrées', title: 'titre' };

/** `['entries', 3, 'label']` → `entrées[3].label`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const [index, key] of path.entries()) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = index === 0 ? (frenchKeys[String(key)] ?? String(key)) : String(key);
      out += out ? `.${name}` : name;
    }
  }
  return out;
}
