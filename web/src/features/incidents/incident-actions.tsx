import { Group } from '@mantine/core';
import type { ComponentType } from 'react';
import type { IncidentView } from './incidents-api.ts';

/** What an action of another feature receives: the incident as shown (with its timeline). */
export interface IncidentActionProps {
  incident: IncidentView;
}

/** A button or small panel another feature adds to the incident page (e.g. « Qualifier en violation de données »). */
export interface IncidentAction {
  id: string;
  /** Smaller first. */
  order: number;
  Component: ComponentType<IncidentActionProps>;
}

const actions = new Map<string, IncidentAction>();

/**
 * Extension point of the incident page. A feature registers its action once, from its web
 * `index.ts` (imported by `app/features.ts`, so before any page renders); wrap a heavy component
 * in `React.lazy`. The component decides itself whether to render for the signed-in role.
 * @example registerIncidentAction({ id: 'qualify-breach', order: 10, Component: QualifyBreachButton })
 */
export function registerIncidentAction(action: IncidentAction): void {
  if (actions.has(action.id)) throw new Error(`incident action ${action.id} registered twice`);
  actions.set(action.id, action);
}

/** The registered actions, in order. */
export function incidentActions(): IncidentAction[] {
  return [...actions.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The slot on the incident page where the registered actions appear; nothing when none is registered. */
export function IncidentActions({ incident }: IncidentActionProps) {
  const list = incidentActions();
  if (list.length === 0) return null;
  return (
    <Group gap="sm" data-slot="incident-actions">
      {list.map(({ id, Component }) => (
        <Component key={id} incident={incident} />
      ))}
    </Group>
  );
}
