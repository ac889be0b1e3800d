import { Alert, Radio, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { DpcMinimum } from '../../../../src/features/breaches/dpc-minimum.ts';
import { assessSeverity, type SeverityFactors } from '../../../../src/features/breaches/severity.ts';
import {
  completeFactors,
  optionEffect,
  type PartialFactors,
} from '../../../../src/features/breaches/severity-preview.ts';
import { SEVERITY_QUESTIONS, type SeverityQuestion } from '../../../../src/features/breaches/severity-questions.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { type BreachView, useUpdateBreach } from './breaches-api.ts';
import { SeverityResultView } from './SeverityResult.tsx';

/** Why the context cannot go under the practice's minimum (dpc-minimum.ts), under the context question. */
function MinimumNotice({ minimum }: { minimum: DpcMinimum }) {
  return (
    <Alert color="hygie" title={`Contexte au moins ${minimum.minimum} pour votre cabinet`}>
      <Stack gap={4}>
        {minimum.reasons.map((reason) => (
          <Text key={reason} size="sm">
            {reason}
          </Text>
        ))}
        <Text size="xs">Sources : {minimum.sources.join(' ; ')}.</Text>
      </Stack>
    </Alert>
  );
}

function Question({
  question,
  answers,
  onChange,
  minimum,
}: {
  question: SeverityQuestion;
  answers: PartialFactors;
  onChange: (value: SeverityFactors[keyof SeverityFactors]) => void;
  /** The context question: the answers under the practice's minimum are unavailable. */
  minimum?: DpcMinimum | null;
}) {
  const current = answers[question.factor];
  const below = (value: unknown) =>
    question.factor === 'dpc' && minimum != null && typeof value === 'number' && value < minimum.minimum;
  return (
    <Radio.Group
      label={question.question}
      description={question.help}
      value={current === undefined ? '' : String(current)}
      onChange={(value) => {
        const option = question.options.find((o) => String(o.value) === value);
        if (option) onChange(option.value);
      }}
    >
      <Stack gap={6} mt={6}>
        {question.factor === 'dpc' && minimum && minimum.minimum > 1 && <MinimumNotice minimum={minimum} />}
        {question.options.map((option) => (
          <Radio
            key={String(option.value)}
            value={String(option.value)}
            disabled={below(option.value)}
            label={option.label}
            description={`Effet sur le score : ${optionEffect(question.factor, option.value as never, answers)}${current === option.value ? ' (votre réponse)' : ''}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The six plain-French questions of the ENISA method; each answer shows how it moves the score. */
export function SeveritySection({ breach, readOnly }: { breach: BreachView; readOnly: boolean }) {
  const save = useUpdateBreach(breach.id);
  const [answers, setAnswers] = useState<PartialFactors>(() => breach.severityAnswers ?? {});
  const [saved, setSaved] = useState(false);
  const complete = completeFactors(answers);
  const preview = complete
    ? assessSeverity({
        ...complete,
        unintelligible: breach.unintelligible === true,
        ...(breach.peopleCount === null ? {} : { people: breach.peopleCount }),
      })
    : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete) return;
    save.mutate({ severityAnswers: complete }, { onSuccess: () => setSaved(true) });
  };
  const answered = Object.values(answers).filter((v) => v !== undefined).length;
  return (
    <PageSection
      id="gravite-titre"
      title="Gravité de la violation"
      intro="Répondez simplement : Hygie applique la méthode de l’ENISA (score = contexte × facilité d’identification + circonstances) et vous dit quoi faire."
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="md">
            {SEVERITY_QUESTIONS.map((question) => (
              <Question
                key={question.factor}
                question={question as SeverityQuestion}
                answers={answers}
                minimum={breach.dpcMinimum}
                onChange={(value) => {
                  setAnswers((old) => ({ ...old, [question.factor]: value }));
                  setSaved(false);
                }}
              />
            ))}
            <div aria-live="polite">
              {preview ? (
                <SeverityResultView result={preview} title="Résultat de vos réponses" />
              ) : (
                <Text>
                  {answered} question{answered > 1 ? 's' : ''} répondue{answered > 1 ? 's' : ''} sur 6 : le score
                  s’affiche quand toutes ont une réponse.
                </Text>
              )}
            </div>
            <ErrorAlert error={save.error} title="L’évaluation n’a pas été enregistrée" />
            {!readOnly && complete && (
              <SaveRow label="Enregistrer l’évaluation" pending={save.isPending} saved={saved} />
            )}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
