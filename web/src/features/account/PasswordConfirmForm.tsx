import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';

/**
 * Asks for the account's password before a sensitive change (new recovery codes, turning MFA
 * off). The parent runs the request and passes its error and pending state back.
 */
export function PasswordConfirmForm({
  intro,
  submitLabel,
  danger = false,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  intro: string;
  submitLabel: string;
  danger?: boolean;
  pending: boolean;
  error: unknown;
  onSubmit(password: string): void;
  onCancel(): void;
}) {
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!password);
    if (password) onSubmit(password);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={480}>
        <ErrorAlert error={formError(error, ['password'])} />
        <PasswordInput
          label="Votre mot de passe"
          description={intro}
          required
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={missing ? 'Saisissez votre mot de passe.' : fieldError(error, 'password')}
          data-autofocus
        />
        <Group>
          <Button type="submit" color={danger ? 'red.9' : undefined} loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
