import { Alert, Button, Text } from '@mantine/core';
import { formatDateLong } from '../../../../src/lib/dates/format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type ActivityView, useActivityAction } from './register-api.ts';

/**
 * Hygie's recommended choice for the activity, and the point the law leaves open: « À vérifier »
 * with « Je garde la proposition » (one click) until the practice kept it, then a plain line.
 */
export function OpenPoint({ activity, canManage }: { activity: ActivityView; canManage: boolean }) {
  const keep = useActivityAction(activity.id);
  const open = activity.templateNote !== null && activity.openPointKeptAt === null && activity.status === 'active';
  if (open) {
    return (
      <Alert color="blue" title="À vérifier">
        <Text size="sm">{activity.templateNote}</Text>
        {canManage && (
          <>
            <Button mt="sm" size="sm" onClick={() => keep.mutate('keep-proposal')} loading={keep.isPending}>
              Je garde la proposition
            </Button>
            <ErrorAlert error={keep.error} title="La proposition n’a pas pu être gardée" />
          </>
        )}
      </Alert>
    );
  }
  if (activity.recommendation === null) return null;
  return (
    <Text size="sm">
      <strong>Choix de Hygie :</strong> {activity.recommendation}
      {activity.openPointKeptAt && ` Proposition gardée le ${formatDateLong(new Date(activity.openPointKeptAt))}.`}
    </Text>
  );
}
