import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { ContactSection } from './ContactSection.tsx';
import { DataSection } from './DataSection.tsx';
import { DpoSection } from './DpoSection.tsx';
import { ExerciseSection } from './ExerciseSection.tsx';
import { IdentifiersSection } from './IdentifiersSection.tsx';
import { IdentitySection } from './IdentitySection.tsx';
import {
  checkForm,
  PRACTICE_KEY,
  type PracticeView,
  type ProfileForm,
  plainMessage,
  type SetField,
  toBody,
  toForm,
} from './practice-form.ts';
import { SecuritySection } from './SecuritySection.tsx';

/** The titulaire's form: the whole profile, saved at once (PUT /api/v1/practice). */
export function PracticeForm({ practice }: { practice: PracticeView }) {
  const client = useQueryClient();
  const { refresh } = useAuth();
  const [form, setForm] = useState<ProfileForm>(() => toForm(practice));
  const save = useMutation({
    mutationFn: (value: ProfileForm) => {
      const invalid = checkForm(value);
      if (invalid) throw invalid;
      return api<PracticeView>('/v1/practice', { method: 'PUT', body: toBody(value) });
    },
    onSuccess: async (saved) => {
      client.setQueryData(PRACTICE_KEY, saved);
      setForm(toForm(saved));
      await Promise.all([
        refresh(),
        client.invalidateQueries({ queryKey: ['home'] }),
        client.invalidateQueries({ queryKey: ['journal'] }),
      ]);
    },
  });
  const set: SetField = (field, value) => {
    if (save.isSuccess) save.reset();
    setForm((current) => ({ ...current, [field]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(form);
  };
  // The form is long: bring the field the server refused into view.
  useEffect(() => {
    if (!save.error) return;
    const field = document.querySelector<HTMLElement>('form [aria-invalid="true"], form .mantine-InputWrapper-error');
    field?.scrollIntoView({ block: 'center' });
    if (field?.getAttribute('aria-invalid') === 'true') field.focus({ preventScroll: true });
  }, [save.error]);
  const sectionProps = { form, set, error: save.error };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        <IdentitySection {...sectionProps} />
        <ContactSection {...sectionProps} />
        <DataSection {...sectionProps} />
        <ExerciseSection {...sectionProps} />
        <IdentifiersSection {...sectionProps} />
        <DpoSection {...sectionProps} />
        <SecuritySection {...sectionProps} />
        {save.isError && (
          <Alert color="red" title="Modifications non enregistrées" role="alert">
            {plainMessage(save.error)}
          </Alert>
        )}
        {save.isSuccess && (
          <Alert color="hygie" title="Modifications enregistrées" role="status">
            Le profil du cabinet est à jour. Le changement est inscrit au journal de conformité.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Enregistrer les modifications
          </Button>
          <Button
            variant="default"
            onClick={() => {
              save.reset();
              setForm(toForm(practice));
            }}
          >
            Annuler les changements
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
