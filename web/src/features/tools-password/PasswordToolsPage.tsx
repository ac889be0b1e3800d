import { Stack } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader.tsx';
import { PassphraseGenerator } from './PassphraseGenerator.tsx';
import { PasswordChecker } from './PasswordChecker.tsx';
import { PasswordGuidance } from './PasswordGuidance.tsx';

/** The password tools: everything runs in the browser; no password is ever sent or stored. */
export function PasswordToolsPage() {
  return (
    <>
      <PageHeader title="Mots de passe">
        Vérifiez un mot de passe, obtenez une phrase de passe solide et retrouvez les règles pour chaque usage du
        cabinet. Ce que vous tapez ici reste dans votre navigateur : rien n’est envoyé ni enregistré.
      </PageHeader>
      <Stack gap="lg">
        <PasswordChecker />
        <PassphraseGenerator />
        <PasswordGuidance />
      </Stack>
    </>
  );
}
