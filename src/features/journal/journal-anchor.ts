import { verifyChain } from './journal.ts';
import type { JournalEntry } from './journal-types.ts';

/** A head the practice holds outside Hygie (an e-mail): entry n° `count` had this hash. */
export interface JournalAnchor {
  hash: string;
  count: number;
}

/**
 * Reads `HASH@N` as printed in the digests (« hygie journal verify --against HASH@N »).
 * @example parseAnchor('ab…(64 hex)@12') // { ok: true, anchor: { hash: 'ab…', count: 12 } }
 */
export function parseAnchor(text: string): { ok: true; anchor: JournalAnchor } | { ok: false; message: string } {
  const match = /^([0-9a-f]{64})@(\d{1,12})$/i.exec(text.trim());
  if (!match) {
    return {
      ok: false,
      message: `« ${text} » n’est pas un code de contrôle : recopiez-le tel qu’il figure dans l’e-mail, sous la forme CODE@NOMBRE (64 caractères, @, le nombre d’entrées).`,
    };
  }
  return { ok: true, anchor: { hash: (match[1] as string).toLowerCase(), count: Number(match[2]) } };
}

/**
 * Whether the journal still holds, at entry n° `count`, the hash the practice received: a chain
 * rewritten after that point (every later hash recomputed, so it verifies on its own) or cut
 * short no longer matches. The whole chain must verify too.
 */
export function checkAgainstAnchor(
  entries: readonly JournalEntry[],
  anchor: JournalAnchor,
): { ok: true; message: string } | { ok: false; message: string } {
  const chain = verifyChain(entries);
  if (!chain.intact) return { ok: false, message: `Journal altéré. ${chain.message}` };
  if (anchor.count === 0)
    return { ok: true, message: 'Le code de contrôle porte sur un journal vide : rien à comparer.' };
  if (entries.length < anchor.count) {
    return {
      ok: false,
      message: `Le journal n’a plus que ${entries.length} entrée(s), il en avait ${anchor.count} quand le code de contrôle a été envoyé : des entrées ont été supprimées.`,
    };
  }
  const entry = entries.find((candidate) => candidate.seq === anchor.count);
  if (entry?.hash !== anchor.hash) {
    return {
      ok: false,
      message: `L’entrée n° ${anchor.count} ne correspond plus au code de contrôle reçu par e-mail : le journal a été réécrit depuis.`,
    };
  }
  return {
    ok: true,
    message: `Conforme au code de contrôle : les ${anchor.count} premières entrées n’ont pas changé depuis son envoi (${entries.length} entrées aujourd’hui).`,
  };
}
