import { Alert, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { InstanceStatus } from './InstanceStatus.tsx';

interface Instance {
  version: string;
  database: 'sqlite' | 'postgres';
  createdAt: string;
}

const pillars = [
  {
    title: 'Hygiène informatique',
    text: 'Les bons gestes pour vos postes, vos sauvegardes, vos mots de passe et votre messagerie, adaptés à votre cabinet.',
  },
  {
    title: 'Conformité RGPD',
    text: 'Le registre de vos traitements, l’information de vos patients et la preuve, à tout moment, de ce que vous avez fait.',
  },
  {
    title: 'En cas d’incident',
    text: 'Les premiers réflexes, les personnes à appeler et les délais à tenir, sans paniquer.',
  },
];

export function WelcomePage() {
  const instance = useQuery({ queryKey: ['instance'], queryFn: () => api<Instance>('/v1/instance') });
  return (
    <Stack gap="xl" py="lg">
      <Stack gap="xs">
        <Title order={1}>Bienvenue dans Hygie</Title>
        <Text size="lg">
          Hygie accompagne les cabinets de santé libéraux pour protéger les données de leurs patients et respecter le
          RGPD, en français simple et sans jargon.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {pillars.map((pillar) => (
          <Card key={pillar.title} withBorder padding="lg">
            <Title order={2} size="h4" mb="xs">
              {pillar.title}
            </Title>
            <Text>{pillar.text}</Text>
          </Card>
        ))}
      </SimpleGrid>
      {instance.isError && (
        <Alert color="red" title="Hygie ne répond pas">
          {instance.error.message}
        </Alert>
      )}
      {instance.data && <InstanceStatus {...instance.data} />}
      <Stack gap="xs">
        <Title order={2} size="h3">
          Vos données restent chez vous
        </Title>
        <List spacing="xs">
          <List.Item>Sur votre ordinateur, la base de Hygie est chiffrée : sans sa clé, elle est illisible.</List.Item>
          <List.Item>Hygie ne demande jamais le dossier médical d’un patient : il n’en a pas besoin.</List.Item>
          <List.Item>Chaque action importante est tracée dans un journal que vous pouvez vérifier.</List.Item>
        </List>
      </Stack>
    </Stack>
  );
}
