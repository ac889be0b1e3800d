import { Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import {
  PRACTICE_CONTACT_KIND_LABELS,
  PRACTICE_CONTACT_KINDS,
} from '../../../../src/features/incidents/incident-labels.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { type ContactInput, type PracticeContactView, useSaveContact } from './incidents-api.ts';

const FIELDS = ['kind', 'name', 'phone', 'email', 'notes'];
const EMPTY: ContactInput = { kind: 'it_provider', name: '', phone: '', email: '', notes: '' };

/** Adds a contact of the practice, or edits one (`contact` given). */
export function ContactForm({ contact, onDone }: { contact?: PracticeContactView; onDone: () => void }) {
  const save = useSaveContact(contact?.id);
  const [value, setValue] = useState<ContactInput>(
    contact
      ? {
          kind: contact.kind,
          name: contact.name,
          phone: contact.phone ?? '',
          email: contact.email ?? '',
          notes: contact.notes ?? '',
        }
      : EMPTY,
  );
  const set = (field: keyof ContactInput) => (event: { currentTarget: { value: string } }) =>
    setValue({ ...value, [field]: event.currentTarget.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(value, {
      onSuccess: () => {
        setValue(EMPTY);
        onDone();
      },
    });
  };
  const idPrefix = contact ? `contact-${contact.id}` : 'nouveau-contact';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={560}>
        <ErrorAlert error={formError(save.error, FIELDS)} />
        <NativeSelect
          id={`${idPrefix}-kind`}
          label="Type de contact"
          value={value.kind}
          onChange={set('kind')}
          data={PRACTICE_CONTACT_KINDS.map((kind) => ({ value: kind, label: PRACTICE_CONTACT_KIND_LABELS[kind] }))}
          error={fieldError(save.error, 'kind')}
        />
        <TextInput
          id={`${idPrefix}-name`}
          label="Nom"
          description="La société ou la personne, par exemple « Informatique Durand »."
          required
          value={value.name}
          onChange={set('name')}
          error={fieldError(save.error, 'name')}
          maxLength={200}
        />
        <TextInput
          id={`${idPrefix}-phone`}
          label="Téléphone"
          type="tel"
          autoComplete="off"
          value={value.phone}
          onChange={set('phone')}
          error={fieldError(save.error, 'phone')}
          maxLength={40}
        />
        <TextInput
          id={`${idPrefix}-email`}
          label="E-mail"
          type="email"
          autoComplete="off"
          value={value.email}
          onChange={set('email')}
          error={fieldError(save.error, 'email')}
          maxLength={254}
        />
        <Textarea
          id={`${idPrefix}-notes`}
          label="Remarques"
          description="Numéro de contrat, horaires, astreinte…"
          autosize
          minRows={2}
          value={value.notes}
          onChange={set('notes')}
          error={fieldError(save.error, 'notes')}
          maxLength={1000}
        />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {contact ? 'Enregistrer' : 'Ajouter le contact'}
          </Button>
          {contact && (
            <Button variant="default" onClick={onDone}>
              Annuler
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
