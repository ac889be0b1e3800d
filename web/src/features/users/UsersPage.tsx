import { Alert, Card, Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { InviteSection } from './InviteSection.tsx';
import { ManageUserModal } from './ManageUserModal.tsx';
import { PendingInvitations } from './PendingInvitations.tsx';
import { UsersTable } from './UsersTable.tsx';
import { type TeamUser, USERS_KEY } from './users-api.ts';

/** The team page: everyone with `users.read` sees the accounts; the titulaire also manages them. */
export function UsersPage() {
  const { me } = useAuth();
  const isOwner = me.user.role === 'owner';
  const users = useQuery({
    queryKey: USERS_KEY,
    queryFn: () => api<TeamUser[]>('/v1/users'),
    // A refusal (403) will not change by asking again.
    retry: (count, error) => count < 1 && !(error instanceof ApiError && error.status < 500),
  });
  const [managed, setManaged] = useState<{ id: string; opened: boolean; round: number }>({
    id: '',
    opened: false,
    round: 0,
  });
  const refused = users.error instanceof ApiError && users.error.status === 403 ? users.error : null;

  return (
    <>
      <PageHeader title="Utilisateurs">
        {refused
          ? 'Les comptes Hygie de votre cabinet et leurs rôles.'
          : isOwner
            ? 'Les personnes qui ont un compte Hygie pour votre cabinet. Invitez-en de nouvelles, ajustez leur rôle et désactivez le compte de qui quitte le cabinet.'
            : 'Les personnes qui ont un compte Hygie pour votre cabinet, leur rôle et la sécurité de leur compte. Seul le titulaire peut les modifier.'}
      </PageHeader>
      {refused ? (
        <Alert color="hygie" title="Page réservée" role="alert">
          {refused.message} La liste des utilisateurs est réservée aux titulaires, aux praticiens et aux auditeurs ;
          pour une question sur votre compte, adressez-vous au titulaire du cabinet.
        </Alert>
      ) : (
        <ErrorAlert error={users.error} title="La liste des utilisateurs n’a pas pu être chargée" />
      )}
      {users.isPending && <Skeleton h={200} />}
      {users.data && (
        <Stack gap="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="equipe-du-cabinet">
            <Title order={2} size="h3" id="equipe-du-cabinet" mb="sm">
              Équipe du cabinet
            </Title>
            <UsersTable
              users={users.data}
              meId={me.user.id}
              labelledBy="equipe-du-cabinet"
              onManage={
                isOwner
                  ? (user) => setManaged(({ round }) => ({ id: user.id, opened: true, round: round + 1 }))
                  : undefined
              }
            />
          </Card>
          {isOwner && <InviteSection />}
          {isOwner && <PendingInvitations />}
          {isOwner && (
            <ManageUserModal
              key={managed.round}
              user={users.data.find((user) => user.id === managed.id)}
              isMe={managed.id === me.user.id}
              opened={managed.opened}
              onClose={() => setManaged((current) => ({ ...current, opened: false }))}
            />
          )}
        </Stack>
      )}
    </>
  );
}
