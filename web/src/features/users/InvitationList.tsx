import { Box, Button, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ROLE_LABELS } from '../../api/types.ts';
import { frenchDate, frenchDateTime, type PendingInvitation } from './users-api.ts';

interface Props {
  invitations: PendingInvitation[];
  labelledBy: string;
  cancelling: string | undefined;
  onCancel: (id: string) => void;
}

function CancelButton({
  invitation,
  cancelling,
  onCancel,
}: { invitation: PendingInvitation } & Omit<Props, 'invitations' | 'labelledBy'>) {
  return (
    <Button
      variant="default"
      size="xs"
      aria-label={`Annuler l’invitation de ${invitation.email}`}
      loading={cancelling === invitation.id}
      onClick={() => onCancel(invitation.id)}
    >
      Annuler
    </Button>
  );
}

/** Pending invitations: a table, or cards on a phone, each with its « Annuler » button. */
export function InvitationList({ invitations, labelledBy, cancelling, onCancel }: Props) {
  return (
    <>
      <Stack
        gap="sm"
        component="ul"
        aria-labelledby={labelledBy}
        hiddenFrom="sm"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {invitations.map((invitation) => (
          <Paper key={invitation.id} component="li" withBorder p="sm">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {invitation.email}
            </Text>
            <Text size="sm">
              {ROLE_LABELS[invitation.role]} · créée le {frenchDate(invitation.createdAt)}
            </Text>
            <Text size="sm">Valable jusqu’au {frenchDateTime(invitation.expiresAt)}</Text>
            <Box mt="xs">
              <CancelButton invitation={invitation} cancelling={cancelling} onCancel={onCancel} />
            </Box>
          </Paper>
        ))}
      </Stack>
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={560} type="native">
          <Table verticalSpacing="sm" aria-labelledby={labelledBy}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Rôle</Table.Th>
                <Table.Th>Créée le</Table.Th>
                <Table.Th>Valable jusqu’au</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Action</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{invitation.email}</Table.Td>
                  <Table.Td>{ROLE_LABELS[invitation.role]}</Table.Td>
                  <Table.Td>{frenchDate(invitation.createdAt)}</Table.Td>
                  <Table.Td>{frenchDateTime(invitation.expiresAt)}</Table.Td>
                  <Table.Td ta="right">
                    <CancelButton invitation={invitation} cancelling={cancelling} onCancel={onCancel} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
    </>
  );
}
