import { Card, Skeleton, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { InvitationList } from './InvitationList.tsx';
import { INVITATIONS_KEY, type PendingInvitation, useRefreshTeam } from './users-api.ts';

/** The owner's invitations not used yet, each of which can be cancelled. */
export function PendingInvitations() {
  const refreshTeam = useRefreshTeam();
  const invitations = useQuery({
    queryKey: INVITATIONS_KEY,
    queryFn: () => api<PendingInvitation[]>('/v1/users/invitations'),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => api<void>(`/v1/users/invitations/${id}`, { method: 'DELETE' }),
    onSettled: refreshTeam,
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="invitations-en-attente">
      <Title order={2} size="h3" id="invitations-en-attente" mb="xs">
        Invitations en attente
      </Title>
      <Text size="sm" mb="sm">
        Un lien d’invitation ne fonctionne qu’une fois. Annulez-le si la personne ne doit plus rejoindre le cabinet ou
        si le lien a pu être envoyé à la mauvaise adresse.
      </Text>
      <ErrorAlert error={invitations.error} title="Les invitations n’ont pas pu être chargées" />
      <ErrorAlert error={cancel.error} />
      {invitations.isPending && <Skeleton h={60} />}
      {invitations.data?.length === 0 && <Text>Aucune invitation en attente.</Text>}
      {invitations.data && invitations.data.length > 0 && (
        <InvitationList
          invitations={invitations.data}
          labelledBy="invitations-en-attente"
          cancelling={cancel.isPending ? cancel.variables : undefined}
          onCancel={(id) => cancel.mutate(id)}
        />
      )}
    </Card>
  );
}
