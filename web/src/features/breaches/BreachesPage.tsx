import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { remainingTime } from '../../../../src/features/breaches/deadline.ts';
import { SEVERITY_LEVEL_LABELS } from '../../../../src/features/breaches/severity.ts';
import { useRole } from '../../app/auth.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { TableScroll } from '../../components/TableScroll.tsx';
import { type BreachView, canManage, useBreaches, useStartClock } from './breaches-api.ts';
import { useNow } from './Countdown.tsx';
import { parisDateTime } from './format.ts';

const TITLE = 'Violations de données';

/** The breach register (GDPR art. 33(5)): every breach, notified or not, and the one-click start of the clock. */
export function BreachesPage() {
  const role = useRole();
  if (role === 'secretary') {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="red" title="Accès réservé" role="alert" maw={720}>
          Le registre des violations de données est réservé au titulaire, aux praticiens et à l’auditeur du cabinet. En
          cas d’attaque, utilisez le bouton « Je pense être victime d’une cyberattaque ».
        </Alert>
        <Button component={Link} to="/" variant="default" mt="md">
          Revenir à l’accueil
        </Button>
      </>
    );
  }
  return <Register manage={canManage(role)} />;
}

function StartClock() {
  const navigate = useNavigate();
  const start = useStartClock();
  const [confirming, setConfirming] = useState(false);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="demarrer-titre">
      <Title order={2} size="h3" id="demarrer-titre" mb="sm">
        Une violation vient d’être découverte ?
      </Title>
      <Text mb="sm" maw={720}>
        Le RGPD laisse 72 heures, à partir du moment où vous en avez connaissance, pour notifier la CNIL. Démarrez le
        compte à rebours maintenant : vous compléterez la fiche ensuite.
      </Text>
      <ErrorAlert error={start.error} title="Le compte à rebours n’a pas pu démarrer" />
      <Button color="red.9" onClick={() => setConfirming(true)}>
        Démarrer le compte à rebours
      </Button>
      <Dialog opened={confirming} onClose={() => setConfirming(false)} title="Démarrer le compte à rebours ?">
        <Stack gap="md">
          <Text>
            Hygie va inscrire au registre une nouvelle violation, découverte maintenant, et compter les 72 heures
            laissées pour notifier la CNIL. Vous compléterez ensuite la fiche : ce qui s’est passé, les données et les
            personnes concernées.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Annuler
            </Button>
            <Button
              color="red.9"
              loading={start.isPending}
              onClick={() => start.mutate(undefined, { onSuccess: (breach) => navigate(`/violations/${breach.id}`) })}
            >
              Oui, démarrer maintenant
            </Button>
          </Group>
        </Stack>
      </Dialog>
    </Paper>
  );
}

function Register({ manage }: { manage: boolean }) {
  const list = useBreaches();
  const breaches = list.data?.breaches ?? [];
  return (
    <>
      <PageHeader title={TITLE}>
        Le registre des violations de données personnelles (article 33.5 du RGPD) : chaque violation y est inscrite,
        qu’elle soit notifiée à la CNIL ou non, avec son évaluation, la décision prise et ses justificatifs.
      </PageHeader>
      <Stack gap="lg">
        {manage && <StartClock />}
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="registre-titre">
          <Title order={2} size="h3" id="registre-titre" mb="sm">
            Registre
          </Title>
          <ErrorAlert error={list.error} title="Le registre n’a pas pu être chargé" />
          {list.isPending && <Skeleton h={160} />}
          {list.data && breaches.length === 0 && <Text>Aucune violation inscrite au registre.</Text>}
          {breaches.length > 0 && <BreachesTable breaches={breaches} />}
        </Paper>
      </Stack>
    </>
  );
}

function DeadlineCell({ breach, now }: { breach: BreachView; now: Date }) {
  if (!breach.clockRuns) return <Text size="sm">{breach.notifiedLate ? 'Notifiée en retard' : 'Terminé'}</Text>;
  const remaining = remainingTime(new Date(breach.notificationDeadline), now);
  return (
    <Text size="sm" fw={remaining.urgent ? 700 : 400} c={remaining.urgent ? 'red.9' : undefined}>
      {remaining.urgent && <span aria-hidden="true">⚠ </span>}
      {breach.notificationDeadlineText} — {remaining.text.toLocaleLowerCase('fr-FR')}
    </Text>
  );
}

function BreachesTable({ breaches }: { breaches: BreachView[] }) {
  const captionId = useId();
  const now = useNow();
  return (
    <div>
      <Text size="sm" fw={600} mb="xs" id={captionId}>
        {breaches.length} violation{breaches.length > 1 ? 's' : ''}, de la plus récente à la plus ancienne
      </Text>
      <TableScroll labelledBy={captionId} minWidth={760}>
        <Table striped verticalSpacing="sm" aria-labelledby={captionId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Violation</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col">Gravité</Table.Th>
              <Table.Th scope="col">Échéance CNIL (heure de Paris)</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {breaches.map((breach) => (
              <Table.Tr key={breach.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/violations/${breach.id}`} underline="always">
                    {breach.title}
                  </Anchor>
                  {breach.incidentId && (
                    <Text size="sm" c="dimmed">
                      Issue d’un incident — inscrite le {parisDateTime(breach.createdAt)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{breach.statusLabel}</Table.Td>
                <Table.Td>
                  {breach.severity
                    ? `${SEVERITY_LEVEL_LABELS[breach.severity.level]} (${String(breach.severity.score).replace('.', ',')})`
                    : 'À évaluer'}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <DeadlineCell breach={breach} now={now} />
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </div>
  );
}
