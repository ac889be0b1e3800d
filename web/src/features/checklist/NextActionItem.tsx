import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { EFFORT_LABELS, LEVEL_LABELS } from '../../../../src/features/checklist/checklist-view.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSaveMeasure } from './checklist-api.ts';
import type { PlanEntryView } from './checklist-types.ts';
import { measureAnchor, shortDate } from './format.ts';

/** One of the next actions: what and why, « Marquer comme fait », and the way to its details. */
export function NextActionItem({ entry, onDone }: { entry: PlanEntryView; onDone(title: string): void }) {
  const save = useSaveMeasure(entry.id);
  const titleId = `action-${entry.id}`;
  return (
    <Paper withBorder p="md" component="li" style={{ listStyle: 'none' }}>
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Text fw={700} fz="lg" lh={1.3} aria-hidden="true" miw={24}>
            {entry.rank}.
          </Text>
          <Title order={3} size="h5" id={titleId}>
            <VisuallyHidden>Action n° {entry.rank} : </VisuallyHidden>
            {entry.title}
          </Title>
        </Group>
        <Group gap="xs">
          <Badge variant={entry.level === 'essential' ? 'filled' : 'outline'} color="hygie" tt="none">
            {LEVEL_LABELS[entry.level]}
          </Badge>
          <Text size="sm">Effort : {EFFORT_LABELS[entry.effort].toLowerCase()}</Text>
          {entry.dueDate && <Text size="sm">· à faire avant le {shortDate(entry.dueDate)}</Text>}
          {entry.assignee && <Text size="sm">· confiée à {entry.assignee.name}</Text>}
        </Group>
        <Text size="sm">{entry.why}</Text>
        <ErrorAlert error={save.error} title="La mesure n’a pas été marquée comme faite" />
        <Group gap="sm">
          {entry.canEdit && (
            <Button
              size="sm"
              loading={save.isPending}
              onClick={() => save.mutate({ status: 'done' }, { onSuccess: () => onDone(entry.title) })}
            >
              Marquer comme fait<VisuallyHidden> : {entry.title}</VisuallyHidden>
            </Button>
          )}
          <Anchor component={Link} to={`/diagnostic#${measureAnchor(entry.id)}`} size="sm" underline="always">
            Voir le détail dans le diagnostic<VisuallyHidden> : {entry.title}</VisuallyHidden>
          </Anchor>
        </Group>
      </Stack>
    </Paper>
  );
}
