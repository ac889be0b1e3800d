import { Alert } from '@mantine/core';
import { ApiError } from '../api/client.ts';

/** Shows an API error's French message (or a generic one), announced to screen readers. */
export function ErrorAlert({ error, title = 'Action impossible' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : 'Une erreur inattendue est survenue.';
  return (
    <Alert color="red" title={title} role="alert" mb="md">
      {message}
    </Alert>
  );
}

/** The message to show under one field, when the API named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError && error.field === field ? (error.detail ?? error.message) : undefined;
}

/** The message to show above the form, when the API named no field or another one. */
export function formError(error: unknown, fields: readonly string[]): unknown {
  if (error instanceof ApiError && error.field && fields.includes(error.field)) return null;
  return error;
}
