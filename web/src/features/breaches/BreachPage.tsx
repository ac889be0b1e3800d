import { Alert, Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { WithdrawButton, WithdrawnNotice } from '../../components/Withdrawal.tsx';
import { EvidenceDisclosure } from '../evidence/EvidenceDisclosure.tsx';
import { InsurerClock } from '../incidents/LegalSteps.tsx';
import { type BreachView, canManage, useBreach, useWithdrawBreach } from './breaches-api.ts';
import { Countdown } from './Countdown.tsx';
import { DecisionSection } from './DecisionSection.tsx';
import { DocumentsSection } from './DocumentsSection.tsx';
import { ExpertSection } from './ExpertSection.tsx';
import { FactsSection } from './FactsSection.tsx';
import { parisDateTime } from './format.ts';
import { MeasuresSection } from './MeasuresSection.tsx';
import { NotificationsSection } from './NotificationsSection.tsx';
import { ScopeSection } from './ScopeSection.tsx';
import { SeveritySection } from './SeveritySection.tsx';

/** One breach of the register: its countdown, its record, severity, decision, notifications and documents. */
export function BreachPage() {
  const { id = '' } = useParams();
  const role = useRole();
  const breach = useBreach(id);
  if (role === 'secretary') {
    return (
      <>
        <PageHeader title="Violation de données" />
        <Alert color="red" title="Accès réservé" role="alert" maw={720}>
          Le registre des violations de données est réservé au titulaire, aux praticiens et à l’auditeur du cabinet.
        </Alert>
        <Button component={Link} to="/" variant="default" mt="md">
          Revenir à l’accueil
        </Button>
      </>
    );
  }
  return (
    <>
      <Anchor component={Link} to="/violations" underline="always" size="sm">
        Registre des violations
      </Anchor>
      {breach.isPending && <Skeleton h={320} mt="md" />}
      <ErrorAlert error={breach.error} title="La violation n’a pas pu être chargée" />
      {breach.data && <BreachDetail breach={breach.data} readOnly={!canManage(role)} />}
    </>
  );
}

function BreachDetail({ breach, readOnly: roleReadOnly }: { breach: BreachView; readOnly: boolean }) {
  const withdraw = useWithdrawBreach(breach.id);
  const readOnly = roleReadOnly || breach.withdrawal !== null;
  const factorsKey = JSON.stringify(breach.severity?.factors ?? null);
  const decisionKey = `${factorsKey}-${breach.severity?.informSubjects}-${breach.decision?.decidedAt ?? ''}`;
  return (
    <>
      <PageHeader
        title={breach.title.startsWith('Violation') ? breach.title : `Violation de données : ${breach.title}`}
      >
        Inscrite au registre le {parisDateTime(breach.createdAt)}.{' '}
        {readOnly
          ? 'Votre rôle permet de consulter cette fiche, pas de la modifier.'
          : 'Complétez la fiche au fur et à mesure : chaque enregistrement est tracé dans le journal.'}
      </PageHeader>
      <Stack gap="lg">
        <Group gap="sm">
          <Badge size="lg" color="gray.8" variant="filled">
            {breach.statusLabel}
          </Badge>
          {breach.incidentId && (
            <Anchor component={Link} to={`/incidents/${breach.incidentId}`} underline="always">
              Voir l’incident et sa chronologie
            </Anchor>
          )}
        </Group>
        {breach.withdrawal ? (
          <WithdrawnNotice withdrawal={breach.withdrawal} title="Violation retirée : ce n’en était pas une" />
        ) : (
          <Countdown breach={breach} />
        )}
        <InsurerClock view={breach} />
        {readOnly && <Text size="sm">Lecture seule.</Text>}
        <FactsSection key={`faits-${breach.id}`} breach={breach} readOnly={readOnly} />
        <ScopeSection key={`donnees-${breach.id}`} breach={breach} readOnly={readOnly} />
        <MeasuresSection key={`mesures-${breach.id}`} breach={breach} readOnly={readOnly} />
        <SeveritySection key={`gravite-${breach.id}`} breach={breach} readOnly={readOnly} />
        <ExpertSection key={`experte-${factorsKey}`} breach={breach} readOnly={readOnly} />
        <DecisionSection key={`decision-${decisionKey}`} breach={breach} readOnly={readOnly} />
        <NotificationsSection key={`notifications-${breach.id}`} breach={breach} readOnly={readOnly} />
        <DocumentsSection breach={breach} />
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
          <EvidenceDisclosure type="breach" id={breach.id} label={breach.title} canManage={!readOnly} />
        </Paper>
        {!readOnly && (
          <Group gap="sm">
            <WithdrawButton
              label="Ce n’était pas une violation de données"
              explanation="La violation sera marquée « retirée » avec votre motif. Elle reste au registre et dans le journal, mais le compte à rebours s’arrête et plus aucune alerte ne la concerne. Vous ne pourrez plus la modifier."
              onWithdraw={(reason, done) => withdraw.mutate(reason, { onSuccess: done })}
              pending={withdraw.isPending}
              error={withdraw.error}
            />
            <Text size="sm" c="dimmed">
              Inscrite par erreur ou fausse alerte : retirez-la plutôt que de la laisser en attente.
            </Text>
          </Group>
        )}
      </Stack>
    </>
  );
}
