import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { formatDuration } from '../../../../src/features/retention/durations.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useSaveSettings } from './retention-api.ts';
import type { Durations, RetentionRuleView, RetentionSettings } from './retention-types.ts';

/** The durations of one rule, in months (and days when its text counts in days); the rest of the practice’s choices are sent unchanged. */
export function RuleDurationForm(props: {
  rule: RetentionRuleView;
  settings: RetentionSettings;
  onDone: (message: string) => void;
}) {
  const { rule, settings, onDone } = props;
  const save = useSaveSettings();
  const [draft, setDraft] = useState<Durations>(rule.current);
  const others = settings.rules
    .filter((r) => r.overridden && r.id !== rule.id)
    .map((r) => ({ rule: r.id, ...r.current }));

  const send = (durations: Durations | null, message: string) =>
    save.mutate(durations ? [...others, { rule: rule.id, ...durations }] : others, {
      onSuccess: () => onDone(message),
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send(draft, `Durée enregistrée pour « ${rule.label} ».`);
  };
  const whole = (value: string | number) => (typeof value === 'number' ? value : Number.parseInt(value, 10) || 0);
  const { defaults } = rule;

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="duree-titre">
      <Stack gap="sm">
        <Title order={3} size="h4" id="duree-titre">
          {rule.label}
        </Title>
        <Text size="sm">
          Durée totale permise : {rule.limits.text}. Par défaut :{' '}
          {formatDuration(defaults.keepMonths, defaults.keepDays)} en base active
          {defaults.archiveMonths > 0
            ? `, puis ${formatDuration(defaults.archiveMonths)} en archive intermédiaire`
            : ''}
          .{rule.inDays ? ' Un mois compte de 28 à 31 jours : une durée en jours est la plus précise.' : ''}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: rule.inDays ? 3 : 2 }}>
          <NumberInput
            label="Base active (en mois)"
            min={0}
            max={1200}
            allowDecimal={false}
            value={draft.keepMonths}
            onChange={(value) => setDraft((old) => ({ ...old, keepMonths: whole(value) }))}
            description={`Soit ${formatDuration(draft.keepMonths)}`}
          />
          {rule.inDays && (
            <NumberInput
              label="Base active : jours en plus"
              min={0}
              max={3660}
              allowDecimal={false}
              value={draft.keepDays}
              onChange={(value) => setDraft((old) => ({ ...old, keepDays: whole(value) }))}
              description={`Base active : ${formatDuration(draft.keepMonths, draft.keepDays)}`}
            />
          )}
          <NumberInput
            label="Archive intermédiaire (en mois)"
            min={0}
            max={1200}
            allowDecimal={false}
            value={draft.archiveMonths}
            onChange={(value) => setDraft((old) => ({ ...old, archiveMonths: whole(value) }))}
            description={`Soit ${formatDuration(draft.archiveMonths)} ; total ${formatDuration(draft.keepMonths + draft.archiveMonths, draft.keepDays)}`}
          />
        </SimpleGrid>
        <ErrorAlert error={save.error} title="La durée n’a pas été enregistrée" />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Enregistrer
          </Button>
          {rule.overridden && (
            <Button variant="default" onClick={() => send(null, `Durée par défaut rétablie pour « ${rule.label} ».`)}>
              Revenir à la durée par défaut
            </Button>
          )}
          <Button variant="subtle" onClick={() => onDone('')}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
