import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { formulaText, type SeverityFactors } from '../../../../src/features/breaches/severity.ts';
import { SEVERITY_QUESTIONS } from '../../../../src/features/breaches/severity-questions.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { type BreachView, useUpdateBreach } from './breaches-api.ts';
import { parisDateTime } from './format.ts';
import { SeverityResultView } from './SeverityResult.tsx';

type Factor = keyof SeverityFactors;
type Draft = Record<Factor, string>;

const draftOf = (factors: SeverityFactors | null): Draft =>
  Object.fromEntries(SEVERITY_QUESTIONS.map((q) => [q.factor, factors ? String(factors[q.factor]) : ''])) as Draft;

function factorsOf(draft: Draft): SeverityFactors | null {
  const entries = SEVERITY_QUESTIONS.map((q) => [
    q.factor,
    q.options.find((o) => String(o.value) === draft[q.factor])?.value,
  ]);
  return entries.every(([, value]) => value !== undefined) ? (Object.fromEntries(entries) as SeverityFactors) : null;
}

/** The expert view: the six factors as the method names them, adjustable by a DPO with a written justification. */
export function ExpertSection({ breach, readOnly }: { breach: BreachView; readOnly: boolean }) {
  const save = useUpdateBreach(breach.id);
  const effective = breach.severity?.factors ?? null;
  const [draft, setDraft] = useState<Draft>(() => draftOf(effective));
  const [justification, setJustification] = useState(breach.severityExpert?.justification ?? '');
  const [saved, setSaved] = useState(false);
  const factors = factorsOf(draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!factors) return;
    save.mutate({ severityExpert: { ...factors, justification } }, { onSuccess: () => setSaved(true) });
  };
  const reset = () =>
    save.mutate(
      { severityExpert: null },
      {
        onSuccess: (result) => {
          setDraft(draftOf(result.severity?.factors ?? null));
          setJustification('');
          setSaved(true);
        },
      },
    );
  const expert = breach.severityExpert;
  return (
    <PageSection
      id="experte-titre"
      title="Vue experte"
      intro="Pour un délégué à la protection des données ou un conseil : les facteurs de la méthode de l’ENISA, que vous pouvez ajuster en écrivant pourquoi."
    >
      {breach.severity && (
        <Stack gap="xs" mb="md">
          <SeverityResultView
            result={breach.severity}
            title={breach.severity.adjustedByExpert ? 'Gravité retenue (facteurs ajustés)' : 'Gravité retenue'}
          />
          <Text size="sm">Calcul : {formulaText(breach.severity.factors)}</Text>
          {expert && (
            <Text size="sm">
              Ajusté par {expert.by} le {parisDateTime(expert.at)} : « {expert.justification} »
            </Text>
          )}
        </Stack>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {SEVERITY_QUESTIONS.map((question) => (
                <NativeSelect
                  key={question.factor}
                  label={question.name}
                  value={draft[question.factor]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setDraft((old) => ({ ...old, [question.factor]: value }));
                    setSaved(false);
                  }}
                  data={[
                    { value: '', label: 'Non évalué' },
                    ...question.options.map((option) => ({ value: String(option.value), label: option.level })),
                  ]}
                />
              ))}
            </SimpleGrid>
            <Textarea
              label="Justification de l’ajustement"
              description="Obligatoire : elle est gardée au registre avec le nom de son auteur."
              autosize
              minRows={2}
              maxLength={4000}
              value={justification}
              onChange={(event) => {
                setJustification(event.currentTarget.value);
                setSaved(false);
              }}
              error={fieldError(save.error, 'severityExpert.justification')}
            />
            <ErrorAlert
              error={fieldError(save.error, 'severityExpert.justification') ? null : save.error}
              title="L’ajustement n’a pas été enregistré"
            />
            {!readOnly && (
              <Group gap="sm">
                {factors && <SaveRow label="Enregistrer l’ajustement" pending={save.isPending} saved={saved} />}
                {expert && (
                  <Button variant="default" onClick={reset} loading={save.isPending}>
                    Revenir aux réponses aux questions
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
