import { Alert, Anchor, Button } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useRole } from '../../app/auth.tsx';
import type { IncidentActionProps } from '../incidents/incident-actions.tsx';
import { canManage, useQualifyIncident } from './breaches-api.ts';

/** The breach this incident was qualified as, read from its timeline (`qualified_breach` with `{ breachId }`). */
export function qualifiedBreachId(incident: IncidentActionProps['incident']): string | null {
  const event = incident.timeline.find((e) => e.kind === 'qualified_breach');
  const id = event?.data?.breachId;
  return typeof id === 'string' ? id : null;
}

/**
 * On the incident page: « Qualifier en violation de données » for the owner and the practitioners
 * (the 72-hour clock starts now); once qualified, a link to the breach for those who read the register.
 */
export function QualifyBreachAction({ incident }: IncidentActionProps) {
  const role = useRole();
  const navigate = useNavigate();
  const qualify = useQualifyIncident(incident.id);
  const breachId = qualifiedBreachId(incident);
  if (role === 'secretary') return null;
  if (breachId) {
    return (
      <Anchor component={Link} to={`/violations/${breachId}`} underline="always" fw={600}>
        Voir la violation de données et son compte à rebours
      </Anchor>
    );
  }
  if (!canManage(role)) return null;
  return (
    <>
      <Button
        color="red.9"
        loading={qualify.isPending}
        onClick={() => qualify.mutate(undefined, { onSuccess: (breach) => navigate(`/violations/${breach.id}`) })}
      >
        Qualifier en violation de données
      </Button>
      {qualify.error ? (
        <Alert color="red" title="La qualification n’a pas pu être faite" role="alert">
          {qualify.error.message}
        </Alert>
      ) : null}
    </>
  );
}
