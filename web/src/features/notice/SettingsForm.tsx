import { Anchor, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { type NoticeSettingsInput, type NoticeView, useSaveNoticeSettings } from './notice-api.ts';

const FIELDS = ['controller', 'rightsContact', 'mandatoryData'] as const;
type Field = (typeof FIELDS)[number];

/** The practice's own wording for the notice (the contact details come from the practice profile); an empty field takes Hygie's default. */
export function SettingsForm({ notice, canManage }: { notice: NoticeView; canManage: boolean }) {
  const save = useSaveNoticeSettings();
  const [value, setValue] = useState<Record<Field, string>>(
    () => Object.fromEntries(FIELDS.map((field) => [field, notice.settings[field] ?? ''])) as Record<Field, string>,
  );
  const [saved, setSaved] = useState(false);
  const set = (field: Field) => (event: { currentTarget: { value: string } }) => {
    setSaved(false);
    setValue({ ...value, [field]: event.currentTarget.value });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = Object.fromEntries(FIELDS.map((f) => [f, value[f].trim() || null])) as unknown as NoticeSettingsInput;
    save.mutate(body, { onSuccess: () => setSaved(true) });
  };
  const common = (field: Field) => ({
    id: `notice-${field}`,
    value: value[field],
    onChange: set(field),
    error: fieldError(save.error, field),
    readOnly: !canManage,
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={760}>
        <ErrorAlert error={formError(save.error, FIELDS)} />
        <TextInput
          {...common('controller')}
          label="Responsable des données"
          description={`Laissé vide : « ${notice.defaults.controller} ». Par exemple « Mme Claire Martin, infirmière ».`}
          maxLength={200}
        />
        <Text size="sm">
          Coordonnées du cabinet :{' '}
          {[notice.contact.address, notice.contact.phone, notice.contact.email].filter(Boolean).join(' · ') ||
            'aucune pour l’instant'}
          .{' '}
          <Anchor component={Link} to="/cabinet" underline="always">
            Les modifier sur la page « Cabinet »
          </Anchor>
        </Text>
        <Textarea
          {...common('rightsContact')}
          label="Comment les patients exercent leurs droits"
          description={`Laissé vide : « ${notice.defaults.rightsContact} ».`}
          autosize
          minRows={2}
          maxLength={500}
        />
        <Textarea
          {...common('mandatoryData')}
          label="Réponses obligatoires"
          description={`Laissé vide : « ${notice.defaults.mandatoryData} »`}
          autosize
          minRows={2}
          maxLength={1000}
        />
        {canManage ? (
          <SaveRow label="Enregistrer" pending={save.isPending} saved={saved} />
        ) : (
          <Text size="sm" c="dimmed">
            Le titulaire et les praticiens tiennent ces informations à jour.
          </Text>
        )}
      </Stack>
    </form>
  );
}
