import { Button, Group, Text } from '@mantine/core';

/** A form's save button, and its confirmation once saved (announced to screen readers, never colour alone). */
export function SaveRow({
  label = 'Enregistrer',
  savedText = 'Enregistré.',
  pending,
  saved,
}: {
  label?: string;
  savedText?: string;
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
          {savedText}
        </Text>
      )}
    </Group>
  );
}
