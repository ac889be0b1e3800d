import { Alert, Button, Checkbox, CopyButton, Group, List, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import {
  formatBits,
  generatePassphrase,
  PASSPHRASE_DEFAULT_WORDS,
  PASSPHRASE_MAX_WORDS,
  PASSPHRASE_MIN_WORDS,
  PASSPHRASE_SEPARATORS,
  type Passphrase,
  type PassphraseSeparator,
} from '../../../../src/features/password-tools/passphrase.ts';
import { PageSection } from '../../components/PageSection.tsx';

const WORD_COUNTS = Array.from({ length: PASSPHRASE_MAX_WORDS - PASSPHRASE_MIN_WORDS + 1 }, (_, i) =>
  String(PASSPHRASE_MIN_WORDS + i),
);

/** Passphrases drawn in the browser with its secure random source, from the French BIP-39 list. */
export function PassphraseGenerator() {
  const [words, setWords] = useState(PASSPHRASE_DEFAULT_WORDS);
  const [separator, setSeparator] = useState<PassphraseSeparator>('-');
  const [digit, setDigit] = useState(false);
  const [capital, setCapital] = useState(false);
  const [result, setResult] = useState<Passphrase | null>(null);

  return (
    <PageSection
      id="generer"
      title="Générer une phrase de passe"
      intro="Des mots français tirés au hasard par votre navigateur : faciles à retenir et à taper, très difficiles à deviner. Les accents sont retirés pour qu’elle se tape de la même façon sur tous les claviers."
    >
      <Stack gap="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label="Nombre de mots"
            data={WORD_COUNTS}
            value={String(words)}
            onChange={(event) => setWords(Number(event.currentTarget.value))}
            w={160}
          />
          <NativeSelect
            label="Séparateur"
            data={PASSPHRASE_SEPARATORS.map(({ value, label }) => ({ value, label }))}
            value={separator}
            onChange={(event) => setSeparator(event.currentTarget.value as PassphraseSeparator)}
            w={200}
          />
          <Stack gap={6}>
            <Checkbox
              label="Ajouter un chiffre"
              checked={digit}
              onChange={(event) => setDigit(event.currentTarget.checked)}
            />
            <Checkbox
              label="Ajouter une majuscule"
              checked={capital}
              onChange={(event) => setCapital(event.currentTarget.checked)}
            />
          </Stack>
        </Group>
        <Text size="sm" c="dimmed">
          Le chiffre et la majuscule ne servent que pour les sites qui les exigent : la longueur fait la solidité.
        </Text>
        <Group gap="sm">
          <Button onClick={() => setResult(generatePassphrase({ words, separator, digit, capital }))}>Générer</Button>
          {result && (
            <CopyButton value={result.passphrase} timeout={3000}>
              {({ copied, copy }) => (
                <Button onClick={copy} variant={copied ? 'filled' : 'outline'} aria-live="polite">
                  {copied ? 'Copiée' : 'Copier'}
                </Button>
              )}
            </CopyButton>
          )}
        </Group>
        {result && <PassphraseResult result={result} />}
      </Stack>
    </PageSection>
  );
}

function PassphraseResult({ result }: { result: Passphrase }) {
  return (
    <Paper withBorder p="md" radius="md" bg="gray.0">
      <Stack gap="xs">
        <Text fw={650} id="phrase-proposee">
          Phrase de passe proposée
        </Text>
        <Text
          ff="monospace"
          fz="xl"
          style={{ wordBreak: 'break-word' }}
          aria-labelledby="phrase-proposee"
          data-testid="passphrase"
          role="status"
        >
          {result.passphrase}
        </Text>
        <Text fw={650}>Entropie : {formatBits(result.entropyBits)}</Text>
        <List spacing={4} size="sm">
          {result.explanation.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        {!result.fitsWifi && (
          <Alert color="orange" title="Trop longue pour une clé Wi-Fi">
            Une clé Wi-Fi compte 63 caractères au plus : pour le Wi-Fi, choisissez 7 mots ou générez-en une autre.
          </Alert>
        )}
        <Text size="sm">
          Rangez-la dans votre coffre-fort de mots de passe. Hygie ne la garde pas : une fois la page quittée, elle
          disparaît.
        </Text>
      </Stack>
    </Paper>
  );
}
