import { Button, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { type JournalFilters, NO_FILTERS } from './journal-types.ts';

interface UserOption {
  id: string;
  name: string;
  status: 'active' | 'deactivated';
}

/** Period, action and author: the list follows each change at once. */
export function JournalFiltersBar({
  value,
  onChange,
}: {
  value: JournalFilters;
  onChange(next: JournalFilters): void;
}) {
  const users = useQuery({ queryKey: ['users'], queryFn: () => api<UserOption[]>('/v1/users') });
  const actions = useQuery({
    queryKey: ['journal', 'actions'],
    queryFn: () => api<{ actions: { action: string; label: string }[] }>('/v1/journal/actions'),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const actionOptions = (actions.data?.actions ?? [])
    .map(({ action, label }) => ({ value: action, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
  const set = (field: keyof JournalFilters, next: string) => onChange({ ...value, [field]: next });
  const inverted = value.from !== '' && value.to !== '' && value.from > value.to;
  const filtered = Object.values(value).some((item) => item !== '');
  const people = [...(users.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <TextInput
          type="date"
          label="Du"
          description="Premier jour inclus."
          value={value.from}
          onChange={(event) => set('from', event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label="Au"
          description="Dernier jour inclus."
          value={value.to}
          onChange={(event) => set('to', event.currentTarget.value)}
          error={inverted ? 'Ce jour précède le premier jour choisi.' : undefined}
        />
        <NativeSelect
          label="Action"
          description="Un type d’événement."
          value={value.action}
          onChange={(event) => set('action', event.currentTarget.value)}
          data={[{ value: '', label: 'Toutes les actions' }, ...actionOptions]}
        />
        <NativeSelect
          label="Auteur"
          description="La personne qui a agi."
          value={value.actorId}
          onChange={(event) => set('actorId', event.currentTarget.value)}
          data={[
            { value: '', label: 'Toutes les personnes' },
            ...people.map((user) => ({
              value: user.id,
              label: user.status === 'active' ? user.name : `${user.name} (compte désactivé)`,
            })),
          ]}
        />
      </SimpleGrid>
      {filtered && (
        <Button variant="default" w="fit-content" onClick={() => onChange(NO_FILTERS)}>
          Effacer les filtres
        </Button>
      )}
    </Stack>
  );
}
