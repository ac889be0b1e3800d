import { Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { Disclosure } from '../../components/Disclosure.tsx';
import type { ChecklistView } from './checklist-types.ts';
import { parisDateTime, plural } from './format.ts';

/** A plain-French reading of the overall score. */
function verdict(overall: number | null): string {
  if (overall === null) return 'Pas encore de note : répondez aux mesures ci-dessous pour l’obtenir.';
  if (overall < 30) return 'À renforcer en priorité : commencez par les mesures indispensables du plan d’action.';
  if (overall < 60) return 'En progrès : des mesures indispensables restent à faire.';
  if (overall < 85) return 'Bonne base : les mesures recommandées vous feront progresser.';
  return 'Très bonne hygiène numérique : gardez ce rythme.';
}

/** The overall score sur 100, how far the diagnostic is, the « je ne sais pas » and the formula. */
export function ScoreOverview({ checklist }: { checklist: ChecklistView }) {
  const { scores, progress, explanation } = checklist;
  const share = progress.applicable === 0 ? 0 : Math.round((progress.answered / progress.applicable) * 100);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="note-titre">
      <Stack gap="sm">
        <Title order={2} size="h3" id="note-titre">
          Votre note
        </Title>
        <Group gap="lg" align="center" wrap="wrap">
          <Text fz={56} fw={700} lh={1} c="hygie.8" id="note-globale" aria-live="polite">
            {scores.overall ?? '—'}
            <Text span fz="xl" fw={600} c="dark">
              {' '}
              sur 100
            </Text>
          </Text>
          <Text maw={420}>{verdict(scores.overall)}</Text>
        </Group>
        <div>
          <Text size="sm" id="avancement">
            {plural(progress.answered, 'mesure répondue', 'mesures répondues')} sur {progress.applicable} qui vous
            concernent.
          </Text>
          {progress.completedAt ? (
            <Text size="sm" fw={600} id="diagnostic-complet">
              Diagnostic complet le {parisDateTime(progress.completedAt)} : toutes les mesures qui vous concernent ont
              une réponse.
            </Text>
          ) : (
            progress.answered > 0 && (
              <Text size="sm">
                Encore {plural(progress.unanswered, 'mesure sans réponse', 'mesures sans réponse')} : elle
                {progress.unanswered > 1 ? 's comptent' : ' compte'} comme « À faire » dans la note.
              </Text>
            )
          )}
          <Progress value={share} aria-label="Avancement du diagnostic" mt={4} size="md" />
        </div>
        <Text size="sm">
          {scores.unknownCount === 0
            ? 'Aucune réponse « Je ne sais pas ».'
            : `${plural(scores.unknownCount, 'réponse', 'réponses')} « Je ne sais pas » : elle${scores.unknownCount > 1 ? 's comptent' : ' compte'} comme « À faire ». Posez la question à votre prestataire informatique ou à votre éditeur de logiciel.`}
        </Text>
        <Disclosure label="Comment est calculé ce score ?">
          <Text size="sm" maw={760}>
            {explanation}
          </Text>
        </Disclosure>
      </Stack>
    </Paper>
  );
}
