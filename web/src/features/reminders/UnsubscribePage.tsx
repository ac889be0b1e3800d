import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { readLinkToken } from '../signin/link-token.ts';

const WHAT: Record<string, string> = {
  digest: 'le point régulier de ce qui est à faire',
  alerts: 'les alertes (violation de données, demandes de patients)',
  anchor: 'le code de contrôle mensuel du journal',
};

/**
 * `/desabonnement#<token>`: stops one kind of reminder e-mail without signing in. A button, not
 * the link itself, does it: mail filters open links to check them, and must not unsubscribe.
 */
export function UnsubscribePage() {
  const [token] = useState(() => readLinkToken());
  const stop = useMutation({
    mutationFn: () => api<{ what: string }>('/v1/reminders/unsubscribe', { method: 'POST', body: { token } }),
  });
  return (
    <>
      <PageHeader title="Ne plus recevoir ces e-mails">
        Ce lien vient d’un e-mail de rappel de Hygie. Vous pourrez changer d’avis à tout moment dans « Mon compte ».
      </PageHeader>
      {stop.data ? (
        <Alert color="green.9" title="C’est fait">
          Vous ne recevrez plus {WHAT[stop.data.what] ?? 'ces e-mails'}. Pour les recevoir de nouveau, connectez-vous à
          Hygie et ouvrez « Mon compte », partie « Mes rappels par e-mail ».
        </Alert>
      ) : (
        <Stack gap="md" maw={640}>
          <ErrorAlert error={stop.error} title="Désabonnement impossible" />
          {!token && <Text>Le lien est incomplet : copiez-le en entier depuis l’e-mail.</Text>}
          <Button onClick={() => stop.mutate()} loading={stop.isPending} disabled={!token} w="fit-content">
            Ne plus recevoir ces e-mails
          </Button>
        </Stack>
      )}
    </>
  );
}
