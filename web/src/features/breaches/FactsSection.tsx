import { Checkbox, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  BREACH_NATURES,
  BREACH_ORIGINS,
  CAUSE_INTENT_LABELS,
  CAUSE_INTENTS,
  CAUSE_SOURCE_LABELS,
  CAUSE_SOURCES,
  NATURE_LABELS,
  ORIGIN_LABELS,
} from '../../../../src/features/breaches/breach-labels.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { changed, instantValue, localValue } from './breach-form.ts';
import { type BreachChanges, type BreachView, useUpdateBreach } from './breaches-api.ts';

const FIELDS = ['description', 'natures', 'origin', 'cause', 'startedAt', 'discoveredAt', 'awareAt'] as const;

const draftOf = (breach: BreachView) => ({
  description: breach.description ?? '',
  natures: breach.natures as string[],
  origin: breach.origin ?? '',
  source: breach.cause.source ?? '',
  intent: breach.cause.intent ?? '',
  startedAt: localValue(breach.startedAt),
  discoveredAt: localValue(breach.discoveredAt),
  awareAt: localValue(breach.awareAt),
});
type Draft = ReturnType<typeof draftOf>;

function bodyOf(draft: Draft): BreachChanges {
  return {
    description: draft.description.trim() === '' ? null : draft.description.trim(),
    natures: draft.natures,
    origin: draft.origin === '' ? null : draft.origin,
    cause: { source: draft.source === '' ? null : draft.source, intent: draft.intent === '' ? null : draft.intent },
    startedAt: instantValue(draft.startedAt),
    discoveredAt: instantValue(draft.discoveredAt),
    awareAt: instantValue(draft.awareAt) ?? '',
  } as BreachChanges;
}

/** What happened: description, nature, origin, cause and the three dates (Paris clock). */
export function FactsSection({ breach, readOnly }: { breach: BreachView; readOnly: boolean }) {
  const save = useUpdateBreach(breach.id);
  const [draft, setDraft] = useState(() => draftOf(breach));
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((old) => ({ ...old, [key]: value }));
    setSaved(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = changed(bodyOf(draft), bodyOf(draftOf(breach)));
    save.mutate(changes, {
      onSuccess: (result) => {
        setDraft(draftOf(result));
        setSaved(true);
      },
    });
  };
  const error = (field: string) => fieldError(save.error, field);
  return (
    <PageSection
      id="faits-titre"
      title="Ce qui s’est passé"
      intro="Décrivez la violation avec vos mots. Les heures sont celles de Paris ; la prise de connaissance fait partir le délai de 72 heures."
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <Textarea
              label="Description"
              description="Ce qui s’est passé, comment vous l’avez su, ce que vous avez constaté."
              autosize
              minRows={3}
              maxLength={4000}
              value={draft.description}
              onChange={(event) => set('description', event.currentTarget.value)}
              error={error('description')}
            />
            <Checkbox.Group
              label="Nature de la violation"
              description="Plusieurs réponses possibles."
              value={draft.natures}
              onChange={(value) => set('natures', value)}
              error={error('natures')}
            >
              <Stack gap={6} mt={6}>
                {BREACH_NATURES.map((nature) => (
                  <Checkbox key={nature} value={nature} label={NATURE_LABELS[nature]} />
                ))}
              </Stack>
            </Checkbox.Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NativeSelect
                label="Origine"
                value={draft.origin}
                onChange={(event) => set('origin', event.currentTarget.value)}
                data={[
                  { value: '', label: 'À préciser' },
                  ...BREACH_ORIGINS.map((o) => ({ value: o, label: ORIGIN_LABELS[o] })),
                ]}
                error={error('origin')}
              />
              <NativeSelect
                label="Cause : d’où vient-elle ?"
                value={draft.source}
                onChange={(event) => set('source', event.currentTarget.value)}
                data={[
                  { value: '', label: 'À préciser' },
                  ...CAUSE_SOURCES.map((s) => ({ value: s, label: CAUSE_SOURCE_LABELS[s] })),
                ]}
                error={error('cause.source')}
              />
              <NativeSelect
                label="Cause : était-elle voulue ?"
                value={draft.intent}
                onChange={(event) => set('intent', event.currentTarget.value)}
                data={[
                  { value: '', label: 'À préciser' },
                  ...CAUSE_INTENTS.map((i) => ({ value: i, label: CAUSE_INTENT_LABELS[i] })),
                ]}
                error={error('cause.intent')}
              />
            </SimpleGrid>
            <Group grow align="flex-start" wrap="wrap">
              <TextInput
                type="datetime-local"
                label="Début de la violation (si connu)"
                value={draft.startedAt}
                onChange={(event) => set('startedAt', event.currentTarget.value)}
                error={error('startedAt')}
                miw={220}
              />
              <TextInput
                type="datetime-local"
                label="Découverte"
                value={draft.discoveredAt}
                onChange={(event) => set('discoveredAt', event.currentTarget.value)}
                error={error('discoveredAt')}
                miw={220}
              />
              <TextInput
                type="datetime-local"
                label="Prise de connaissance"
                description="Le moment où le cabinet a eu une certitude raisonnable."
                required
                value={draft.awareAt}
                onChange={(event) => set('awareAt', event.currentTarget.value)}
                error={error('awareAt')}
                miw={220}
              />
            </Group>
            <ErrorAlert
              error={formError(save.error, [...FIELDS, 'cause.source', 'cause.intent'])}
              title="Rien n’a été enregistré"
            />
            {!readOnly && <SaveRow pending={save.isPending} saved={saved} />}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
