import { Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ScoresView } from './checklist-types.ts';
import { plural } from './format.ts';

/** One bar per family, with its score written beside it. */
export function FamilyScores({ scores }: { scores: ScoresView }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="familles-titre">
      <Title order={2} size="h3" id="familles-titre" mb="sm">
        Note par famille
      </Title>
      {scores.families.length === 0 ? (
        <Text size="sm">Aucune famille n’a encore de note.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="sm">
          {scores.families.map((family) => (
            <Stack gap={4} key={family.family}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={600}>
                  {family.label}
                </Text>
                <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {family.score} sur 100
                </Text>
              </Group>
              <Progress value={family.score} aria-label={`Note de la famille ${family.label}`} size="md" />
              {family.unknownCount > 0 && (
                <Text size="xs">Dont {plural(family.unknownCount, 'réponse', 'réponses')} « Je ne sais pas ».</Text>
              )}
              {family.unanswered > 0 && (
                <Text size="xs">Dont {plural(family.unanswered, 'mesure sans réponse', 'mesures sans réponse')}.</Text>
              )}
            </Stack>
          ))}
        </SimpleGrid>
      )}
    </Paper>
  );
}
