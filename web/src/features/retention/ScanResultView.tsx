import { Alert, Badge, Button, List, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import type { UploadPhase } from './csv-upload.ts';
import { ACTION_COLORS, ACTION_LABELS, ACTIONS, frenchDay } from './format.ts';
import type { ScanRecord, ScanResult } from './retention-types.ts';
import { ScanProgress } from './ScanProgress.tsx';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

/** A key per record: its identifier, numbered when the file repeats it. */
function uniqueKeys(records: readonly ScanRecord[]) {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const n = (seen.get(record.id) ?? 0) + 1;
    seen.set(record.id, n);
    return { key: n > 1 ? `${record.id}#${n}` : record.id, record };
  });
}

interface Props {
  result: ScanResult;
  onDownload: () => void;
  download: { phase: UploadPhase | null; error: unknown; done: boolean };
}

/** The scan’s summary by action, its problems, the first records and the download of the whole result. */
export function ScanResultView({ result, onDownload, download }: Props) {
  const summaryId = useId();
  const previewId = useId();
  const { summary } = result;
  const hidden = summary.records - result.results.length;
  return (
    <Stack gap="md" mt="md">
      <Title order={3} size="h4">
        Résultat de l’analyse
      </Title>
      <div>
        <Text size="sm" fw={600} mb="xs" id={summaryId}>
          {plural(summary.records, 'dossier analysé', 'dossiers analysés')}, par action à mener
        </Text>
        <Table withTableBorder maw={520} aria-labelledby={summaryId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Action</Table.Th>
              <Table.Th scope="col" ta="right">
                Dossiers
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ACTIONS.map((action) => (
              <Table.Tr key={action}>
                <Table.Th scope="row" fw={400}>
                  {ACTION_LABELS[action]}
                </Table.Th>
                <Table.Td ta="right">{summary[action]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      {result.warnings.map((warning) => (
        <Alert key={warning} color="hygie" title="À savoir">
          {warning}
        </Alert>
      ))}
      {summary.problems > 0 && (
        <Alert
          color="red"
          title={`${plural(summary.problems, 'ligne n’a pas pu être lue', 'lignes n’ont pas pu être lues')}`}
        >
          <Text size="sm" mb="xs">
            Ces lignes ont été ignorées ; toutes les autres ont été analysées. Corrigez-les dans le logiciel du cabinet
            si besoin.
          </Text>
          <List size="sm" spacing={2}>
            {result.problems.map((problem) => (
              <List.Item key={`${problem.line}-${problem.message}`}>
                Ligne {problem.line} : {problem.message}
              </List.Item>
            ))}
          </List>
          {summary.problems > result.problems.length && (
            <Text size="sm" mt="xs">
              … et {plural(summary.problems - result.problems.length, 'autre ligne', 'autres lignes')}.
            </Text>
          )}
        </Alert>
      )}
      <Stack gap="xs" align="flex-start">
        <Button onClick={onDownload} loading={download.phase !== null} variant="filled">
          Télécharger le résultat (CSV)
        </Button>
        <Text size="xs" c="dimmed">
          Le fichier est renvoyé pour produire le résultat complet, une ligne par dossier ; rien n’est conservé par
          Hygie. Il s’ouvre dans un tableur ou se réimporte dans le logiciel du cabinet.
        </Text>
        {download.phase && (
          <ScanProgress phase={download.phase} processingLabel="Préparation du fichier de résultat…" />
        )}
        {download.done && (
          <Text size="sm" role="status">
            Fichier de résultat téléchargé.
          </Text>
        )}
        <ErrorAlert error={download.error} title="Le fichier de résultat n’a pas pu être produit" />
      </Stack>
      {result.results.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb="xs" id={previewId}>
            {hidden > 0
              ? `Les ${result.results.length} premiers dossiers (le fichier de résultat contient les ${summary.records})`
              : 'Tous les dossiers analysés'}
          </Text>
          <Table.ScrollContainer minWidth={720}>
            <Table striped verticalSpacing="xs" aria-labelledby={previewId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Identifiant</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                  <Table.Th scope="col">Prochaine étape</Table.Th>
                  <Table.Th scope="col">Explication</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {uniqueKeys(result.results).map(({ key, record }) => (
                  <Table.Tr key={key}>
                    <Table.Td>{record.id}</Table.Td>
                    <Table.Td>
                      <Badge
                        color={ACTION_COLORS[record.action]}
                        variant="filled"
                        tt="none"
                        radius="sm"
                        miw="max-content"
                      >
                        {ACTION_LABELS[record.action]}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{record.next_date ? frenchDay(record.next_date) : '—'}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{record.reason}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </Stack>
  );
}
