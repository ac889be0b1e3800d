import { Button, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { LEVEL_LABELS, PRIORITY_LABELS } from '../../../../src/features/checklist/checklist-view.ts';
import { type ChecklistView, PRIORITY_ORDER } from './checklist-types.ts';
import { PLAN_FILTER_KEYS, type PlanFilters } from './plan-filters.ts';

/** Person, family, level and priority; the page's address keeps them (a link or a reload shows the same plan). */
export function PlanFiltersBar({
  value,
  onChange,
  families,
  assignees,
}: {
  value: PlanFilters;
  onChange(next: PlanFilters): void;
  families: ChecklistView['families'];
  assignees: ChecklistView['assignees'];
}) {
  const set = (key: keyof PlanFilters, next: string) => onChange({ ...value, [key]: next });
  const filtered = PLAN_FILTER_KEYS.some((key) => value[key] !== '');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <NativeSelect
          label="Responsable"
          value={value.assignee}
          onChange={(event) => set('assignee', event.currentTarget.value)}
          data={[
            { value: '', label: 'Tout le monde' },
            { value: 'me', label: 'Moi' },
            { value: 'none', label: 'Personne (à confier)' },
            ...assignees.map((user) => ({ value: user.id, label: user.name })),
          ]}
        />
        <NativeSelect
          label="Famille"
          value={value.family}
          onChange={(event) => set('family', event.currentTarget.value)}
          data={[
            { value: '', label: 'Toutes les familles' },
            ...families.map((family) => ({ value: family.id, label: family.label })),
          ]}
        />
        <NativeSelect
          label="Niveau"
          value={value.level}
          onChange={(event) => set('level', event.currentTarget.value)}
          data={[
            { value: '', label: 'Tous les niveaux' },
            { value: 'essential', label: LEVEL_LABELS.essential },
            { value: 'recommended', label: LEVEL_LABELS.recommended },
          ]}
        />
        <NativeSelect
          label="Priorité"
          value={value.priority}
          onChange={(event) => set('priority', event.currentTarget.value)}
          data={[
            { value: '', label: 'Toutes les priorités' },
            ...PRIORITY_ORDER.map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] })),
          ]}
        />
      </SimpleGrid>
      {filtered && (
        <Button
          variant="default"
          w="fit-content"
          onClick={() => onChange({ assignee: '', family: '', level: '', priority: '' })}
        >
          Effacer les filtres
        </Button>
      )}
    </Stack>
  );
}
