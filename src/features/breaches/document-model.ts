import { formatDateTime } from '../../lib/dates/index.ts';
import {
  bulletList,
  type Content,
  heading,
  keyValues,
  paragraph,
  renderPdf,
  table,
} from '../../lib/documents/index.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import type { Breach } from './breach.ts';

/** One block of a document; the same blocks become the PDF and the text to paste. */
export type DocumentBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'fields'; rows: [label: string, value: string][] }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][]; widths?: (number | '*')[] };

/** A document ready to render. */
export interface DocumentModel {
  title: string;
  subtitle: string;
  blocks: DocumentBlock[];
}

/** One line of the timeline (incident and breach), oldest first. */
export interface TimelineLine {
  at: string;
  text: string;
}

/** A person the documents name: the CNIL form asks for a contact person and a legal representative. */
export interface NamedPerson {
  name: string;
  role: string;
  email: string | null;
  phone: string | null;
}

/** What the documents are made of. */
export interface DocumentContext {
  breach: Breach;
  practice: Pick<Practice, 'name' | 'siret' | 'department' | 'dpo'>;
  /** The practice's owner (titulaire), who represents it; null if the practice has none active. */
  legalRepresentative: NamedPerson | null;
  /** The DPO when the practice has one, else the legal representative. */
  contact: NamedPerson | null;
  /** The incident's timeline and the breach's dates, oldest first. */
  timeline: TimelineLine[];
  now: Date;
}

/** The mark of a field left to the practice. */
export const TO_COMPLETE = 'À compléter';

export const h = (text: string): DocumentBlock => ({ kind: 'heading', text });
export const p = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
export const fields = (rows: [string, string][]): DocumentBlock => ({ kind: 'fields', rows });
export const list = (items: string[]): DocumentBlock => ({ kind: 'list', items });

/** « 27/03/2026 à 10:00 », or « À compléter » when there is no date. */
export function when(iso: string | null, missing = TO_COMPLETE): string {
  return iso === null ? missing : formatDateTime(new Date(iso));
}

/** A person on one line: « Éloïse Martin (titulaire) — e.martin@exemple.fr — 01 23 45 67 89 ». */
export function personLine(person: NamedPerson | null): string {
  if (person === null) return `${TO_COMPLETE} (nom, fonction, e-mail, téléphone)`;
  return [
    `${person.name} (${person.role})`,
    person.email ?? 'e-mail à compléter',
    person.phone ?? 'téléphone à compléter',
  ].join(' — ');
}

function blockToPdf(block: DocumentBlock): Content {
  switch (block.kind) {
    case 'heading':
      return heading(block.text);
    case 'paragraph':
      return paragraph(block.text);
    case 'fields':
      return keyValues(block.rows);
    case 'list':
      return bulletList(block.items);
    case 'table':
      return table({ headers: block.headers, rows: block.rows, ...(block.widths ? { widths: block.widths } : {}) });
  }
}

/** The document as an A4 PDF with the practice's name in the header. */
export function documentPdf(model: DocumentModel, practiceName: string, now: Date): Promise<Buffer> {
  return renderPdf({
    title: model.title,
    subtitle: model.subtitle,
    practiceName,
    documentDate: now,
    content: model.blocks.map(blockToPdf),
  });
}

const underline = (text: string, char: string) => `${text}\n${char.repeat(Math.min(text.length, 80))}`;

function blockToText(block: DocumentBlock): string {
  switch (block.kind) {
    case 'heading':
      return underline(block.text.toLocaleUpperCase('fr-FR'), '-');
    case 'paragraph':
      return block.text;
    case 'fields':
      return block.rows.map(([label, value]) => `${label} : ${value}`).join('\n');
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'table':
      return block.rows.map((row) => `- ${row.join(' — ')}`).join('\n');
  }
}

/** The document as plain text to paste into a form or an e-mail (UTF-8, one blank line between blocks). */
export function documentText(model: DocumentModel): string {
  return `${[underline(model.title, '='), model.subtitle, ...model.blocks.map(blockToText)].join('\n\n')}\n`;
}
