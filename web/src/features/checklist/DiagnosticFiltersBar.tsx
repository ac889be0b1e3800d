import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { STATUS_LABELS } from '../../../../src/features/checklist/checklist-view.ts';
import { type FamilyView, STATUS_ORDER } from './checklist-types.ts';
import { type DiagnosticFilters, NO_DIAGNOSTIC_FILTERS } from './diagnostic-filters.ts';

/** Family, status and « mine »: the list follows each change at once. */
export function DiagnosticFiltersBar({
  families,
  value,
  onChange,
}: {
  families: FamilyView[];
  value: DiagnosticFilters;
  onChange(next: DiagnosticFilters): void;
}) {
  const filtered = value.family !== '' || value.status !== '' || value.mine;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} maw={720}>
        <NativeSelect
          label="Famille"
          value={value.family}
          onChange={(event) => onChange({ ...value, family: event.currentTarget.value })}
          data={[
            { value: '', label: 'Toutes les familles' },
            ...families.map((family) => ({ value: family.id, label: family.label })),
          ]}
        />
        <NativeSelect
          label="Statut"
          value={value.status}
          onChange={(event) => onChange({ ...value, status: event.currentTarget.value as DiagnosticFilters['status'] })}
          data={[
            { value: '', label: 'Tous les statuts' },
            { value: 'unanswered', label: 'Sans réponse' },
            ...STATUS_ORDER.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
            { value: 'excluded', label: 'Ne s’applique pas au cabinet' },
          ]}
        />
      </SimpleGrid>
      <Group gap="md">
        <Checkbox
          label="Seulement les mesures qui me sont confiées"
          checked={value.mine}
          onChange={(event) => onChange({ ...value, mine: event.currentTarget.checked })}
        />
        {filtered && (
          <Button variant="default" size="xs" onClick={() => onChange(NO_DIAGNOSTIC_FILTERS)}>
            Effacer les filtres
          </Button>
        )}
      </Group>
    </Stack>
  );
}
