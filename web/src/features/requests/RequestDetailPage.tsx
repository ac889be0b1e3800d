import { Anchor, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { HEIR_PURPOSE_LABELS } from '../../../../src/features/requests/request-labels.ts';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { EvidenceDisclosure } from '../evidence/EvidenceDisclosure.tsx';
import { AnswerSection } from './AnswerSection.tsx';
import { Deadline } from './Deadline.tsx';
import { ExtensionSection } from './ExtensionSection.tsx';
import { longDate, weekdayDate } from './format.ts';
import { Guidance } from './Guidance.tsx';
import { LettersSection } from './LettersSection.tsx';
import { canManage, type RequestView, useRequest } from './requests-api.ts';
import { StepsSection } from './StepsSection.tsx';

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

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text>
      <Text span fw={600}>
        {label} :
      </Text>{' '}
      {children}
    </Text>
  );
}

/** One request: its deadlines, steps, extension, answer, letters, and what to do. */
export function RequestDetailPage() {
  const { id = '' } = useParams();
  const request = useRequest(id);
  return (
    <>
      <Anchor component={Link} to="/demandes" underline="always" size="sm">
        Retour au registre des demandes
      </Anchor>
      {request.isPending && <Skeleton h={320} mt="md" />}
      <ErrorAlert error={request.error} title="La demande n’a pas pu être chargée" />
      {request.data && <RequestDetail request={request.data} />}
    </>
  );
}

function RequestDetail({ request }: { request: RequestView }) {
  const role = useRole();
  return (
    <>
      <PageHeader title={`Demande : ${request.kindLabel}`}>
        {request.requester.name} — {request.requester.typeLabel.toLowerCase()}, reçue le {longDate(request.receivedAt)}{' '}
        ({request.legalBasis}).
      </PageHeader>
      <Stack gap="lg">
        <Section id="delais" title="Délais">
          <Stack gap={4}>
            <Fact label="Statut">{request.statusLabel}</Fact>
            {request.earliestAnswerAt && (
              <Fact label="Pas de communication avant le">{longDate(request.earliestAnswerAt)}</Fact>
            )}
            <Fact label="Réponse au plus tard le">
              <strong>{weekdayDate(request.currentDueDate)}</strong>
            </Fact>
            {request.open && (
              <Fact label="Où en est le délai">
                <Deadline request={request} size="md" />
              </Fact>
            )}
            {request.heirPurpose && (
              <Fact label="Motif de l’ayant droit">{HEIR_PURPOSE_LABELS[request.heirPurpose]}</Fact>
            )}
            <Text size="sm" mt="xs">
              {request.dueRule}
            </Text>
          </Stack>
        </Section>
        <Section id="etapes" title="Étapes">
          <StepsSection request={request} />
        </Section>
        <Section id="prolongation" title="Prolongation">
          <ExtensionSection request={request} />
        </Section>
        <Section id="reponse" title="Réponse">
          <AnswerSection request={request} />
        </Section>
        <Section id="courriers" title="Courriers">
          <LettersSection request={request} />
        </Section>
        <Paper withBorder p={{ base: 'md', sm: 'lg' }}>
          <EvidenceDisclosure
            type="request"
            id={request.id}
            label={`Demande : ${request.kindLabel}`}
            canManage={canManage(role)}
          />
        </Paper>
        <Section id="que-faire" title="Que faire ?">
          <Guidance kind={request.kind} />
        </Section>
      </Stack>
    </>
  );
}
