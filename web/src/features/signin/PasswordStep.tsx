import { Anchor, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client.ts';
import type { LoginResult } from '../../api/types.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

interface Props {
  email: string;
  onEmail(email: string): void;
  onResult(result: LoginResult): void;
}

/** First step of sign-in: e-mail and password. */
export function PasswordStep({ email, onEmail, onResult }: Props) {
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () =>
      api<LoginResult>('/v1/auth/login', { method: 'POST', body: { email: email.trim(), password }, quiet401: true }),
    onSuccess: onResult,
    onError: () => setPassword(''),
  });
  const forgotPath = `/mot-de-passe-oublie${email.trim() ? `?email=${encodeURIComponent(email.trim())}` : ''}`;
  return (
    <>
      <PageHeader title="Se connecter">Saisissez l’adresse e-mail et le mot de passe de votre compte Hygie.</PageHeader>
      <ErrorAlert error={formError(login.error, ['email', 'password'])} title="Connexion impossible" />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          login.mutate();
        }}
      >
        <Stack gap="md">
          <TextInput
            label="Adresse e-mail"
            type="email"
            autoComplete="username"
            size="md"
            required
            value={email}
            onChange={(event) => onEmail(event.currentTarget.value)}
            error={fieldError(login.error, 'email')}
          />
          <Stack gap={6}>
            <PasswordInput
              label="Mot de passe"
              autoComplete="current-password"
              size="md"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldError(login.error, 'password')}
            />
            <Group justify="flex-end">
              <Anchor component={Link} to={forgotPath} size="sm">
                Mot de passe oublié ?
              </Anchor>
            </Group>
          </Stack>
          <Button type="submit" size="md" fullWidth loading={login.isPending}>
            Se connecter
          </Button>
        </Stack>
      </form>
    </>
  );
}
