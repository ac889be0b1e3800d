import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { LETTER_LABELS, type LetterTemplate } from '../../../../src/features/requests/request-labels.ts';
import { download } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { RequestView } from './requests-api.ts';

/** The letters that fit the request now, as PDF to print, sign and send. */
export function LettersSection({ request }: { request: RequestView }) {
  const fetchLetter = useMutation({
    mutationFn: (template: LetterTemplate) =>
      download(`/v1/requests/${encodeURIComponent(request.id)}/letters/${template}.pdf`),
  });
  return (
    <Stack gap="sm">
      <Text>
        Chaque courrier reprend le nom du cabinet, la référence du demandeur, les dates et la règle applicable.
        Complétez l’adresse du destinataire, signez, puis envoyez-le par votre moyen habituel. Le contenu de la réponse
        n’y figure jamais : joignez-le vous-même.
      </Text>
      <ErrorAlert error={fetchLetter.error} title="Le courrier n’a pas pu être téléchargé" />
      <Group gap="sm">
        {request.letters.map((template) => (
          <Button
            key={template}
            variant="default"
            onClick={() => fetchLetter.mutate(template)}
            loading={fetchLetter.isPending && fetchLetter.variables === template}
          >
            {LETTER_LABELS[template]} (PDF)
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
