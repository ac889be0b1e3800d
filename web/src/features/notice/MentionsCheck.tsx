import { Alert, List, Text } from '@mantine/core';
import type { NoticeView } from './notice-api.ts';
import { WarningAlert } from './WarningAlert.tsx';

/** The check of the mandatory mentions (GDPR art. 13), before generating. */
export function MentionsCheck({ notice }: { notice: NoticeView }) {
  if (notice.complete) {
    return (
      <Alert color="hygie" title="Toutes les mentions obligatoires sont présentes">
        <Text size="sm">
          La notice reprend les {notice.activities} activité{notice.activities > 1 ? 's' : ''} de votre registre, vos
          coordonnées{notice.dpo ? ', votre délégué à la protection des données' : ''}, vos droits et la réclamation
          auprès de la CNIL.
        </Text>
      </Alert>
    );
  }
  return (
    <WarningAlert
      title={`${notice.missing.length > 1 ? `${notice.missing.length} mentions obligatoires manquent` : 'Une mention obligatoire manque'} : la notice ne peut pas encore être générée`}
    >
      <List spacing={4} size="sm">
        {notice.missing.map((missing) => (
          <List.Item key={`${missing.mention}-${missing.message}`}>{missing.message}</List.Item>
        ))}
      </List>
    </WarningAlert>
  );
}
