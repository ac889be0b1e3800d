import { SegmentedControl, useMatches } from '@mantine/core';
import { STATUS_LABELS } from '../../../../src/features/checklist/checklist-view.ts';
import { type AnswerStatus, type MeasureStatus, STATUS_ORDER } from './checklist-types.ts';

const OPTIONS = STATUS_ORDER.map((status) => ({ value: status, label: STATUS_LABELS[status] }));

/**
 * The five answers of a measure as one radio group named after the measure (arrow keys move).
 * A measure « sans réponse » has no option selected: any click, « À faire » included, answers it.
 */
export function StatusControl({
  title,
  value,
  onChange,
  disabled = false,
}: {
  title: string;
  value: AnswerStatus;
  onChange(status: MeasureStatus): void;
  disabled?: boolean;
}) {
  // Side by side on a wide screen, one under the other on a phone.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  return (
    <SegmentedControl
      aria-label={`Statut de la mesure : ${title}`}
      data={OPTIONS}
      // null (not undefined) keeps the control controlled with no option checked.
      value={value as string}
      onChange={(next) => onChange(next as MeasureStatus)}
      readOnly={disabled}
      color="hygie"
      autoContrast
      orientation={orientation}
      size="sm"
    />
  );
}
