import { Alert, Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ApiError, download } from '../../../api/client.ts';
import { ErrorAlert, fieldError, formError } from '../../../components/ErrorAlert.tsx';

/** « Sauvegarder »: an encrypted copy of the database, protected by a passphrase the owner chooses. */
export function BackupForm() {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [local, setLocal] = useState<{ passphrase?: string; confirmation?: string }>({});
  const backup = useMutation({
    mutationFn: () => download('/v1/backup', { method: 'POST', body: { passphrase } }),
    onSuccess: () => {
      setPassphrase('');
      setConfirmation('');
    },
  });
  const unavailable = backup.error instanceof ApiError && backup.error.status === 409 ? backup.error : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = {
      ...(passphrase ? {} : { passphrase: 'Choisissez une phrase de passe.' }),
      ...(passphrase && passphrase !== confirmation
        ? { confirmation: 'Les deux phrases de passe ne sont pas identiques.' }
        : {}),
    };
    setLocal(found);
    if (Object.keys(found).length > 0) backup.reset();
    else backup.mutate();
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
        <PasswordInput
          label="Phrase de passe de la sauvegarde"
          description="Une longue phrase de plusieurs mots, que vous écrirez à la main dans le kit de secours. Hygie ne la conserve pas : sans elle, la sauvegarde ne peut pas être restaurée."
          required
          autoComplete="new-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={local.passphrase ?? fieldError(backup.error, 'passphrase')}
        />
        <PasswordInput
          label="Confirmation de la phrase de passe"
          required
          autoComplete="new-password"
          value={confirmation}
          onChange={(event) => setConfirmation(event.currentTarget.value)}
          error={local.confirmation}
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
