import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useAuth } from '../../app/auth.tsx';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { CalculatorResult } from './CalculatorResult.tsx';
import { parisToday } from './format.ts';
import { ProfessionSelect, professionOptions } from './ProfessionSelect.tsx';
import { useCalculate } from './retention-api.ts';
import type { CalculateInput, RetentionSettings } from './retention-types.ts';

const FIELDS = ['profession', 'documentType', 'birthDate', 'lastVisit', 'deathDate', 'documentDate', 'asOf'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

/** One record or document: its dates in, the action, the dates and the French reason out. */
export function CalculatorSection({ settings }: { settings: RetentionSettings }) {
  const { me } = useAuth();
  const professions = professionOptions(settings, me.practice.professions);
  const typesOf = (profession: string) =>
    settings.documentTypes.filter((type) =>
      settings.rules.some((rule) => rule.documentType === type.id && rule.professions.includes(profession)),
    );
  const firstProfession = professions[0]?.value ?? 'medecin';
  const [draft, setDraft] = useState<Draft>({
    profession: firstProfession,
    documentType: typesOf(firstProfession)[0]?.id ?? 'patient_record',
    birthDate: '',
    lastVisit: '',
    deathDate: '',
    documentDate: '',
    asOf: parisToday(),
  });
  const calculate = useCalculate();
  const set = (field: keyof Draft, value: string) => {
    setDraft((old) => ({ ...old, [field]: value }));
    calculate.reset();
  };
  const types = typesOf(draft.profession);
  const patient = draft.documentType === 'patient_record';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input: CalculateInput = { profession: draft.profession, documentType: draft.documentType, asOf: draft.asOf };
    const dates = patient ? (['birthDate', 'lastVisit', 'deathDate'] as const) : (['documentDate'] as const);
    for (const field of dates) if (draft[field]) input[field] = draft[field];
    calculate.mutate(input);
  };
  const error = (field: string) => fieldError(calculate.error, field);

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="calculateur-titre">
      <Title order={2} size="h3" id="calculateur-titre" mb="xs">
        Calculer une durée de conservation
      </Title>
      <Text size="sm" mb="md">
        Pour un dossier ou un document : ce qu’il faut en faire aujourd’hui, et jusqu’à quand le conserver.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ProfessionSelect
              label="Profession"
              value={draft.profession}
              onChange={(value) => {
                set('profession', value);
                const available = typesOf(value);
                if (!available.some((type) => type.id === draft.documentType)) {
                  set('documentType', available[0]?.id ?? 'accounting');
                }
              }}
              data={professions}
              error={error('profession')}
            />
            <NativeSelect
              label="Type de document"
              value={draft.documentType}
              onChange={(event) => set('documentType', event.currentTarget.value)}
              data={types.map((type) => ({ value: type.id, label: type.label }))}
              error={error('documentType')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: patient ? 4 : 2 }}>
            {patient ? (
              <>
                <TextInput
                  type="date"
                  label="Date de naissance"
                  value={draft.birthDate}
                  onChange={(e) => set('birthDate', e.currentTarget.value)}
                  error={error('birthDate')}
                />
                <TextInput
                  type="date"
                  label="Dernier contact"
                  value={draft.lastVisit}
                  onChange={(e) => set('lastVisit', e.currentTarget.value)}
                  error={error('lastVisit')}
                />
                <TextInput
                  type="date"
                  label="Date de décès (s’il y a lieu)"
                  value={draft.deathDate}
                  onChange={(e) => set('deathDate', e.currentTarget.value)}
                  error={error('deathDate')}
                />
              </>
            ) : (
              <TextInput
                type="date"
                label="Date du document"
                value={draft.documentDate}
                onChange={(e) => set('documentDate', e.currentTarget.value)}
                error={error('documentDate')}
              />
            )}
            <TextInput
              type="date"
              label="Calculer au"
              value={draft.asOf}
              onChange={(e) => set('asOf', e.currentTarget.value)}
              error={error('asOf')}
            />
          </SimpleGrid>
          <ErrorAlert error={formError(calculate.error, FIELDS)} title="Le calcul n’a pas pu être fait" />
          <Group>
            <Button type="submit" loading={calculate.isPending}>
              Calculer
            </Button>
          </Group>
        </Stack>
      </form>
      {calculate.data && <CalculatorResult decision={calculate.data} />}
    </Paper>
  );
}
