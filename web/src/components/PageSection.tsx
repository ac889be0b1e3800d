import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One part of a page: a bordered block named by its h2, whose `id` is also an anchor the home
 * page's cards can link to (/mon-compte#double-authentification).
 */
export function PageSection({
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
    <Paper component="section" aria-labelledby={id} withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} size="h3" id={id} mb={intro ? 4 : 'sm'} style={{ scrollMarginTop: 80 }}>
        {title}
      </Title>
      {intro && (
        <Text c="dimmed" mb="md" maw={720}>
          {intro}
        </Text>
      )}
      {children}
    </Paper>
  );
}
