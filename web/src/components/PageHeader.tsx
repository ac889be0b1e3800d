import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';

/** The page's single h1, its short explanation, and the browser tab's title. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Hygie`;
  }, [title]);
  return (
    <Stack gap={4} mb="lg">
      <Title order={1}>{title}</Title>
      {children && (
        <Text c="dimmed" maw={720}>
          {children}
        </Text>
      )}
    </Stack>
  );
}
