import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { ROLE_LABELS, type Role } from '../../api/types.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { RoleRadios } from './RoleRadios.tsx';
import { type TeamUser, useRefreshTeam } from './users-api.ts';

/** Changes a user's role (PATCH { role }); the server refuses to leave the practice without a titulaire. */
export function RoleForm({ user, isMe, onDone }: { user: TeamUser; isMe: boolean; onDone: (notice: string) => void }) {
  const refreshTeam = useRefreshTeam();
  const [role, setRole] = useState<Role>(user.role);
  const change = useMutation({
    mutationFn: (next: Role) => api<TeamUser>(`/v1/users/${user.id}`, { method: 'PATCH', body: { role: next } }),
    onSuccess: async (saved) => {
      onDone(
        `${saved.name} a maintenant le rôle ${ROLE_LABELS[saved.role]}. Ses sessions ouvertes ont été fermées : ses nouveaux droits s’appliquent dès sa prochaine connexion.`,
      );
      await refreshTeam();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(role);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="role-du-compte">
      <Title order={3} size="h4" id="role-du-compte">
        Rôle
      </Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <ErrorAlert error={formError(change.error, ['role'])} />
          <RoleRadios
            label="Rôle dans le cabinet"
            value={role}
            onChange={setRole}
            error={fieldError(change.error, 'role')}
          />
          <Text size="sm">
            {isMe
              ? 'Changer votre propre rôle ferme votre session : vous devrez vous reconnecter.'
              : 'Un changement de rôle ferme les sessions ouvertes de la personne, sur tous ses appareils.'}
          </Text>
          <Group>
            <Button type="submit" loading={change.isPending} disabled={role === user.role}>
              Enregistrer le rôle
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
