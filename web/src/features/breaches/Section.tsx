import { Button, Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of the breach page (an h2 naming a landmark region). */
export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="xs">
        {title}
      </Title>
      {intro && (
        <Text mb="sm" maw={760}>
          {intro}
        </Text>
      )}
      {children}
    </Paper>
  );
}

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
