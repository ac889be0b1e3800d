import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useRouteError } from 'react-router';

/** Shown when a page fails unexpectedly: what happened, and a way to carry on. */
export function ErrorPage() {
  const error = useRouteError();
  return (
    <Container size="sm" py="xl" component="main">
      <Stack>
        <Title order={1}>Cette page n’a pas pu s’afficher</Title>
        <Text>{error instanceof Error ? error.message : 'Une erreur inattendue est survenue.'}</Text>
        <Text c="dimmed">Rechargez la page ; si le problème continue, contactez votre support.</Text>
        <Button onClick={() => window.location.assign('/')} w="fit-content">
          Revenir à l’accueil
        </Button>
      </Stack>
    </Container>
  );
}
