import { Group, List, Paper, Text, Title } from '@mantine/core';
import { ForbiddenIcon } from './icons.tsx';

/** « À ne pas faire », in red with an icon before each line (the colour is never the only signal). */
export function DoNotList({ items, headingId }: { items: readonly string[]; headingId: string }) {
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2, background: 'var(--mantine-color-red-0)' }}
    >
      <Group gap="xs" mb="sm" c="red.9">
        <ForbiddenIcon size={24} />
        <Title order={2} size="h3" id={headingId} c="red.9">
          À ne pas faire
        </Title>
      </Group>
      <List
        spacing="xs"
        icon={
          <Text span c="red.9" style={{ display: 'inline-flex' }}>
            <ForbiddenIcon />
          </Text>
        }
      >
        {items.map((item) => (
          <List.Item key={item}>
            <Text c="red.9" fw={600}>
              {item}
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
