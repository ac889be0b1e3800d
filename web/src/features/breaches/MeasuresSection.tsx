import { Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { changed, lines } from './breach-form.ts';
import { type BreachChanges, type BreachView, useUpdateBreach } from './breaches-api.ts';

const FIELDS = ['consequences', 'measuresTaken', 'measuresPlanned', 'evidence'] as const;

const draftOf = (breach: BreachView) => ({
  consequences: breach.consequences ?? '',
  measuresTaken: breach.measuresTaken ?? '',
  measuresPlanned: breach.measuresPlanned ?? '',
  evidence: breach.evidence.join('\n'),
});
type Draft = ReturnType<typeof draftOf>;

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const bodyOf = (draft: Draft): BreachChanges => ({
  consequences: text(draft.consequences),
  measuresTaken: text(draft.measuresTaken),
  measuresPlanned: text(draft.measuresPlanned),
  evidence: lines(draft.evidence),
});

/** Likely consequences, measures taken and planned, and the evidence kept (for the complaint). */
export function MeasuresSection({ breach, readOnly }: { breach: BreachView; readOnly: boolean }) {
  const save = useUpdateBreach(breach.id);
  const [draft, setDraft] = useState(() => draftOf(breach));
  const [saved, setSaved] = useState(false);
  const set = (key: keyof Draft, value: string) => {
    setDraft((old) => ({ ...old, [key]: value }));
    setSaved(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(changed(bodyOf(draft), bodyOf(draftOf(breach))), {
      onSuccess: (result) => {
        setDraft(draftOf(result));
        setSaved(true);
      },
    });
  };
  const error = (field: string) => fieldError(save.error, field);
  const area = (key: keyof Draft, label: string, description: string) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      maxLength={key === 'evidence' ? 25_000 : 4000}
      value={draft[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={error(key)}
    />
  );
  return (
    <PageSection id="mesures-titre" title="Conséquences, mesures et preuves">
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            {area(
              'consequences',
              'Conséquences probables',
              'Ce qui peut arriver aux personnes : votre évaluation, que vous pourrez réviser.',
            )}
            {area('measuresTaken', 'Mesures prises', 'Pour arrêter la violation et en limiter les effets.')}
            {area(
              'measuresPlanned',
              'Mesures envisagées',
              'Ce qui reste à faire, et pour éviter que cela se reproduise.',
            )}
            {area(
              'evidence',
              'Preuves conservées',
              'Une par ligne : copie du disque, messages reçus, captures d’écran, journaux…',
            )}
            <ErrorAlert error={formError(save.error, FIELDS)} title="Rien n’a été enregistré" />
            {!readOnly && <SaveRow pending={save.isPending} saved={saved} />}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
