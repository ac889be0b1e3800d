import { formatDateShort } from '../../lib/dates/format.ts';
import { canonicalInstant } from './instant.ts';

/** Why a journal fails verification. */
export type ChainBreakReason = 'hash_mismatch' | 'prev_hash_mismatch' | 'seq_gap' | 'bad_data';

/** "L’entrée n° 12 du 29/11/2026" (Paris day), or "L’entrée n° 12" when its date is unreadable. */
function entryName(seq: number, at: unknown): string {
  try {
    return `L’entrée n° ${seq} du ${formatDateShort(new Date(canonicalInstant(at as string)))}`;
  } catch {
    return `L’entrée n° ${seq}`;
  }
}

/**
 * The plain French sentence telling a practice where and how its journal was altered.
 * `seq` is the position where the break was found; `found` the number actually read there.
 * @example breakMessage('hash_mismatch', { seq: 12, at: '2026-11-29T10:15:00.000Z', found: 12 })
 * // 'L’entrée n° 12 du 29/11/2026 a été modifiée après son enregistrement.'
 */
export function breakMessage(reason: ChainBreakReason, where: { seq: number; at: unknown; found: unknown }): string {
  const { seq, found } = where;
  switch (reason) {
    case 'hash_mismatch':
      return `${entryName(seq, where.at)} a été modifiée après son enregistrement.`;
    case 'prev_hash_mismatch':
      return seq === 1
        ? `${entryName(seq, where.at)} ne correspond pas au début du journal : le journal a été modifié.`
        : `${entryName(seq, where.at)} n’est plus reliée à l’entrée précédente : une entrée antérieure a été modifiée, supprimée ou remplacée.`;
    case 'seq_gap':
      return seq === 1
        ? `Le journal commence par l’entrée n° ${found} au lieu de l’entrée n° 1 : des entrées ont été supprimées ou déplacées.`
        : `Après l’entrée n° ${seq - 1}, le journal passe à l’entrée n° ${found} au lieu de l’entrée n° ${seq} : des entrées ont été supprimées ou déplacées.`;
    case 'bad_data':
      return `${entryName(seq, where.at)} est illisible : ses données sont endommagées ou incomplètes.`;
  }
}
