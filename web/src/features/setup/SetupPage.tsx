import { Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { SetupDone } from './SetupDone.tsx';
import { SetupWizard } from './SetupWizard.tsx';

interface SetupStatus {
  needed: boolean;
  codeRequired: boolean;
}

/** Same key as the sign-in guard's, which sends a visitor here while no practice exists. */
const SETUP_KEY = ['setup'] as const;

/** /premiere-installation: the first-run wizard, or a note that Hygie is already set up. */
export function SetupPage() {
  const client = useQueryClient();
  const status = useQuery({ queryKey: SETUP_KEY, queryFn: () => api<SetupStatus>('/v1/setup') });
  const [created, setCreated] = useState(false);

  if (status.error) {
    return (
      <>
        <PageHeader title="Première installation" />
        <ErrorAlert error={status.error} title="Hygie ne répond pas" />
      </>
    );
  }
  if (!status.data) {
    return (
      <Center h={200}>
        <Loader aria-label="Chargement" />
      </Center>
    );
  }
  if (!status.data.needed && !created) {
    return <SetupDone />;
  }
  const codeRequired = status.data.codeRequired;
  return (
    <>
      <PageHeader title="Première installation">
        En trois étapes, créez votre cabinet dans Hygie et votre compte de titulaire. Comptez cinq minutes ; tout se
        modifie ensuite.
      </PageHeader>
      <SetupWizard
        codeRequired={codeRequired}
        onCreated={() => {
          setCreated(true);
          client.setQueryData<SetupStatus>(SETUP_KEY, { needed: false, codeRequired });
        }}
      />
    </>
  );
}
