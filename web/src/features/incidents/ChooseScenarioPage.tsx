import { Alert, Anchor, Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { type IncidentScenario, useIncidents, usePlaybooks, useRaiseIncident } from './incidents-api.ts';

/**
 * « Que se passe-t-il ? »: one big button per situation. A click raises the incident (its time is
 * recorded) and opens its guide.
 */
export function ChooseScenarioPage() {
  const playbooks = usePlaybooks();
  const incidents = useIncidents();
  const raise = useRaiseIncident();
  const navigate = useNavigate();
  const open = incidents.data?.incidents.filter((incident) => incident.state === 'open') ?? [];

  const choose = (scenario: IncidentScenario) =>
    raise.mutate(scenario, { onSuccess: (incident) => navigate(`/incidents/${incident.id}`) });

  return (
    <>
      <PageHeader title="Que se passe-t-il ?">
        Gardez votre calme. Choisissez ce qui ressemble le plus à votre situation : Hygie note l’heure et vous guide pas
        à pas. En cas de doute, choisissez « Autre chose d’anormal ».
      </PageHeader>
      {open.length > 0 && (
        <Alert
          color="orange"
          title="Un incident est déjà en cours"
          mb="md"
          maw={720}
          // The light orange title alone reads at 3.6:1; the dark shade keeps it above 4.5:1.
          styles={{ title: { color: 'var(--mantine-color-orange-9)' } }}
        >
          <Stack gap={4}>
            {open.map((incident) => (
              <Anchor key={incident.id} component={Link} to={`/incidents/${incident.id}`} underline="always">
                Reprendre : {incident.title ?? incident.scenarioTitle}
              </Anchor>
            ))}
          </Stack>
        </Alert>
      )}
      <ErrorAlert error={raise.error} title="L’incident n’a pas pu être ouvert" />
      <ErrorAlert error={playbooks.error} title="Les situations n’ont pas pu être chargées" />
      {playbooks.isPending && <Skeleton h={320} />}
      {playbooks.data && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" maw={960}>
          {playbooks.data.playbooks.map((playbook) => (
            <Paper
              key={playbook.scenario}
              component="button"
              type="button"
              withBorder
              shadow="xs"
              p="lg"
              disabled={raise.isPending}
              onClick={() => choose(playbook.scenario)}
              style={{ textAlign: 'left', cursor: 'pointer', width: '100%' }}
            >
              <Text span display="block" fw={700} fz="lg">
                {playbook.choice}
              </Text>
              <Text span display="block" c="dimmed" mt={4}>
                {playbook.hint}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
