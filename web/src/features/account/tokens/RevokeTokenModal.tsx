import { Button, Group, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.ts';
import { Dialog } from '../../../components/Dialog.tsx';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { type ApiToken, TOKENS_KEY } from '../account-types.ts';

/**
 * Asks before revoking a token: the software that uses it loses access at once.
 */
export function RevokeTokenModal({ token, onClose }: { token: ApiToken | null; onClose(): void }) {
  const client = useQueryClient();
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/v1/me/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: TOKENS_KEY });
      close();
    },
  });

  function close() {
    revoke.reset();
    onClose();
  }

  return (
    <Dialog opened={token !== null} onClose={close} title="Révoquer ce jeton ?" size="md">
      {token && (
        <>
          <Text mb="md">
            Le jeton « {token.name} » cessera aussitôt de fonctionner : le logiciel qui l’utilise n’aura plus accès à
            Hygie. Cette action est définitive.
          </Text>
          <ErrorAlert error={revoke.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Annuler
            </Button>
            <Button color="red.9" loading={revoke.isPending} onClick={() => revoke.mutate(token.id)}>
              Révoquer le jeton
            </Button>
          </Group>
        </>
      )}
    </Dialog>
  );
}
