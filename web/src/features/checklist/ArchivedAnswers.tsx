import { Paper, Table, Text, Title } from '@mantine/core';
import { statusLabel } from '../../../../src/features/checklist/checklist-view.ts';
import type { ArchivedAnswerView } from './checklist-types.ts';
import { parisDateTime } from './format.ts';

/** Answers kept for measures that left the referential: shown, never lost. */
export function ArchivedAnswers({ archived }: { archived: ArchivedAnswerView[] }) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="archives-titre">
      <Title order={2} size="h3" id="archives-titre">
        Réponses archivées
      </Title>
      <Text size="sm" mb="sm">
        Ces mesures ne font plus partie du diagnostic : vos réponses sont gardées pour mémoire et ne comptent plus dans
        la note.
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mesure</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col">Commentaire</Table.Th>
              <Table.Th scope="col">Archivée le</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {archived.map((answer) => (
              <Table.Tr key={answer.measureId}>
                <Table.Td>{answer.title}</Table.Td>
                <Table.Td>{statusLabel(answer.status)}</Table.Td>
                <Table.Td>{answer.comment ?? ''}</Table.Td>
                <Table.Td>{parisDateTime(answer.archivedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
