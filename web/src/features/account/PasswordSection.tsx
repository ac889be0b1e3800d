import { Alert, Button, Checkbox, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { ConfirmedPasswordFields, useConfirmedPassword } from '../../components/ConfirmedPasswordFields.tsx';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';

const FIELDS = ['currentPassword', 'newPassword'] as const;

function closedSessions(count: number): string {
  if (count === 0) return 'Vous n’étiez connecté(e) sur aucun autre appareil.';
  return count === 1
    ? 'Votre session ouverte sur un autre appareil a été fermée.'
    : `Vos ${count} sessions ouvertes sur d’autres appareils ont été fermées.`;
}

/** Change of one's own password: the current one, the new one twice. */
export function PasswordSection() {
  const { me } = useAuth();
  const [current, setCurrent] = useState('');
  const [currentMissing, setCurrentMissing] = useState(false);
  const [revokeTokens, setRevokeTokens] = useState(false);
  const next = useConfirmedPassword({
    missing: 'Choisissez un nouveau mot de passe.',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
  });
  const change = useMutation({
    mutationFn: () =>
      api<{ signedOut: number; tokensRevoked: number }>('/v1/me/password', {
        method: 'PUT',
        body: { currentPassword: current, newPassword: next.password, revokeTokens },
      }),
    onSuccess: () => {
      setCurrent('');
      setRevokeTokens(false);
      next.clear();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setCurrentMissing(!current);
    const nextValid = next.check();
    if (current && nextValid) change.mutate();
    else change.reset();
  }

  return (
    <PageSection
      id="mot-de-passe"
      title="Mot de passe"
      intro="Changez-le dès que vous pensez qu’une autre personne a pu le voir. Vos autres appareils seront déconnectés."
    >
      {change.isSuccess && (
        <Alert color="hygie" title="Mot de passe changé" mb="md" role="status">
          {closedSessions(change.data.signedOut)}
          {change.data.tokensRevoked > 0 &&
            ` ${change.data.tokensRevoked === 1 ? 'Votre jeton d’accès a été révoqué.' : `Vos ${change.data.tokensRevoked} jetons d’accès ont été révoqués.`}`}{' '}
          Utilisez le nouveau mot de passe à votre prochaine connexion.
        </Alert>
      )}
      <ErrorAlert error={formError(change.error, FIELDS)} />
      <form onSubmit={submit} noValidate>
        {/* Lets password managers know whose password changes. */}
        <input type="text" name="username" autoComplete="username" value={me.user.email} readOnly hidden />
        <Stack maw={480} gap="sm">
          <PasswordInput
            label="Mot de passe actuel"
            required
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.currentTarget.value)}
            error={
              currentMissing ? 'Saisissez votre mot de passe actuel.' : fieldError(change.error, 'currentPassword')
            }
          />
          <ConfirmedPasswordFields
            state={next}
            label="Nouveau mot de passe"
            description="Une phrase de quatre ou cinq mots sans lien entre eux est facile à retenir et difficile à deviner. Évitez votre nom et celui du cabinet."
            confirmLabel="Confirmation du nouveau mot de passe"
            error={fieldError(change.error, 'newPassword')}
            context={{ names: [me.user.name], emails: [me.user.email], practiceName: me.practice.name }}
          />
          <Checkbox
            label="Révoquer aussi mes jetons d’accès"
            description="À cocher si quelqu’un a pu voir votre mot de passe : un programme qui utilise un de vos jetons cessera de fonctionner."
            checked={revokeTokens}
            onChange={(event) => setRevokeTokens(event.currentTarget.checked)}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              Changer le mot de passe
            </Button>
          </Group>
        </Stack>
      </form>
    </PageSection>
  );
}
