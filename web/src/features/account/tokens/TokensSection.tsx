import { Skeleton, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { PageSection } from '../../../components/PageSection.tsx';
import { type ApiToken, type CreatedToken, TOKENS_KEY } from '../account-types.ts';
import { NewTokenAlert } from './NewTokenAlert.tsx';
import { RevokeTokenModal } from './RevokeTokenModal.tsx';
import { TokenCreateForm } from './TokenCreateForm.tsx';
import { TokensTable } from './TokensTable.tsx';

/** API tokens: create one (shown once), see them all, revoke. */
export function TokensSection() {
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: () => api<ApiToken[]>('/v1/me/tokens') });
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  return (
    <PageSection
      id="jetons"
      title="Jetons d’accès"
      intro="Un jeton permet de connecter un autre logiciel à Hygie : il agit en votre nom, avec exactement vos droits."
    >
      <Stack gap="lg">
        <div>
          <Title order={3} size="h4" mb="sm">
            Créer un jeton
          </Title>
          {created ? (
            <NewTokenAlert token={created} onClose={() => setCreated(null)} />
          ) : (
            <TokenCreateForm onCreated={setCreated} />
          )}
        </div>
        <div>
          <Title order={3} size="h4" mb="sm">
            Vos jetons
          </Title>
          <ErrorAlert error={tokens.error} title="La liste des jetons n’a pas pu être chargée" />
          {tokens.isPending && <Skeleton h={80} />}
          {tokens.data && <TokensTable tokens={tokens.data} onRevoke={setRevoking} />}
        </div>
      </Stack>
      <RevokeTokenModal token={revoking} onClose={() => setRevoking(null)} />
    </PageSection>
  );
}
