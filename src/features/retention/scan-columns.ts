import { ScanRefusal } from './scan-refusal.ts';

/** The columns the scan reads; every other column of the file is ignored. */
export type ScanField = 'id' | 'birthDate' | 'lastVisit' | 'deathDate' | 'documentType' | 'profession' | 'documentDate';

/** Accepted header names, French first, compared without accents, case, spaces or hyphens. */
export const COLUMN_NAMES: Record<ScanField, readonly string[]> = {
  id: ['identifiant', 'id', 'numero_patient', 'patient_id'],
  birthDate: ['date_naissance', 'date_de_naissance', 'birth_date', 'birthdate', 'naissance'],
  lastVisit: ['dernier_contact', 'date_dernier_contact', 'derniere_consultation', 'last_visit', 'last_contact'],
  deathDate: ['date_deces', 'date_de_deces', 'death_date', 'deces'],
  documentType: ['type_document', 'type_de_document', 'document_type'],
  profession: ['profession'],
  documentDate: ['date_document', 'date_du_document', 'document_date'],
};

/** Position of each recognised column in a record. */
export type ColumnMap = { id: number } & Partial<Record<Exclude<ScanField, 'id'>, number>>;

/**
 * A name as compared: lower case, no accents, `_` between words.
 * @example normalizeName(' Date de décès ') // 'date_de_deces'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s\-.'’]+/g, '_');
}

const FIELD_OF = new Map<string, ScanField>(
  Object.entries(COLUMN_NAMES).flatMap(([field, names]) => names.map((n) => [n, field as ScanField] as const)),
);

/**
 * Finds the columns in the header record (the first column of a field wins).
 * @throws {ScanRefusal} when the identifier column, or both the last-contact and the document-date
 * columns, are missing: the message names the accepted headers.
 * @example mapColumns(['identifiant', 'date_naissance', 'dernier_contact']) // { id: 0, birthDate: 1, lastVisit: 2 }
 */
export function mapColumns(header: readonly string[]): ColumnMap {
  const found: Partial<Record<ScanField, number>> = {};
  header.forEach((name, index) => {
    const field = FIELD_OF.get(normalizeName(name));
    if (field && found[field] === undefined) found[field] = index;
  });
  const missing: string[] = [];
  if (found.id === undefined) missing.push('« identifiant » (ou « id »)');
  if (found.lastVisit === undefined && found.documentDate === undefined) {
    missing.push('« dernier_contact » (ou « last_visit »)');
  }
  if (found.id === undefined || missing.length > 0) {
    const seen = header
      .slice(0, 12)
      .map((name) => `« ${name.trim().slice(0, 40)} »`)
      .join(', ');
    throw new ScanRefusal(
      `Colonne${missing.length > 1 ? 's' : ''} manquante${missing.length > 1 ? 's' : ''} : ${missing.join(' et ')}. La première ligne du fichier doit nommer les colonnes ; celles trouvées sont : ${seen}. Colonnes reconnues : identifiant, date_naissance, dernier_contact, date_deces, et au besoin type_document, profession, date_document.`,
    );
  }
  return { ...found, id: found.id };
}
