const ALSACE_MOSELLE_DEPARTMENTS = new Set(['57', '67', '68']);

/**
 * True for the departments of Alsace-Moselle (57, 67, 68), whose local law adds public holidays.
 * Kept apart from holidays.ts, which loads the holiday data with Node's `module`, so the web app
 * can ask it without bundling Node code.
 */
export function isAlsaceMoselle(department: string | undefined): boolean {
  return department !== undefined && ALSACE_MOSELLE_DEPARTMENTS.has(department.trim());
}
