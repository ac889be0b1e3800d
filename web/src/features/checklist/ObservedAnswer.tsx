import { Anchor, Button, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { STATUS_LABELS, statusLabel } from '../../../../src/features/checklist/checklist-view.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSaveMeasure } from './checklist-api.ts';
import { type MeasureStatus, type MeasureView, STATUS_ORDER } from './checklist-types.ts';

/**
 * A measure Hygie answers itself: the fact and its link; the person may correct it (a new status
 * and a comment saying why), and go back to Hygie's observation later.
 */
export function ObservedAnswer({ measure }: { measure: MeasureView }) {
  const save = useSaveMeasure(measure.id);
  const [status, setStatus] = useState<MeasureStatus>('partial');
  const [comment, setComment] = useState('');
  const observation = measure.observation;
  if (!observation) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ status, comment, overridesObservation: true });
  };
  const fact = (
    <>
      {observation.fact}{' '}
      <Anchor component={Link} to={observation.href} underline="always" size="sm">
        Voir
      </Anchor>
    </>
  );
  if (measure.overridesObservation) {
    return (
      <Stack gap={4}>
        <Text size="sm">
          <Text span fw={600}>
            Corrigé par vous ({statusLabel(measure.status)}).
          </Text>{' '}
          Hygie constate : {fact}
        </Text>
        {measure.canEdit && (
          <Button
            variant="default"
            size="compact-sm"
            w="fit-content"
            onClick={() => save.mutate({ overridesObservation: false })}
          >
            Revenir au constat de Hygie
          </Button>
        )}
        <ErrorAlert error={save.error} title="La réponse n’a pas été enregistrée" />
      </Stack>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm">
        <Text span fw={600}>
          Constaté par Hygie : {statusLabel(measure.status)}.
        </Text>{' '}
        {fact}
      </Text>
      {measure.canEdit && (
        <Disclosure label={<>Corriger ce constat</>}>
          <form onSubmit={submit} noValidate>
            <Stack gap="xs" maw={560}>
              <NativeSelect
                label="Votre réponse"
                value={status}
                onChange={(event) => setStatus(event.currentTarget.value as MeasureStatus)}
                data={STATUS_ORDER.map((value) => ({ value, label: STATUS_LABELS[value] }))}
              />
              <Textarea
                label="Pourquoi corrigez-vous ce constat ?"
                required
                autosize
                minRows={2}
                maxLength={2000}
                value={comment}
                onChange={(event) => setComment(event.currentTarget.value)}
              />
              <Button type="submit" w="fit-content" loading={save.isPending}>
                Enregistrer la correction
              </Button>
              <ErrorAlert error={save.error} title="La correction n’a pas été enregistrée" />
            </Stack>
          </form>
        </Disclosure>
      )}
    </Stack>
  );
}
