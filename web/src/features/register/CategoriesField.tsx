import { Button, Checkbox, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { FIELDS } from './field-help.ts';
import type { ActivityBody } from './register-api.ts';

type Category = ActivityBody['dataCategories'][number];

const EMPTY: Category = {
  label: '',
  health: false,
  nir: false,
  retention: '',
  retentionSource: '',
  retentionRuleId: null,
};

/** Each data category with its flags, its retention and the source of that period. */
export function CategoriesField({
  value,
  onChange,
}: {
  value: readonly Category[];
  onChange: (categories: Category[]) => void;
}) {
  const set = (index: number, change: Partial<Category>) =>
    onChange(value.map((c, i) => (i === index ? { ...c, ...change } : c)));
  return (
    <Stack gap="sm">
      <Text fw={600}>{FIELDS.dataCategories.label}</Text>
      <Text size="sm" c="dimmed">
        {FIELDS.dataCategories.help}
      </Text>
      {value.map((category, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: categories have no id; their order is their identity
        <Fieldset key={index} legend={`Catégorie n° ${index + 1}`}>
          <Stack gap="xs">
            <TextInput
              label="Données"
              value={category.label}
              onChange={(e) => set(index, { label: e.currentTarget.value })}
            />
            <Group gap="lg">
              <Checkbox
                label="Données de santé"
                checked={category.health}
                onChange={(e) => set(index, { health: e.currentTarget.checked })}
              />
              <Checkbox
                label="Numéro de sécurité sociale ou INS"
                checked={category.nir}
                onChange={(e) => set(index, { nir: e.currentTarget.checked })}
              />
            </Group>
            <TextInput
              label="Durée de conservation"
              description="Par exemple « 20 ans après le dernier contact »."
              value={category.retention}
              onChange={(e) => set(index, { retention: e.currentTarget.value, retentionRuleId: null })}
            />
            <TextInput
              label="D’où vient cette durée"
              description="Un texte, une recommandation, ou « choix du cabinet »."
              value={category.retentionSource}
              onChange={(e) => set(index, { retentionSource: e.currentTarget.value, retentionRuleId: null })}
            />
            <div>
              <Button
                variant="subtle"
                color="red"
                size="xs"
                onClick={() => onChange(value.filter((_, i) => i !== index))}
              >
                Retirer la catégorie n° {index + 1}
              </Button>
            </div>
          </Stack>
        </Fieldset>
      ))}
      <div>
        <Button variant="default" size="xs" onClick={() => onChange([...value, EMPTY])}>
          Ajouter une catégorie de données
        </Button>
      </div>
    </Stack>
  );
}
