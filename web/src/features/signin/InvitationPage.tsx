import { Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { AcceptedAlert } from './AcceptedAlert.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { useLinkAcceptance } from './link-token.ts';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields.tsx';

/** `/invitation#<token>`: the invited person chooses a name and a password, then signs in. */
export function InvitationPage() {
  const [name, setName] = useState('');
  const password = useNewPassword();
  const { token, accept, linkRefused, showForm } = useLinkAcceptance('/v1/invitations/accept', (linkToken) => ({
    token: linkToken,
    name: name.trim(),
    password: password.password,
  }));

  return (
    <>
      <PageHeader title="Rejoindre votre cabinet">
        {showForm &&
          'Le titulaire de votre cabinet vous invite à utiliser Hygie. Choisissez votre nom, tel que vos collègues le verront, et votre mot de passe.'}
      </PageHeader>
      {!token || linkRefused ? (
        <LinkProblem kind="invitation" message={linkRefused ? accept.error?.message : undefined} />
      ) : accept.data ? (
        <AcceptedAlert title="Votre compte est créé" email={accept.data.email}>
          Vous pouvez maintenant vous connecter avec l’adresse <strong>{accept.data.email}</strong> et le mot de passe
          que vous venez de choisir.
        </AcceptedAlert>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (password.check()) accept.mutate();
          }}
        >
          <Stack gap="md">
            <ErrorAlert error={formError(accept.error, ['name', 'password'])} title="Compte non créé" />
            <TextInput
              label="Prénom et nom"
              description="Par exemple « Claire Dubois ». Il apparaît dans la liste des utilisateurs et dans le journal."
              autoComplete="name"
              size="md"
              required
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={fieldError(accept.error, 'name')}
            />
            <NewPasswordFields
              label="Mot de passe"
              state={password}
              error={fieldError(accept.error, 'password')}
              context={{ names: [name] }}
            />
            <Button type="submit" size="md" loading={accept.isPending} w={{ base: '100%', sm: 'fit-content' }}>
              Créer mon compte
            </Button>
          </Stack>
        </form>
      )}
    </>
  );
}
