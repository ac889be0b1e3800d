import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled part of the notice page (an h2 naming a landmark region). */
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
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={`${id}-titre`} id={id}>
      <Title order={2} size="h3" id={`${id}-titre`} mb="xs">
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
