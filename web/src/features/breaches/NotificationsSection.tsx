import { SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { changed, instantValue, localValue } from './breach-form.ts';
import { type BreachChanges, type BreachView, useUpdateBreach } from './breaches-api.ts';

const FIELDS = [
  'cnilNotifiedAt',
  'cnilReceiptNumber',
  'delayReasons',
  'complementaryNotifiedAt',
  'subjectsInformedAt',
  'complaintFiledAt',
  'complaintNumber',
  'arsReportedAt',
] as const;

const draftOf = (breach: BreachView) => ({
  cnilNotifiedAt: localValue(breach.cnilNotifiedAt),
  cnilReceiptNumber: breach.cnilReceiptNumber ?? '',
  delayReasons: breach.delayReasons ?? '',
  complementaryNotifiedAt: localValue(breach.complementaryNotifiedAt),
  subjectsInformedAt: localValue(breach.subjectsInformedAt),
  complaintFiledAt: localValue(breach.complaintFiledAt),
  complaintNumber: breach.complaintNumber ?? '',
  arsReportedAt: localValue(breach.arsReportedAt),
});
type Draft = ReturnType<typeof draftOf>;

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const bodyOf = (draft: Draft): BreachChanges => ({
  cnilNotifiedAt: instantValue(draft.cnilNotifiedAt),
  cnilReceiptNumber: text(draft.cnilReceiptNumber),
  delayReasons: text(draft.delayReasons),
  complementaryNotifiedAt: instantValue(draft.complementaryNotifiedAt),
  subjectsInformedAt: instantValue(draft.subjectsInformedAt),
  complaintFiledAt: instantValue(draft.complaintFiledAt),
  complaintNumber: text(draft.complaintNumber),
  arsReportedAt: instantValue(draft.arsReportedAt),
});

/** When the CNIL, the people and the police were told, and the references received. */
export function NotificationsSection({ breach, readOnly }: { breach: BreachView; readOnly: boolean }) {
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
  const input = (key: keyof Draft, label: string, type: 'datetime-local' | 'text' = 'datetime-local') => (
    <TextInput
      type={type}
      label={label}
      maxLength={type === 'text' ? 100 : undefined}
      value={draft[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={error(key)}
    />
  );
  return (
    <PageSection
      id="notifications-titre"
      title="Notifications et références"
      intro="Notez chaque envoi dès qu’il est fait (heure de Paris) : le registre garde la preuve de vos démarches."
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {input('cnilNotifiedAt', 'Notification à la CNIL faite le')}
              {input('cnilReceiptNumber', 'Numéro de récépissé de la CNIL', 'text')}
              {input('complementaryNotifiedAt', 'Notification complémentaire faite le')}
              {input('subjectsInformedAt', 'Personnes concernées informées le')}
              {input('complaintFiledAt', 'Plainte déposée le')}
              {input('complaintNumber', 'Numéro de la plainte', 'text')}
              {breach.arsReportExpected && input('arsReportedAt', 'Incident signalé à l’ARS le')}
            </SimpleGrid>
            {breach.deadlinePassed && (
              <Text fw={700}>
                Le délai de 72 heures est passé depuis le {breach.notificationDeadlineText} : une notification faite
                après cette heure doit donner les raisons du retard.
              </Text>
            )}
            <Textarea
              label="Raisons du retard"
              description="Obligatoires pour une notification faite plus de 72 heures après la prise de connaissance."
              autosize
              minRows={2}
              maxLength={4000}
              value={draft.delayReasons}
              onChange={(event) => set('delayReasons', event.currentTarget.value)}
              error={error('delayReasons')}
            />
            <ErrorAlert error={formError(save.error, FIELDS)} title="Rien n’a été enregistré" />
            {!readOnly && <SaveRow pending={save.isPending} saved={saved} />}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
