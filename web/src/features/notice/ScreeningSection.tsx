import {
  Anchor,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import {
  ASKS_INDIVIDUAL,
  SCREENING_STRUCTURES,
  type ScreeningAnswers,
  type ScreeningStructure,
  STRUCTURE_LABELS,
  screenDpia,
  screenDpo,
} from '../../../../src/features/screening/screening.ts';
import { formatDateTime } from '../../../../src/lib/dates/format.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { type DecisionView, type ScreeningView, useRecordScreening, useScreening } from './notice-api.ts';
import { KIND_TITLES, ScreeningResultCard } from './ScreeningResult.tsx';
import { WarningAlert } from './WarningAlert.tsx';

const FIELDS = ['structure', 'individual', 'sharedRecords', 'sharedInformationSystem', 'patientsPerYear', 'note'];

/** The latest decision of each questionnaire, and the earlier ones. */
function Decisions({ screening }: { screening: ScreeningView }) {
  const { dpo, dpia } = screening;
  if (!dpo.current && !dpia.current) {
    return <Text>Aucune évaluation enregistrée pour le moment.</Text>;
  }
  const line = (decision: DecisionView) =>
    `${KIND_TITLES[decision.kind]} : ${decision.result} — évaluation n° ${decision.number} du ${formatDateTime(new Date(decision.decidedAt))}, par ${decision.decidedBy}${decision.note ? ` (« ${decision.note} »)` : ''}.`;
  const earlier = [...dpo.history.slice(1), ...dpia.history.slice(1)].sort((a, b) =>
    b.decidedAt.localeCompare(a.decidedAt),
  );
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Décisions enregistrées
      </Title>
      <List size="sm" spacing={4}>
        {[dpo.current, dpia.current].flatMap((decision) =>
          decision ? [<List.Item key={decision.id}>{line(decision)}</List.Item>] : [],
        )}
      </List>
      {earlier.length > 0 && (
        <details>
          <summary>Évaluations précédentes ({earlier.length})</summary>
          <List size="sm" spacing={4} mt="xs">
            {earlier.map((decision) => (
              <List.Item key={decision.id}>{line(decision)}</List.Item>
            ))}
          </List>
        </details>
      )}
    </Stack>
  );
}

function DpoContact({ screening }: { screening: ScreeningView }) {
  const contact = screening.dpoContact;
  return (
    <Text size="sm">
      {contact
        ? `Délégué désigné : ${[contact.name, contact.email, contact.phone].filter(Boolean).join(' · ')}. `
        : 'Aucun délégué n’est renseigné. '}
      <Anchor component={Link} to="/cabinet" underline="always">
        {contact ? 'Modifier ses coordonnées sur la page « Cabinet »' : 'Indiquer un délégué sur la page « Cabinet »'}
      </Anchor>
    </Text>
  );
}

/** The questionnaire: the results show as it is answered; saving records both decisions. */
function Questionnaire({ initial, canManage }: { initial: ScreeningAnswers; canManage: boolean }) {
  const record = useRecordScreening();
  const [answers, setAnswers] = useState<ScreeningAnswers>(initial);
  const [volume, setVolume] = useState(initial.patientsPerYear === null ? '' : String(initial.patientsPerYear));
  const [note, setNote] = useState('');
  const asksIndividual = ASKS_INDIVIDUAL.includes(answers.structure);
  const current: ScreeningAnswers = {
    ...answers,
    individual: asksIndividual ? (answers.individual ?? false) : null,
    patientsPerYear: volume.trim() === '' || Number.isNaN(Number(volume)) ? null : Number(volume),
  };
  const change = (patch: Partial<ScreeningAnswers>) => {
    record.reset();
    setAnswers({ ...answers, ...patch });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ answers: current, note });
  };
  const error = (field: string) => fieldError(record.error, field);
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={3} size="h4">
          Questionnaire
        </Title>
        <ErrorAlert error={formError(record.error, FIELDS)} />
        <NativeSelect
          id="screening-structure"
          label="Comment exercez-vous ?"
          value={answers.structure}
          onChange={(event) => change({ structure: event.currentTarget.value as ScreeningStructure })}
          data={SCREENING_STRUCTURES.map((value) => ({ value, label: STRUCTURE_LABELS[value] }))}
          error={error('structure')}
          disabled={!canManage}
          maw={420}
        />
        {asksIndividual && (
          <Radio.Group
            label="Un seul professionnel y exerce-t-il ?"
            value={current.individual ? 'oui' : 'non'}
            onChange={(choice) => change({ individual: choice === 'oui' })}
            error={error('individual')}
          >
            <Group gap="lg" mt={4}>
              <Radio value="oui" label="Oui, un seul" disabled={!canManage} />
              <Radio value="non" label="Non, plusieurs" disabled={!canManage} />
            </Group>
          </Radio.Group>
        )}
        <Checkbox
          id="screening-shared-records"
          label="Des dossiers de patients sont partagés entre plusieurs professionnels (un même dossier que chacun complète)"
          checked={answers.sharedRecords}
          onChange={(event) => change({ sharedRecords: event.currentTarget.checked })}
          error={error('sharedRecords')}
          disabled={!canManage}
        />
        <Checkbox
          id="screening-shared-system"
          label="Les professionnels du cabinet partagent un même système d’information (logiciel, agenda, dossiers)"
          checked={answers.sharedInformationSystem}
          onChange={(event) => change({ sharedInformationSystem: event.currentTarget.checked })}
          error={error('sharedInformationSystem')}
          disabled={!canManage}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            id="screening-volume"
            label="Nombre de patients par an (tous professionnels confondus)"
            description="Une estimation suffit, par exemple d’après votre logiciel ; laissez vide si vous ne savez pas."
            type="number"
            inputMode="numeric"
            min={0}
            value={volume}
            onChange={(event) => {
              record.reset();
              setVolume(event.currentTarget.value);
            }}
            error={error('patientsPerYear')}
            disabled={!canManage}
          />
          {canManage && (
            <Textarea
              id="screening-note"
              label="Commentaire (facultatif)"
              description="Par exemple le délégué désigné, ou la raison d’un choix."
              autosize
              minRows={2}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={error('note')}
              maxLength={2000}
            />
          )}
        </SimpleGrid>
        <div aria-live="polite">
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              Résultat selon vos réponses :
            </Text>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <ScreeningResultCard outcome={screenDpo(current)} headingLevel={4} />
              <ScreeningResultCard outcome={screenDpia(current)} headingLevel={4} />
            </SimpleGrid>
          </Stack>
        </div>
        {canManage ? (
          <SaveRow
            label="Enregistrer l’évaluation"
            savedText="Évaluation enregistrée."
            pending={record.isPending}
            saved={record.isSuccess}
          />
        ) : (
          <Text size="sm" c="dimmed">
            Le titulaire et les praticiens enregistrent l’évaluation.
          </Text>
        )}
      </Stack>
    </form>
  );
}

/** DPO and DPIA screening: the recorded decisions, the DPO of the practice, and the questionnaire. */
export function ScreeningSection({ canManage }: { canManage: boolean }) {
  const screening = useScreening();
  const data = screening.data;
  return (
    <Stack gap="md">
      <ErrorAlert error={screening.error} title="L’évaluation n’a pas pu être chargée" />
      {screening.isPending && <Skeleton h={200} />}
      {data && (
        <>
          {data.alerts.map((alert) => (
            <WarningAlert key={alert} title="À faire">
              {alert}
            </WarningAlert>
          ))}
          <Decisions screening={data} />
          <DpoContact screening={data} />
          {/* The questions, folded once Hygie has an answer and nothing is to do. */}
          <Disclosure
            label={data.dpo.current || data.dpia.current ? 'Voir ou revoir les questions' : 'Répondre aux questions'}
            defaultOpened={data.alerts.length > 0}
          >
            <Questionnaire
              key={data.dpo.current?.id ?? 'nouveau'}
              initial={data.dpo.current?.answers ?? data.suggestedAnswers}
              canManage={canManage}
            />
          </Disclosure>
        </>
      )}
    </Stack>
  );
}
