import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useAuth } from '../../../app/auth.tsx';
import { MFA_KEY, type MfaStatus, type RecoveryCodes } from '../account-types.ts';
import { PasswordConfirmForm } from '../PasswordConfirmForm.tsx';

function codesLeft(count: number): string {
  if (count === 0) return 'Vous n’avez plus aucun code de secours : générez-en de nouveaux.';
  return `Il vous reste ${count} code${count > 1 ? 's' : ''} de secours sur 10.`;
}

/** MFA is on: recovery codes left, new codes, and turning it off when the practice allows it. */
export function MfaManage({ status, onNewCodes }: { status: MfaStatus; onNewCodes(codes: string[]): void }) {
  const client = useQueryClient();
  const { refresh } = useAuth();
  const [action, setAction] = useState<'codes' | 'disable' | null>(null);
  const regenerate = useMutation({
    mutationFn: (password: string) =>
      api<RecoveryCodes>('/v1/me/mfa/recovery-codes', { method: 'POST', body: { password } }),
    onSuccess: (data) => {
      setAction(null);
      onNewCodes(data.recoveryCodes);
    },
  });
  const disable = useMutation({
    mutationFn: (password: string) => api<MfaStatus>('/v1/me/mfa/disable', { method: 'POST', body: { password } }),
    onSuccess: async () => {
      setAction(null);
      await client.invalidateQueries({ queryKey: MFA_KEY });
      await refresh();
    },
  });

  return (
    <Stack gap="sm">
      <Text>
        À chaque connexion, Hygie vous demande le code à 6 chiffres de votre application d’authentification.{' '}
        {codesLeft(status.recoveryCodesLeft)}
      </Text>
      {status.required && (
        <Text>Votre cabinet exige la double authentification : elle ne peut pas être désactivée.</Text>
      )}
      {action === 'codes' && (
        <PasswordConfirmForm
          intro="Les anciens codes de secours ne fonctionneront plus."
          submitLabel="Générer les nouveaux codes"
          pending={regenerate.isPending}
          error={regenerate.error}
          onSubmit={(password) => regenerate.mutate(password)}
          onCancel={() => setAction(null)}
        />
      )}
      {action === 'disable' && (
        <Paper withBorder p="md" maw={560} style={{ borderColor: 'var(--mantine-color-red-9)' }}>
          <Text fw={600} mb={4}>
            Désactiver la double authentification ?
          </Text>
          <Text mb="sm">
            Votre mot de passe suffira de nouveau pour entrer dans Hygie : votre compte sera moins protégé.
          </Text>
          <PasswordConfirmForm
            intro="Confirmez qu’il s’agit bien de vous."
            submitLabel="Désactiver la double authentification"
            danger
            pending={disable.isPending}
            error={disable.error}
            onSubmit={(password) => disable.mutate(password)}
            onCancel={() => setAction(null)}
          />
        </Paper>
      )}
      {action === null && (
        <Group>
          <Button variant="default" onClick={() => setAction('codes')}>
            Générer de nouveaux codes de secours
          </Button>
          {!status.required && (
            <Button variant="outline" color="red.9" onClick={() => setAction('disable')}>
              Désactiver
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
