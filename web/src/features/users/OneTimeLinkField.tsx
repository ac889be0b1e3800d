import { Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { frenchDateTime, type OneTimeLink } from './users-api.ts';

/** A one-time link shown once, in a read-only field with a copy button and its expiry. */
export function OneTimeLinkField({ link, label, children }: { link: OneTimeLink; label: string; children: ReactNode }) {
  return (
    <Stack gap="xs">
      <Text>{children}</Text>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={label}
          value={link.url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: '1 1 260px' }}
          description={`Valable jusqu’au ${frenchDateTime(link.expiresAt)}, une seule fois.`}
        />
        <CopyButton value={link.url} timeout={4000}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'filled' : 'outline'} aria-live="polite">
              {copied ? 'Lien copié' : 'Copier le lien'}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Text size="sm" fw={500}>
        Ce lien ne sera plus affiché : copiez-le maintenant.
      </Text>
    </Stack>
  );
}
