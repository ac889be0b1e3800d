import { Alert, Button, Checkbox, Paper, Radio, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type Answers, type RegisterList, useAcceptProposals, useProposals } from './register-api.ts';

const toAnswer = (value: boolean | null) => (value === null ? undefined : value);

function YesNo({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description: string;
  value: boolean | undefined;
  onChange: (value: boolean) => void;
}) {
  return (
    <Radio.Group
      label={label}
      description={description}
      value={value === undefined ? null : value ? 'oui' : 'non'}
      onChange={(next) => onChange(next === 'oui')}
    >
      <Stack gap="xs" mt="xs">
        <Radio value="oui" label="Oui" />
        <Radio value="non" label="Non" />
      </Stack>
    </Radio.Group>
  );
}

/**
 * « Hygie vous propose ces activités » : two questions the profile cannot answer, then the
 * activities that apply, ticked, pre-filled from the practice profile. `compact` (register not
 * empty) shows only the proposals not in the register yet.
 */
export function Onboarding({ saved, compact = false }: { saved: RegisterList['questions']; compact?: boolean }) {
  const [answers, setAnswers] = useState<Answers>({
    hasWebsite: toAnswer(saved.hasWebsite),
    hasVideoSurveillance: toAnswer(saved.hasVideoSurveillance),
  });
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const proposals = useProposals(answers);
  const accept = useAcceptProposals();
  const offered = (proposals.data?.proposals ?? []).filter((p) => !p.alreadyInRegister);
  const chosen = offered.filter((p) => !unticked.has(p.templateId)).map((p) => p.templateId);
  const answered = answers.hasWebsite !== undefined && answers.hasVideoSurveillance !== undefined;
  const choose = (values: string[]) =>
    setUnticked((old) => new Set([...old, ...offered.map((p) => p.templateId)].filter((id) => !values.includes(id))));
  const submit = () => {
    if (!answered || answers.hasWebsite === undefined || answers.hasVideoSurveillance === undefined) return;
    accept.mutate({
      templateIds: chosen,
      hasWebsite: answers.hasWebsite,
      hasVideoSurveillance: answers.hasVideoSurveillance,
    });
  };

  const body = (
    <Stack gap="md">
      <Text>
        {compact
          ? 'Les activités que Hygie propose pour votre profil et qui ne sont pas encore dans votre registre.'
          : 'À partir du profil du cabinet, Hygie a préparé les activités qui vous concernent, déjà remplies : finalités, base légale, données, durées de conservation et mesures de sécurité. Répondez à deux questions, gardez cochées celles qui vous concernent, puis relisez chaque activité.'}
      </Text>
      <YesNo
        label="Le cabinet a-t-il un site internet ou un formulaire de contact en ligne ?"
        description="Les messages reçus par un site sont des données personnelles."
        value={answers.hasWebsite}
        onChange={(hasWebsite) => setAnswers((old) => ({ ...old, hasWebsite }))}
      />
      <YesNo
        label="Le cabinet est-il équipé de caméras de vidéosurveillance ?"
        description="Les images des personnes filmées sont des données personnelles."
        value={answers.hasVideoSurveillance}
        onChange={(hasVideoSurveillance) => setAnswers((old) => ({ ...old, hasVideoSurveillance }))}
      />
      <ErrorAlert error={proposals.error} title="Les propositions n’ont pas pu être chargées" />
      {proposals.isPending && <Skeleton h={160} />}
      {proposals.data && offered.length === 0 && (
        <Text>Toutes les activités proposées pour votre profil sont déjà dans votre registre.</Text>
      )}
      {offered.length > 0 && (
        <Checkbox.Group label="Activités à créer" value={chosen} onChange={choose}>
          <Stack gap="sm" mt="xs">
            {offered.map((p) => (
              <Checkbox key={p.templateId} value={p.templateId} label={p.name} description={p.why} />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      {!answered && (
        <Text size="sm" c="dimmed">
          Répondez aux deux questions pour créer les activités.
        </Text>
      )}
      <ErrorAlert error={accept.error} title="Les activités n’ont pas pu être créées" />
      {accept.isSuccess && compact && (
        <Alert color="hygie" title="Activités ajoutées">
          {accept.data.created.length} activité{accept.data.created.length > 1 ? 's ajoutées' : ' ajoutée'} au registre.
        </Alert>
      )}
      {offered.length > 0 && (
        <div>
          <Button onClick={submit} loading={accept.isPending} disabled={!answered || chosen.length === 0}>
            {chosen.length > 1 ? `Créer ces ${chosen.length} activités` : 'Créer cette activité'}
          </Button>
        </div>
      )}
    </Stack>
  );
  if (compact) return body;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="proposition-titre">
      <Title order={2} size="h3" id="proposition-titre" mb="sm">
        Hygie vous propose ces activités
      </Title>
      {body}
    </Paper>
  );
}
