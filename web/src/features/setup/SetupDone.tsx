import { Button, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';

/** Shown when the practice already exists: the wizard is closed for good. */
export function SetupDone() {
  return (
    <>
      <PageHeader title="Hygie est déjà installé">
        Le cabinet et le compte du titulaire ont déjà été créés : cette page ne sert plus.
      </PageHeader>
      <Text mb="lg">
        Connectez-vous avec votre adresse e-mail et votre mot de passe. Si vous n’avez pas encore de compte, demandez au
        titulaire du cabinet de vous inviter.
      </Text>
      <Button component={Link} to="/connexion">
        Se connecter
      </Button>
    </>
  );
}
