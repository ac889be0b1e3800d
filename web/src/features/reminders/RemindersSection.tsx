import { Checkbox, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { useAuth } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { Notice } from '../account/Notice.tsx';

interface Prefs {
  digest: 'weekly' | 'daily' | 'none';
  alerts: boolean;
  anchor: boolean;
  mailAvailable: boolean;
  email: string;
}

const KEY = ['me-reminders'];

/** « Mes rappels par e-mail »: the digest's frequency, the alerts, and the owner's monthly anchor. */
export function RemindersSection() {
  const { me } = useAuth();
  const client = useQueryClient();
  const prefs = useQuery({ queryKey: KEY, queryFn: () => api<Prefs>('/v1/me/reminders') });
  const [value, setValue] = useState<Pick<Prefs, 'digest' | 'alerts' | 'anchor'> | null>(null);
  useEffect(() => {
    if (prefs.data && value === null)
      setValue({ digest: prefs.data.digest, alerts: prefs.data.alerts, anchor: prefs.data.anchor });
  }, [prefs.data, value]);
  const save = useMutation({
    mutationFn: (body: Pick<Prefs, 'digest' | 'alerts' | 'anchor'>) =>
      api<Prefs>('/v1/me/reminders', { method: 'PUT', body }),
    onSuccess: (saved) => client.setQueryData(KEY, saved),
  });
  const owner = me.user.role === 'owner';
  return (
    <PageSection
      id="rappels"
      title="Mes rappels par e-mail"
      intro="Hygie vous écrit ce qui est à faire, et vous prévient tout de suite de ce qui ne peut pas attendre. Les e-mails ne contiennent jamais le nom d’un patient."
    >
      <ErrorAlert error={prefs.error} title="Vos rappels n’ont pas pu être chargés" />
      {prefs.isPending && <Skeleton h={120} />}
      {prefs.data && value && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(value);
          }}
        >
          <Stack gap="md">
            {!prefs.data.mailAvailable && (
              <Notice>
                L’envoi des e-mails n’est pas encore réglé
                {owner
                  ? ' : remplissez « Envoi des e-mails » ci-dessous.'
                  : ' : le ou la titulaire du cabinet doit le faire.'}
              </Notice>
            )}
            <Text>Les e-mails partent à l’adresse {prefs.data.email}.</Text>
            <Radio.Group
              label="Le point sur ce qui est à faire"
              value={value.digest}
              onChange={(digest) => setValue({ ...value, digest: digest as Prefs['digest'] })}
            >
              <Stack gap={6} mt={6}>
                <Radio value="weekly" label="Chaque lundi matin" />
                <Radio value="daily" label="Chaque matin" />
                <Radio value="none" label="Jamais" />
              </Stack>
            </Radio.Group>
            <Checkbox
              label="Les alertes : violation de données (dès qu’elle est connue, puis 24 heures avant la fin du délai), demande d’un patient à traiter dans les 3 jours ou en retard"
              checked={value.alerts}
              onChange={(event) => setValue({ ...value, alerts: event.currentTarget.checked })}
            />
            {owner && value.digest === 'none' && (
              <Checkbox
                label="Le code de contrôle du journal, une fois par mois"
                description="Gardé dans votre messagerie, il permet de prouver plus tard que le journal n’a pas été réécrit. Sans lui, et sans le point régulier (qui le contient), vous perdez cette preuve."
                checked={value.anchor}
                onChange={(event) => setValue({ ...value, anchor: event.currentTarget.checked })}
              />
            )}
            <ErrorAlert error={save.error} title="Vos rappels n’ont pas été enregistrés" />
            <SaveRow pending={save.isPending} saved={save.isSuccess} label="Enregistrer mes rappels" />
          </Stack>
        </form>
      )}
    </PageSection>
  );
}
