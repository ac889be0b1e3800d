import { PasswordInput, type PasswordInputProps } from '@mantine/core';

/**
 * Mantine's PasswordInput does not link its input to its help text and error (no aria-describedby,
 * no aria-invalid): this one does, so that a screen reader reads the advice and the refusal.
 */
export function PasswordField({ id, description, error, ...props }: PasswordInputProps & { id: string }) {
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean);
  return (
    <PasswordInput
      id={id}
      description={description}
      error={error}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
      {...props}
    />
  );
}
