import { Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { ROLE_LABELS } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type TeamUser, useRefreshTeam } from './users-api.ts';

/** Confirms deactivating or reactivating an account (PATCH { status }), with its consequences. */
export function StatusConfirm({
  user,
  onBack,
  onDone,
}: {
  user: TeamUser;
  onBack: () => void;
  onDone: (notice: string) => void;
}) {
  const refreshTeam = useRefreshTeam();
  const deactivate = user.status === 'active';
  const change = useMutation({
    mutationFn: () =>
      api<TeamUser>(`/v1/users/${user.id}`, {
        method: 'PATCH',
        body: { status: deactivate ? 'deactivated' : 'active' },
      }),
    onSuccess: async (saved) => {
      onDone(
        saved.status === 'deactivated'
          ? `Le compte de ${saved.name} est désactivé. Son historique reste dans le journal de conformité.`
          : `Le compte de ${saved.name} est réactivé : la personne peut de nouveau se connecter.`,
      );
      await refreshTeam();
    },
  });

  return (
    <Stack gap="md">
      <ErrorAlert error={change.error} />
      {deactivate ? (
        <List spacing="xs">
          <List.Item>{user.name} ne pourra plus se connecter à Hygie.</List.Item>
          <List.Item>
            Ses sessions sont fermées sur tous ses appareils et ses jetons d’accès cessent de fonctionner.
          </List.Item>
          <List.Item>
            Son compte et son historique sont conservés : le journal de conformité garde la trace de ses actions.
          </List.Item>
          <List.Item>Vous pourrez réactiver le compte à tout moment.</List.Item>
        </List>
      ) : (
        <Text>
          {user.name} pourra de nouveau se connecter, avec le rôle {ROLE_LABELS[user.role]}, son mot de passe et sa
          double authentification habituels.
        </Text>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          Revenir
        </Button>
        <Button color={deactivate ? 'red' : undefined} loading={change.isPending} onClick={() => change.mutate()}>
          {deactivate ? 'Désactiver le compte' : 'Réactiver le compte'}
        </Button>
      </Group>
    </Stack>
  );
}
