import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { ActivityView } from './register-api.ts';

/** « Le cabinet », the practitioner's name or the joint controllers. */
export function controllerLabel(controller: ActivityView['controller']): string {
  if (controller.kind === 'practitioner') return controller.name;
  if (controller.kind === 'joint') return `Responsables conjoints : ${controller.coControllers.join(', ')}`;
  return 'Le cabinet';
}

/** « Complète » or « À compléter (n) », as a badge. */
export function CompletenessBadge({ activity }: { activity: ActivityView }) {
  if (activity.status === 'archived') {
    return (
      <Badge color="gray.8" variant="filled" tt="none">
        Archivée
      </Badge>
    );
  }
  return activity.complete ? (
    <Badge color="hygie" variant="filled" tt="none">
      Complète
    </Badge>
  ) : (
    <Badge color="red.9" variant="outline" tt="none">
      À compléter ({activity.missing.length})
    </Badge>
  );
}

/** The activities: number, name (link), controller, completeness. */
export function ActivityList({ activities, caption }: { activities: ActivityView[]; caption: string }) {
  const captionId = useId();
  return (
    <div>
      <Text size="sm" fw={600} mb="xs" id={captionId}>
        {caption}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="sm" aria-labelledby={captionId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">N°</Table.Th>
              <Table.Th scope="col">Activité</Table.Th>
              <Table.Th scope="col">Responsable</Table.Th>
              <Table.Th scope="col">État</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activities.map((activity) => (
              <Table.Tr key={activity.id}>
                <Table.Td>{activity.number}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/registre/${activity.id}`} underline="always">
                    {activity.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{controllerLabel(activity.controller)}</Table.Td>
                <Table.Td>
                  <CompletenessBadge activity={activity} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
