import { Button, CopyButton, Group, List, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, download } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { formatDate } from '../account/account-types.ts';
import { Notice } from '../account/Notice.tsx';

const FEED_KEY = ['calendar-feed'];

interface FeedStatus {
  active: boolean;
  createdAt: string | null;
}

/** The new address, shown once (Hygie keeps only its fingerprint). */
function NewAddress({ url, onClose }: { url: string; onClose(): void }) {
  return (
    <Notice title="Votre adresse d’agenda" mb="md">
      <Text mb="xs">
        Copiez-la maintenant : elle ne sera plus affichée. Dans votre agenda, choisissez « ajouter un agenda par son
        adresse » (ou « s’abonner ») et collez-la. Gardez-la pour vous : qui la connaît voit vos échéances.
      </Text>
      <Textarea
        label="Adresse de votre agenda Hygie"
        readOnly
        autosize
        minRows={1}
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' } }}
        mb="sm"
      />
      <Group>
        <CopyButton value={url} timeout={3000}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant="default">
              {copied ? 'Adresse copiée' : 'Copier l’adresse'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" onClick={onClose}>
          J’ai copié l’adresse
        </Button>
      </Group>
    </Notice>
  );
}

/**
 * « Mon agenda »: the échéances in the user's own calendar, by a secret address the calendar
 * subscribes to (created, replaced, revoked here) or by a `.ics` file to open once.
 */
export function CalendarSection() {
  const client = useQueryClient();
  const status = useQuery({ queryKey: FEED_KEY, queryFn: () => api<FeedStatus>('/v1/me/calendar-feed') });
  const [url, setUrl] = useState<string | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const create = useMutation({
    mutationFn: () => api<{ url: string }>('/v1/me/calendar-feed', { method: 'POST' }),
    onSuccess: async (created) => {
      setUrl(created.url);
      await client.invalidateQueries({ queryKey: FEED_KEY });
    },
  });
  const revoke = useMutation({
    mutationFn: () => api<void>('/v1/me/calendar-feed', { method: 'DELETE' }),
    onSuccess: async () => {
      setConfirmRevoke(false);
      setUrl(null);
      await client.invalidateQueries({ queryKey: FEED_KEY });
    },
  });
  const ics = useMutation({ mutationFn: () => download('/v1/me/calendar.ics') });
  const active = status.data?.active === true;

  return (
    <PageSection
      id="agenda"
      title="Mon agenda"
      intro="Retrouvez vos échéances (demandes de patients, violation de données, mesures à refaire, contrats) dans l’agenda de votre téléphone ou de votre ordinateur."
    >
      <Stack gap="md">
        <ErrorAlert error={status.error} title="L’état de votre agenda n’a pas pu être chargé" />
        {status.isPending && <Skeleton h={40} />}
        {url && <NewAddress url={url} onClose={() => setUrl(null)} />}
        {status.data && (
          <Text>
            {active && status.data.createdAt
              ? `Une adresse d’agenda est en service depuis le ${formatDate(status.data.createdAt)}. Votre agenda se met à jour tout seul.`
              : 'Vous n’avez pas encore d’adresse d’agenda.'}
          </Text>
        )}
        <ErrorAlert error={create.error ?? revoke.error ?? ics.error} />
        <Group>
          <Button onClick={() => create.mutate()} loading={create.isPending}>
            {active ? 'Créer une nouvelle adresse' : 'Créer mon adresse d’agenda'}
          </Button>
          {active && (
            <Button variant="default" color="red.9" onClick={() => setConfirmRevoke(true)}>
              Révoquer l’adresse
            </Button>
          )}
        </Group>
        <div>
          <Text fw={600} mb={4}>
            Hygie est installé sur cet ordinateur seulement ?
          </Text>
          <Text mb="xs">
            Votre téléphone ne peut pas joindre Hygie : téléchargez plutôt vos échéances et ouvrez le fichier avec votre
            agenda. Refaites-le quand elles changent.
          </Text>
          <Button variant="default" onClick={() => ics.mutate()} loading={ics.isPending}>
            Ajouter à mon agenda (fichier .ics)
          </Button>
        </div>
      </Stack>
      <Dialog
        opened={confirmRevoke}
        onClose={() => setConfirmRevoke(false)}
        title="Révoquer l’adresse d’agenda ?"
        size="md"
      >
        <Text mb="xs">Votre agenda ne recevra plus vos échéances :</Text>
        <List mb="md">
          <List.Item>les échéances déjà affichées n’y seront plus mises à jour ;</List.Item>
          <List.Item>vous pourrez créer une nouvelle adresse à tout moment.</List.Item>
        </List>
        <ErrorAlert error={revoke.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirmRevoke(false)}>
            Annuler
          </Button>
          <Button color="red.9" loading={revoke.isPending} onClick={() => revoke.mutate()}>
            Révoquer l’adresse
          </Button>
        </Group>
      </Dialog>
    </PageSection>
  );
}
