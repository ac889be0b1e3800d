import { Anchor, Box, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment, type RefObject, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { type GlossaryEntry, termsIn } from './glossary.ts';

const SETTLE_MS = 300;

/**
 * « Les mots de cette page »: under every page, the glossary words its visible text uses, each
 * linked to the glossary, with their one-sentence meaning folded beneath (a <details>). Read from the page as shown (its text changes
 * as data arrives and sections open), so no page has to list its own words.
 */
export function PageTerms({ page }: { page: RefObject<HTMLElement | null> }) {
  const [terms, setTerms] = useState<readonly GlossaryEntry[]>([]);
  useEffect(() => {
    const element = page.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      // biome-ignore lint/performance/useDomNodeTextContent: the words a person sees, not those of closed panels
      const found = termsIn(element.innerText);
      setTerms((previous) =>
        previous.length === found.length && previous.every((entry, i) => entry === found[i]) ? previous : found,
      );
    };
    read();
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(read, SETTLE_MS);
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [page]);
  if (terms.length === 0) return null;
  return (
    <Paper
      component="section"
      aria-labelledby="mots-de-la-page"
      data-page-terms=""
      withBorder
      radius="md"
      p="md"
      mt="xl"
      maw={820}
      bg="gray.0"
    >
      {/* The words, each linked to the glossary; their definitions one click away, so the page
          itself stays short to read. */}
      <Box fz="sm">
        <Title order={2} size="sm" id="mots-de-la-page" display="inline">
          Les mots de cette page :
        </Title>{' '}
        {terms.map((entry, index) => (
          <Fragment key={entry.id}>
            {index > 0 && ' · '}
            <Anchor component={Link} to={`/glossaire#${entry.id}`} underline="always" fz="sm">
              {entry.term}
            </Anchor>
          </Fragment>
        ))}
      </Box>
      <Box component="details" mt={6}>
        <Box component="summary" fz="sm" style={{ cursor: 'pointer' }}>
          Leur sens en une phrase
        </Box>
        <Stack gap={6} mt="xs">
          {terms.map((entry) => (
            <Text key={entry.id} size="sm">
              <Text span fw={600}>
                {entry.term}
              </Text>{' '}
              : {entry.definition}
            </Text>
          ))}
        </Stack>
      </Box>
    </Paper>
  );
}
