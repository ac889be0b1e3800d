import { Alert, Button, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

interface Props {
  /** The server's explanation when it refused the link; absent when the address has no token. */
  message?: string;
  kind: 'invitation' | 'reset';
}

const WORDS = {
  invitation: { name: 'd’invitation', lifetime: '3 jours' },
  reset: { name: 'de réinitialisation', lifetime: '24 heures' },
} as const;

const USERS_PAGE = '«\u00a0Utilisateurs\u00a0» de Hygie';

/** An unusable one-time link: why, and what to do (ask the practice's titulaire for a new one). */
export function LinkProblem({ message, kind }: Props) {
  const words = WORDS[kind];
  return (
    <Stack gap="md">
      <Alert color="red" title={message ? 'Ce lien ne fonctionne plus' : 'Ce lien est incomplet'} role="alert">
        {message ??
          `L’adresse ouverte ne contient pas le code du lien ${words.name}. Il se trouve à la fin du lien, après le signe « # ».`}
      </Alert>
      <Text>
        {message
          ? `Un lien ${words.name} ne sert qu’une fois et reste valable ${words.lifetime}. Le titulaire du cabinet peut vous en donner un nouveau en quelques secondes, depuis la page ${USERS_PAGE}.`
          : `Ouvrez le lien exactement tel qu’il vous a été transmis, sans le couper. Si cela ne suffit pas, le titulaire du cabinet peut vous en donner un nouveau en quelques secondes, depuis la page ${USERS_PAGE}.`}
      </Text>
      <Button component={Link} to="/connexion" variant="default" w="fit-content">
        Aller à la page de connexion
      </Button>
    </Stack>
  );
}
