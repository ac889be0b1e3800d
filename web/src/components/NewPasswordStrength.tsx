import { Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import type { PasswordContext } from '../../../src/features/accounts/password-strength.ts';
import { type PasswordRules, usePasswordRating } from './password-rules.ts';
import { StrengthMeter } from './StrengthMeter.tsx';

/**
 * The strength of a new password while it is typed, by the very rule the server applies (same
 * length, same dictionaries, same names to avoid), and what makes it refused. Computed in the
 * browser; nothing is sent.
 */
export function NewPasswordStrength({
  password,
  context,
  shownError,
}: {
  password: string;
  context?: PasswordContext;
  /** The refusal already shown under the field: not said twice. */
  shownError?: string | undefined;
}) {
  // By value: a context object rebuilt at each render must not rate the password again.
  const key = JSON.stringify(context ?? {});
  const rate = useCallback(
    (rules: PasswordRules, typed: string) => rules.checkPasswordStrength(typed, JSON.parse(key) as PasswordContext),
    [key],
  );
  const { result } = usePasswordRating(password, rate);
  if (!result) return null;
  return (
    <Stack gap={4}>
      <StrengthMeter score={result.score} size="sm" />
      {result.message !== shownError && (
        <Text size="sm">{result.ok ? 'Ce mot de passe convient.' : result.message}</Text>
      )}
    </Stack>
  );
}
