import { NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { PRIORITY_LABELS } from '../../../../src/features/checklist/checklist-view.ts';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { useSaveMeasure } from './checklist-api.ts';
import { type ChecklistView, type MeasureAnswer, type MeasureView, PRIORITY_ORDER } from './checklist-types.ts';

const FIELDS = ['comment', 'assigneeId', 'dueDate', 'priority', 'evidence'] as const;
type Draft = Record<(typeof FIELDS)[number], string>;

const draftOf = (measure: MeasureView): Draft => ({
  comment: measure.comment ?? '',
  assigneeId: measure.assignee?.id ?? '',
  dueDate: measure.dueDate ?? '',
  priority: measure.priority ?? '',
  evidence: measure.evidence ?? '',
});

/** The answer's follow-up: comment, person in charge, due date, priority, proof. Sends only what changed. */
export function MeasureForm({ measure, assignees }: { measure: MeasureView; assignees: ChecklistView['assignees'] }) {
  const role = useRole();
  const save = useSaveMeasure(measure.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(measure));
  const [saved, setSaved] = useState(false);
  // Only the titulaire and the practitioners hand a measure over to someone.
  const canAssign = role === 'owner' || role === 'practitioner';
  const set = (field: keyof Draft, value: string) => {
    setDraft((old) => ({ ...old, [field]: value }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const before = draftOf(measure);
    // The status is the buttons' business: the form never sends it (an unanswered measure stays so).
    const answer: MeasureAnswer = {};
    for (const field of FIELDS) {
      if (field === 'assigneeId' && !canAssign) continue;
      const value = field === 'comment' || field === 'evidence' ? draft[field].trim() : draft[field];
      if (value !== before[field]) Object.assign(answer, { [field]: value === '' ? null : value });
    }
    save.mutate(answer, {
      onSuccess: (result) => {
        setDraft(draftOf(result.measure));
        setSaved(true);
      },
    });
  };

  const error = (field: string) => fieldError(save.error, field);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label="Commentaire"
          description="Ce qui est fait, ce qui manque, à qui s’adresser."
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.comment}
          onChange={(event) => set('comment', event.currentTarget.value)}
          error={error('comment')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {canAssign ? (
            <NativeSelect
              label="Responsable"
              value={draft.assigneeId}
              onChange={(event) => set('assigneeId', event.currentTarget.value)}
              data={[
                { value: '', label: 'Non attribuée' },
                ...assignees.map((user) => ({ value: user.id, label: user.name })),
              ]}
              error={error('assigneeId')}
            />
          ) : (
            <Text size="sm">
              <Text span fw={600}>
                Responsable :
              </Text>{' '}
              {measure.assignee?.name ?? 'personne'}
            </Text>
          )}
          <TextInput
            type="date"
            label="À faire avant le"
            value={draft.dueDate}
            onChange={(event) => set('dueDate', event.currentTarget.value)}
            error={error('dueDate')}
          />
          <NativeSelect
            label="Priorité"
            value={draft.priority}
            onChange={(event) => set('priority', event.currentTarget.value)}
            data={[
              { value: '', label: 'Non précisée' },
              ...PRIORITY_ORDER.map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] })),
            ]}
            error={error('priority')}
          />
        </SimpleGrid>
        <Textarea
          label="Justificatif"
          description="Où trouver de quoi le montrer : facture, contrat, capture d’écran, date du dernier test…"
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.evidence}
          onChange={(event) => set('evidence', event.currentTarget.value)}
          error={error('evidence')}
        />
        <ErrorAlert error={formError(save.error, FIELDS)} title="Le suivi n’a pas été enregistré" />
        <SaveRow savedText="Suivi enregistré." pending={save.isPending} saved={saved} />
      </Stack>
    </form>
  );
}
