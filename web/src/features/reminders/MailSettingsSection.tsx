import {
  Alert,
  Button,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorAlert, fieldError } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import { SaveRow } from '../../components/SaveRow.tsx';
import { formatDateTime } from '../account/account-types.ts';
import { Notice } from '../account/Notice.tsx';

interface View {
  source: 'environment' | 'practice' | 'none';
  editable: boolean;
  settings: {
    host: string;
    port: number;
    security: 'tls' | 'starttls' | 'none';
    username: string | null;
    passwordSet: boolean;
    from: string;
  } | null;
  failures: { kind: string; createdAt: string; attempts: number; error: string; givenUp: boolean }[];
}

const KEY = ['mail-settings'];
const KINDS: Record<string, string> = { digest: 'Point régulier', alert: 'Alerte', anchor: 'Code de contrôle mensuel' };

interface Form {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  username: string;
  password: string;
  from: string;
}

/** « Envoi des e-mails » (owner): the outgoing server of a practice's own install, its test, and the failed sends. */
export function MailSettingsSection() {
  const client = useQueryClient();
  const view = useQuery({ queryKey: KEY, queryFn: () => api<View>('/v1/mail/settings') });
  const [form, setForm] = useState<Form | null>(null);
  useEffect(() => {
    if (!view.data || form !== null) return;
    const s = view.data.settings;
    setForm({
      host: s?.host ?? '',
      port: s?.port ?? 465,
      security: s?.security ?? 'tls',
      username: s?.username ?? '',
      password: '',
      from: s?.from ?? '',
    });
  }, [view.data, form]);
  const save = useMutation({
    mutationFn: (f: Form) =>
      api<View>('/v1/mail/settings', {
        method: 'PUT',
        body: {
          host: f.host,
          port: f.port,
          security: f.security,
          username: f.username || null,
          ...(f.password ? { password: f.password } : {}),
          from: f.from,
        },
      }),
    onSuccess: (saved) => {
      client.setQueryData(KEY, saved);
      setForm((f) => (f ? { ...f, password: '' } : f));
    },
  });
  const test = useMutation({
    mutationFn: () =>
      api<{ ok: true; sentTo: string } | { ok: false; message: string }>('/v1/mail/settings/test', { method: 'POST' }),
  });
  const data = view.data;
  return (
    <PageSection
      id="envoi-e-mails"
      title="Envoi des e-mails"
      intro="Le serveur par lequel Hygie envoie les rappels du cabinet : celui de votre messagerie (votre fournisseur indique son nom, son port et sa sécurité dans son aide, rubrique « SMTP »)."
    >
      <ErrorAlert error={view.error} title="Les réglages d’envoi n’ont pas pu être chargés" />
      {view.isPending && <Skeleton h={160} />}
      {data?.source === 'environment' && (
        <Text>L’envoi des e-mails est réglé par l’hébergeur de Hygie : rien à faire ici.</Text>
      )}
      {data && data.source !== 'environment' && !data.editable && (
        <Text>Cette installation sert plusieurs cabinets : l’envoi des e-mails se règle par son hébergeur.</Text>
      )}
      {data?.editable && form && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save.mutate(form);
          }}
        >
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                label="Serveur d’envoi (SMTP)"
                placeholder="smtp.exemple.fr"
                required
                value={form.host}
                onChange={(e) => setForm({ ...form, host: e.currentTarget.value })}
                error={fieldError(save.error, 'host')}
              />
              <NumberInput
                label="Port"
                required
                min={1}
                max={65535}
                value={form.port}
                onChange={(port) => setForm({ ...form, port: Number(port) || 0 })}
                error={fieldError(save.error, 'port')}
              />
              <Select
                label="Sécurité"
                allowDeselect={false}
                data={[
                  { value: 'tls', label: 'SSL/TLS (port 465, conseillé)' },
                  { value: 'starttls', label: 'STARTTLS (port 587)' },
                  { value: 'none', label: 'Aucune (relais local seulement)' },
                ]}
                value={form.security}
                onChange={(security) => setForm({ ...form, security: (security ?? 'tls') as Form['security'] })}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label="Identifiant"
                description="Souvent votre adresse e-mail."
                autoComplete="off"
                value={form.username}
                onChange={(e) => setForm({ ...form, username: e.currentTarget.value })}
                error={fieldError(save.error, 'username')}
              />
              <PasswordInput
                label="Mot de passe"
                description={
                  data.settings?.passwordSet
                    ? 'Enregistré (chiffré). Laissez vide pour le garder.'
                    : 'Gardé chiffré par Hygie.'
                }
                autoComplete="new-password"
                value={form.password}
                onChange={(e) => setForm({ ...form, password: e.currentTarget.value })}
                error={fieldError(save.error, 'password')}
              />
            </SimpleGrid>
            <TextInput
              label="Adresse d’expédition"
              placeholder="rappels@cabinet.fr"
              required
              maw={420}
              value={form.from}
              onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
              error={fieldError(save.error, 'from')}
            />
            <ErrorAlert error={save.error} title="Réglages non enregistrés" />
            <SaveRow pending={save.isPending} saved={save.isSuccess} />
            <Group>
              <Button
                variant="default"
                onClick={() => test.mutate()}
                loading={test.isPending}
                disabled={data.settings === null}
              >
                M’envoyer un e-mail d’essai
              </Button>
            </Group>
            {test.data?.ok === true && (
              <Alert color="green.9" title="E-mail d’essai envoyé" role="status">
                Il est parti à l’adresse {test.data.sentTo} : vérifiez qu’il est bien arrivé (et pas dans les
                indésirables).
              </Alert>
            )}
            {test.data?.ok === false && (
              <Alert color="red.9" title="L’e-mail d’essai n’est pas parti" role="alert">
                {test.data.message}
              </Alert>
            )}
            <ErrorAlert error={test.error} />
          </Stack>
        </form>
      )}
      {data && data.failures.length > 0 && (
        <Notice title="Des e-mails de rappel ne sont pas partis" mt="md">
          <Stack gap={4}>
            {data.failures.map((f) => (
              <Text key={`${f.kind}-${f.createdAt}`} size="sm">
                {KINDS[f.kind] ?? f.kind} du {formatDateTime(f.createdAt)} — {f.error}{' '}
                {f.givenUp
                  ? '(abandonné après plusieurs essais)'
                  : `(nouvel essai prévu, ${f.attempts} essai${f.attempts > 1 ? 's' : ''} déjà)`}
              </Text>
            ))}
          </Stack>
        </Notice>
      )}
    </PageSection>
  );
}
