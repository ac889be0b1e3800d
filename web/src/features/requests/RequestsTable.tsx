import { Anchor, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import { Deadline } from './Deadline.tsx';
import { longDate } from './format.ts';
import type { RequestView } from './requests-api.ts';

/** The register: when, what, who, where it stands, by when. */
export function RequestsTable({ requests, caption }: { requests: RequestView[]; caption: string }) {
  const captionId = useId();
  return (
    <div>
      <Text size="sm" fw={600} mb="xs" id={captionId}>
        {caption}
      </Text>
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="sm" aria-labelledby={captionId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Reçue le</Table.Th>
              <Table.Th scope="col">Demande</Table.Th>
              <Table.Th scope="col">Demandeur</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col">Réponse au plus tard le</Table.Th>
              <Table.Th scope="col">Délai</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>{longDate(request.receivedAt)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/demandes/${request.id}`} underline="always">
                    {request.kindLabel}
                  </Anchor>
                </Table.Td>
                <Table.Td>{request.requester.name}</Table.Td>
                <Table.Td>{request.statusLabel}</Table.Td>
                <Table.Td>{longDate(request.currentDueDate)}</Table.Td>
                <Table.Td>
                  <Deadline request={request} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </div>
  );
}
