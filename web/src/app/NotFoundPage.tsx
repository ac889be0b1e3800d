import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack py="xl">
      <Title order={1}>Page introuvable</Title>
      <Text>Cette adresse ne correspond à aucune page de Hygie.</Text>
      <Anchor component={Link} to="/">
        Revenir à l’accueil
      </Anchor>
    </Stack>
  );
}
