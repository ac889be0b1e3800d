import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { ApiError, download } from '../../../api/client.ts';
import { ConfirmedPasswordFields, useConfirmedPassword } from '../../../components/ConfirmedPasswordFields.tsx';
import { ErrorAlert, fieldError, formError } from '../../../components/ErrorAlert.tsx';

/** « Sauvegarder »: an encrypted copy of the database, protected by a passphrase the owner chooses. */
export function BackupForm() {
  const passphrase = useConfirmedPassword({
    missing: 'Choisissez une phrase de passe.',
    mismatch: 'Les deux phrases de passe ne sont pas identiques.',
  });
  const backup = useMutation({
    mutationFn: () => download('/v1/backup', { method: 'POST', body: { passphrase: passphrase.password } }),
    onSuccess: () => passphrase.clear(),
  });
  const unavailable = backup.error instanceof ApiError && backup.error.status === 409 ? backup.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (passphrase.check()) backup.mutate();
    else backup.reset();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={520}>
        {backup.isSuccess && (
          <Alert color="hygie" title="Sauvegarde téléchargée" role="status">
            Copiez le fichier .hygie sur une clé USB ou un disque externe, rangé hors du cabinet. Sans la phrase de
            passe, personne ne peut l’ouvrir.
          </Alert>
        )}
        {unavailable && (
          <Alert
            color="blue"
            variant="outline"
            role="status"
            title="La sauvegarde ne se fait pas depuis cette page ici"
          >
            {unavailable.message}
          </Alert>
        )}
        <ErrorAlert error={unavailable ? null : formError(backup.error, ['passphrase'])} />
        <ConfirmedPasswordFields
          state={passphrase}
          label="Phrase de passe de la sauvegarde"
          description="Une longue phrase de plusieurs mots, que vous écrirez à la main dans le kit de secours. Hygie ne la conserve pas : sans elle, la sauvegarde ne peut pas être restaurée."
          confirmLabel="Confirmation de la phrase de passe"
          error={fieldError(backup.error, 'passphrase')}
        />
        <Group>
          <Button type="submit" loading={backup.isPending}>
            Sauvegarder
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
