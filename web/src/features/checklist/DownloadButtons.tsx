import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { download } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

/** Buttons that fetch a document of the API and save it (PDF, spreadsheet). */
export function DownloadButtons({ files }: { files: { label: string; path: string }[] }) {
  const fetchFile = useMutation({ mutationFn: (path: string) => download(path) });
  return (
    <div>
      <ErrorAlert error={fetchFile.error} title="Le document n’a pas pu être téléchargé" />
      <Group gap="sm">
        {files.map((file) => (
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
