import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { WithdrawButton, WithdrawnNotice } from '../../components/Withdrawal.tsx';
import { ContactGrid, NationalContactCard, PracticeContactCard } from './ContactCards.tsx';
import { DoNotList } from './DoNotList.tsx';
import { parisDateTime } from './format.ts';
import { GestureChecklist } from './GestureChecklist.tsx';
import { IncidentActions } from './incident-actions.tsx';
import {
  FICHE_REFLEXE_URL,
  type IncidentView,
  type NewStep,
  useAddStep,
  useIncident,
  useUpdateIncident,
  useWithdrawIncident,
} from './incidents-api.ts';
import { LegalSteps } from './LegalSteps.tsx';
import { NoteForm, Timeline } from './Timeline.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** One incident: its guide (gestures to tick, what not to do, who to call) and its timeline. */
export function IncidentPage() {
  const { id = '' } = useParams();
  const incident = useIncident(id);
  return (
    <>
      <Anchor component={Link} to="/incidents" underline="always" size="sm">
        Tous les incidents
      </Anchor>
      {incident.isPending && <Skeleton h={320} mt="md" />}
      <ErrorAlert error={incident.error} title="L’incident n’a pas pu être chargé" />
      {incident.data && <IncidentDetail incident={incident.data} />}
    </>
  );
}

function IncidentDetail({ incident }: { incident: IncidentView }) {
  // Two mutations: a failed tick and a failed note each show their error in their own place.
  const addStep = useAddStep(incident.id);
  const addNote = useAddStep(incident.id);
  const update = useUpdateIncident(incident.id);
  const step = (value: NewStep) => addStep.mutate(value);
  const note = (value: NewStep, done: () => void) => addNote.mutate(value, { onSuccess: done });
  const called = {
    onCalled: (contactId: string) => step({ kind: 'contact_called', contactId }),
    pending: addStep.isPending,
  };
  const withdraw = useWithdrawIncident(incident.id);
  const withdrawn = incident.state === 'withdrawn';
  const open = incident.state === 'open';
  return (
    <>
      <PageHeader title={`Incident : ${incident.title ?? incident.scenarioTitle}`}>
        Signalé le {parisDateTime(incident.raisedAt)} par {incident.raisedBy.name}.{' '}
        {open
          ? 'Faites les gestes dans l’ordre et cochez-les : l’heure est notée. Notez tout ce que vous constatez.'
          : withdrawn
            ? 'Incident retiré : ce n’en était pas un.'
            : `Incident clos le ${incident.closedAt ? parisDateTime(incident.closedAt) : ''}.`}
      </PageHeader>
      <Stack gap="lg">
        <Group gap="sm">
          <Badge color={open ? 'red.9' : 'gray.7'} size="lg" variant="filled">
            {withdrawn ? 'Retiré' : incident.stateLabel}
          </Badge>
          <Text>
            {incident.gesturesDone} geste{incident.gesturesDone > 1 ? 's' : ''} fait
            {incident.gesturesDone > 1 ? 's' : ''} sur {incident.gesturesTotal}
          </Text>
          <Anchor href={FICHE_REFLEXE_URL} download underline="always">
            Télécharger la fiche réflexe
          </Anchor>
        </Group>
        {incident.withdrawal && <WithdrawnNotice withdrawal={incident.withdrawal} title="Incident retiré" />}
        <ErrorAlert error={addStep.error} title="L’étape n’a pas pu être enregistrée" />
        <Section id="gestes" title="Les premiers gestes, dans l’ordre">
          <GestureChecklist incident={incident} onStep={step} pending={addStep.isPending} />
        </Section>
        <DoNotList items={incident.playbook.doNot} headingId="a-ne-pas-faire" />
        <Section id="qui-appeler" title="Qui appeler">
          <Stack gap="md">
            <Title order={3} size="h4">
              Contacts du cabinet
            </Title>
            {incident.practiceContacts.length === 0 ? (
              <Text>
                Aucun contact du cabinet n’est enregistré (prestataire informatique, éditeur du logiciel, assureur…).{' '}
                <Anchor component={Link} to="/contacts" underline="always">
                  Voir les contacts utiles
                </Anchor>
              </Text>
            ) : (
              <ContactGrid>
                {incident.practiceContacts.map((contact) => (
                  <PracticeContactCard key={contact.id} contact={contact} called={called} />
                ))}
              </ContactGrid>
            )}
            <Title order={3} size="h4">
              Services nationaux
            </Title>
            <ContactGrid>
              {incident.contacts.map((contact) => (
                <NationalContactCard key={contact.id} contact={contact} called={called} />
              ))}
            </ContactGrid>
          </Stack>
        </Section>
        <LegalSteps key={`demarches-${incident.updatedAt}`} incident={incident} />
        {/*
          Extension point: other features add their actions here (e.g. the breach register's
          « Qualifier en violation de données »), with registerIncidentAction() from incident-actions.tsx.
        */}
        {!withdrawn && <IncidentActions incident={incident} />}
        <Section id="chronologie" title="Chronologie">
          <Stack gap="md">
            <Timeline events={incident.timeline} />
            {!withdrawn && <NoteForm onAdd={note} pending={addNote.isPending} error={addNote.error} />}
          </Stack>
        </Section>
        {(incident.canManage || incident.canWithdraw) && !withdrawn && (
          <Section id="suivi" title="Suivi de l’incident">
            <ErrorAlert error={update.error} />
            <Stack gap="sm">
              {incident.canManage && (
                <Group gap="sm">
                  <Button
                    variant={open ? 'filled' : 'default'}
                    loading={update.isPending}
                    onClick={() => update.mutate({ status: open ? 'closed' : 'open' })}
                  >
                    {open ? 'Clore l’incident' : 'Rouvrir l’incident'}
                  </Button>
                  <Text size="sm" c="dimmed">
                    {open
                      ? 'Clore l’incident quand la situation est revenue à la normale ; la chronologie reste consultable.'
                      : 'Rouvrez l’incident si la situation reprend.'}
                  </Text>
                </Group>
              )}
              {incident.canWithdraw && (
                <Group gap="sm">
                  <WithdrawButton
                    label="Ce n’était pas un incident"
                    explanation="L’incident sera marqué « retiré » avec votre motif. Il reste dans la liste et dans le journal, mais plus aucun délai ni aucune alerte ne le concernent. Vous ne pourrez plus le modifier."
                    onWithdraw={(reason, done) => withdraw.mutate(reason, { onSuccess: done })}
                    pending={withdraw.isPending}
                    error={withdraw.error}
                  />
                  <Text size="sm" c="dimmed">
                    Signalé par erreur ou fausse alerte : retirez-le plutôt que de le clore.
                  </Text>
                </Group>
              )}
            </Stack>
          </Section>
        )}
        <Text size="sm" c="dimmed">
          Sources du guide : {incident.playbook.source.map((s) => s.label).join(' ; ')}.
        </Text>
      </Stack>
    </>
  );
}
