import { Alert, Badge, Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, download } from '../../api/client.ts';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { JOURNAL_KEY } from './journal-query.ts';
import type { ArchivedJournal } from './journal-types.ts';
import { parisDate } from './paris-time.ts';

const entries = (n: number) => `${n} entrée${n > 1 ? 's' : ''}`;

/**
 * « Historique avant le transfert »: the journal kept from before the practice moved to this
 * installation (whole-practice import), still verified, with its CSV. Nothing when there is none.
 */
export function JournalArchives() {
  const archives = useQuery({
    queryKey: [...JOURNAL_KEY, 'archives'],
    queryFn: () => api<{ archives: ArchivedJournal[] }>('/v1/journal/archives'),
  });
  const list = archives.data?.archives ?? [];
  if (!archives.error && list.length === 0) return null;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="historique-titre">
      <Title order={2} size="h3" id="historique-titre" mb="sm">
        Historique avant le transfert
      </Title>
      <ErrorAlert error={archives.error} title="L’historique n’a pas pu être chargé" />
      {list.length > 0 && (
        <Text mb="md">
          Votre cabinet a été transféré sur cette installation. Le journal qu’il tenait avant le transfert est gardé tel
          quel ci-dessous, et Hygie vérifie toujours qu’il n’a pas été modifié.
        </Text>
      )}
      <Stack gap="lg">
        {list.map((archive) => (
          <ArchiveCard key={archive.id} archive={archive} titled={list.length > 1} />
        ))}
      </Stack>
    </Paper>
  );
}

function ArchiveCard({ archive, titled }: { archive: ArchivedJournal; titled: boolean }) {
  const client = useQueryClient();
  const exportCsv = useMutation({
    mutationFn: () => download(`/v1/journal/archives/${archive.id}/export.csv`),
    // The export is journaled in the current journal: show it.
    onSettled: () => client.invalidateQueries({ queryKey: JOURNAL_KEY }),
  });
  const period =
    archive.firstAt && archive.lastAt
      ? `du ${parisDate(archive.firstAt)} au ${parisDate(archive.lastAt)}`
      : 'sans entrée';
  const hashId = `empreinte-archive-${archive.id}`;
  return (
    <Stack gap="sm">
      {titled && (
        <Title order={3} size="h4">
          Journal n° {archive.position}
        </Title>
      )}
      <Text>
        {entries(archive.count)} {period}, au nom de « {archive.sourcePracticeName} ». Transféré ici le{' '}
        {parisDate(archive.archivedAt)}.
      </Text>
      {archive.intact ? (
        <Badge
          color="hygie"
          variant="filled"
          size="lg"
          tt="none"
          h="auto"
          py={6}
          maw="100%"
          styles={{ label: { whiteSpace: 'normal', overflow: 'visible' } }}
        >
          Journal d’avant le transfert intact — {entries(archive.count)} vérifiée{archive.count > 1 ? 's' : ''}
        </Badge>
      ) : (
        <Alert color="red" title="Journal d’avant le transfert altéré" role="alert">
          {archive.detail} Prévenez votre support informatique, et gardez le fichier du transfert : il montre l’état
          d’origine de ce journal.
        </Alert>
      )}
      <Disclosure label="Le code de contrôle de ce journal">
        <Stack gap="xs">
          <Text fw={600} size="sm" id={hashId}>
            Code de contrôle (empreinte SHA-256 de la dernière entrée)
          </Text>
          <Code block aria-labelledby={hashId} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {archive.headHash}
          </Code>
          <Text size="sm">
            Le journal actuel commence par l’arrivée du cabinet sur cette installation, qui reprend ce code : les deux
            journaux restent ainsi reliés.
          </Text>
        </Stack>
      </Disclosure>
      <ErrorAlert error={exportCsv.error} title="L’export n’a pas pu être fait" />
      <Button variant="default" w="fit-content" onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
        Télécharger ce journal (CSV)
      </Button>
    </Stack>
  );
}
