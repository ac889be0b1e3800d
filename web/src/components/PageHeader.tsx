import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { Link, useMatches } from 'react-router';

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

/** The user guide's section for the page shown, from its route (`help` in the web registry). */
function useHelpSection(): string | null {
  const handle = useMatches().at(-1)?.handle as { help?: string | null } | undefined;
  return handle?.help ?? null;
}

/**
 * The page's single h1, its short explanation, and the browser tab's title; beside the title,
 * « Aide » opens the user guide at the page's section.
 */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · Hygie`;
  }, [title]);
  const help = useHelpSection();
  return (
    <Stack gap={4} mb="lg">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Title order={1}>{unbrokenWords(title)}</Title>
        {help && (
          <Anchor component={Link} to={`/aide#${help}`} mt={6} fw={600} style={{ flexShrink: 0 }}>
            Aide
          </Anchor>
        )}
      </Group>
      {children && (
        <Text c="dimmed" maw={720}>
          {children}
        </Text>
      )}
    </Stack>
  );
}
