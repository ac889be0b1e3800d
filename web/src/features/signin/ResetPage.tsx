import { Button, Stack } from '@mantine/core';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AcceptedAlert } from './AcceptedAlert.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { useLinkAcceptance } from './link-token.ts';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields.tsx';

/** `/reinitialisation#<token>`: a new password from the link the titulaire handed over. */
export function ResetPage() {
  const password = useNewPassword();
  const { token, accept, linkRefused, showForm } = useLinkAcceptance('/v1/password-reset/accept', (linkToken) => ({
    token: linkToken,
    password: password.password,
  }));

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
