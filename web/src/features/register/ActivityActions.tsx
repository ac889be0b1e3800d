import { Button, Group } from '@mantine/core';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type ActivityView, useActivityAction } from './register-api.ts';

/** Edit, duplicate, archive or restore (owner and practitioners). */
export function ActivityActions({ activity, onEdit }: { activity: ActivityView; onEdit: () => void }) {
  const action = useActivityAction(activity.id);
  const navigate = useNavigate();
  const duplicate = () => action.mutate('duplicate', { onSuccess: (copy) => void navigate(`/registre/${copy.id}`) });
  return (
    <div>
      <ErrorAlert error={action.error} />
      <Group gap="sm">
        {activity.status === 'active' ? (
          <>
            <Button onClick={onEdit}>Modifier</Button>
            <Button
              variant="default"
              onClick={duplicate}
              loading={action.isPending && action.variables === 'duplicate'}
            >
              Dupliquer
            </Button>
            <Button
              variant="default"
              color="red"
              onClick={() => action.mutate('archive')}
              loading={action.isPending && action.variables === 'archive'}
            >
              Archiver
            </Button>
          </>
        ) : (
          <Button onClick={() => action.mutate('restore')} loading={action.isPending}>
            Rétablir l’activité
          </Button>
        )}
      </Group>
    </div>
  );
}
