import { Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { ExportSection } from './ExportSection.tsx';
import { PracticeForm } from './PracticeForm.tsx';
import { PracticeSummary } from './PracticeSummary.tsx';
import { PRACTICE_KEY, type PracticeView } from './practice-form.ts';

/** « Cabinet »: the practice profile, editable by the titulaire, read-only for everyone else. */
export function PracticePage() {
  const { me } = useAuth();
  const location = useLocation();
  const practice = useQuery({ queryKey: PRACTICE_KEY, queryFn: () => api<PracticeView>('/v1/practice') });
  const canEdit = me.user.role === 'owner';

  // The home page links to /cabinet#securite: scroll there once the profile is shown.
  useEffect(() => {
    if (!practice.data || !location.hash) return;
    document.getElementById(location.hash.slice(1))?.scrollIntoView({ block: 'start' });
  }, [practice.data, location.hash]);

  return (
    <>
      <PageHeader title="Cabinet">
        Ce que Hygie sait de votre cabinet. Ces réponses adaptent les conseils, le registre et les rappels à votre façon
        de travailler : gardez-les à jour quand quelque chose change.
      </PageHeader>
      <ErrorAlert error={practice.error} title="Le profil du cabinet n’a pas pu être chargé" />
      {practice.isPending && <Skeleton h={320} />}
      {practice.data &&
        (canEdit ? <PracticeForm practice={practice.data} /> : <PracticeSummary practice={practice.data} />)}
      {practice.data && canEdit && (
        <Stack gap="lg" maw={760} mt="lg">
          <ExportSection />
        </Stack>
      )}
    </>
  );
}
