import { Stack, Text, Title } from '@mantine/core';
import type { ChecklistView, FamilyView, MeasureView } from './checklist-types.ts';
import { MeasureCard } from './MeasureCard.tsx';

/** A family's heading, what it covers, and its measures. */
export function FamilyMeasures({
  family,
  measures,
  assignees,
  readOnlyReason,
  highlighted,
}: {
  family: FamilyView;
  measures: MeasureView[];
  assignees: ChecklistView['assignees'];
  readOnlyReason: string;
  highlighted: string | undefined;
}) {
  const titleId = `famille-${family.id}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <div>
        <Title order={2} size="h3" id={titleId}>
          {family.label}
        </Title>
        <Text size="sm">{family.description}</Text>
      </div>
      {measures.map((measure) => (
        <MeasureCard
          key={measure.id}
          measure={measure}
          assignees={assignees}
          readOnlyReason={readOnlyReason}
          highlighted={measure.id === highlighted}
        />
      ))}
    </Stack>
  );
}
