import { Anchor, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { EFFORT_LABELS } from '../../../../src/features/checklist/checklist-view.ts';
import { EvidenceDisclosure } from '../evidence/EvidenceDisclosure.tsx';
import type { ChecklistView, MeasureView } from './checklist-types.ts';
import { MeasureForm } from './MeasureForm.tsx';
import { MeasureHistoryList } from './MeasureHistoryList.tsx';

/** Why the measure matters, how to do it, where it comes from; the follow-up form and the changes. */
export function MeasureDetails({
  measure,
  assignees,
  readOnlyReason,
}: {
  measure: MeasureView;
  assignees: ChecklistView['assignees'];
  readOnlyReason: string;
}) {
  return (
    <Stack gap="sm">
      <div>
        <Title order={4} size="h6">
          Pourquoi
        </Title>
        <Text size="sm">{measure.why}</Text>
      </div>
      <div>
        <Title order={4} size="h6">
          Comment faire
        </Title>
        <List type="ordered" size="sm" spacing={4}>
          {measure.how.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
        <Text size="sm" mt={4}>
          Effort : {EFFORT_LABELS[measure.effort].toLowerCase()}.
        </Text>
      </div>
      {measure.sources.length > 0 && (
        <div>
          <Title order={4} size="h6">
            Sources
          </Title>
          <List size="sm" spacing={4}>
            {measure.sources.map((source) => (
              <List.Item key={source.label}>
                {source.url ? (
                  <Anchor href={source.url} target="_blank" rel="noopener noreferrer" size="sm" underline="always">
                    {source.label}
                    <VisuallyHidden> (s’ouvre dans un nouvel onglet)</VisuallyHidden>
                  </Anchor>
                ) : (
                  source.label
                )}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Title order={4} size="h6" mb={4}>
          Suivi
        </Title>
        {measure.canEdit ? (
          <MeasureForm measure={measure} assignees={assignees} />
        ) : (
          <Stack gap={4}>
            <Text size="sm">{readOnlyReason}</Text>
            <Text size="sm">Commentaire : {measure.comment ?? 'aucun'}</Text>
            <Text size="sm">Justificatif : {measure.evidence ?? 'aucun'}</Text>
          </Stack>
        )}
        <EvidenceDisclosure type="measure" id={measure.id} label={measure.title} canManage={measure.canEdit} />
      </div>
      <div>
        <Title order={4} size="h6" mb={4}>
          Historique des modifications
        </Title>
        <MeasureHistoryList id={measure.id} />
      </div>
    </Stack>
  );
}
