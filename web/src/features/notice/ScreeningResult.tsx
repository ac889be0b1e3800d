import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ScreeningOutcome, ScreeningResult } from '../../../../src/features/screening/screening.ts';

export const KIND_TITLES = {
  dpo: 'Délégué à la protection des données (DPO)',
  dpia: 'Analyse d’impact (AIPD)',
} as const;

const COLORS: Record<ScreeningResult, string> = {
  obligatoire: 'red.9',
  recommandé: 'blue.9',
  'non obligatoire': 'teal.9',
};

/** One questionnaire's result: the verdict in words, then each reason with its sources. */
export function ScreeningResultCard({
  outcome,
  headingLevel = 3,
}: {
  outcome: ScreeningOutcome;
  headingLevel?: 3 | 4;
}) {
  const headingId = `resultat-${outcome.kind}-${headingLevel}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={headingLevel} size="h4" id={headingId}>
            {KIND_TITLES[outcome.kind]}
          </Title>
          <Badge color={COLORS[outcome.result]} variant="filled" tt="none">
            {outcome.result}
          </Badge>
        </Group>
        <Text fw={600}>{outcome.summary}</Text>
        <List size="sm" spacing={6}>
          {outcome.reasons.map((reason) => (
            <List.Item key={reason.text}>
              {reason.text}
              <Text size="xs" c="dimmed">
                Source : {reason.sources.map((source) => source.label).join(' ; ')}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
