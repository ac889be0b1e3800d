import { Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { GLOSSARY } from './glossary.ts';
import { useHashTarget } from './useHashTarget.ts';

/** `/glossaire`: every technical word of Hygie, explained; `/glossaire#rgpd` opens at that word. */
export function GlossaryPage() {
  const hash = useHashTarget();
  const sorted = [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'fr'));
  return (
    <>
      <PageHeader title="Lexique">
        Les mots techniques que vous croisez dans Hygie, expliqués simplement. Chaque page rappelle aussi, tout en bas,
        les mots qu’elle emploie.
      </PageHeader>
      <Stack gap="sm" maw={820}>
        {sorted.map((entry) => (
          <Paper
            key={entry.id}
            component="section"
            aria-labelledby={entry.id}
            withBorder
            p="md"
            bg={hash === `#${entry.id}` ? 'hygie.0' : undefined}
          >
            <Title order={2} size="h4" id={entry.id} tabIndex={-1} style={{ scrollMarginTop: 80 }}>
              {entry.term}
            </Title>
            <Text mt={4}>{entry.definition}</Text>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
