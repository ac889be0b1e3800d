import { Checkbox, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  DATA_CATEGORIES,
  DATA_CATEGORY_LABELS,
  PEOPLE_CATEGORIES,
  PEOPLE_CATEGORY_LABELS,
} from '../../../../src/features/breaches/breach-labels.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { changed, countValue } from './breach-form.ts';
import { type BreachChanges, type BreachView, useUpdateBreach } from './breaches-api.ts';

const FIELDS = [
  'dataCategories',
  'peopleCategories',
  'peopleCount',
  'recordsCount',
  'unintelligible',
  'unintelligibleHow',
  'subsequentMeasures',
  'disproportionateEffort',
] as const;

const draftOf = (breach: BreachView) => ({
  dataCategories: breach.dataCategories as string[],
  peopleCategories: breach.peopleCategories as string[],
  peopleCount: breach.peopleCount === null ? '' : String(breach.peopleCount),
  recordsCount: breach.recordsCount === null ? '' : String(breach.recordsCount),
  unintelligible: breach.unintelligible === null ? 'unknown' : breach.unintelligible ? 'yes' : 'no',
  unintelligibleHow: breach.unintelligibleHow ?? '',
  subsequentMeasures: breach.subsequentMeasures ?? '',
  disproportionateEffort: breach.disproportionateEffort ?? '',
});
type Draft = ReturnType<typeof draftOf>;

const bodyOf = (draft: Draft) =>
  ({
    dataCategories: draft.dataCategories,
    peopleCategories: draft.peopleCategories,
    peopleCount: countValue(draft.peopleCount),
    recordsCount: countValue(draft.recordsCount),
    unintelligible: draft.unintelligible === 'unknown' ? null : draft.unintelligible === 'yes',
    unintelligibleHow: draft.unintelligibleHow.trim() === '' ? null : draft.unintelligibleHow.trim(),
    subsequentMeasures: draft.subsequentMeasures.trim() === '' ? null : draft.subsequentMeasures.trim(),
    disproportionateEffort: draft.disproportionateEffort.trim() === '' ? null : draft.disproportionateEffort.trim(),
  }) as BreachChanges;

/** Which data and which people: categories, approximate numbers, and whether the data were unintelligible. */
export function ScopeSection({ breach, readOnly }: { breach: BreachView; readOnly: boolean }) {
  const save = useUpdateBreach(breach.id);
  const [draft, setDraft] = useState(() => draftOf(breach));
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
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
  return (
    <PageSection
      id="donnees-titre"
      title="Données et personnes concernées"
      intro="Des nombres approximatifs suffisent : la notification peut être complétée plus tard."
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Checkbox.Group
                label="Données concernées"
                value={draft.dataCategories}
                onChange={(value) => set('dataCategories', value)}
                error={error('dataCategories')}
              >
                <Stack gap={6} mt={6}>
                  {DATA_CATEGORIES.map((category) => (
                    <Checkbox key={category} value={category} label={DATA_CATEGORY_LABELS[category]} />
                  ))}
                </Stack>
              </Checkbox.Group>
              <Checkbox.Group
                label="Personnes concernées"
                value={draft.peopleCategories}
                onChange={(value) => set('peopleCategories', value)}
                error={error('peopleCategories')}
              >
                <Stack gap={6} mt={6}>
                  {PEOPLE_CATEGORIES.map((category) => (
                    <Checkbox key={category} value={category} label={PEOPLE_CATEGORY_LABELS[category]} />
                  ))}
                </Stack>
              </Checkbox.Group>
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="number"
                min={0}
                step={1}
                label="Nombre approximatif de personnes"
                value={draft.peopleCount}
                onChange={(event) => set('peopleCount', event.currentTarget.value)}
                error={error('peopleCount')}
              />
              <TextInput
                type="number"
                min={0}
                step={1}
                label="Nombre approximatif d’enregistrements (fiches, dossiers, lignes)"
                value={draft.recordsCount}
                onChange={(event) => set('recordsCount', event.currentTarget.value)}
                error={error('recordsCount')}
              />
            </SimpleGrid>
            <Radio.Group
              label="Les données étaient-elles inintelligibles pour qui les a obtenues ?"
              description="Par exemple un ordinateur chiffré dont la clé est restée en sécurité : l’information des personnes n’est alors pas exigée."
              value={draft.unintelligible}
              onChange={(value) => set('unintelligible', value)}
              error={error('unintelligible')}
            >
              <Stack gap={6} mt={6}>
                <Radio value="yes" label="Oui, elles étaient chiffrées et la clé est restée en sécurité" />
                <Radio value="no" label="Non" />
                <Radio value="unknown" label="Je ne sais pas encore" />
              </Stack>
            </Radio.Group>
            {draft.unintelligible === 'yes' && (
              <Textarea
                label="Comment étaient-elles protégées ?"
                autosize
                minRows={2}
                maxLength={4000}
                value={draft.unintelligibleHow}
                onChange={(event) => set('unintelligibleHow', event.currentTarget.value)}
                error={error('unintelligibleHow')}
              />
            )}
            <Textarea
              label="Des mesures prises depuis rendent-elles le risque élevé improbable ?"
              description="Par exemple : les mots de passe volés ont été changés avant toute utilisation. Si oui, décrivez-les : l’information des personnes n’est alors pas exigée (article 34.3.b du RGPD). Laissez vide sinon."
              autosize
              minRows={2}
              maxLength={4000}
              value={draft.subsequentMeasures}
              onChange={(event) => set('subsequentMeasures', event.currentTarget.value)}
              error={error('subsequentMeasures')}
            />
            <Textarea
              label="Informer chaque personne demanderait-il des efforts disproportionnés ?"
              description="Par exemple : des milliers de patients dont vous n’avez pas l’adresse. Si oui, expliquez pourquoi : une communication publique (affichage, site internet, presse locale) les informe alors (article 34.3.c du RGPD). Laissez vide sinon."
              autosize
              minRows={2}
              maxLength={4000}
              value={draft.disproportionateEffort}
              onChange={(event) => set('disproportionateEffort', event.currentTarget.value)}
              error={error('disproportionateEffort')}
            />
            <ErrorAlert error={formError(save.error, FIELDS)} title="Rien n’a été enregistré" />
            {!readOnly && <SaveRow pending={save.isPending} saved={saved} />}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
