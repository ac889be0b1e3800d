import { Alert, Anchor, Button, Checkbox, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useAcceptProposals, useProposals } from './register-api.ts';

/**
 * « Hygie vous propose ces activités »: the activities that apply to the practice profile (the
 * wizard asked the website and the cameras), ticked, pre-filled. `compact` (register not empty)
 * shows only the proposals not in the register yet.
 */
export function Onboarding({ compact = false }: { compact?: boolean }) {
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const proposals = useProposals();
  const accept = useAcceptProposals();
  const offered = (proposals.data?.proposals ?? []).filter((p) => !p.alreadyInRegister);
  const chosen = offered.filter((p) => !unticked.has(p.templateId)).map((p) => p.templateId);
  const choose = (values: string[]) =>
    setUnticked((old) => new Set([...old, ...offered.map((p) => p.templateId)].filter((id) => !values.includes(id))));
  const submit = () => accept.mutate({ templateIds: chosen });

  const body = (
    <Stack gap="md">
      <Text>
        {compact
          ? 'Les activités que Hygie propose pour votre profil et qui ne sont pas encore dans votre registre.'
          : 'À partir du profil du cabinet, Hygie a préparé les activités qui vous concernent, déjà remplies : finalités, base légale, données, durées de conservation et mesures de sécurité. Gardez cochées celles qui vous concernent.'}{' '}
        <Anchor component={Link} to="/cabinet" underline="always">
          Modifier le profil du cabinet
        </Anchor>
      </Text>
      <ErrorAlert error={proposals.error} title="Les propositions n’ont pas pu être chargées" />
      {proposals.isPending && <Skeleton h={160} />}
      {proposals.data && offered.length === 0 && (
        <Text>Toutes les activités proposées pour votre profil sont déjà dans votre registre.</Text>
      )}
      {offered.length > 0 && (
        <Checkbox.Group label="Activités à créer" value={chosen} onChange={choose}>
          <Stack gap="sm" mt="xs">
            {offered.map((p) => (
              <Checkbox
                key={p.templateId}
                value={p.templateId}
                label={p.name}
                description={p.note ? `${p.why} À vérifier : ${p.note}` : p.why}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <ErrorAlert error={accept.error} title="Les activités n’ont pas pu être créées" />
      {accept.isSuccess && compact && (
        <Alert color="hygie" title="Activités ajoutées">
          {accept.data.created.length} activité{accept.data.created.length > 1 ? 's ajoutées' : ' ajoutée'} au registre.
        </Alert>
      )}
      {offered.length > 0 && (
        <div>
          <Text size="sm" mb="xs">
            Chaque activité garde les choix recommandés par Hygie ; vous pourrez les modifier ensuite.
          </Text>
          <Button onClick={submit} loading={accept.isPending} disabled={chosen.length === 0}>
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
