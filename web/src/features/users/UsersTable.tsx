import { Box, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { ROLE_LABELS } from '../../api/types.ts';
import { UserCards } from './UserCards.tsx';
import { UserStatusBadge } from './UserStatusBadge.tsx';
import { frenchDate, type TeamUser } from './users-api.ts';

/**
 * The practice's accounts: a table, or cards on a phone. `onManage` (owner only) adds a « Gérer » button on each row.
 */
export function UsersTable({
  users,
  meId,
  labelledBy,
  onManage,
}: {
  users: TeamUser[];
  meId: string;
  labelledBy: string;
  onManage?: ((user: TeamUser) => void) | undefined;
}) {
  return (
    <>
      <UserCards users={users} meId={meId} labelledBy={labelledBy} onManage={onManage} />
      <Box visibleFrom="sm">
        <Table.ScrollContainer minWidth={onManage ? 860 : 760} type="native">
          <Table verticalSpacing="sm" aria-labelledby={labelledBy} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Nom</Table.Th>
                <Table.Th>E-mail</Table.Th>
                <Table.Th>Rôle</Table.Th>
                <Table.Th>État</Table.Th>
                <Table.Th>Double authentification</Table.Th>
                <Table.Th>Créé le</Table.Th>
                {onManage && (
                  <Table.Th>
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {users.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Td>
                    <Text fw={500} span>
                      {user.name}
                    </Text>
                    {user.id === meId && <Text span> (vous)</Text>}
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{user.email}</Table.Td>
                  <Table.Td>{ROLE_LABELS[user.role]}</Table.Td>
                  <Table.Td>
                    <UserStatusBadge status={user.status} />
                  </Table.Td>
                  <Table.Td>{user.mfaEnabled ? 'Activée' : 'Non activée'}</Table.Td>
                  <Table.Td>{frenchDate(user.createdAt)}</Table.Td>
                  {onManage && (
                    <Table.Td ta="right">
                      <Button
                        variant="default"
                        size="xs"
                        aria-label={`Gérer le compte de ${user.name}`}
                        onClick={() => onManage(user)}
                      >
                        Gérer
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Box>
    </>
  );
}
