import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { download } from '../../../api/client.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { Notice } from '../Notice.tsx';

/** The recovery kit PDF, with the warning that it holds the database key. */
export function RecoveryKit({ local }: { local: boolean }) {
  const kit = useMutation({ mutationFn: () => download('/v1/recovery-kit.pdf') });
  return (
    <Stack gap="sm" maw={640}>
      <Text>
        Le kit de secours explique comment retrouver Hygie et vos données après une panne, un vol ou un changement
        d’ordinateur.
      </Text>
      {local ? (
        <Notice title="Il contient la clé de votre base de données">
          Imprimez-le, écrivez-y votre phrase de passe à la main, rangez-le dans un coffre ou un tiroir fermé à clé,
          puis supprimez le fichier de l’ordinateur.
        </Notice>
      ) : (
        <Text>Imprimez-le et rangez-le avec vos documents importants, puis supprimez le fichier de l’ordinateur.</Text>
      )}
      <ErrorAlert error={kit.error} />
      {kit.isSuccess && <Text role="status">Kit téléchargé : pensez à l’imprimer puis à supprimer le fichier.</Text>}
      <Group>
        <Button variant="default" onClick={() => kit.mutate()} loading={kit.isPending}>
          Télécharger le kit de secours
        </Button>
      </Group>
    </Stack>
  );
}
