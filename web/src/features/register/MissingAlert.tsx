import { Alert, Button, List } from '@mantine/core';
import type { ActivityView } from './register-api.ts';

/** « Ce qu’il reste à compléter », with a button to the form for those who may edit. */
export function MissingAlert({ activity, onEdit }: { activity: ActivityView; onEdit: (() => void) | undefined }) {
  if (activity.missing.length === 0) {
    return (
      <Alert color="hygie" title="Activité complète">
        Tous les champs exigés par l’article 30 du RGPD sont remplis. Relisez-la quand vos pratiques changent.
      </Alert>
    );
  }
  return (
    <Alert color="red.9" variant="outline" title="Ce qu’il reste à compléter">
      <List size="sm" mb={onEdit ? 'sm' : 0}>
        {activity.missing.map((m) => (
          <List.Item key={m.field}>{m.message}</List.Item>
        ))}
      </List>
      {onEdit && (
        <Button size="xs" variant="default" onClick={onEdit}>
          Compléter l’activité
        </Button>
      )}
    </Alert>
  );
}
