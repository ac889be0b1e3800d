import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ActivityList } from './ActivityList.tsx';
import { ImportSection } from './ImportSection.tsx';
import { Onboarding } from './Onboarding.tsx';
import { ReadOnlyNotice } from './ReadOnlyNotice.tsx';
import { RegisterDownloads } from './RegisterDownloads.tsx';
import { type RegisterList, useRegister } from './register-api.ts';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The register: the onboarding while it is empty, then its activities, documents and import. */
export function RegisterPage() {
  const register = useRegister();
  return (
    <>
      <PageHeader title="Registre des traitements">
        Le registre décrit chaque usage des données personnelles du cabinet : à quoi elles servent, qui y accède,
        combien de temps elles sont gardées et comment elles sont protégées. Il est obligatoire (RGPD, article 30) et se
        présente à la CNIL sur demande.
      </PageHeader>
      <ErrorAlert error={register.error} title="Le registre n’a pas pu être chargé" />
      {register.isPending && <Skeleton h={240} />}
      {register.data && <RegisterContent register={register.data} />}
    </>
  );
}

function RegisterContent({ register }: { register: RegisterList }) {
  const active = register.activities.filter((a) => a.status === 'active');
  const archived = register.activities.filter((a) => a.status === 'archived');
  if (register.activities.length === 0) {
    return register.canManage ? (
      <Onboarding />
    ) : (
      <Stack>
        <Text>Le registre est encore vide.</Text>
        <ReadOnlyNotice />
      </Stack>
    );
  }
  const { toComplete } = register.counts;
  return (
    <Stack gap="lg">
      {!register.canManage && <ReadOnlyNotice />}
      <Section id="activites-titre" title="Activités de traitement">
        <Text mb="md">
          {active.length} activité{active.length > 1 ? 's' : ''}
          {toComplete > 0 ? `, dont ${toComplete} à compléter.` : ', toutes complètes.'}
        </Text>
        <ActivityList activities={active} caption="Activités du registre, par numéro" />
        {register.canManage && (
          <Group mt="md">
            <Button component={Link} to="/registre/nouvelle" variant="default">
              Ajouter une activité
            </Button>
          </Group>
        )}
      </Section>
      {register.canManage && (
        <Section id="propositions-titre" title="Activités proposées par Hygie">
          <Onboarding compact />
        </Section>
      )}
      <Section id="documents-titre" title="Télécharger le registre">
        <RegisterDownloads />
      </Section>
      {archived.length > 0 && (
        <Section id="archives-titre" title="Activités archivées">
          <ActivityList activities={archived} caption="Activités archivées, gardées pour mémoire" />
        </Section>
      )}
      {register.canManage && (
        <Section id="import-titre" title="Importer un registre">
          <ImportSection />
        </Section>
      )}
    </Stack>
  );
}
