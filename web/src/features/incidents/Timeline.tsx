import { Box, Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { parisDateTime } from './format.ts';
import type { NewStep, TimelineEventView } from './incidents-api.ts';

/** What a timeline line says beyond its label: the gesture, the contact or the text. */
function detailOf(event: TimelineEventView): string | null {
  if (event.gestureText) return event.gestureText;
  if (event.contactName) return event.contactName;
  return event.text;
}

/** Every step, note and decision with its time and author, oldest first. */
export function Timeline({ events }: { events: readonly TimelineEventView[] }) {
  return (
    <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Chronologie de l’incident">
      {events.map((event) => {
        const detail = detailOf(event);
        return (
          <Box component="li" key={event.id} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
            <Text size="sm" c="dimmed">
              <time dateTime={event.at}>{parisDateTime(event.at)}</time> — {event.author.name}
            </Text>
            <Text>
              <Text span fw={700}>
                {event.label}
              </Text>
              {detail ? ` : ${detail}` : ''}
            </Text>
            {event.text && detail !== event.text && <Text style={{ whiteSpace: 'pre-wrap' }}>{event.text}</Text>}
          </Box>
        );
      })}
    </Stack>
  );
}

/** Adds a note or a decision to the timeline. */
export function NoteForm({
  onAdd,
  pending,
  error,
}: {
  onAdd: (step: NewStep, done: () => void) => void;
  pending: boolean;
  error: unknown;
}) {
  const [kind, setKind] = useState<'note' | 'decision'>('note');
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onAdd({ kind, text }, () => setText(''));
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={720}>
        <ErrorAlert error={formError(error, ['text'])} title="La note n’a pas pu être ajoutée" />
        <Radio.Group
          label="Ajouter à la chronologie"
          value={kind}
          onChange={(value) => setKind(value as 'note' | 'decision')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="note" label="Une note (ce que vous constatez, ce qui est fait)" />
            <Radio value="decision" label="Une décision" />
          </Group>
        </Radio.Group>
        <Textarea
          label={kind === 'note' ? 'Note' : 'Décision'}
          description="Évitez de nommer des patients : décrivez plutôt le nombre et le type de dossiers."
          autosize
          minRows={2}
          maxLength={4000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={fieldError(error, 'text')}
        />
        <Button type="submit" w="fit-content" loading={pending}>
          {kind === 'note' ? 'Ajouter la note' : 'Ajouter la décision'}
        </Button>
      </Stack>
    </form>
  );
}
