import { Table, Text } from '@mantine/core';
import { useId } from 'react';
import { TableScroll } from '../../components/TableScroll.tsx';
import type { JournalEntry } from './journal-types.ts';
import { parisDate, parisTime } from './paris-time.ts';

/** The entries, newest first: when, who, what, and the short French summary. */
export function JournalTable({ entries, caption }: { entries: JournalEntry[]; caption: string }) {
  const captionId = useId();
  return (
    <div>
      {/* Outside the scrolling area, so a phone shows it whole. */}
      <Text size="sm" fw={600} mb="xs" id={captionId}>
        {caption}
      </Text>
      <TableScroll labelledBy={captionId} minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-labelledby={captionId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={120}>
                Date et heure
              </Table.Th>
              <Table.Th scope="col" w={170}>
                Auteur
              </Table.Th>
              <Table.Th scope="col" w={190}>
                Action
              </Table.Th>
              <Table.Th scope="col">Détail</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td>
                  <time dateTime={entry.at}>
                    {parisDate(entry.at)}
                    <br />à {parisTime(entry.at)}
                  </time>
                </Table.Td>
                <Table.Td>{entry.actorLabel}</Table.Td>
                <Table.Td fw={600}>{entry.actionLabel}</Table.Td>
                <Table.Td>{entry.summary}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </div>
  );
}
