import type { IsoDay } from '../../lib/dates/index.ts';
import { formatDateLong, parisDay } from '../../lib/dates/index.ts';
import { loadReferential } from '../../lib/referential/loader.ts';
import { professionsReferential, structureTypesReferential } from '../../lib/referential/professions.ts';
import type { Practice } from '../accounts/practices.repository.ts';
import type { ActivityController, Transfer } from './register.types.ts';
import type { ActivityView } from './register-view.ts';

/** What the register's PDF and workbook show. */
export interface RegisterDocument {
  practiceName: string;
  structureLabel: string;
  professionLabels: string[];
  /** The controller's contact details from the practice profile (address, phone, e-mail), when given. */
  contact: { address: string | null; phone: string | null; email: string | null };
  dpo: { name: string; email: string | null; phone: string | null } | null;
  /** The day the document speaks for (Europe/Paris). */
  today: IsoDay;
  activities: ActivityView[];
}

const typographic = (label: string) => label.replaceAll("'", '’');

/** The document model of a practice's register as of `now`. */
export function registerDocument(practice: Practice, activities: ActivityView[], now: Date): RegisterDocument {
  const structures = loadReferential(structureTypesReferential).entries;
  const professions = loadReferential(professionsReferential).entries;
  return {
    practiceName: practice.name,
    structureLabel: typographic(
      structures.find((s) => s.id === practice.structureType)?.label ?? practice.structureType,
    ),
    professionLabels: practice.professions.map((id) => typographic(professions.find((p) => p.id === id)?.label ?? id)),
    contact: { address: practice.address, phone: practice.phone, email: practice.email },
    dpo: practice.dpo,
    today: parisDay(now),
    activities,
  };
}

/**
 * Who is responsible for the activity, in words.
 * @example controllerText({ kind: 'joint', coControllers: ['Dr A', 'Dr B'], arrangement: null }, 'MSP') // 'Responsables conjoints : Dr A, Dr B'
 */
export function controllerText(controller: ActivityController, practiceName: string): string {
  switch (controller.kind) {
    case 'practitioner':
      return `${controller.name || 'praticien à choisir'} (praticien responsable pour ses patients)`;
    case 'joint': {
      const names = controller.coControllers.join(', ') || 'à nommer';
      return `Responsables conjoints : ${names}${controller.arrangement ? ` — accord : ${controller.arrangement}` : ''}`;
    }
    default:
      return `${practiceName} (le cabinet)`;
  }
}

/** « Aucun transfert hors de l’Union européenne », or each transfer with its country and safeguard. */
export function transfersText(transfers: readonly Transfer[]): string {
  if (transfers.length === 0) return 'Aucun transfert hors de l’Union européenne';
  return transfers.map((t) => `${t.recipient} (${t.country}) — garantie : ${t.safeguard}`).join(' ; ');
}

/** « Données de santé », « NIR / INS », both, or nothing. */
export function categoryFlags(category: { health: boolean; nir: boolean }): string {
  return [category.health ? 'Données de santé' : '', category.nir ? 'NIR / INS' : ''].filter(Boolean).join(', ');
}

/** « Complète » or « À compléter (n) ». */
export function completenessText(activity: Pick<ActivityView, 'missing'>): string {
  return activity.missing.length === 0 ? 'Complète' : `À compléter (${activity.missing.length})`;
}

/** « 29 novembre 2026 » from an ISO instant. */
export const instantText = (iso: string): string => formatDateLong(new Date(iso));

/** A list as one line, or « — » when empty. */
export const listText = (items: readonly string[]): string => (items.length === 0 ? '—' : items.join(' ; '));
