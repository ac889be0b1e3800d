import { Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { formatMonths } from './format.ts';
import { useSaveSettings } from './retention-api.ts';
import type { Durations, RetentionRuleView, RetentionSettings } from './retention-types.ts';

/** The durations of one rule, in months; the rest of the practice’s choices are sent unchanged. */
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
  const months = (value: string | number) => (typeof value === 'number' ? value : Number.parseInt(value, 10) || 0);

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="duree-titre">
      <Stack gap="sm">
        <Title order={3} size="h4" id="duree-titre">
          {rule.label}
        </Title>
        <Text size="sm">
          Durée totale permise : de {formatMonths(rule.limits.minMonths)} à {formatMonths(rule.limits.maxMonths)}. Par
          défaut : {formatMonths(rule.defaults.keepMonths)} en base active
          {rule.defaults.archiveMonths > 0
            ? `, puis ${formatMonths(rule.defaults.archiveMonths)} en archive intermédiaire`
            : ''}
          .
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label="Base active (en mois)"
            min={1}
            max={1200}
            allowDecimal={false}
            value={draft.keepMonths}
            onChange={(value) => setDraft((old) => ({ ...old, keepMonths: months(value) }))}
            description={`Soit ${formatMonths(draft.keepMonths)}`}
          />
          <NumberInput
            label="Archive intermédiaire (en mois)"
            min={0}
            max={1200}
            allowDecimal={false}
            value={draft.archiveMonths}
            onChange={(value) => setDraft((old) => ({ ...old, archiveMonths: months(value) }))}
            description={`Soit ${formatMonths(draft.archiveMonths)} ; total ${formatMonths(draft.keepMonths + draft.archiveMonths)}`}
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
