import { loadReferential } from '../../lib/referential/loader.ts';
import { PROFESSIONS, type Profession, professionsReferential } from '../../lib/referential/professions.ts';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, type DocumentType } from './retention.referential.ts';
import { normalizeName } from './scan-columns.ts';

/** Profession and document-type cells: the program's id or the French label, in any case or accent. */
export interface ValueReaders {
  profession(text: string): Profession | undefined;
  documentType(text: string): DocumentType | undefined;
}

let readers: ValueReaders | undefined;

/**
 * Readers of the `profession` and `type_document` cells, built once.
 * @example valueReaders().profession('Médecin') // 'medecin'
 * @example valueReaders().documentType('Dossier patient') // 'patient_record'
 */
export function valueReaders(): ValueReaders {
  if (readers) return readers;
  const professions = new Map<string, Profession>();
  for (const id of PROFESSIONS) professions.set(normalizeName(id), id);
  for (const entry of loadReferential(professionsReferential).entries) {
    professions.set(normalizeName(entry.label), entry.id);
  }
  const types = new Map<string, DocumentType>();
  for (const id of DOCUMENT_TYPES) {
    types.set(normalizeName(id), id);
    types.set(normalizeName(DOCUMENT_TYPE_LABELS[id]), id);
  }
  readers = {
    profession: (text) => professions.get(normalizeName(text)),
    documentType: (text) => types.get(normalizeName(text)),
  };
  return readers;
}
