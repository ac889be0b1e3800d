import { Group, Loader, Progress, Stack, Text } from '@mantine/core';
import type { UploadPhase } from './csv-upload.ts';

/** While the file is sent: a bar with the share sent; then, while the server reads it: « Analyse en cours… ». */
export function ScanProgress({ phase, processingLabel }: { phase: UploadPhase; processingLabel: string }) {
  if (phase.step === 'processing') {
    return (
      <Group gap="sm" role="status" aria-live="polite">
        <Loader size="sm" aria-hidden="true" />
        <Text size="sm">{processingLabel}</Text>
      </Group>
    );
  }
  const percent = phase.fraction === null ? null : Math.round(phase.fraction * 100);
  return (
    <Stack gap={4}>
      <Text size="sm" role="status" aria-live="polite">
        {percent === null ? 'Envoi du fichier…' : `Envoi du fichier : ${percent} %`}
      </Text>
      <Progress value={percent ?? 100} animated={percent === null} aria-label="Envoi du fichier" />
    </Stack>
  );
}
