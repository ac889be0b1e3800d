import { Box, Button, CopyButton, Group, Image, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { ErrorAlert, fieldError, formError } from '../../../components/ErrorAlert.tsx';
import type { MfaSetup, RecoveryCodes } from '../account-types.ts';

/** "JBSW Y3DP EHPK 3PXP": the manual key in groups of four, easier to type. */
export function groupKey(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** Step two of enrolment: scan the QR code (or type the key), then prove it with a first code. */
export function MfaEnrolment({
  setup,
  onEnabled,
  onCancel,
}: {
  setup: MfaSetup;
  onEnabled(codes: string[]): void;
  onCancel(): void;
}) {
  const [code, setCode] = useState('');
  const [local, setLocal] = useState<string>();
  const enable = useMutation({
    mutationFn: () => api<RecoveryCodes>('/v1/me/mfa/enable', { method: 'POST', body: { code: code.trim() } }),
    onSuccess: (data) => onEnabled(data.recoveryCodes),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = code.trim();
    const problem = !value
      ? 'Saisissez le code affiché par l’application.'
      : /^\d{3}\s?\d{3}$/.test(value)
        ? undefined
        : 'Le code compte 6 chiffres.';
    setLocal(problem);
    if (problem) enable.reset();
    else enable.mutate();
  }

  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        1. Scannez ce QR code avec votre téléphone
      </Title>
      <Text maw={640}>
        Ouvrez votre application d’authentification, choisissez « Ajouter un compte » puis « Scanner un QR code ».
      </Text>
      <Group align="flex-start" gap="lg">
        <Image
          src={setup.qrCode}
          alt="QR code à scanner avec votre application d’authentification"
          w={200}
          h={200}
          fit="contain"
          bd="1px solid var(--mantine-color-gray-4)"
          radius="sm"
        />
        <Box w={{ base: '100%', xs: 420 }}>
          <Textarea
            label="Clé à saisir à la main"
            description="Impossible de scanner ? Saisissez plutôt cette clé dans l’application."
            readOnly
            autosize
            minRows={1}
            value={groupKey(setup.secret)}
            onFocus={(event) => event.currentTarget.select()}
            styles={{
              input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-md)' },
            }}
            mb="xs"
          />
          <CopyButton value={setup.secret} timeout={3000}>
            {({ copied, copy }) => (
              <Button variant="default" size="xs" onClick={copy}>
                {copied ? 'Clé copiée' : 'Copier la clé'}
              </Button>
            )}
          </CopyButton>
        </Box>
      </Group>
      <Title order={3} size="h4">
        2. Saisissez le code affiché
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={320}>
          <ErrorAlert error={formError(enable.error, ['code'])} />
          <TextInput
            label="Code à 6 chiffres"
            description="Il change toutes les 30 secondes."
            required
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={local ?? fieldError(enable.error, 'code')}
          />
          <Group>
            <Button type="submit" loading={enable.isPending}>
              Activer la double authentification
            </Button>
            <Button variant="default" onClick={onCancel}>
              Annuler
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
