import { List, Skeleton, Text, VisuallyHidden } from '@mantine/core';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useMeasureHistory } from './checklist-api.ts';
import { parisDateTime } from './format.ts';

/** Who changed what and when, newest first (« Statut : À faire → Fait »). */
export function MeasureHistoryList({ id }: { id: string }) {
  const history = useMeasureHistory(id);
  if (history.isPending) return <Skeleton h={48} />;
  if (history.error) return <ErrorAlert error={history.error} title="L’historique n’a pas pu être chargé" />;
  if (history.data.changes.length === 0) return <Text size="sm">Aucune modification pour l’instant.</Text>;
  return (
    <List size="sm" spacing="xs">
      {history.data.changes.map((entry) => (
        <List.Item key={`${entry.at}-${entry.actorLabel}-${entry.changes.map((c) => c.field).join()}`}>
          <Text size="sm" fw={600} span>
            <time dateTime={entry.at}>Le {parisDateTime(entry.at)}</time>, {entry.actorLabel}
          </Text>
          <List size="sm" withPadding>
            {entry.changes.map((change) => (
              <List.Item key={change.field}>
                {change.label} : {change.from ?? (change.field === 'status' ? 'sans réponse' : '(vide)')}{' '}
                <span aria-hidden="true">→</span>
                <VisuallyHidden>remplacé par</VisuallyHidden> {change.to ?? '(vide)'}
              </List.Item>
            ))}
          </List>
        </List.Item>
      ))}
    </List>
  );
}
