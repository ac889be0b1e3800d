import { Badge, Button, Group, Skeleton, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { TableScroll } from '../../../components/TableScroll.tsx';
import { formatDateTime, type OpenSession, SESSIONS_KEY } from '../account-types.ts';
import { describeUserAgent } from '../user-agent.ts';

function SessionsTable({ sessions }: { sessions: OpenSession[] }) {
  return (
    <TableScroll label="Vos sessions ouvertes" minWidth={520}>
      <Table verticalSpacing="xs" striped="odd">
        <Table.Caption>
          <VisuallyHidden>Vos sessions ouvertes en ce moment</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Appareil</Table.Th>
            <Table.Th>Connexion</Table.Th>
            <Table.Th>Dernière activité</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Group gap="xs">
                  <Text span title={session.userAgent ?? undefined}>
                    {describeUserAgent(session.userAgent)}
                  </Text>
                  {session.current && (
                    <Badge variant="filled" tt="none">
                      Cet appareil
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{formatDateTime(session.createdAt)}</Table.Td>
              <Table.Td>{formatDateTime(session.lastSeenAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** Where the account is signed in, and « Se déconnecter partout » (this device included). */
export function SessionsSection() {
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: SESSIONS_KEY, queryFn: () => api<OpenSession[]>('/v1/me/sessions') });
  const logoutAll = useMutation({
    mutationFn: () => api<{ signedOut: number }>('/v1/auth/logout-all', { method: 'POST' }),
    onSuccess: () => {
      setCsrfToken(undefined);
      client.clear();
      window.location.assign('/connexion');
    },
  });
  return (
    <PageSection
      id="sessions"
      title="Sessions ouvertes"
      intro="Les appareils sur lesquels vous êtes connecté(e) à Hygie. Si vous ne reconnaissez pas l’un d’eux, déconnectez-vous partout puis changez votre mot de passe."
    >
      <Stack gap="md">
        <ErrorAlert error={sessions.error} title="La liste des sessions n’a pas pu être chargée" />
        {sessions.isPending && <Skeleton h={80} />}
        {sessions.data && <SessionsTable sessions={sessions.data} />}
        <ErrorAlert error={logoutAll.error} />
        <Text>Toutes vos sessions seront fermées, y compris celle-ci : vous devrez vous reconnecter.</Text>
        <Group>
          <Button variant="outline" onClick={() => logoutAll.mutate()} loading={logoutAll.isPending}>
            Se déconnecter partout
          </Button>
        </Group>
      </Stack>
    </PageSection>
  );
}
