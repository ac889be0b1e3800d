import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { formatDateTime } from '../../../../src/lib/dates/format.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { documentsFor, type NoticeView, useDownloadNotice, useGenerateNotice, type VersionView } from './notice-api.ts';
import { WarningAlert } from './WarningAlert.tsx';

/** The four documents of a version (the latest when `version` is omitted), as download buttons. */
function Downloads({ version, label, careSetting }: { version?: number; label: string; careSetting: Care }) {
  const file = useDownloadNotice();
  return (
    <Stack gap={4}>
      <ErrorAlert error={file.error} title="Le document n’a pas pu être téléchargé" />
      <Group gap="xs" role="group" aria-label={label}>
        {documentsFor(careSetting).map((doc) => (
          <Button
            key={doc.path}
            variant="default"
            size="xs"
            loading={file.isPending && file.variables?.path === doc.path}
            onClick={() => file.mutate(version === undefined ? { path: doc.path } : { path: doc.path, version })}
          >
            {doc.label}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

type Care = NoticeView['careSetting'];

function VersionItem({ version, latest, careSetting }: { version: VersionView; latest: boolean; careSetting: Care }) {
  const headingId = `version-${version.number}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h4" id={headingId}>
            Version n° {version.number}
          </Title>
          {latest && (
            <Badge color="hygie" variant="outline" tt="none">
              Dernière version
            </Badge>
          )}
          {version.outdated ? (
            <Badge color="red.9" variant="filled" tt="none">
              obsolète
            </Badge>
          ) : (
            <Badge color="teal.9" variant="filled" tt="none">
              à jour
            </Badge>
          )}
        </Group>
        <Text size="sm">
          Générée le {formatDateTime(new Date(version.createdAt))} par {version.createdBy}, à partir de{' '}
          {version.activities} activité{version.activities > 1 ? 's' : ''} du registre.
        </Text>
        {version.outdated && (
          <List size="sm" spacing={2}>
            {version.outdatedReasons.map((reason) => (
              <List.Item key={reason}>{reason}</List.Item>
            ))}
          </List>
        )}
        <Downloads
          version={version.number}
          label={`Documents de la version n° ${version.number}`}
          careSetting={careSetting}
        />
      </Stack>
    </Paper>
  );
}

/** Generating a new version, the latest version's documents, and every version with its « obsolète » badge. */
export function VersionsSection({ notice, canManage }: { notice: NoticeView; canManage: boolean }) {
  const generate = useGenerateNotice();
  return (
    <Stack gap="md">
      {notice.outdated && notice.latest && (
        <WarningAlert title="La dernière version est obsolète">
          {notice.latest.outdatedReasons.join(' ')} Générez une nouvelle version, puis remplacez l’affiche et les
          dépliants.
        </WarningAlert>
      )}
      {canManage && (
        <Stack gap={4}>
          <ErrorAlert error={generate.error} title="La notice n’a pas pu être générée" />
          <Group gap="sm">
            <Button onClick={() => generate.mutate()} loading={generate.isPending} disabled={!notice.complete}>
              {notice.latest ? 'Générer une nouvelle version' : 'Générer la première version'}
            </Button>
            {!notice.complete && <Text size="sm">Complétez d’abord les mentions obligatoires qui manquent.</Text>}
            {generate.isSuccess && (
              <Text size="sm" role="status">
                Version n° {generate.data.number} générée.
              </Text>
            )}
          </Group>
        </Stack>
      )}
      {notice.versions.length === 0 && (
        <Text>Aucune version pour l’instant. {notice.complete ? 'Le premier téléchargement en crée une.' : ''}</Text>
      )}
      {notice.versions.length === 0 && notice.complete && (
        <Downloads label="Documents de la première version" careSetting={notice.careSetting} />
      )}
      {notice.versions.map((version, index) => (
        <VersionItem key={version.number} version={version} latest={index === 0} careSetting={notice.careSetting} />
      ))}
    </Stack>
  );
}
