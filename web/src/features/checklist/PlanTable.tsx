import { Anchor, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import {
  EFFORT_LABELS,
  LEVEL_LABELS,
  PRIORITY_LABELS,
  statusLabel,
} from '../../../../src/features/checklist/checklist-view.ts';
import { TableScroll } from '../../components/TableScroll.tsx';
import type { PlanEntryView } from './checklist-types.ts';
import { measureAnchor, shortDate } from './format.ts';

/** « Rapide », « Moyen », « Important »: the effort without its explanation, for the table. */
const shortEffort = (effort: PlanEntryView['effort']) => EFFORT_LABELS[effort].split(' (')[0];

/** The whole plan in its order: what, how hard, who, by when. */
export function PlanTable({ items, caption }: { items: PlanEntryView[]; caption: string }) {
  const captionId = useId();
  return (
    <div>
      <Text size="sm" fw={600} mb="xs" id={captionId}>
        {caption}
      </Text>
      <TableScroll labelledBy={captionId} minWidth={880}>
        <Table striped verticalSpacing="sm" aria-labelledby={captionId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Rang</Table.Th>
              <Table.Th scope="col">Mesure</Table.Th>
              <Table.Th scope="col">Niveau</Table.Th>
              <Table.Th scope="col">Effort</Table.Th>
              <Table.Th scope="col">Responsable</Table.Th>
              <Table.Th scope="col">Échéance</Table.Th>
              <Table.Th scope="col">Priorité</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>{item.rank}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/diagnostic#${measureAnchor(item.id)}`} underline="always">
                    {item.title}
                  </Anchor>
                </Table.Td>
                <Table.Td>{LEVEL_LABELS[item.level]}</Table.Td>
                <Table.Td>{shortEffort(item.effort)}</Table.Td>
                <Table.Td>{item.assignee?.name ?? 'Non attribuée'}</Table.Td>
                <Table.Td>{item.dueDate ? shortDate(item.dueDate) : 'Aucune'}</Table.Td>
                <Table.Td>{item.priority ? PRIORITY_LABELS[item.priority] : 'Non précisée'}</Table.Td>
                <Table.Td>{statusLabel(item.status)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </div>
  );
}
