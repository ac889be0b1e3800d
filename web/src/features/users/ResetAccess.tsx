import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { OneTimeLinkField } from './OneTimeLinkField.tsx';
import { type OneTimeLink, type TeamUser, useRefreshTeam } from './users-api.ts';

/** Confirms an access reset (POST /users/:id/reset), then shows the one-time link once. */
export function ResetAccess({ user, onBack }: { user: TeamUser; onBack: () => void }) {
  const refreshTeam = useRefreshTeam();
  const reset = useMutation({
    mutationFn: () => api<OneTimeLink>(`/v1/users/${user.id}/reset`, { method: 'POST' }),
    onSuccess: refreshTeam,
  });

  if (reset.data) {
    return (
      <Stack gap="md">
        <Alert color="hygie" title="Accès réinitialisé">
          <OneTimeLinkField link={reset.data} label="Lien de réinitialisation">
            Le mot de passe et la double authentification de {user.name} sont réinitialisés, et toutes ses sessions et
            ses jetons d’accès sont fermés. Envoyez ce lien à la personne par votre moyen habituel et sécurisé, la
            messagerie MSSanté si possible : elle y choisira un nouveau mot de passe, puis réactivera sa double
            authentification.
          </OneTimeLinkField>
        </Alert>
        <Group justify="flex-end">
          <Button onClick={onBack}>Terminé</Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <ErrorAlert error={reset.error} />
      <Text>
        À utiliser quand la personne a oublié son mot de passe, perdu son téléphone, ou si son compte a pu être utilisé
        par quelqu’un d’autre.
      </Text>
      <List spacing="xs">
        <List.Item>Son mot de passe actuel cesse immédiatement de fonctionner.</List.Item>
        <List.Item>Sa double authentification et ses codes de secours sont supprimés.</List.Item>
        <List.Item>Ses sessions sont fermées sur tous ses appareils et ses jetons d’accès sont révoqués.</List.Item>
        <List.Item>
          Vous obtenez un lien à usage unique, valable 24 heures, pour qu’elle choisisse un nouveau mot de passe.
        </List.Item>
      </List>
      <Group justify="flex-end">
        <Button variant="default" onClick={onBack}>
          Revenir
        </Button>
        <Button color="red" loading={reset.isPending} onClick={() => reset.mutate()}>
          Réinitialiser l’accès
        </Button>
      </Group>
    </Stack>
  );
}
