import { Alert, Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { ROLE_LABELS, type Role } from '../../api/types.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { OneTimeLinkField } from './OneTimeLinkField.tsx';
import { RoleRadios } from './RoleRadios.tsx';
import { type OneTimeLink, type PendingInvitation, useRefreshTeam } from './users-api.ts';

type Created = Omit<PendingInvitation, 'createdAt'> & OneTimeLink;

/** The owner invites a person: e-mail and role, then the one-time link to hand over. */
export function InviteSection() {
  const refreshTeam = useRefreshTeam();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | null>(null);
  const [missing, setMissing] = useState<{ email?: string; role?: string }>({});
  const invite = useMutation({
    mutationFn: (body: { email: string; role: Role | null }) =>
      api<Created>('/v1/users/invitations', { method: 'POST', body }),
    onSuccess: async () => {
      setEmail('');
      setRole(null);
      await refreshTeam();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = {
      ...(/^[^\s@]+@[^\s@]+$/.test(email.trim()) ? {} : { email: 'Indiquez l’adresse e-mail de la personne.' }),
      ...(role ? {} : { role: 'Choisissez le rôle de la personne.' }),
    };
    setMissing(check);
    if (!check.email && !check.role) invite.mutate({ email: email.trim(), role });
  };
  const created = invite.data;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="inviter">
      <Title order={2} size="h3" id="inviter" mb="sm">
        Inviter une personne
      </Title>
      {created ? (
        <Stack gap="md">
          <Alert color="hygie" title="Invitation créée">
            <OneTimeLinkField link={created} label="Lien d’invitation">
              Envoyez ce lien à {created.email} ({ROLE_LABELS[created.role]}) par votre moyen habituel et sécurisé, la
              messagerie MSSanté si possible. En l’ouvrant, la personne choisit son nom et son mot de passe.
            </OneTimeLinkField>
          </Alert>
          <Group>
            <Button variant="default" onClick={() => invite.reset()}>
              Inviter une autre personne
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={560}>
            <ErrorAlert error={formError(invite.error, ['email', 'role'])} />
            <TextInput
              label="Adresse e-mail"
              description="L’adresse professionnelle de la personne ; elle lui servira à se connecter."
              type="email"
              autoComplete="off"
              required
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={missing.email ?? fieldError(invite.error, 'email')}
            />
            <RoleRadios value={role} onChange={setRole} error={missing.role ?? fieldError(invite.error, 'role')} />
            <Group>
              <Button type="submit" loading={invite.isPending}>
                Inviter
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}
