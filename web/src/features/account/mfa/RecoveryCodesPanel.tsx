import { Button, Checkbox, Code, CopyButton, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useAuth } from '../../../app/auth.tsx';
import { Notice } from '../Notice.tsx';

function downloadText(codes: string[], email: string) {
  const date = new Date().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
  const text = [
    `Codes de secours Hygie pour ${email} (créés le ${date})`,
    'Chaque code ne sert qu’une seule fois, si votre téléphone n’est pas disponible.',
    '',
    ...codes,
    '',
  ].join('\r\n');
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'hygie-codes-de-secours.txt';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The ten recovery codes, shown this once: copy or download them, then confirm they are kept
 * somewhere safe before the panel can close.
 */
export function RecoveryCodesPanel({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const { me } = useAuth();
  const [kept, setKept] = useState(false);
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Vos codes de secours
      </Title>
      <Notice title="Ils ne seront plus jamais affichés">
        Si vous perdez votre téléphone, chacun de ces codes remplace une fois le code à 6 chiffres. Imprimez-les ou
        enregistrez-les dans votre coffre-fort de mots de passe, pas à côté de l’ordinateur.
      </Notice>
      <SimpleGrid cols={2} spacing="xs" maw={480} component="ul" aria-label="Codes de secours" p={0} m={0}>
        {codes.map((code) => (
          <Code key={code} component="li" fz="md" p="xs" style={{ listStyle: 'none', textAlign: 'center' }}>
            {code}
          </Code>
        ))}
      </SimpleGrid>
      <Group>
        <CopyButton value={codes.join('\n')} timeout={3000}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Codes copiés' : 'Copier'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => downloadText(codes, me.user.email)}>
          Télécharger (.txt)
        </Button>
      </Group>
      <Checkbox
        label="J’ai mis ces codes en lieu sûr"
        checked={kept}
        onChange={(event) => setKept(event.currentTarget.checked)}
      />
      <Group>
        <Button onClick={onDone} disabled={!kept}>
          Terminer
        </Button>
      </Group>
    </Stack>
  );
}
