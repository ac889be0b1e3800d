import { Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AcceptedAlert } from './AcceptedAlert.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { readLinkToken } from './link-token.ts';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields.tsx';
import type { Accepted } from './types.ts';

/** `/reinitialisation#<token>`: a new password from the link the titulaire handed over. */
export function ResetPage() {
  const [token] = useState(() => readLinkToken());
  const password = useNewPassword();
  const accept = useMutation({
    mutationFn: () =>
      api<Accepted>('/v1/password-reset/accept', { method: 'POST', body: { token, password: password.password } }),
  });
  const linkRefused = accept.error instanceof ApiError && accept.error.field === 'token';
  const showForm = Boolean(token) && !linkRefused && !accept.data;

  return (
    <>
      <PageHeader title="Choisir un nouveau mot de passe">
        {showForm &&
          'Le titulaire du cabinet a réinitialisé votre accès. Choisissez un nouveau mot de passe pour vous reconnecter.'}
      </PageHeader>
      {!token || linkRefused ? (
        <LinkProblem kind="reset" message={linkRefused ? accept.error?.message : undefined} />
      ) : accept.data ? (
        <AcceptedAlert title="Votre mot de passe est changé" email={accept.data.email}>
          Connectez-vous avec votre nouveau mot de passe. Si vous utilisiez la double authentification, elle a été
          désactivée lors de la réinitialisation : réactivez-la dans « Mon compte » une fois connecté(e).
        </AcceptedAlert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (password.check()) accept.mutate();
          }}
        >
          <Stack gap="md">
            <ErrorAlert error={formError(accept.error, ['password'])} title="Mot de passe non changé" />
            <NewPasswordFields
              label="Nouveau mot de passe"
              state={password}
              error={fieldError(accept.error, 'password')}
            />
            <Button type="submit" size="md" loading={accept.isPending} w={{ base: '100%', sm: 'fit-content' }}>
              Enregistrer le mot de passe
            </Button>
          </Stack>
        </form>
      )}
    </>
  );
}
