import { Alert, Checkbox, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import {
  KIND_LABELS,
  REQUEST_STATUSES,
  type RequestKind,
  type RequestStatus,
  STATUS_LABELS,
} from '../../../../src/features/requests/request-labels.ts';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { Guidance } from './Guidance.tsx';
import { NewRequestForm } from './NewRequestForm.tsx';
import { RequestsTable } from './RequestsTable.tsx';
import { canManage, type RequestFilters, useRequests } from './requests-api.ts';

/** The patient requests register: the requests with their deadlines, and the form to record a new one. */
export function RequestsPage() {
  const role = useRole();
  const [filters, setFilters] = useState<RequestFilters>({ status: '', overdueOnly: false });
  const [kind, setKind] = useState<RequestKind>('medical_file');
  const list = useRequests(filters);
  const requests = list.data?.requests ?? [];
  const overdue = requests.filter((request) => request.overdue).length;
  const filtered = filters.status !== '' || filters.overdueOnly;

  return (
    <>
      <PageHeader title="Demandes des patients">
        Accès au dossier médical et droits prévus par le RGPD (accès, rectification, effacement, limitation, opposition,
        portabilité) : Hygie calcule les délais légaux de chaque demande, vous prévient à l’approche de l’échéance et
        prépare les courriers.
      </PageHeader>
      <Stack gap="lg">
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="registre-titre">
          <Title order={2} size="h3" id="registre-titre" mb="sm">
            Registre des demandes
          </Title>
          <Group gap="md" align="flex-end" mb="md">
            <NativeSelect
              label="Statut"
              value={filters.status}
              onChange={(event) =>
                setFilters((old) => ({ ...old, status: event.currentTarget.value as RequestStatus | '' }))
              }
              data={[
                { value: '', label: 'Tous' },
                ...REQUEST_STATUSES.map((value) => ({ value, label: STATUS_LABELS[value] })),
              ]}
            />
            <Checkbox
              label="En retard seulement"
              checked={filters.overdueOnly}
              onChange={(event) => setFilters((old) => ({ ...old, overdueOnly: event.currentTarget.checked }))}
              mb={8}
            />
          </Group>
          <ErrorAlert error={list.error} title="Le registre n’a pas pu être chargé" />
          {list.isPending && <Skeleton h={160} />}
          {overdue > 0 && (
            <Alert color="red" title="Demandes en retard" mb="md">
              {overdue === 1
                ? '1 demande a dépassé son délai légal : répondez sans attendre.'
                : `${overdue} demandes ont dépassé leur délai légal : répondez sans attendre.`}
            </Alert>
          )}
          {list.data && requests.length === 0 && (
            <Text>{filtered ? 'Aucune demande ne correspond à ces filtres.' : 'Aucune demande enregistrée.'}</Text>
          )}
          {requests.length > 0 && (
            <RequestsTable
              requests={requests}
              caption={`${requests.length} demande${requests.length > 1 ? 's' : ''}, de la plus récente à la plus ancienne`}
            />
          )}
        </Paper>
        {canManage(role) && (
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="nouvelle-titre">
            <Title order={2} size="h3" id="nouvelle-titre" mb="sm">
              Enregistrer une demande
            </Title>
            <NewRequestForm kind={kind} onKindChange={setKind} />
          </Paper>
        )}
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="guide-titre">
          <Title order={2} size="h3" id="guide-titre" mb="sm">
            Que faire pour une demande « {KIND_LABELS[kind]} » ?
          </Title>
          {!canManage(role) && (
            <NativeSelect
              label="Type de demande"
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as RequestKind)}
              data={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
              mb="sm"
              maw={360}
            />
          )}
          <Guidance kind={kind} />
        </Paper>
      </Stack>
    </>
  );
}
