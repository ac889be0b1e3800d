import { Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';

/**
 * The title with each hyphenated word kept on one line: a narrow screen never shows « e- » at the
 * end of a line and « mail » on the next.
 */
function unbrokenWords(title: string): ReactNode[] {
  return title.split(/(\S*-\S*)/).map((part, index) =>
    part.includes('-') ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string, in their order
      <span key={index} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ) : (
      part
    ),
  );
}

/** The page's single h1, its short explanation, and the browser tab's title. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Hygie`;
  }, [title]);
  return (
    <Stack gap={4} mb="lg">
      <Title order={1}>{unbrokenWords(title)}</Title>
      {children && (
        <Text c="dimmed" maw={720}>
          {children}
        </Text>
      )}
    </Stack>
  );
}
