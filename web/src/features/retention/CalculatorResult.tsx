import { Badge, Group, List, Paper, Text } from '@mantine/core';
import { ACTION_COLORS, ACTION_LABELS, frenchDay } from './format.ts';
import type { RetentionDecision } from './retention-types.ts';

/** The calculator’s answer, announced to screen readers when it appears. */
export function CalculatorResult({ decision }: { decision: RetentionDecision }) {
  return (
    <Paper withBorder p="md" mt="md" bg="gray.0" role="status" aria-live="polite">
      <Group gap="sm" mb="xs">
        <Text fw={600}>Résultat :</Text>
        <Badge color={ACTION_COLORS[decision.action]} variant="filled" tt="none" size="lg" radius="sm">
          {ACTION_LABELS[decision.action]}
        </Badge>
      </Group>
      <List size="sm" spacing={4} mb="sm">
        {decision.archiveDate && (
          <List.Item>Archive intermédiaire à partir du {frenchDay(decision.archiveDate)}</List.Item>
        )}
        {decision.endDate && <List.Item>Fin de conservation : {frenchDay(decision.endDate)}</List.Item>}
        {decision.nextDate && decision.action !== 'destroy' && (
          <List.Item>Prochaine étape : {frenchDay(decision.nextDate)}</List.Item>
        )}
        <List.Item>Règle appliquée : {decision.rule}</List.Item>
      </List>
      <Text size="sm">{decision.reason}</Text>
    </Paper>
  );
}
