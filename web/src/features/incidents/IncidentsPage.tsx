import { Anchor, Badge, Button, Group, Skeleton, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { parisDateTime } from './format.ts';
import { FICHE_REFLEXE_URL, useIncidents } from './incidents-api.ts';

/** Every incident the person may see (the secretary: those she raised), newest first. */
export function IncidentsPage() {
  const incidents = useIncidents();
  const list = incidents.data?.incidents ?? [];
  return (
    <>
      <PageHeader title="Incidents">
        Les incidents signalés avec le bouton « Je pense être victime d’une cyberattaque », leur guide et leur
        chronologie.
      </PageHeader>
      <Group gap="sm" mb="md">
        <Button component={Link} to="/incident" color="red.9">
          Signaler un incident
        </Button>
        <Anchor href={FICHE_REFLEXE_URL} download underline="always">
          Télécharger la fiche réflexe
        </Anchor>
      </Group>
      <ErrorAlert error={incidents.error} title="Les incidents n’ont pas pu être chargés" />
      {incidents.isPending && <Skeleton h={200} />}
      {incidents.data && list.length === 0 && <Text>Aucun incident signalé pour le moment.</Text>}
      {list.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Caption>Incidents, du plus récent au plus ancien</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Situation</Table.Th>
                <Table.Th scope="col">Signalé le</Table.Th>
                <Table.Th scope="col">Par</Table.Th>
                <Table.Th scope="col">Gestes faits</Table.Th>
                <Table.Th scope="col">Statut</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((incident) => (
                <Table.Tr key={incident.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/incidents/${incident.id}`} underline="always">
                      {incident.title ?? incident.scenarioTitle}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{parisDateTime(incident.raisedAt)}</Table.Td>
                  <Table.Td>{incident.raisedBy.name}</Table.Td>
                  <Table.Td>
                    {incident.gesturesDone} sur {incident.gesturesTotal}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={incident.state === 'open' ? 'red.9' : 'gray.7'} variant="filled">
                      {incident.state === 'withdrawn' ? 'Retiré' : incident.stateLabel}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
