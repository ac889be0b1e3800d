import { Alert, type AlertProps } from '@mantine/core';

/**
 * A standing warning that must be read: an orange frame with dark text (Mantine's orange title on
 * white stays below the WCAG AA contrast ratio). Its role is "note": it is part of the page, not
 * an event for screen readers to announce as an alert would be.
 */
export function Notice(props: AlertProps) {
  return (
    <Alert
      role="note"
      variant="outline"
      color="orange.9"
      styles={{ title: { color: 'var(--mantine-color-black)' } }}
      {...props}
    />
  );
}
