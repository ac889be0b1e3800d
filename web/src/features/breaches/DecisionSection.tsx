import { Radio, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { formatScore, SEVERITY_LEVEL_LABELS } from '../../../../src/features/breaches/severity.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { type BreachView, useUpdateBreach } from './breaches-api.ts';
import { parisDateTime } from './format.ts';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function RecordedDecision({ decision }: { decision: NonNullable<BreachView['decision']> }) {
  return (
    <Text mb="sm">
      Décision du {parisDateTime(decision.decidedAt)} par {decision.decidedBy} :{' '}
      {decision.notifyAuthority ? 'notifier la CNIL' : 'ne pas notifier la CNIL'},{' '}
      {decision.informSubjects ? 'informer les personnes concernées' : 'ne pas informer les personnes concernées'} —
      score {formatScore(decision.score)} ({SEVERITY_LEVEL_LABELS[decision.level].toLocaleLowerCase('fr-FR')})
      {decision.followsRecommendation ? ', conforme à la recommandation.' : ', en s’écartant de la recommandation'}
      {decision.reasons ? ` : « ${decision.reasons} »` : decision.followsRecommendation ? '' : '.'}
    </Text>
  );
}

/** The decision to notify the CNIL and to inform the people, recorded with the score that informed it. */
export function DecisionSection({ breach, readOnly }: { breach: BreachView; readOnly: boolean }) {
  const save = useUpdateBreach(breach.id);
  const result = breach.severity;
  const [notify, setNotify] = useState(() =>
    yesNo(breach.decision?.notifyAuthority ?? result?.notifyAuthority ?? true),
  );
  const [inform, setInform] = useState(() => yesNo(breach.decision?.informSubjects ?? result?.informSubjects ?? false));
  const [reasons, setReasons] = useState(breach.decision?.reasons ?? '');
  const [saved, setSaved] = useState(false);
  if (!result) {
    return (
      <PageSection id="decision-titre" title="Décision">
        <Text>
          Évaluez d’abord la gravité : la décision est enregistrée avec le score qui l’a éclairée. En cas de doute,
          notifiez la CNIL : elle vous dira si les personnes doivent être informées.
        </Text>
      </PageSection>
    );
  }
  const departs = (notify === 'yes') !== result.notifyAuthority || (inform === 'yes') !== result.informSubjects;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        decision: {
          notifyAuthority: notify === 'yes',
          informSubjects: inform === 'yes',
          reasons: reasons.trim() === '' ? null : reasons.trim(),
        },
      },
      { onSuccess: () => setSaved(true) },
    );
  };
  const change = (set: (value: string) => void) => (value: string) => {
    set(value);
    setSaved(false);
  };
  return (
    <PageSection
      id="decision-titre"
      title="Décision"
      intro={`Recommandation pour un score de ${formatScore(result.score)} : ${result.notifyAuthority ? 'notifier la CNIL' : 'inscrire au registre sans notifier'}${result.informSubjects ? ' et informer les personnes concernées' : ''}.`}
    >
      {breach.decision && <RecordedDecision decision={breach.decision} />}
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Radio.Group label="Notifier la CNIL ?" value={notify} onChange={change(setNotify)}>
                <Stack gap={6} mt={6}>
                  <Radio value="yes" label="Oui, notifier la CNIL" />
                  <Radio value="no" label="Non, inscrire seulement au registre" />
                </Stack>
              </Radio.Group>
              <Radio.Group label="Informer les personnes concernées ?" value={inform} onChange={change(setInform)}>
                <Stack gap={6} mt={6}>
                  <Radio value="yes" label="Oui, les informer" />
                  <Radio value="no" label="Non" />
                </Stack>
              </Radio.Group>
            </SimpleGrid>
            <Textarea
              label="Raisons de la décision"
              description={
                departs
                  ? 'Obligatoire : votre décision s’écarte de la recommandation.'
                  : 'Facultatif : la recommandation et ses raisons sont gardées avec la décision.'
              }
              required={departs}
              autosize
              minRows={2}
              maxLength={4000}
              value={reasons}
              onChange={(event) => {
                setReasons(event.currentTarget.value);
                setSaved(false);
              }}
              error={fieldError(save.error, 'decision.reasons')}
            />
            <ErrorAlert
              error={fieldError(save.error, 'decision.reasons') ? null : save.error}
              title="La décision n’a pas été enregistrée"
            />
            {!readOnly && <SaveRow label="Enregistrer la décision" pending={save.isPending} saved={saved} />}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
