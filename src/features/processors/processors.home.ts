import type { Db } from '../../db/connect.ts';
import { type IsoDay, parisDay } from '../../lib/dates/index.ts';
import type { HomeCard, HomeCardProvider } from '../../lib/home/registry.ts';
import { type Processor, processorWarnings } from './processor.ts';
import { listProcessors } from './processors.repository.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/** Short French names of the warnings, for one line per processor on the home page. */
const SHORT: Record<string, string> = {
  hds_missing: 'certificat HDS manquant',
  hds_expired: 'certificat HDS expiré',
  hds_expiring: 'certificat HDS bientôt expiré',
  outside_eea: 'hébergement hors de l’Espace économique européen',
  dpa_missing: 'contrat de sous-traitance manquant',
  clause_missing: 'clauses du contrat à vérifier',
};

/**
 * The home card of the processors: those with warnings, one line each; `danger` when a legal
 * requirement is not met (no HDS certificate, expired, no agreement…); null when all is in order.
 * @example processorsCard([], '2026-11-29') // null
 */
export function processorsCard(processors: Processor[], today: IsoDay): HomeCard | null {
  const flagged = processors
    .map((processor) => ({ processor, warnings: processorWarnings(processor, today) }))
    .filter((entry) => entry.warnings.length > 0);
  if (flagged.length === 0) return null;
  const danger = flagged.some((entry) => entry.warnings.some((w) => w.level === 'danger'));
  const count = flagged.length;
  return {
    id: 'processors',
    title: 'Sous-traitants',
    tone: danger ? 'danger' : 'warning',
    summary: `${count} ${count > 1 ? 'sous-traitants demandent' : 'sous-traitant demande'} votre attention (certificat d’hébergement, contrat ou lieu d’hébergement des données).`,
    items: flagged.map(({ processor, warnings }) => ({
      label: `${processor.name} : ${warnings.map((w) => SHORT[w.code] ?? w.code).join(', ')}`,
      href: '/sous-traitants',
    })),
    action: { label: 'Voir les sous-traitants', href: '/sous-traitants' },
  };
}

/** The provider the routes plugin registers on `app.home`. */
export function processorsHomeCard(db: Db): HomeCardProvider {
  return {
    id: 'processors',
    order: 21,
    roles: ALL_ROLES,
    load: async (ctx) => processorsCard(await listProcessors(db, ctx.practiceId), parisDay(ctx.now)),
  };
}
