import { Box, Checkbox, Stack, Text } from '@mantine/core';
import { parisTime } from './format.ts';
import type { IncidentView, NewStep } from './incidents-api.ts';

/**
 * The first gestures, in order, each with a checkbox: ticking records the time (shown beside it)
 * and who ticked it; unticking is recorded too.
 */
export function GestureChecklist({
  incident,
  onStep,
  pending,
}: {
  incident: IncidentView;
  onStep: (step: NewStep) => void;
  pending: boolean;
}) {
  return (
    <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {incident.playbook.gestures.map((gesture, index) => (
        <Box component="li" key={gesture.id}>
          <Checkbox
            size="md"
            checked={gesture.doneAt !== null}
            disabled={pending}
            onChange={(event) =>
              onStep({ kind: event.currentTarget.checked ? 'step_done' : 'step_undone', gestureId: gesture.id })
            }
            label={
              <Text span fw={gesture.doneAt ? 400 : 600}>
                {index + 1}. {gesture.text}
              </Text>
            }
            description={
              gesture.detail || gesture.doneAt ? (
                <>
                  {gesture.detail && (
                    <Text span display="block" size="sm">
                      {gesture.detail}
                    </Text>
                  )}
                  {gesture.doneAt && (
                    <Text span display="block" size="sm" fw={600} c="hygie.8">
                      Fait à {parisTime(gesture.doneAt)} par {gesture.doneBy}
                    </Text>
                  )}
                </>
              ) : undefined
            }
          />
        </Box>
      ))}
    </Stack>
  );
}
