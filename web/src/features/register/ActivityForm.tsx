import { Button, Group, MultiSelect, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { CategoriesField } from './CategoriesField.tsx';
import { ControllerField } from './ControllerField.tsx';
import { FIELDS } from './field-help.ts';
import { LegalBasisField } from './LegalBasisField.tsx';
import { LinesField } from './LinesField.tsx';
import type { ActivityBody, RegisterList } from './register-api.ts';
import { TransfersField } from './TransfersField.tsx';

const FORM_FIELDS = ['name', 'description', 'controller.userId', 'controller', 'securityMeasureIds.0'];

/** The whole activity, every field with its help; used to edit an activity and to create one. */
export function ActivityForm({
  initial,
  register,
  submitLabel,
  saving,
  error,
  onSubmit,
  onCancel,
}: {
  initial: ActivityBody;
  register: RegisterList;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (body: ActivityBody) => void;
  onCancel: () => void;
}) {
  const [form, setForm] = useState<ActivityBody>(initial);
  const set =
    <K extends keyof ActivityBody>(key: K) =>
    (value: ActivityBody[K]) =>
      setForm((old) => ({ ...old, [key]: value }));
  const lines = (
    key: 'purposes' | 'dataSubjects' | 'sources' | 'internalRecipients' | 'externalRecipients' | 'processors',
  ) => (
    <LinesField
      label={FIELDS[key].label}
      description={FIELDS[key].help}
      value={form[key]}
      onChange={set(key)}
      error={fieldError(error, key)}
    />
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(form);
  };
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="form" onSubmit={submit} aria-label="Modifier l’activité">
      <Stack gap="lg">
        <TextInput
          label={FIELDS.name.label}
          description={FIELDS.name.help}
          required
          value={form.name}
          onChange={(e) => set('name')(e.currentTarget.value)}
          error={fieldError(error, 'name')}
        />
        <Textarea
          label={FIELDS.description.label}
          description={FIELDS.description.help}
          value={form.description ?? ''}
          autosize
          minRows={2}
          onChange={(e) => set('description')(e.currentTarget.value || null)}
        />
        <ControllerField
          value={form.controller}
          onChange={set('controller')}
          practitioners={register.practitioners}
          error={fieldError(error, 'controller.userId') ?? fieldError(error, 'controller')}
        />
        {lines('purposes')}
        <LegalBasisField value={form.legalBasis} onChange={set('legalBasis')} />
        {lines('dataSubjects')}
        <CategoriesField value={form.dataCategories} onChange={set('dataCategories')} />
        {lines('sources')}
        {lines('internalRecipients')}
        {lines('externalRecipients')}
        {lines('processors')}
        <TransfersField value={form.transfers} onChange={set('transfers')} />
        <MultiSelect
          label={FIELDS.securityMeasureIds.label}
          description={FIELDS.securityMeasureIds.help}
          data={register.measures.map((m) => ({ value: m.id, label: m.title }))}
          value={form.securityMeasureIds}
          onChange={set('securityMeasureIds')}
          searchable
          nothingFoundMessage="Aucune mesure ne correspond"
          error={fieldError(error, 'securityMeasureIds.0')}
        />
        <Textarea
          label={FIELDS.otherSecurityMeasures.label}
          description={FIELDS.otherSecurityMeasures.help}
          value={form.otherSecurityMeasures ?? ''}
          autosize
          minRows={2}
          onChange={(e) => set('otherSecurityMeasures')(e.currentTarget.value || null)}
        />
        <ErrorAlert error={formError(error, FORM_FIELDS)} title="L’activité n’a pas pu être enregistrée" />
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
