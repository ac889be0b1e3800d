import { Alert, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ProcessorCard } from './ProcessorCard.tsx';
import { ProcessorForm } from './ProcessorForm.tsx';
import { canManage, useProcessors } from './processors-api.ts';

/** The practice's processors, their warnings, and the form to add one. */
export function ProcessorsPage() {
  const role = useRole();
  const manage = canManage(role);
  const list = useProcessors();
  const [editing, setEditing] = useState<string | null>(null);
  const processors = list.data?.processors ?? [];
  const flagged = processors.filter((p) => p.warnings.length > 0).length;
  return (
    <>
      <PageHeader title="Sous-traitants">
        Les prestataires qui traitent les données de vos patients pour le cabinet : éditeur du logiciel, hébergeur,
        sauvegarde en ligne, prise de rendez-vous… Hygie vérifie leur certificat d’hébergeur de données de santé, le
        lieu d’hébergement et le contrat.
      </PageHeader>
      <Stack gap="lg">
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="liste-titre">
          <Title order={2} size="h3" id="liste-titre" mb="sm">
            Vos sous-traitants
          </Title>
          <ErrorAlert error={list.error} title="La liste n’a pas pu être chargée" />
          {list.isPending && <Skeleton h={160} />}
          {flagged > 0 && (
            <Alert color="red" title="À traiter" mb="md">
              {flagged === 1
                ? '1 sous-traitant demande votre attention.'
                : `${flagged} sous-traitants demandent votre attention.`}
            </Alert>
          )}
          {list.data && processors.length === 0 && <Text>Aucun sous-traitant enregistré.</Text>}
          <Stack gap="md">
            {processors.map((processor) =>
              editing === processor.id ? (
                <Paper key={processor.id} withBorder p="md">
                  <ProcessorForm processor={processor} onDone={() => setEditing(null)} />
                </Paper>
              ) : (
                <ProcessorCard
                  key={processor.id}
                  processor={processor}
                  canManage={manage}
                  onEdit={() => setEditing(processor.id)}
                />
              ),
            )}
          </Stack>
        </Paper>
        {manage ? (
          <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="ajout-titre">
            <Title order={2} size="h3" id="ajout-titre" mb="sm">
              Ajouter un sous-traitant
            </Title>
            <ProcessorForm onDone={() => undefined} />
          </Paper>
        ) : (
          <Text size="sm" c="dimmed">
            Le titulaire et les praticiens tiennent cette liste à jour.
          </Text>
        )}
      </Stack>
    </>
  );
}
