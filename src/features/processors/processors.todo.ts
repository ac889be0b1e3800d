import type { Db } from '../../db/connect.ts';
import { type IsoDay, parisDay } from '../../lib/dates/index.ts';
import { dayDue, type TodoItem, type TodoProvider } from '../../lib/todo/registry.ts';
import { CONTRACT_END_NOTICE_DAYS, HDS_EXPIRY_NOTICE_DAYS, type Processor, processorWarnings } from './processor.ts';
import { listProcessors } from './processors.repository.ts';

export const PROCESSORS_TODO = 'processors';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

/** Short French names of the warnings, for one line per processor. */
const SHORT: Record<string, string> = {
  hds_missing: 'certificat HDS manquant',
  hds_expired: 'certificat HDS expiré',
  hds_expiring: 'certificat HDS bientôt expiré',
  outside_eea: 'hébergement hors de l’Espace économique européen',
  dpa_missing: 'contrat de sous-traitance manquant',
  contract_ended: 'contrat terminé',
  contract_ending: 'contrat bientôt terminé',
  clause_missing: 'clauses du contrat à vérifier',
};

/** The dated matters of a processor's warnings: its HDS certificate's and its contract's last days. */
function deadlines(processor: Processor, codes: ReadonlySet<string>): IsoDay[] {
  const days: IsoDay[] = [];
  if ((codes.has('hds_expired') || codes.has('hds_expiring')) && processor.hdsCertificate) {
    days.push(processor.hdsCertificate.expiresOn);
  }
  if ((codes.has('contract_ended') || codes.has('contract_ending')) && processor.contractEndsOn) {
    days.push(processor.contractEndsOn);
  }
  return days.sort();
}

/**
 * One item per processor with warnings (« Doctolib : contrat de sous-traitance manquant »), due on
 * the earliest of its HDS certificate's expiry day and its contract's last day when that is the
 * matter (both give 90 days' notice); `danger` when a legal requirement is not met.
 * @example processorTodos([], '2026-11-29') // []
 */
export function processorTodos(processors: readonly Processor[], today: IsoDay): TodoItem[] {
  return processors.flatMap((processor): TodoItem[] => {
    const warnings = processorWarnings(processor, today);
    if (warnings.length === 0) return [];
    const [expiry] = deadlines(processor, new Set(warnings.map((w) => w.code)));
    return [
      {
        id: `processor:${processor.id}`,
        kind: 'processor',
        title: `${processor.name} : ${warnings.map((w) => SHORT[w.code] ?? w.code).join(', ')}`,
        detail: null,
        ...(expiry
          ? dayDue(expiry, today, Math.max(HDS_EXPIRY_NOTICE_DAYS, CONTRACT_END_NOTICE_DAYS))
          : { due: null, dueDay: null, state: 'open' }),
        severity: warnings.some((w) => w.level === 'danger') ? 'danger' : 'warning',
        audience: { roles: ALL_ROLES, assigneeId: null },
        href: '/sous-traitants',
      },
    ];
  });
}

/** The provider the routes plugin registers on `app.todo`. */
export function processorsTodo(db: Db): TodoProvider {
  return {
    id: PROCESSORS_TODO,
    load: async (ctx) => processorTodos(await listProcessors(db, ctx.practiceId), parisDay(ctx.now)),
  };
}
