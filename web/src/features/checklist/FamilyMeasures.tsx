import { Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { allows } from '../../../../src/server/permissions.ts';
import { useAuth } from '../../app/auth.tsx';
import type { ChecklistView, FamilyView, MeasureView } from './checklist-types.ts';
import { FamilyDoneButton } from './FamilyDoneButton.tsx';
import { plural } from './format.ts';
import { MeasureCard } from './MeasureCard.tsx';

/** « 8 mesures, 3 sans réponse » for a family's measures that apply. */
function familyCount(all: readonly MeasureView[]): string {
  const applicable = all.filter((m) => m.applies);
  const unanswered = applicable.filter((m) => m.status === null).length;
  const count = plural(applicable.length, 'mesure vous concerne', 'mesures vous concernent');
  if (applicable.length === 0) return 'Aucune mesure ne vous concerne.';
  if (unanswered > 0) return `${count}, dont ${unanswered} sans réponse.`;
  return applicable.length === 1 ? `${count}, répondue.` : `${count}, toutes répondues.`;
}

/**
 * A family's heading, what it covers and where it stands; its measures once opened (closed by
 * default, so the page stays short), and « tout est fait dans cette famille ».
 */
export function FamilyMeasures({
  family,
  measures,
  checklist,
  opened,
  onToggle,
  readOnlyReason,
  highlighted,
}: {
  family: FamilyView;
  /** The family's measures that pass the filters. */
  measures: MeasureView[];
  checklist: ChecklistView;
  opened: boolean;
  onToggle(): void;
  readOnlyReason: string;
  highlighted: string | undefined;
}) {
  const { me } = useAuth();
  const titleId = `famille-${family.id}`;
  const listId = `${titleId}-mesures`;
  const all = checklist.measures.filter((m) => m.family === family.id);
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby={titleId}
      id={`${titleId}-section`}
      style={{ scrollMarginTop: 80 }}
    >
      <Paper withBorder p="md">
        <Stack gap={6}>
          <Title order={2} size="h3" id={titleId}>
            {family.label}
          </Title>
          <Text size="sm">{family.description}</Text>
          <Text size="sm" fw={600}>
            {familyCount(all)}
          </Text>
          <Group gap="sm">
            <Button
              variant="light"
              size="compact-sm"
              aria-expanded={opened}
              aria-controls={listId}
              onClick={onToggle}
              rightSection={<span aria-hidden="true">{opened ? '▴' : '▾'}</span>}
            >
              {opened ? 'Masquer' : 'Afficher'} {measures.length > 1 ? `les ${measures.length} mesures` : 'la mesure'}
              <VisuallyHidden> : {family.label}</VisuallyHidden>
            </Button>
            {allows('checklist.answer_all', me.user.role) && <FamilyDoneButton family={family} measures={all} />}
          </Group>
        </Stack>
      </Paper>
      <Stack gap="sm" id={listId}>
        {opened &&
          measures.map((measure) => (
            <MeasureCard
              key={measure.id}
              measure={measure}
              assignees={checklist.assignees}
              readOnlyReason={readOnlyReason}
              highlighted={measure.id === highlighted}
            />
          ))}
      </Stack>
    </Stack>
  );
}
