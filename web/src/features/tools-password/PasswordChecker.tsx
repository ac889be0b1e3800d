import { Alert, Group, List, Loader, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ATTACKER_EXPLANATIONS } from '../../../../src/features/password-tools/attacker-rates.ts';
import type { PasswordCheck } from '../../../../src/features/password-tools/check-password.ts';
import { api } from '../../api/client.ts';
import { PageSection } from '../../components/PageSection.tsx';
import { type PasswordRules, usePasswordRating } from '../../components/password-rules.ts';
import { StrengthMeter } from '../../components/StrengthMeter.tsx';

/** Typed text that must stay on this page: no spelling service, no autofill, no password manager. */
const PRIVATE_INPUT = {
  autoComplete: 'off',
  autoCorrect: 'off',
  autoCapitalize: 'off',
  spellCheck: false,
  'data-1p-ignore': true,
  'data-lpignore': 'true',
  'data-bwignore': true,
  'data-form-type': 'other',
} as const;

/** The practice's forbidden words (names, e-mails of the team); the password never goes with it. */
function usePracticeWords() {
  return useQuery({
    queryKey: ['tools', 'password-context'],
    queryFn: () => api<{ words: string[] }>('/v1/tools/password-context'),
    staleTime: 5 * 60_000,
  });
}

/** The checker: the password and the person's own forbidden words, rated live in the browser. */
export function PasswordChecker() {
  const [password, setPassword] = useState('');
  const [birthDates, setBirthDates] = useState('');
  const [otherWords, setOtherWords] = useState('');
  const practice = usePracticeWords();
  const practiceWords = practice.data?.words;
  const userInputs = useMemo(
    () => [...(practiceWords ?? []), birthDates, otherWords].filter((text) => text.trim() !== ''),
    [practiceWords, birthDates, otherWords],
  );
  const rate = useCallback(
    (rules: PasswordRules, typed: string) => rules.checkPassword(typed, { userInputs }),
    [userInputs],
  );
  const { result, ready, failed } = usePasswordRating(password, rate);

  return (
    <PageSection
      id="verifier"
      title="Vérifier un mot de passe"
      intro="La vérification se fait dans votre navigateur : le mot de passe n’est jamais envoyé, ni à Hygie ni ailleurs, et rien n’est enregistré."
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="sm">
          <PasswordInput
            {...PRIVATE_INPUT}
            label="Mot de passe à vérifier"
            description="Il reste sur cet écran : effacez-le quand vous avez fini."
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <TextInput
            {...PRIVATE_INPUT}
            label="Dates de naissance à éviter"
            description="Facultatif : la vôtre, celles de vos proches, séparées par des virgules (par exemple 12/03/1984). Elles restent dans votre navigateur."
            value={birthDates}
            onChange={(event) => setBirthDates(event.currentTarget.value)}
          />
          <TextInput
            {...PRIVATE_INPUT}
            label="Autres mots à éviter"
            description="Facultatif : la ville du cabinet, les prénoms de vos proches, le nom de votre animal…, séparés par des virgules."
            value={otherWords}
            onChange={(event) => setOtherWords(event.currentTarget.value)}
          />
          <Text size="sm" c="dimmed">
            {practiceWords
              ? `Hygie vérifie aussi que le mot de passe ne contient ni le nom du cabinet, ni les noms et adresses e-mail de l’équipe (${practiceWords.length} mot${practiceWords.length > 1 ? 's' : ''}).`
              : practice.isError
                ? 'Les noms du cabinet et de l’équipe n’ont pas pu être chargés : ajoutez-les aux mots à éviter.'
                : 'Chargement des noms du cabinet et de l’équipe…'}
          </Text>
        </Stack>
        <section aria-labelledby="resultat-titre">
          <Title order={3} size="h4" id="resultat-titre" mb="xs">
            Résultat
          </Title>
          {failed ? (
            <Alert color="red" role="alert" title="La vérification n’a pas pu être chargée">
              Vérifiez la connexion au serveur Hygie, puis rechargez la page.
            </Alert>
          ) : !password ? (
            <Text c="dimmed">Saisissez un mot de passe : le résultat s’affiche ici pendant la frappe.</Text>
          ) : !ready || !result ? (
            <Group gap="xs">
              <Loader size="sm" aria-hidden="true" />
              <Text>Vérification…</Text>
            </Group>
          ) : (
            <CheckResult result={result} />
          )}
        </section>
      </SimpleGrid>
    </PageSection>
  );
}

function CheckResult({ result }: { result: PasswordCheck }) {
  return (
    <Stack gap="sm">
      <StrengthMeter score={result.score} id="solidite" />
      {result.warning && (
        <Text>
          <Text span fw={650}>
            Pourquoi :{' '}
          </Text>
          {result.warning}
        </Text>
      )}
      {result.suggestions.length > 0 && (
        <div>
          <Text fw={650}>Conseils</Text>
          <List spacing={4}>
            {result.suggestions.map((suggestion) => (
              <List.Item key={suggestion}>{suggestion}</List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Text fw={650}>Temps moyen pour le deviner</Text>
        <List spacing={4}>
          <List.Item>Hors ligne : {result.crackTimes.offline}</List.Item>
          <List.Item>En ligne : {result.crackTimes.online}</List.Item>
        </List>
        <Text size="sm" c="dimmed" mt={6}>
          {ATTACKER_EXPLANATIONS.offline} {ATTACKER_EXPLANATIONS.online} {ATTACKER_EXPLANATIONS.offlineFast}
        </Text>
      </div>
    </Stack>
  );
}
