import { Button, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { onActivity } from '../api/client.ts';
import { Dialog } from '../components/Dialog.tsx';
import { useAuth } from './auth.tsx';

const WARN_BEFORE_MS = 2 * 60_000;

/** Announces the end of an idle session two minutes before it happens, and offers to stay. */
export function SessionTimer() {
  const { me, refresh, signOut } = useAuth();
  const idleMs = me.session.idleExpiresAt ? new Date(me.session.idleExpiresAt).getTime() - Date.now() : null;
  const [deadline, setDeadline] = useState(() => (idleMs === null ? null : Date.now() + idleMs));
  const [warning, setWarning] = useState(false);
  const [expired, setExpired] = useState(false);

  // After any request the server keeps the session at least the idle time (it may keep it up to a
  // tenth longer, since it does not write every request): count the idle time from each request.
  const span = me.session.idleMinutes ? me.session.idleMinutes * 60_000 : idleMs;
  useEffect(() => {
    if (span === null) return;
    return onActivity(() => setDeadline(Date.now() + span));
  }, [span]);

  useEffect(() => {
    if (deadline === null) return;
    const tick = () => {
      const left = deadline - Date.now();
      setWarning(left > 0 && left <= WARN_BEFORE_MS);
      if (left <= 0) setExpired(true);
    };
    tick();
    const timer = setInterval(tick, 5_000);
    return () => clearInterval(timer);
  }, [deadline]);

  if (expired) {
    return (
      <Dialog opened onClose={() => window.location.assign('/connexion')} title="Session terminée" size="md">
        <Text mb="md">Par sécurité, vous avez été déconnecté(e) après une période sans activité.</Text>
        <Button onClick={() => window.location.assign('/connexion')}>Se reconnecter</Button>
      </Dialog>
    );
  }
  return (
    <Dialog opened={warning} onClose={() => void refresh()} title="Votre session va bientôt se terminer" size="md">
      <Text mb="md">Sans activité de votre part, vous serez déconnecté(e) dans moins de deux minutes.</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void signOut()}>
          Se déconnecter
        </Button>
        <Button onClick={() => void refresh()}>Rester connecté</Button>
      </Group>
    </Dialog>
  );
}
