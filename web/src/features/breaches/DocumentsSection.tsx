import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, download } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageSection } from '../../components/PageSection.tsx';
import type { BreachView } from './breaches-api.ts';

type Doc = BreachView['documents'][number];

const HINTS: Record<Doc['id'], string> = {
  'cnil-initial': 'Les rubriques à recopier dans le formulaire en ligne de la CNIL (notifications.cnil.fr).',
  'cnil-complementary': 'Ce que vous savez désormais, avec la référence de la notification initiale.',
  'patient-letter': 'Un courrier en mots simples pour les personnes concernées (article 34 du RGPD).',
  complaint: 'Pour la police, la gendarmerie ou le procureur de la République, avec la chronologie et les preuves.',
};

/** The document as text (the session cookie goes with it; a GET needs no anti-forgery token). */
async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as { code?: string; message?: string } | undefined;
    throw new ApiError(response.status, body?.code ?? 'error', body?.message ?? `Erreur ${response.status}`);
  }
  return response.text();
}

function DocumentRow({ doc }: { doc: Doc }) {
  const [copied, setCopied] = useState<'copied' | 'manual' | null>(null);
  const [text, setText] = useState('');
  const pdf = useMutation({ mutationFn: () => download(doc.pdf.replace(/^\/api/, '')) });
  const copy = useMutation({
    mutationFn: () => fetchText(doc.txt),
    onSuccess: async (value) => {
      setText(value);
      try {
        await navigator.clipboard.writeText(value);
        setCopied('copied');
      } catch {
        setCopied('manual');
      }
    },
  });
  const headingId = `document-${doc.id}`;
  return (
    <Stack gap={6} component="article" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {doc.label}
      </Title>
      <Text size="sm">{HINTS[doc.id]}</Text>
      <Group gap="sm">
        <Button variant="default" onClick={() => pdf.mutate()} loading={pdf.isPending} aria-describedby={headingId}>
          Télécharger le PDF
        </Button>
        <Button variant="default" onClick={() => copy.mutate()} loading={copy.isPending} aria-describedby={headingId}>
          Copier le texte
        </Button>
        {copied && (
          <Text size="sm" role="status">
            {copied === 'copied'
              ? 'Texte copié : collez-le dans le formulaire ou le courriel.'
              : 'Copie automatique impossible : sélectionnez le texte ci-dessous et copiez-le.'}
          </Text>
        )}
      </Group>
      <ErrorAlert error={pdf.error ?? copy.error} title="Le document n’a pas pu être préparé" />
      {text && <Textarea label={`Texte : ${doc.label}`} value={text} readOnly autosize minRows={4} maxRows={14} />}
    </Stack>
  );
}

/** The documents ready to send: PDF to download, or text to paste. */
export function DocumentsSection({ breach }: { breach: BreachView }) {
  return (
    <PageSection
      id="documents-titre"
      title="Documents à envoyer"
      intro="Chaque document reprend ce qui est inscrit ci-dessus ; ce qui manque est marqué « À compléter ». Relisez avant d’envoyer."
    >
      <Stack gap="lg">
        {breach.documents.map((doc) => (
          <DocumentRow key={doc.id} doc={doc} />
        ))}
      </Stack>
    </PageSection>
  );
}
