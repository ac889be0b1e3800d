import { Badge, Card, Group, Text } from '@mantine/core';

const databaseLabel = {
  sqlite: 'base chiffrée sur cet ordinateur',
  postgres: 'base PostgreSQL hébergée',
} as const;

/** What this installation is: version, where the data live, since when. */
export function InstanceStatus(props: { version: string; database: keyof typeof databaseLabel; createdAt: string }) {
  const since = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(
    new Date(props.createdAt),
  );
  return (
    <Card withBorder padding="md" aria-label="État de l’installation" component="section">
      <Group justify="space-between" wrap="wrap">
        <Text>
          Hygie {props.version}, {databaseLabel[props.database]}, installé le {since}.
        </Text>
        <Badge variant="filled" size="lg">
          En service
        </Badge>
      </Group>
    </Card>
  );
}
