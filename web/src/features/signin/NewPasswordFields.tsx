import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { TOGGLE } from './password-toggle.ts';

const HELP =
  'Au moins 12 caractères. Le plus simple : une phrase de passe de 4 ou 5 mots sans rapport entre eux. ' +
  'N’y mettez ni votre nom, ni votre adresse e‑mail, ni le nom du cabinet.';

/** A new password typed twice; `check()` flags a mismatch before anything is sent. */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  return {
    password,
    confirm,
    mismatch,
    setPassword(value: string) {
      setPassword(value);
      setMismatch(false);
    },
    setConfirm(value: string) {
      setConfirm(value);
      setMismatch(false);
    },
    /** True when both entries match; otherwise shows the mismatch under the confirmation. */
    check(): boolean {
      setMismatch(password !== confirm);
      return password === confirm;
    },
  };
}

interface Props {
  label: string;
  state: ReturnType<typeof useNewPassword>;
  /** The server's refusal (too short, too easy to guess…), shown under the first field. */
  error?: string;
}

/** The password and its confirmation, with the advice on choosing a good one. */
export function NewPasswordFields({ label, state, error }: Props) {
  return (
    <>
      <PasswordInput
        visibilityToggleButtonProps={TOGGLE}
        label={label}
        description={HELP}
        autoComplete="new-password"
        size="md"
        required
        value={state.password}
        onChange={(event) => state.setPassword(event.currentTarget.value)}
        error={error}
      />
      <PasswordInput
        visibilityToggleButtonProps={TOGGLE}
        label="Confirmation du mot de passe"
        description="Saisissez-le une seconde fois, pour éviter une faute de frappe."
        autoComplete="new-password"
        size="md"
        required
        value={state.confirm}
        onChange={(event) => state.setConfirm(event.currentTarget.value)}
        error={state.mismatch ? 'Les deux mots de passe ne sont pas identiques.' : undefined}
      />
    </>
  );
}
