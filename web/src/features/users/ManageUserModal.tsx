import { Alert, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Dialog } from '../../components/Dialog.tsx';
import { ResetAccess } from './ResetAccess.tsx';
import { RoleForm } from './RoleForm.tsx';
import { StatusConfirm } from './StatusConfirm.tsx';
import type { TeamUser } from './users-api.ts';

type View = 'main' | 'status' | 'reset';

/** The owner's actions on one account: role, deactivation or reactivation, access reset. */
export function ManageUserModal({
  user,
  isMe,
  opened,
  onClose,
}: {
  user: TeamUser | undefined;
  isMe: boolean;
  opened: boolean;
  onClose: () => void;
}) {
  const [view, setView] = useState<View>('main');
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setNotice(message);
    setView('main');
  };
  const title = !user
    ? 'Compte'
    : view === 'status'
      ? `${user.status === 'active' ? 'Désactiver' : 'Réactiver'} le compte de ${user.name} ?`
      : view === 'reset'
        ? `Réinitialiser l’accès de ${user.name}`
        : `Gérer le compte de ${user.name}`;

  return (
    <Dialog opened={opened && user !== undefined} onClose={onClose} title={title}>
      {user && view === 'status' && <StatusConfirm user={user} onBack={() => setView('main')} onDone={done} />}
      {user && view === 'reset' && <ResetAccess user={user} onBack={() => setView('main')} />}
      {user && view === 'main' && (
        <Stack gap="lg">
          {notice && (
            <Alert color="hygie" title="Modification enregistrée">
              {notice}
            </Alert>
          )}
          <RoleForm key={user.role} user={user} isMe={isMe} onDone={done} />
          <Divider />
          <Stack gap="sm" component="section" aria-labelledby="acces-du-compte">
            <Title order={3} size="h4" id="acces-du-compte">
              Accès au compte
            </Title>
            {isMe ? (
              <Text>
                Votre propre compte ne se désactive pas ici. Votre mot de passe et votre double authentification se
                gèrent dans « Mon compte ».
              </Text>
            ) : (
              <>
                <Text>
                  {user.status === 'active'
                    ? 'Le compte est actif. Désactivez-le quand la personne quitte le cabinet : son historique est conservé.'
                    : 'Le compte est désactivé : la personne ne peut plus se connecter.'}
                </Text>
                <Group gap="sm">
                  <Button
                    variant="outline"
                    color={user.status === 'active' ? 'red' : undefined}
                    onClick={() => setView('status')}
                  >
                    {user.status === 'active' ? 'Désactiver le compte' : 'Réactiver le compte'}
                  </Button>
                  <Button variant="default" onClick={() => setView('reset')}>
                    Réinitialiser l’accès
                  </Button>
                </Group>
              </>
            )}
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Fermer
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
