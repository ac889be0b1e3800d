import type { RegisterActivity, Transfer } from './register.types.ts';

/** A processor of the practice as the register reads it (see src/features/processors/). */
export interface LinkedProcessor {
  name: string;
  service: string;
  hostingInEea: boolean;
  activityIds: readonly string[];
}

/** The country of a transfer derived from a processor that hosts outside the EEA. */
export const OUTSIDE_EEA = 'hors de l’Espace économique européen';
/** Its safeguard, until the practice types the transfer itself. */
export const SAFEGUARD_TO_ASK = 'à demander au prestataire (voir « Sous-traitants »)';

const mentions = (text: string, name: string) =>
  text.toLocaleLowerCase('fr-FR').includes(name.toLocaleLowerCase('fr-FR'));

/**
 * The activity as the register, its documents and the notice show it: its processors are those it
 * names plus those the « Sous-traitants » page links to it; each linked processor hosting outside
 * the EEA is a transfer of the activity (unless one typed transfer already names it). Derived,
 * never stored: a transfer is never typed twice, and the register and the processors agree.
 * @example withLinkedProcessors(records, [{ name: 'Nuage', service: 'Logiciel', hostingInEea: false, activityIds: [records.id] }]).transfers
 * // [{ recipient: 'Nuage', country: 'hors de l’Espace économique européen', safeguard: 'à demander…' }]
 */
export function withLinkedProcessors<A extends Pick<RegisterActivity, 'id' | 'processors' | 'transfers'>>(
  activity: A,
  processors: readonly LinkedProcessor[],
): A {
  const linked = processors.filter((p) => p.activityIds.includes(activity.id));
  if (linked.length === 0) return activity;
  const named = linked
    .filter((p) => !activity.processors.some((line) => mentions(line, p.name)))
    .map((p) => `${p.name} — ${p.service}`);
  const derived: Transfer[] = linked
    .filter((p) => !p.hostingInEea && !activity.transfers.some((t) => mentions(t.recipient, p.name)))
    .map((p) => ({ recipient: p.name, country: OUTSIDE_EEA, safeguard: SAFEGUARD_TO_ASK }));
  return {
    ...activity,
    processors: [...activity.processors, ...named],
    transfers: [...activity.transfers, ...derived],
  };
}
