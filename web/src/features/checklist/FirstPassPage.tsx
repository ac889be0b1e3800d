import { Alert, Anchor, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { FirstPassAnswer } from '../../../../src/features/checklist/first-pass.ts';
import { allows } from '../../../../src/server/permissions.ts';
import { useAuth } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useFirstPass, useSaveFirstPass } from './checklist-api.ts';
import type { FirstPassView } from './checklist-types.ts';
import { FirstPassQuestion } from './FirstPassQuestion.tsx';
import { parisDateTime, plural } from './format.ts';

/** Where the diagnostic stands: complete and dated, or the measures still without an answer. */
function Progress({ progress, observed }: { progress: FirstPassView['progress']; observed: number }) {
  if (progress.completedAt !== null) {
    return (
      <Alert color="hygie" title="Diagnostic complet" role="status" maw={760}>
        <Stack gap="sm">
          <Text size="sm">
            Le {parisDateTime(progress.completedAt)}, toutes les mesures qui vous concernent ont une réponse. Le plan
            d’action dit par quoi commencer ; vous pouvez préciser chaque mesure dans le diagnostic complet.
          </Text>
          <Group gap="sm">
            <Button component={Link} to="/plan-d-action">
              Voir le plan d’action
            </Button>
            <Button component={Link} to="/diagnostic" variant="default">
              Préciser mesure par mesure
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  // Before any answer of the practice's, the line about Hygie's own answers says enough.
  if (progress.answered <= observed) return null;
  return (
    <Text size="sm" role="status">
      {plural(progress.answered, 'mesure répondue', 'mesures répondues')} sur {progress.applicable} ; encore{' '}
      {plural(progress.unanswered, 'mesure sans réponse', 'mesures sans réponse')}.
    </Text>
  );
}

/** The form: every question on one page, one answer each, one button. */
function FirstPassForm({ data }: { data: FirstPassView }) {
  const save = useSaveFirstPass();
  const [answers, setAnswers] = useState<Record<string, FirstPassAnswer>>(() =>
    Object.fromEntries(data.questions.flatMap((q) => (q.previous ? [[q.id, q.previous]] : []))),
  );
  const given = data.questions.filter((q) => answers[q.id] !== undefined).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const asked = new Set(data.questions.map((q) => q.id));
    save.mutate(Object.fromEntries(Object.entries(answers).filter(([id]) => asked.has(id))), {
      // The result (complete, and since when) is shown at the top of the page.
      onSuccess: () => window.scrollTo({ top: 0 }),
    });
  };
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="form" onSubmit={submit} noValidate maw={900}>
      <Stack gap="lg">
        <Stack gap="lg" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {data.questions.map((question, index) => (
            <FirstPassQuestion
              key={question.id}
              number={index + 1}
              question={question}
              value={answers[question.id]}
              onChange={(answer) => setAnswers((old) => ({ ...old, [question.id]: answer }))}
              disabled={save.isPending}
            />
          ))}
        </Stack>
        <Text size="sm">
          {plural(given, 'question répondue', 'questions répondues')} sur {data.questions.length}. « Je ne sais pas »
          est une réponse : la mesure reste à vérifier dans le plan d’action.
        </Text>
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} disabled={given === 0}>
            Enregistrer mes réponses
          </Button>
          {save.isSuccess && (
            <Text size="sm" role="status">
              Réponses enregistrées.
            </Text>
          )}
        </Group>
        <ErrorAlert error={save.error} title="Les réponses n’ont pas été enregistrées" />
      </Stack>
    </Paper>
  );
}

/** « Premier diagnostic »: a few plain questions, each answering several measures at once. */
export function FirstPassPage() {
  const { me } = useAuth();
  const firstPass = useFirstPass();
  const data = firstPass.data;
  const canAnswer = allows('checklist.answer_all', me.user.role);
  return (
    <>
      <PageHeader title="Premier diagnostic">
        Quelques questions simples sur vos habitudes : chaque réponse vaut pour plusieurs mesures du diagnostic. Comptez
        une dizaine de minutes.
      </PageHeader>
      <ErrorAlert error={firstPass.error} title="Le premier diagnostic n’a pas pu être chargé" />
      {firstPass.isPending && <Skeleton h={320} />}
      {data && (
        <Stack gap="lg">
          <Progress progress={data.progress} observed={data.observed} />
          {data.observed > 0 && (
            <Text size="sm" maw={760}>
              Hygie a déjà répondu lui-même à {plural(data.observed, 'mesure', 'mesures')}, d’après ce qu’il constate
              (registre, journal, information des patients…) : aucune question ne {data.observed > 1 ? 'les' : 'la'}{' '}
              redemande.
            </Text>
          )}
          {!canAnswer ? (
            <Alert color="hygie" title="Consultation" maw={760}>
              Le titulaire du cabinet et les praticiens répondent au premier diagnostic.{' '}
              <Anchor component={Link} to="/diagnostic" underline="always">
                Voir le diagnostic
              </Anchor>
            </Alert>
          ) : data.questions.length === 0 ? (
            data.progress.completedAt === null && (
              <Text>
                Plus aucune question : les mesures restantes se précisent une par une dans le{' '}
                <Anchor component={Link} to="/diagnostic" underline="always">
                  diagnostic complet
                </Anchor>
                .
              </Text>
            )
          ) : (
            <FirstPassForm key={data.questions.map((q) => q.id).join()} data={data} />
          )}
        </Stack>
      )}
    </>
  );
}
