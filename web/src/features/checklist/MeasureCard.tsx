import { Badge, Button, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { originText } from '../../../../src/features/checklist/answer-origin.ts';
import { notApplicableDetail } from '../../../../src/features/checklist/applicability.ts';
import { statusLabel } from '../../../../src/features/checklist/checklist-view.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSaveMeasure } from './checklist-api.ts';
import type { ChecklistView, MeasureView } from './checklist-types.ts';
import { measureAnchor } from './format.ts';
import { MeasureDetails } from './MeasureDetails.tsx';
import { MeasureMeta } from './MeasureMeta.tsx';
import { ObservedAnswer } from './ObservedAnswer.tsx';
import { RecurrenceLine } from './RecurrenceLine.tsx';
import { StatusControl } from './StatusControl.tsx';

/** One measure: its title and badges, its answer (saved at once), and its details on demand. */
export function MeasureCard({
  measure,
  assignees,
  readOnlyReason,
  highlighted = false,
}: {
  measure: MeasureView;
  assignees: ChecklistView['assignees'];
  /** Why this person cannot change the measure, when they cannot. */
  readOnlyReason: string;
  /** Reached by a link from the plan: its details open at once. */
  highlighted?: boolean;
}) {
  const save = useSaveMeasure(measure.id);
  const titleId = `${measureAnchor(measure.id)}-titre`;
  // Shown as chosen while the server saves it; back to the saved one if it refuses.
  const status = save.isPending && save.variables?.status !== undefined ? save.variables.status : measure.status;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      id={measureAnchor(measure.id)}
      aria-labelledby={titleId}
      style={highlighted ? { borderColor: 'var(--mantine-color-hygie-8)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id={titleId}>
            {measure.title}
          </Title>
          {measure.applies && status === null && (
            <Badge color="red.9" variant="outline" tt="none" style={{ flexShrink: 0 }}>
              Sans réponse
            </Badge>
          )}
        </Group>
        <MeasureMeta measure={measure} />
        {!measure.applies ? (
          <Text size="sm">
            <Text span fw={600}>
              Ne s’applique pas :
            </Text>{' '}
            {notApplicableDetail(measure.notApplicableReason)}
          </Text>
        ) : measure.observation && (measure.origin === 'observed' || measure.overridesObservation) ? (
          <ObservedAnswer measure={measure} />
        ) : measure.canEdit ? (
          <Group gap="xs" align="center">
            <StatusControl
              title={measure.title}
              value={status}
              onChange={(next) => save.mutate({ status: next })}
              disabled={save.isPending}
            />
            {status !== null && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => save.mutate({ status: null })}
                disabled={save.isPending}
              >
                Effacer la réponse<VisuallyHidden> : {measure.title}</VisuallyHidden>
              </Button>
            )}
          </Group>
        ) : (
          <Text size="sm">
            <Text span fw={600}>
              Statut :
            </Text>{' '}
            {statusLabel(measure.status)}
          </Text>
        )}
        {(measure.origin === 'first_pass' || (measure.origin === 'person' && !measure.overridesObservation)) && (
          <Text size="sm" c="dimmed">
            {originText(measure)}
          </Text>
        )}
        {save.isPending && (
          <Text size="sm" role="status">
            Enregistrement…
          </Text>
        )}
        <ErrorAlert error={save.error} title="La réponse n’a pas été enregistrée" />
        {measure.recurrence && measure.applies && <RecurrenceLine recurrence={measure.recurrence} />}
        <Disclosure
          defaultOpened={highlighted}
          label={
            <>
              Détails<VisuallyHidden> : {measure.title}</VisuallyHidden>
            </>
          }
        >
          <MeasureDetails measure={measure} assignees={assignees} readOnlyReason={readOnlyReason} />
        </Disclosure>
      </Stack>
    </Paper>
  );
}
