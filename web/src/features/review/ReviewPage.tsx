import { Anchor, Radio, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { formatDateLong, formatDayLong } from '../../../../src/lib/dates/format.ts';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';

type Answer = 'confirmed' | 'changed';

interface ReviewView {
  points: { key: string; question: string; href: string }[];
  last: { at: string; by: string; confirmed: string[]; changed: string[] } | null;
  dueDay: string;
  due: boolean;
  canComplete: boolean;
}

const KEY = ['yearly-review'] as const;

/** Where the review stands: the last one (who, when, what changed) and when the next is due. */
function Status({ view }: { view: ReviewView }) {
  const changed = view.points.filter((point) => view.last?.changed.includes(point.key));
  return (
    <PageSection id="etat-titre" title="Où en est la revue">
      <Stack gap="xs">
        <Text>
          {view.last
            ? `Dernière revue le ${formatDateLong(new Date(view.last.at))}, par ${view.last.by}.`
            : 'Aucune revue annuelle n’a encore été faite.'}
        </Text>
        {view.last && (
          <Text size="sm">
            {changed.length === 0
              ? 'Tout avait été confirmé tel quel.'
              : `Mis à jour : ${changed.map((point) => point.question.replace(/ \?$/, '').toLowerCase()).join(' ; ')}.`}
          </Text>
        )}
        <Text fw={600}>
          {view.due
            ? `La revue est à faire depuis le ${formatDayLong(view.dueDay)}.`
            : `Prochaine revue à faire avant le ${formatDayLong(view.dueDay)}.`}
        </Text>
      </Stack>
    </PageSection>
  );
}

/** The review itself: each point confirmed or changed, then recorded in the journal. */
function ReviewForm({ view }: { view: ReviewView }) {
  const client = useQueryClient();
  const [answers, setAnswers] = useState<Record<string, Answer | undefined>>({});
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: (body: { answers: Record<string, Answer> }) =>
      api<ReviewView>('/v1/yearly-review', { method: 'POST', body }),
    onSuccess: (next) => {
      client.setQueryData(KEY, next);
      setAnswers({});
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const complete = view.points.every((point) => answers[point.key]);
    setMissing(!complete);
    if (complete) save.mutate({ answers: answers as Record<string, Answer> });
  };
  return (
    <PageSection
      id="revue-titre"
      title="Faire la revue"
      intro="Pour chaque point, dites si rien n’a changé, ou si vous avez fait la mise à jour dans Hygie (le lien ouvre la page concernée)."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {view.points.map((point, index) => (
            <Radio.Group
              key={point.key}
              label={`${index + 1}. ${point.question}`}
              description={
                <Anchor component={Link} to={point.href} size="sm">
                  Ouvrir la page concernée
                </Anchor>
              }
              value={answers[point.key] ?? null}
              onChange={(value) => {
                setAnswers((current) => ({ ...current, [point.key]: value as Answer }));
                save.reset();
              }}
              error={missing && !answers[point.key] ? 'Choisissez une réponse.' : undefined}
            >
              <Stack gap={6} mt={6}>
                <Radio value="confirmed" label="Rien n’a changé : c’est toujours juste" />
                <Radio value="changed" label="Quelque chose a changé, et j’ai fait la mise à jour" />
              </Stack>
            </Radio.Group>
          ))}
          <ErrorAlert error={save.error} title="La revue n’a pas été enregistrée" />
          <SaveRow
            label="Enregistrer la revue annuelle"
            savedText="Revue enregistrée dans le journal."
            pending={save.isPending}
            saved={save.isSuccess}
          />
        </Stack>
      </form>
    </PageSection>
  );
}

/**
 * « Revue annuelle »: once a year the owner reads again what may have changed (software, staff,
 * processors, patient notice, diagnostic) and confirms the register; the journal keeps it.
 */
export function ReviewPage() {
  const review = useQuery({ queryKey: KEY, queryFn: () => api<ReviewView>('/v1/yearly-review') });
  return (
    <>
      <PageHeader title="Revue annuelle">
        Une fois par an, relisez ce qui a pu changer au cabinet et confirmez que le registre et les documents sont
        toujours justes. La date de la revue figure dans le dossier de conformité.
      </PageHeader>
      <ErrorAlert error={review.error} title="La revue n’a pas pu être lue" />
      {review.isPending && <PageLoader />}
      {review.data && (
        <Stack gap="lg">
          <Status view={review.data} />
          {review.data.canComplete ? (
            <ReviewForm view={review.data} />
          ) : (
            <Text>Le titulaire du cabinet fait la revue annuelle ; vous pouvez en lire l’état ici.</Text>
          )}
        </Stack>
      )}
    </>
  );
}
