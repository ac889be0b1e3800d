import type { Db } from '../../db/connect.ts';
import { formatDateTime } from '../../lib/dates/index.ts';
import type { HomeCard, HomeCardContext, HomeCardProvider } from '../../lib/home/registry.ts';
import type { IncidentReferential } from './incidents.referential.ts';
import { type Incident, listIncidents } from './incidents.repository.ts';

const ALL_ROLES = ['owner', 'practitioner', 'secretary', 'auditor'] as const;

const label = (incident: Incident, ref: IncidentReferential) =>
  `Incident en cours : ${incident.title ?? ref.playbook(incident.scenario).title}`;

/**
 * The open incidents the viewer may see (the secretary: those she raised), newest first; null when
 * there is none. One incident: its title and a link to it; several: one line and link each.
 */
export function openIncidentsCard(incidents: readonly Incident[], ref: IncidentReferential): HomeCard | null {
  const [first] = incidents;
  if (first === undefined) return null;
  const raised = (incident: Incident) =>
    `signalé le ${formatDateTime(new Date(incident.raisedAt))} par ${incident.raisedBy.name}`;
  if (incidents.length === 1) {
    return {
      id: 'incidents',
      title: label(first, ref),
      tone: 'danger',
      summary: `Incident ${raised(first)}. Suivez les gestes du guide et notez chaque étape.`,
      action: { label: 'Ouvrir l’incident', href: `/incidents/${first.id}` },
    };
  }
  return {
    id: 'incidents',
    title: `${incidents.length} incidents en cours`,
    tone: 'danger',
    summary: 'Suivez les gestes du guide de chaque incident et notez chaque étape.',
    items: incidents.map((incident) => ({
      label: `${label(incident, ref)} (${raised(incident)})`,
      href: `/incidents/${incident.id}`,
    })),
    action: { label: 'Voir tous les incidents', href: '/incidents' },
  };
}

/** The home card of the open incidents, first on the page. */
export function incidentsHomeCard(db: Db, ref: IncidentReferential): HomeCardProvider {
  return {
    id: 'incidents',
    order: 1,
    roles: ALL_ROLES,
    load: async (ctx: HomeCardContext) =>
      openIncidentsCard(
        await listIncidents(db, ctx.practiceId, {
          status: 'open',
          withdrawn: false,
          ...(ctx.role === 'secretary' ? { raisedBy: ctx.userId } : {}),
        }),
        ref,
      ),
  };
}
