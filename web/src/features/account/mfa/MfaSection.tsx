import { Badge, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useAuth } from '../../../app/auth.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { MFA_KEY, type MfaSetup, type MfaStatus } from '../account-types.ts';
import { MfaEnrolment } from './MfaEnrolment.tsx';
import { MfaManage } from './MfaManage.tsx';
import { RecoveryCodesPanel } from './RecoveryCodesPanel.tsx';

function StatusBadge({ enabled }: { enabled: boolean }) {
  return (
    <Badge variant="filled" color={enabled ? 'hygie' : 'gray.8'} size="lg" tt="none">
      {enabled ? 'Activée' : 'Désactivée'}
    </Badge>
  );
}

/** Two-factor sign-in: status, enrolment with a QR code, recovery codes, turning it off. */
export function MfaSection() {
  const client = useQueryClient();
  const { refresh } = useAuth();
  const status = useQuery({ queryKey: MFA_KEY, queryFn: () => api<MfaStatus>('/v1/me/mfa') });
  const [codes, setCodes] = useState<string[] | null>(null);
  const setup = useMutation({ mutationFn: () => api<MfaSetup>('/v1/me/mfa/setup', { method: 'POST' }) });

  function showCodes(recoveryCodes: string[]) {
    setCodes(recoveryCodes);
    void client.invalidateQueries({ queryKey: MFA_KEY });
  }

  async function finish() {
    setCodes(null);
    setup.reset();
    await refresh();
  }

  function body() {
    if (codes) return <RecoveryCodesPanel codes={codes} onDone={() => void finish()} />;
    if (!status.data) return status.isPending ? <Skeleton h={80} /> : null;
    if (status.data.enabled) return <MfaManage status={status.data} onNewCodes={showCodes} />;
    if (setup.data) return <MfaEnrolment setup={setup.data} onEnabled={showCodes} onCancel={() => setup.reset()} />;
    return (
      <Stack gap="sm">
        <Text maw={720}>
          En plus de votre mot de passe, Hygie vous demandera à chaque connexion un code à 6 chiffres affiché par une
          application d’authentification sur votre téléphone (par exemple celle que vous utilisez déjà pour un autre
          service). Ainsi, un mot de passe volé ne suffit plus pour entrer dans Hygie.
        </Text>
        <ErrorAlert error={setup.error} />
        <Group>
          <Button onClick={() => setup.mutate()} loading={setup.isPending}>
            Activer
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <PageSection id="double-authentification" title="Double authentification">
      {status.data && (
        <Group gap="xs" mb="sm">
          <Text fw={500}>État :</Text>
          <StatusBadge enabled={status.data.enabled} />
        </Group>
      )}
      <ErrorAlert error={status.error} title="L’état de la double authentification n’a pas pu être chargé" />
      {body()}
    </PageSection>
  );
}
