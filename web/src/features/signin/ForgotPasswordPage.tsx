import { Button, Code, List, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader.tsx';

/** `/mot-de-passe-oublie`: who can give access back, since Hygie sends no reset e-mail. */
export function ForgotPasswordPage() {
  const [params] = useSearchParams();
  const email = params.get('email')?.trim() || 'votre@adresse.fr';
  return (
    <>
      <PageHeader title="Mot de passe oublié">
        Hygie n’envoie pas de lien de réinitialisation par e-mail. Selon votre situation, voici qui peut vous rendre
        l’accès à votre compte.
      </PageHeader>
      <Stack gap="lg">
        <Stack gap="xs" component="section" aria-labelledby="oubli-equipe">
          <Title order={2} size="h4" id="oubli-equipe">
            Vous n’êtes pas le titulaire du cabinet
          </Title>
          <Text>
            Demandez au titulaire du cabinet de réinitialiser votre accès depuis la page « Utilisateurs » de Hygie. Il
            obtient un lien à usage unique, valable 24 heures, qu’il vous transmet : en l’ouvrant, vous choisissez un
            nouveau mot de passe. Cela vaut aussi si vous avez perdu le téléphone qui affiche vos codes.
          </Text>
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="oubli-titulaire">
          <Title order={2} size="h4" id="oubli-titulaire">
            Vous êtes le titulaire, et Hygie est installé sur l’ordinateur du cabinet
          </Title>
          <List type="ordered" spacing="xs">
            <List.Item>Sur l’ordinateur où Hygie est installé, ouvrez le dossier de Hygie.</List.Item>
            <List.Item>
              Ouvrez-y un terminal (« Invite de commandes » sous Windows, « Terminal » sur Mac ou Linux) et tapez :
            </List.Item>
          </List>
          <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            node bin/hygie user reset --email {email}
          </Code>
          <Text>
            Hygie vous demande un nouveau mot de passe (il ne s’affiche pas pendant la saisie), ferme vos sessions et
            désactive la double authentification : réactivez-la dans « Mon compte » après vous être connecté(e).
          </Text>
          {params.get('email') ? null : (
            <Text size="sm">Remplacez votre@adresse.fr par l’adresse e-mail de votre compte.</Text>
          )}
        </Stack>
        <Stack gap="xs" component="section" aria-labelledby="oubli-heberge">
          <Title order={2} size="h4" id="oubli-heberge">
            Vous êtes le titulaire, et Hygie vous est fourni par un hébergeur
          </Title>
          <Text>
            Contactez votre hébergeur (par exemple votre URPS, votre fédération de maisons de santé ou votre prestataire
            informatique) : il peut réinitialiser votre accès. S’il y a un autre titulaire dans le cabinet, il peut
            aussi le faire depuis la page « Utilisateurs ».
          </Text>
        </Stack>
        <Button component={Link} to="/connexion" variant="default" w="fit-content">
          Revenir à la connexion
        </Button>
      </Stack>
    </>
  );
}
