import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { formatDateTime } from '../../../src/lib/dates/format.ts';
import { WITHDRAWAL_REASON_MAX, type Withdrawal } from '../../../src/lib/lifecycle/lifecycle.ts';
import { Dialog } from './Dialog.tsx';
import { ErrorAlert, fieldError } from './ErrorAlert.tsx';

/** « Retiré(e) le … par … » with the reason: shown at the top of a withdrawn incident or breach. */
export function WithdrawnNotice({ withdrawal, title }: { withdrawal: Withdrawal; title: string }) {
  return (
    <Alert color="gray" variant="light" title={title}>
      <Text>
        Retiré le {formatDateTime(new Date(withdrawal.at))} par {withdrawal.by}. Motif : {withdrawal.reason}
      </Text>
      <Text size="sm" mt="xs">
        Il reste dans la liste, tel qu’il était : plus aucun délai ne court, plus aucune alerte n’est donnée.
      </Text>
    </Alert>
  );
}

/**
 * « Ce n’était pas un incident » / « … pas une violation »: a button that opens a dialog asking
 * why, and says what withdrawing does before anything is sent.
 */
export function WithdrawButton({
  label,
  explanation,
  onWithdraw,
  pending,
  error,
}: {
  label: string;
  explanation: string;
  onWithdraw: (reason: string, done: () => void) => void;
  pending: boolean;
  error: unknown;
}) {
  const [opened, setOpened] = useState(false);
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onWithdraw(reason.trim(), () => setOpened(false));
  };
  return (
    <>
      <Button variant="default" onClick={() => setOpened(true)}>
        {label}
      </Button>
      <Dialog opened={opened} onClose={() => setOpened(false)} title={label}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text>{explanation}</Text>
            <Textarea
              label="Pourquoi ?"
              description="Par exemple : « le message venait bien de notre éditeur ». Le motif est gardé avec la fiche."
              autosize
              minRows={2}
              maxLength={WITHDRAWAL_REASON_MAX}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={fieldError(error, 'reason')}
              data-autofocus
            />
            <ErrorAlert error={fieldError(error, 'reason') ? null : error} title="Rien n’a été retiré" />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                Annuler
              </Button>
              <Button type="submit" color="red.9" loading={pending}>
                Retirer
              </Button>
            </Group>
          </Stack>
        </form>
      </Dialog>
    </>
  );
}
