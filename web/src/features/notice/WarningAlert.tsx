import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** An orange alert whose title stays dark on its pale background (WCAG AA). */
export function WarningAlert({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert color="orange" title={title} styles={{ label: { color: 'var(--mantine-color-text)' } }}>
      {children}
    </Alert>
  );
}
