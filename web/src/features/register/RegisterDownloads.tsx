import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { download } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const FILES = [
  { label: 'Registre en PDF', path: '/v1/register/export.pdf' },
  { label: 'Registre en tableur (XLSX)', path: '/v1/register/export.xlsx' },
  { label: 'Registre en JSON (sauvegarde, import)', path: '/v1/register/export.json' },
];

/** The register's three documents. */
export function RegisterDownloads() {
  const fetchFile = useMutation({ mutationFn: (path: string) => download(path) });
  return (
    <div>
      <Text mb="sm">
        Le PDF s’imprime ou se présente à la CNIL ; le tableur se relit dans Excel ou LibreOffice ; le fichier JSON
        permet de sauvegarder le registre ou de le reprendre dans un autre cabinet.
      </Text>
      <ErrorAlert error={fetchFile.error} title="Le document n’a pas pu être téléchargé" />
      <Group gap="sm">
        {FILES.map((file) => (
          <Button
            key={file.path}
            variant="default"
            onClick={() => fetchFile.mutate(file.path)}
            loading={fetchFile.isPending && fetchFile.variables === file.path}
          >
            {file.label}
          </Button>
        ))}
      </Group>
    </div>
  );
}
