import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { download } from '../../api/client.ts';
import { useRole } from '../../app/auth.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeader } from '../../components/PageHeader.tsx';
import { JournalArchives } from './JournalArchives.tsx';
import { JournalFiltersBar } from './JournalFiltersBar.tsx';
import { JournalIntegrity } from './JournalIntegrity.tsx';
import { JournalTable } from './JournalTable.tsx';
import { JOURNAL_KEY, useJournal } from './journal-query.ts';
import { type JournalFilters, NO_FILTERS } from './journal-types.ts';

const TITLE = 'Journal de conformité';

/** The accountability journal: integrity badge, filters, entries, CSV export. Never for the secretary. */
export function JournalPage() {
  const role = useRole();
  if (role === 'secretary') {
    return (
      <>
        <PageHeader title={TITLE} />
        <Alert color="red" title="Accès réservé" role="alert" maw={720}>
          Le journal de conformité est réservé au titulaire, aux praticiens et à l’auditeur du cabinet : votre rôle de
          secrétaire ne permet pas de le consulter.
        </Alert>
        <Button component={Link} to="/" variant="default" mt="md">
          Revenir à l’accueil
        </Button>
      </>
    );
  }
  return <JournalContent />;
}

function JournalContent() {
  const client = useQueryClient();
  const [filters, setFilters] = useState<JournalFilters>(NO_FILTERS);
  const journal = useJournal(filters);
  const exportCsv = useMutation({
    mutationFn: () => download('/v1/journal/export.csv'),
    // The export is itself journaled: show it.
    onSettled: () => client.invalidateQueries({ queryKey: JOURNAL_KEY }),
  });
  const entries = journal.data?.pages.flatMap((page) => page.entries) ?? [];
  const filtered = Object.values(filters).some((value) => value !== '');

  return (
    <>
      <PageHeader title={TITLE}>
        Hygie y inscrit chaque action importante : connexions, comptes, profil du cabinet, exports. Aucune entrée ne
        peut être modifiée ni effacée : c’est ce qui vous permet de démontrer votre conformité à tout moment.
      </PageHeader>
      <Stack gap="lg">
        <JournalIntegrity />
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="entrees-titre">
          <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
            <Title order={2} size="h3" id="entrees-titre">
              Entrées
            </Title>
            <Button variant="default" onClick={() => exportCsv.mutate()} loading={exportCsv.isPending}>
              Exporter (CSV)
            </Button>
          </Group>
          <Text size="sm" mb="md">
            L’export contient tout le journal et son code de contrôle ; il s’ouvre avec un tableur (Excel, LibreOffice).
          </Text>
          <ErrorAlert error={exportCsv.error} title="L’export n’a pas pu être fait" />
          <JournalFiltersBar value={filters} onChange={setFilters} />
          <ErrorAlert error={journal.error} title="Le journal n’a pas pu être chargé" />
          {journal.isPending && <Skeleton h={240} mt="md" />}
          {journal.data && entries.length === 0 && (
            <Text mt="md">
              {filtered ? 'Aucune entrée ne correspond à ces filtres.' : 'Le journal est encore vide.'}
            </Text>
          )}
          {entries.length > 0 && (
            <Stack gap="md" mt="md">
              <JournalTable
                entries={entries}
                caption={`${entries.length} entrée${entries.length > 1 ? 's' : ''} affichée${entries.length > 1 ? 's' : ''}, de la plus récente à la plus ancienne`}
              />
              {journal.hasNextPage && (
                <Button
                  variant="default"
                  w="fit-content"
                  onClick={() => void journal.fetchNextPage()}
                  loading={journal.isFetchingNextPage}
                >
                  Voir plus
                </Button>
              )}
            </Stack>
          )}
        </Paper>
        <JournalArchives />
      </Stack>
    </>
  );
}
