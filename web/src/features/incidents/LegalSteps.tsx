import { Badge, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ARS_REPORT_TEXT } from '../../../../src/features/incidents/ars-report.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { changed, instantValue, localValue } from '../breaches/breach-form.ts';
import { type IncidentChanges, type IncidentView, useUpdateIncident } from './incidents-api.ts';

/** What the insurer's clock needs of an incident or a breach view. */
export interface InsurerClockFields {
  insurerComplaintDeadlineText: string | null;
  complaintTimingLabel: string | null;
  complaintFiledAt: string | null;
}

/**
 * The insurer's 72 hours (Code des assurances L. 12-10-1) in plain words, beside the CNIL clock:
 * the deadline, then « dans les délais » or « hors délai » once the complaint date is noted.
 */
export function InsurerClock({ view }: { view: InsurerClockFields }) {
  if (view.insurerComplaintDeadlineText === null) return null;
  return (
    <Stack gap={4}>
      <Group gap="sm">
        <Text fw={700}>Plainte pour l’assurance : avant le {view.insurerComplaintDeadlineText}</Text>
        {view.complaintTimingLabel && (
          <Badge color={view.complaintTimingLabel === 'hors délai' ? 'red.9' : 'green.9'} variant="filled">
            {view.complaintTimingLabel}
          </Badge>
        )}
      </Group>
      <Text size="sm">
        Après une cyberattaque, une assurance ne rembourse les pertes que si une plainte est déposée au plus tard 72
        heures après que vous en avez eu connaissance (code des assurances, article L. 12-10-1). Portez plainte au
        commissariat, à la gendarmerie ou par courrier au procureur de la République, puis notez ici sa date.
      </Text>
    </Stack>
  );
}

const FIELDS = ['complaintFiledAt', 'complaintNumber', 'arsReportedAt'] as const;

const draftOf = (incident: IncidentView) => ({
  complaintFiledAt: localValue(incident.complaintFiledAt),
  complaintNumber: incident.complaintNumber ?? '',
  arsReportedAt: localValue(incident.arsReportedAt),
});
type Draft = ReturnType<typeof draftOf>;

const bodyOf = (draft: Draft): IncidentChanges => ({
  complaintFiledAt: instantValue(draft.complaintFiledAt),
  complaintNumber: draft.complaintNumber.trim() === '' ? null : draft.complaintNumber.trim(),
  arsReportedAt: instantValue(draft.arsReportedAt),
});

/** The complaint (its date and number) and, for a laboratory, the report to the ARS. */
export function LegalSteps({ incident }: { incident: IncidentView }) {
  const update = useUpdateIncident(incident.id);
  const [draft, setDraft] = useState(() => draftOf(incident));
  const [saved, setSaved] = useState(false);
  const readOnly = !incident.canManage || incident.state === 'withdrawn';
  const set = (key: keyof Draft, value: string) => {
    setDraft((old) => ({ ...old, [key]: value }));
    setSaved(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(changed(bodyOf(draft), bodyOf(draftOf(incident))), {
      onSuccess: (result) => {
        setDraft(draftOf(result));
        setSaved(true);
      },
    });
  };
  const input = (key: keyof Draft, label: string, type: 'datetime-local' | 'text' = 'datetime-local') => (
    <TextInput
      type={type}
      label={label}
      maxLength={type === 'text' ? 200 : undefined}
      value={draft[key]}
      onChange={(event) => set(key, event.currentTarget.value)}
      error={fieldError(update.error, key)}
    />
  );
  return (
    <PageSection
      id="demarches-titre"
      title="Plainte et signalements"
      intro="Notez la date de chaque démarche (heure de Paris) : elle est gardée dans la chronologie."
    >
      <form onSubmit={submit} noValidate>
        <fieldset disabled={readOnly} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <InsurerClock view={incident} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {input('complaintFiledAt', 'Plainte déposée le')}
              {input('complaintNumber', 'Numéro de la plainte', 'text')}
            </SimpleGrid>
            {incident.arsReportExpected && (
              <>
                <Text size="sm">{ARS_REPORT_TEXT}</Text>
                {input('arsReportedAt', 'Incident signalé à l’ARS le')}
              </>
            )}
            <ErrorAlert error={formError(update.error, FIELDS)} title="Rien n’a été enregistré" />
            {!readOnly && <SaveRow pending={update.isPending} saved={saved} />}
          </Stack>
        </fieldset>
      </form>
    </PageSection>
  );
}
