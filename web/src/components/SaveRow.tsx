import { Button, Group, Text } from '@mantine/core';

/** The save button of a section, and « Enregistré. » once saved (announced, never colour alone). */
export function SaveRow({
  label = 'Enregistrer',
  pending,
  saved,
}: {
  label?: string;
  pending: boolean;
  saved: boolean;
}) {
  return (
    <Group gap="sm">
      <Button type="submit" loading={pending}>
        {label}
      </Button>
      {saved && (
        <Text size="sm" role="status">
          Enregistré.
        </Text>
      )}
    </Group>
  );
}
