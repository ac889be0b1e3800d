import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { api } from '../../api/client.ts';
import type { LoginResult } from '../../api/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';

type Mode = 'code' | 'recovery';

/** Second step of sign-in for an account with MFA: the app's 6-digit code, or a recovery code. */
export function MfaStep({ onResult, onCancel }: { onResult(result: LoginResult): void; onCancel(): void }) {
  const [mode, setMode] = useState<Mode>('code');
  const [value, setValue] = useState('');
  const input = useRef<HTMLInputElement | null>(null);
  /** Puts the cursor in the field as soon as it appears (each mode has its own field). */
  const focusOnMount = useCallback((element: HTMLInputElement | null) => {
    input.current = element;
    element?.focus();
  }, []);
  const verify = useMutation({
    mutationFn: () =>
      api<LoginResult>('/v1/auth/mfa', {
        method: 'POST',
        body: mode === 'code' ? { code: value.replace(/\s/g, '') } : { recoveryCode: value.trim() },
        quiet401: true,
      }),
    onSuccess: onResult,
    onError: () => {
      setValue('');
      input.current?.focus();
    },
  });

  const switchMode = () => {
    setValue('');
    verify.reset();
    setMode(mode === 'code' ? 'recovery' : 'code');
  };

  return (
    <>
      <PageHeader title="Double authentification">
        {mode === 'code'
          ? 'Votre mot de passe est correct. Saisissez maintenant le code à 6 chiffres affiché pour Hygie par l’application d’authentification de votre téléphone.'
          : 'Saisissez l’un des codes de secours que Hygie vous a donnés à l’activation. Chaque code ne sert qu’une seule fois.'}
      </PageHeader>
      <ErrorAlert error={verify.error} title="Code refusé" />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          verify.mutate();
        }}
      >
        <Stack gap="md">
          {mode === 'code' ? (
            <TextInput
              ref={focusOnMount}
              key="code"
              label="Code à 6 chiffres"
              description="Le code change toutes les 30 secondes : saisissez celui qui s’affiche maintenant."
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              size="md"
              required
              value={value}
              onChange={(event) => setValue(event.currentTarget.value.replace(/[^\d ]/g, ''))}
            />
          ) : (
            <TextInput
              ref={focusOnMount}
              key="recovery"
              label="Code de secours"
              description="Par exemple 7K2Q-M9XD-4T. Les tirets et les majuscules sont facultatifs."
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={20}
              size="md"
              required
              value={value}
              onChange={(event) => setValue(event.currentTarget.value)}
            />
          )}
          <Button type="submit" size="md" fullWidth loading={verify.isPending}>
            Valider le code
          </Button>
          <Anchor component="button" type="button" onClick={switchMode} ta="left">
            {mode === 'code' ? 'Utiliser un code de secours' : 'Utiliser le code de l’application'}
          </Anchor>
          {mode === 'recovery' && (
            <Text size="sm">
              Plus de téléphone ni de code de secours ? Demandez au titulaire du cabinet de réinitialiser votre accès
              depuis la page « Utilisateurs ».
            </Text>
          )}
          <Button variant="default" onClick={onCancel}>
            Se connecter avec un autre compte
          </Button>
        </Stack>
      </form>
    </>
  );
}
