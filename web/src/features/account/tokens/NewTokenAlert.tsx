import { Button, CopyButton, Group, Text, Textarea } from '@mantine/core';
import type { CreatedToken } from '../account-types.ts';
import { formatDate } from '../account-types.ts';
import { Notice } from '../Notice.tsx';

/** The new token, shown once, with a warning: Hygie keeps only its fingerprint. */
export function NewTokenAlert({ token, onClose }: { token: CreatedToken; onClose(): void }) {
  return (
    <Notice title={`Jeton « ${token.name} » créé`} mb="md">
      <Text mb="xs">
        Copiez-le maintenant et collez-le dans le logiciel à connecter : il ne sera plus jamais affiché. Il donne les
        mêmes droits que vous jusqu’au {formatDate(token.expiresAt)} : gardez-le comme un mot de passe.
      </Text>
      <Textarea
        label="Votre nouveau jeton"
        readOnly
        autosize
        minRows={1}
        value={token.token}
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
        mb="sm"
      />
      <Group>
        <CopyButton value={token.token} timeout={3000}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant="default">
              {copied ? 'Jeton copié' : 'Copier le jeton'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onClose}>
          J’ai copié le jeton
        </Button>
      </Group>
    </Notice>
  );
}
