import { Alert, Badge, Card, Code, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { CompliancePath } from './CompliancePath.tsx';
import { HomeCardView } from './HomeCardView.tsx';
import type { HomeData } from './home-types.ts';
import { teamSentence } from './team-sentence.ts';

export function HomePage() {
  const { me } = useAuth();
  const home = useQuery({ queryKey: ['home'], queryFn: () => api<HomeData>('/v1/home') });
  const firstName = me.user.name.split(' ')[0];
  return (
    <>
      <PageHeader title={`Bonjour ${firstName}`}>
        Voici où en est {me.practice.name}. Hygie vous propose chaque fois les prochaines actions utiles.
      </PageHeader>
      <ErrorAlert error={home.error} title="L’accueil n’a pas pu être chargé" />
      {home.isPending && <Skeleton h={160} />}
      {home.data && (
        <Stack gap="lg">
          {me.user.role !== 'secretary' && <CompliancePath />}
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
                      Les {home.data.journal.count} actions enregistrées ont été vérifiées : aucune n’a été modifiée
                      depuis.
                    </Text>
                    <Text size="sm" c="gray.7">
                      Code de contrôle, pour comparer avec une copie imprimée :{' '}
                      <Code>{home.data.journal.headHash?.slice(0, 16)}…</Code>
                    </Text>
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
            {home.data.cards.length === 0 ? (
              <Text>Rien d’urgent : tout ce qui dépend de Hygie est à jour.</Text>
            ) : (
              home.data.cards.map((card) => <HomeCardView key={card.id} card={card} />)
            )}
          </Stack>
        </Stack>
      )}
    </>
  );
}
