import { Button, Code, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useAuth } from '../../app/auth.tsx';
import { Disclosure } from '../../components/Disclosure.tsx';
import { ErrorAlert, fieldError, formError } from '../../components/ErrorAlert.tsx';
import { downloadScanResult, scanIndex, type UploadPhase } from './csv-upload.ts';
import { parisToday } from './format.ts';
import { ProfessionSelect, professionOptions } from './ProfessionSelect.tsx';
import type { RetentionSettings, ScanParams, ScanResult } from './retention-types.ts';
import { ScanProgress } from './ScanProgress.tsx';
import { ScanResultView } from './ScanResultView.tsx';

/**
 * The patient-index scan: the file is sent as it is read, analysed on the fly and never stored. The
 * download sends the same file again with `format=csv` (the browser still holds it): Hygie keeps no
 * result between the two requests.
 */
export function ScanSection({ settings }: { settings: RetentionSettings }) {
  const { me } = useAuth();
  const inputId = useId();
  const helpId = useId();
  const own = me.practice.professions;
  const [file, setFile] = useState<File | null>(null);
  const [params, setParams] = useState<ScanParams>({
    asOf: parisToday(),
    profession: own.length === 1 ? (own[0] ?? '') : '',
  });
  const [phase, setPhase] = useState<UploadPhase | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<{ data: ScanResult; file: File; params: ScanParams } | null>(null);
  const [download, setDownload] = useState<{ phase: UploadPhase | null; error: unknown; done: boolean }>({
    phase: null,
    error: null,
    done: false,
  });
  const abort = useRef<() => void>(() => {});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    if (!file) {
      setError(new Error('Choisissez d’abord le fichier CSV exporté du logiciel du cabinet.'));
      return;
    }
    setError(null);
    const sent = { ...params };
    const request = scanIndex(file, sent, { csrfToken: me.csrfToken, onPhase: setPhase });
    abort.current = request.abort;
    try {
      setResult({ data: await request.promise, file, params: sent });
      setDownload({ phase: null, error: null, done: false });
    } catch (failure) {
      setError(failure);
    } finally {
      setPhase(null);
    }
  };

  const downloadResult = async () => {
    if (!result) return;
    setDownload({ phase: { step: 'sending', fraction: 0 }, error: null, done: false });
    const request = downloadScanResult(result.file, result.params, {
      csrfToken: me.csrfToken,
      onPhase: (next) => setDownload((old) => ({ ...old, phase: next })),
    });
    try {
      await request.promise;
      setDownload({ phase: null, error: null, done: true });
    } catch (failure) {
      setDownload({ phase: null, error: failure, done: false });
    }
  };

  const busy = phase !== null;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="analyse-titre">
      <Title order={2} size="h3" id="analyse-titre" mb="xs">
        Analyser l’index des patients
      </Title>
      <Text size="sm" mb="md">
        Exportez la liste des dossiers depuis le logiciel du cabinet, au format CSV, sans les noms : un identifiant et
        des dates suffisent. Hygie dit pour chaque dossier ce qu’il faut en faire et quand vient l’étape suivante.
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Stack gap={4}>
            <Text component="label" htmlFor={inputId} size="sm" fw={500}>
              Fichier CSV de l’index des patients
            </Text>
            <Text size="xs" c="dimmed" id={helpId}>
              Le fichier tel que votre logiciel l’exporte, 200 Mo au plus ; la personne qui s’occupe de votre
              informatique trouvera le détail ci-dessous.
            </Text>
            <input
              id={inputId}
              type="file"
              accept=".csv,text/csv"
              aria-describedby={helpId}
              onChange={(event) => {
                setFile(event.currentTarget.files?.[0] ?? null);
                setError(null);
              }}
            />
            {/* The columns' names only on demand: they are for whoever prepares the export. */}
            <Disclosure label="Le détail du fichier attendu">
              <Text size="xs">
                Une ligne d’en-tête, séparateur « ; » ou « , », dates AAAA-MM-JJ ou JJ/MM/AAAA. Colonnes lues :{' '}
                <Code>identifiant</Code>, <Code>date_naissance</Code>, <Code>dernier_contact</Code>,{' '}
                <Code>date_deces</Code> et au besoin <Code>type_document</Code>, <Code>profession</Code>.
              </Text>
            </Disclosure>
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <ProfessionSelect
              label="Profession des dossiers"
              value={params.profession}
              onChange={(profession) => setParams((old) => ({ ...old, profession }))}
              data={[
                { value: '', label: 'Indiquée dans le fichier (colonne « profession »)' },
                ...professionOptions(settings, own),
              ]}
              error={fieldError(error, 'profession')}
            />
            <TextInput
              type="date"
              label="Jour de l’analyse"
              value={params.asOf}
              onChange={(event) => {
                const asOf = event.currentTarget.value;
                setParams((old) => ({ ...old, asOf }));
              }}
              error={fieldError(error, 'asOf')}
            />
          </SimpleGrid>
          <ErrorAlert error={formError(error, ['asOf', 'profession'])} title="L’analyse n’a pas pu être faite" />
          <Group gap="sm">
            <Button type="submit" loading={busy}>
              Analyser le fichier
            </Button>
            {busy && (
              <Button variant="default" onClick={() => abort.current()}>
                Annuler
              </Button>
            )}
          </Group>
          {phase && <ScanProgress phase={phase} processingLabel="Analyse en cours…" />}
        </Stack>
      </form>
      {result && <ScanResultView result={result.data} onDownload={() => void downloadResult()} download={download} />}
    </Paper>
  );
}
