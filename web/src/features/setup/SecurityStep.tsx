import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { download } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Step 3, « Sécurité »: the recovery kit to print, then two-factor authentication now or later. */
export function SecurityStep({ me }: { me: Me }) {
  const kit = useMutation({ mutationFn: () => download('/v1/recovery-kit.pdf') });
  const [later, setLater] = useState(false);
  return (
    <Stack gap="lg">
      <Alert color="hygie" variant="outline" title="Votre cabinet est créé">
        « {me.practice.name} » est prêt et vous êtes connecté(e) comme titulaire. Deux précautions, maintenant ou plus
        tard.
      </Alert>
      <Stack gap="xs" component="section" aria-labelledby="setup-kit">
        <Title order={3} size="h4" id="setup-kit">
          1. Imprimez votre kit de secours
        </Title>
        <Text>
          Il dit où sont vos données et comment les retrouver après une panne, un vol ou une attaque. Imprimez-le et
          rangez-le sous clé : il ouvre vos données.
        </Text>
        <ErrorAlert error={kit.error} title="Le kit de secours n’a pas pu être téléchargé" />
        <Button w="fit-content" loading={kit.isPending} onClick={() => kit.mutate()}>
          Télécharger le kit de secours
        </Button>
        {kit.isSuccess && (
          <Alert color="hygie" variant="outline" title="Kit de secours téléchargé">
            Ouvrez le fichier PDF, imprimez-le, puis supprimez-le de l’ordinateur une fois le papier rangé.
          </Alert>
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="setup-mfa">
        <Title order={3} size="h4" id="setup-mfa">
          2. Activez la double authentification
        </Title>
        <Text>
          En plus du mot de passe, un code à 6 chiffres affiché par votre téléphone : un mot de passe volé ne suffit
          plus. Deux minutes. Sinon, un rappel reste sur votre page d’accueil.
        </Text>
        <Group gap="sm">
          <Button component={Link} to="/mon-compte#double-authentification">
            Activer maintenant
          </Button>
          <Button variant="default" onClick={() => setLater(true)}>
            Plus tard
          </Button>
        </Group>
        {later && (
          <Alert color="hygie" variant="outline" title="C’est noté">
            Un rappel restera sur votre page d’accueil jusqu’à ce que vous activiez la double authentification, depuis «
            Mon compte ».
          </Alert>
        )}
      </Stack>
      <Group justify="flex-end">
        <Button component={Link} to="/" size="md">
          Accéder à Hygie
        </Button>
      </Group>
    </Stack>
  );
}
