import { Button, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { longDate, parisToday } from './format.ts';
import { canAnswer, type RequestView, useAnswerRequest } from './requests-api.ts';

const FIELDS = ['outcome', 'answer', 'refusalReason', 'answeredAt', 'identityChecked'] as const;

/** The answer sent (or the refusal and its reason): practitioners record it and alone read its content. */
export function AnswerSection({ request }: { request: RequestView }) {
  const role = useRole();
  if (!request.open) return <RecordedAnswer request={request} />;
  if (!canAnswer(role)) {
    return <Text>Pas encore de réponse. Seuls le titulaire et les praticiens enregistrent la réponse.</Text>;
  }
  return <AnswerForm request={request} />;
}

function RecordedAnswer({ request }: { request: RequestView }) {
  const role = useRole();
  return (
    <Stack gap={4}>
      <Text>
        <Text span fw={600}>
          {request.status === 'refused' ? 'Refus envoyé le' : 'Réponse envoyée le'}
        </Text>{' '}
        {request.answeredAt ? longDate(request.answeredAt) : '—'}
        {request.answeredLate ? ' (après l’échéance)' : ''}
      </Text>
      {request.refusalReason && (
        <Text>
          <Text span fw={600}>
            Motif du refus :
          </Text>{' '}
          {request.refusalReason}
        </Text>
      )}
      {request.answer !== undefined && (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>
            Réponse :
          </Text>{' '}
          {request.answer}
        </Text>
      )}
      {!canAnswer(role) && request.status === 'answered' && (
        <Text size="sm" c="dimmed">
          Le contenu de la réponse est réservé au titulaire et aux praticiens.
        </Text>
      )}
    </Stack>
  );
}

function AnswerForm({ request }: { request: RequestView }) {
  const answer = useAnswerRequest(request.id);
  const [outcome, setOutcome] = useState<'answered' | 'refused'>('answered');
  const [text, setText] = useState('');
  const [refusalReason, setRefusalReason] = useState('');
  const [answeredAt, setAnsweredAt] = useState(parisToday);
  const [missing, setMissing] = useState<Partial<Record<(typeof FIELDS)[number], string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = {
      ...(outcome === 'answered' && !text.trim() ? { answer: 'Indiquez ce qui a été envoyé ou fait.' } : {}),
      ...(outcome === 'refused' && !refusalReason.trim() ? { refusalReason: 'Un refus doit être motivé.' } : {}),
      ...(answeredAt ? {} : { answeredAt: 'Indiquez le jour de la réponse.' }),
    };
    setMissing(check);
    if (Object.keys(check).length > 0) return;
    answer.mutate({
      outcome,
      answer: text.trim(),
      answeredAt,
      ...(outcome === 'refused' ? { refusalReason: refusalReason.trim() } : {}),
    });
  };
  const error = (field: (typeof FIELDS)[number]) => missing[field] ?? fieldError(answer.error, field);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={640}>
        {!request.identityChecked && (
          <Text>L’identité du demandeur doit être vérifiée (section « Étapes ») avant de communiquer une réponse.</Text>
        )}
        <ErrorAlert error={formError(answer.error, FIELDS.slice(0, 4))} title="La réponse n’a pas été enregistrée" />
        <Radio.Group
          label="Issue"
          value={outcome}
          onChange={(value) => setOutcome(value as 'answered' | 'refused')}
          error={error('outcome')}
        >
          <Group gap="lg" mt={4}>
            <Radio value="answered" label="Réponse envoyée" />
            <Radio value="refused" label="Demande refusée" />
          </Group>
        </Radio.Group>
        <TextInput
          type="date"
          label="Date de la réponse"
          description={
            request.earliestAnswerAt
              ? `Pas avant le ${longDate(request.earliestAnswerAt)} (délai de réflexion de 48 heures).`
              : undefined
          }
          required
          value={answeredAt}
          max={parisToday()}
          onChange={(event) => setAnsweredAt(event.currentTarget.value)}
          error={error('answeredAt')}
        />
        {outcome === 'refused' && (
          <Textarea
            label="Motif du refus"
            description="Il figure dans la lettre de refus : écrivez-le pour la personne, sans information médicale."
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={refusalReason}
            onChange={(event) => setRefusalReason(event.currentTarget.value)}
            error={error('refusalReason')}
          />
        )}
        <Textarea
          label={outcome === 'refused' ? 'Note sur la réponse (facultatif)' : 'Réponse apportée'}
          description="Ce qui a été envoyé ou fait. Seuls le titulaire et les praticiens la liront ; elle n’est jamais copiée dans le journal."
          required={outcome === 'answered'}
          autosize
          minRows={3}
          maxLength={5000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={error('answer')}
        />
        <Group>
          <Button type="submit" loading={answer.isPending}>
            Enregistrer la réponse
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
