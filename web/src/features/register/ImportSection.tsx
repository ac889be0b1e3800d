import { Alert, Button, FileInput, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { useImportRegister } from './register-api.ts';

/** Reads a JSON file chosen by the user; a file that is not JSON is a French error. */
async function readJson(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch {
    throw new Error('Ce fichier n’est pas un fichier JSON lisible : choisissez un registre exporté par Hygie.');
  }
}

/** Imports a register exported by Hygie (JSON), added to the register or replacing it. */
export function ImportSection() {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<'add' | 'replace'>('add');
  const [readError, setReadError] = useState<unknown>(null);
  const importer = useImportRegister();
  const submit = async () => {
    if (!file) return;
    setReadError(null);
    try {
      importer.mutate({ file: await readJson(file), mode });
    } catch (error) {
      setReadError(error);
    }
  };
  return (
    <Stack gap="md" maw={560}>
      <Text>Reprenez un registre exporté par Hygie au format JSON, par exemple depuis un autre cabinet.</Text>
      <FileInput
        label="Fichier du registre (JSON)"
        accept="application/json,.json"
        value={file}
        onChange={setFile}
        clearable
      />
      <Radio.Group
        label="Que faire des activités actuelles ?"
        value={mode}
        onChange={(v) => setMode(v as 'add' | 'replace')}
      >
        <Stack gap="xs" mt="xs">
          <Radio value="add" label="Les garder et ajouter celles du fichier" />
          <Radio value="replace" label="Les remplacer toutes par celles du fichier" />
        </Stack>
      </Radio.Group>
      <ErrorAlert error={readError ?? importer.error} title="Le registre n’a pas pu être importé" />
      {importer.isSuccess && (
        <Alert color="hygie" title="Registre importé">
          {importer.data.imported} activité{importer.data.imported > 1 ? 's importées' : ' importée'}.
        </Alert>
      )}
      <div>
        <Button variant="default" onClick={() => void submit()} disabled={!file} loading={importer.isPending}>
          Importer
        </Button>
      </div>
    </Stack>
  );
}
