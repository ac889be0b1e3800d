import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState } from 'react';
import type { PasswordContext } from '../../../src/features/accounts/password-strength.ts';
import { NewPasswordStrength } from './NewPasswordStrength.tsx';

/** What `check()` says, and when its messages go away. */
export interface ConfirmedPasswordRules {
  /** Shown under the confirmation when the two entries differ: « Les deux … ne sont pas identiques. » */
  mismatch: string;
  /** Shown under the first field when it is empty; without it, the browser's own `required` check applies. */
  missing?: string;
  /** Typing in either field hides the messages at once; otherwise they stay until the next `check()`. */
  clearOnEdit?: boolean;
}

/** A new password (or passphrase) typed twice, checked before anything is sent. */
export function useConfirmedPassword({ mismatch, missing, clearOnEdit = false }: ConfirmedPasswordRules) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirm?: string }>({});
  return {
    password,
    confirm,
    errors,
    setPassword(value: string) {
      setPassword(value);
      if (clearOnEdit) setErrors({});
    },
    setConfirm(value: string) {
      setConfirm(value);
      if (clearOnEdit) setErrors({});
    },
    /** True when the entries can be sent; otherwise shows what is wrong under the fields. */
    check(): boolean {
      const found = !password && missing ? { password: missing } : password !== confirm ? { confirm: mismatch } : {};
      setErrors(found);
      return Object.keys(found).length === 0;
    },
    /** Empties both fields and their messages, once the server has taken the new password. */
    clear() {
      setPassword('');
      setConfirm('');
      setErrors({});
    },
  };
}

export type ConfirmedPassword = ReturnType<typeof useConfirmedPassword>;

interface Props extends Pick<PasswordInputProps, 'size' | 'visibilityToggleButtonProps'> {
  state: ConfirmedPassword;
  label: string;
  /** The advice on choosing a good one, under the first field. */
  description: string;
  confirmLabel: string;
  confirmDescription?: string;
  /** The server's refusal (too short, too easy to guess…), shown under the first field. */
  error?: string | undefined;
  /** Who the password is for: the strength shown while typing also refuses their names. */
  context?: PasswordContext;
}

/**
 * The new password and its confirmation, with `state` from `useConfirmedPassword`. `size` and
 * `visibilityToggleButtonProps` apply to both inputs.
 */
export function ConfirmedPasswordFields({
  state,
  label,
  description,
  confirmLabel,
  confirmDescription,
  error,
  context,
  ...inputProps
}: Props) {
  return (
    <>
      <PasswordInput
        {...inputProps}
        label={label}
        description={description}
        autoComplete="new-password"
        required
        value={state.password}
        onChange={(event) => state.setPassword(event.currentTarget.value)}
        error={state.errors.password ?? error}
      />
      <NewPasswordStrength password={state.password} context={context} shownError={state.errors.password ?? error} />
      <PasswordInput
        {...inputProps}
        label={confirmLabel}
        description={confirmDescription}
        autoComplete="new-password"
        required
        value={state.confirm}
        onChange={(event) => state.setConfirm(event.currentTarget.value)}
        error={state.errors.confirm}
      />
    </>
  );
}
