import { Anchor, List, Paper, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import guideMarkdown from '../../../../docs/guide-utilisateur.md?raw';
import { PageHeader } from '../../components/PageHeader.tsx';
import { GuideMarkdown } from './GuideMarkdown.tsx';
import { readGuide } from './guide.ts';
import { useHashTarget } from './useHashTarget.ts';

// Read once: the guide is part of the page's code, built with it.
const guide = readGuide(guideMarkdown);
// The guide's own title is the page's title.
const body = guide.tokens.filter((token) => !(token.type === 'heading' && token.depth === 1));

/** `/aide`: the user guide, in the application; `/aide#<section>` opens at a page's section (its « Aide » link). */
export function GuidePage() {
  useHashTarget();
  return (
    <>
      <PageHeader title="Aide">
        Le guide d’utilisation de Hygie. Chaque page mène à sa partie par son lien « Aide ».
      </PageHeader>
      <Paper component="nav" aria-labelledby="sommaire" withBorder p="md" maw={760} mb="lg">
        <Title order={2} size="h4" id="sommaire">
          Sommaire
        </Title>
        <List spacing={2} mt="xs" listStyleType="none">
          {guide.sections.map((section) => (
            <List.Item key={section.anchor} pl={section.depth > 2 ? 'md' : 0}>
              <Anchor component={Link} to={`#${section.anchor}`}>
                {section.title}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </Paper>
      <Stack gap="sm">
        <GuideMarkdown tokens={body} />
      </Stack>
    </>
  );
}
