import { Alert, Badge, Card, Code, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CompliancePath } from './CompliancePath.tsx';
import { HomeCardView } from './HomeCardView.tsx';
import type { HomeData } from './home-types.ts';
import { nextStepCards } from './next-steps.ts';
import type { CompliancePathData } from './path-types.ts';
import { teamSentence } from './team-sentence.ts';

export function HomePage() {
  const { me } = useAuth();
  const home = useQuery({ queryKey: ['home'], queryFn: () => api<HomeData>('/v1/home') });
  const withPath = me.user.role !== 'secretary';
  // The same query as « Ma mise en conformité » (shared by its key): its steps are not repeated below.
  const path = useQuery({
    queryKey: ['compliance-path'],
    queryFn: () => api<CompliancePathData>('/v1/compliance-path'),
    enabled: withPath,
  });
  const firstName = me.user.name.split(' ')[0];
  // Without the path (the secretary's, or if it failed to load), every card; while it loads, none.
  const steps = withPath && !path.error ? path.data?.steps : undefined;
  const cards = home.data && !(withPath && path.isPending) ? nextStepCards(home.data.cards, steps) : null;
  const pathOpen = steps?.some((step) => step.state !== 'done') ?? false;
  return (
    <>
      <PageHeader title={`Bonjour ${firstName}`}>
        Voici où en est {me.practice.name}. Hygie vous propose chaque fois les prochaines actions utiles.
      </PageHeader>
      <ErrorAlert error={home.error} title="L’accueil n’a pas pu être chargé" />
      {home.isPending && <Skeleton h={160} />}
      {home.data && (
        <Stack gap="lg">
          {withPath && <CompliancePath />}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {home.data.team && (
              <Card withBorder component="section" aria-labelledby="equipe">
                <Title order={2} size="h4" id="equipe" mb="xs">
                  Équipe
                </Title>
                <Text>{teamSentence(home.data.team)}</Text>
              </Card>
            )}
            {home.data.journal && (
              <Card withBorder component="section" aria-labelledby="journal-etat">
                <Group justify="space-between" mb="xs">
                  <Title order={2} size="h4" id="journal-etat">
                    Journal de conformité
                  </Title>
                  <Badge color={home.data.journal.intact ? 'hygie' : 'red'} variant="filled">
                    {home.data.journal.intact ? 'Intact' : 'Altéré'}
                  </Badge>
                </Group>
                {home.data.journal.intact ? (
                  <>
                    <Text size="sm">
                      {home.data.journal.count > 1
                        ? `Les ${home.data.journal.count} actions enregistrées ont été vérifiées : aucune n’a été modifiée depuis.`
                        : 'L’action enregistrée a été vérifiée : elle n’a pas été modifiée depuis.'}
                    </Text>
                    {/* The code itself only on demand: a plain sentence first. */}
                    <Disclosure label="Code de contrôle">
                      <Text size="sm" c="gray.7">
                        À comparer avec une copie imprimée : <Code>{home.data.journal.headHash?.slice(0, 16)}…</Code>
                      </Text>
                    </Disclosure>
                  </>
                ) : (
                  <Alert color="red">{home.data.journal.message}</Alert>
                )}
              </Card>
            )}
          </SimpleGrid>
          <Stack gap="sm" component="section" aria-labelledby="prochaines-etapes">
            <Title order={2} size="h3" id="prochaines-etapes">
              Prochaines étapes
            </Title>
            {cards === null ? (
              <Skeleton h={80} />
            ) : cards.length === 0 ? (
              <Text>
                {pathOpen
                  ? 'Rien d’autre à faire pour le moment.'
                  : 'Rien d’urgent : tout ce qui dépend de Hygie est à jour.'}
              </Text>
            ) : (
              cards.map((card) => <HomeCardView key={card.id} card={card} />)
            )}
          </Stack>
        </Stack>
      )}
    </>
  );
}
