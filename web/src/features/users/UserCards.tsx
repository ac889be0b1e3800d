import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { ROLE_LABELS } from '../../api/types.ts';
import { UserStatusBadge } from './UserStatusBadge.tsx';
import { frenchDate, type TeamUser } from './users-api.ts';

/** The team on a phone: one card per person instead of a wide table. */
export function UserCards({
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
    <Stack
      gap="sm"
      component="ul"
      aria-labelledby={labelledBy}
      hiddenFrom="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
    >
      {users.map((user) => (
        <Paper key={user.id} component="li" withBorder p="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={600}>
              {user.name}
              {user.id === meId && ' (vous)'}
            </Text>
            <UserStatusBadge status={user.status} />
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {user.email}
          </Text>
          <Text size="sm" mt={4}>
            {ROLE_LABELS[user.role]} · double authentification {user.mfaEnabled ? 'activée' : 'non activée'}
          </Text>
          <Text size="sm">Compte créé le {frenchDate(user.createdAt)}</Text>
          {onManage && (
            <Button
              mt="xs"
              variant="default"
              size="xs"
              aria-label={`Gérer le compte de ${user.name}`}
              onClick={() => onManage(user)}
            >
              Gérer
            </Button>
          )}
        </Paper>
      ))}
    </Stack>
  );
}
