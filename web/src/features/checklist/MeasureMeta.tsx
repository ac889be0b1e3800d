import { Badge, Group, Text, VisuallyHidden } from '@mantine/core';
import { LEVEL_LABELS, PRIORITY_LABELS } from '../../../../src/features/checklist/checklist-view.ts';
import type { MeasureView } from './checklist-types.ts';
import { shortDate, storageLetters } from './format.ts';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Level, « nouveau », the Mémento's L/C/P columns when the measure concerns only some, and who does it by when. */
export function MeasureMeta({ measure }: { measure: MeasureView }) {
  const storage = storageLetters(measure);
  const follow = [
    measure.assignee && `Confiée à ${measure.assignee.name}`,
    measure.dueDate && `à faire avant le ${shortDate(measure.dueDate)}`,
    measure.priority && `priorité ${PRIORITY_LABELS[measure.priority].toLowerCase()}`,
  ].filter(Boolean);
  return (
    <>
      <Group gap="xs">
        <Badge variant={measure.level === 'essential' ? 'filled' : 'outline'} color="hygie" tt="none">
          {LEVEL_LABELS[measure.level]}
        </Badge>
        {measure.isNew && (
          <Badge variant="filled" color="indigo.9" tt="none">
            Nouveau
          </Badge>
        )}
        {/* Most measures concern every place data are kept: only the others say which. */}
        {measure.storage && (
          <Text size="sm">
            <span aria-hidden="true">Données : {storage.letters}</span>
            <VisuallyHidden>Concerne les données conservées {storage.words}</VisuallyHidden>
          </Text>
        )}
      </Group>
      {follow.length > 0 && <Text size="sm">{capitalised(follow.join(' · '))}</Text>}
    </>
  );
}
