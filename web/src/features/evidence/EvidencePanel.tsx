import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { formatDateLong } from '../../../../src/lib/dates/format.ts';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import {
  downloadEvidence,
  type EvidenceFile,
  type EvidenceScope,
  type EvidenceTargetType,
  formatSize,
  useAddEvidence,
  useDeleteEvidence,
  useEvidence,
} from './evidence-api.ts';

/** The types a person can choose in the file picker (the server checks the content anyway). */
const ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt';

/** One file: its name, what it proves, who added it and when; download, and removal in two steps. */
function EvidenceRow({ file, canManage, showTarget }: { file: EvidenceFile; canManage: boolean; showTarget: boolean }) {
  const remove = useDeleteEvidence();
  const fetchFile = useMutation({ mutationFn: () => downloadEvidence(file.id) });
  return (
    <Stack gap={4} component="li">
      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
        {file.fileName}
      </Text>
      <Text size="sm" c="dimmed">
        {showTarget ? `${file.attachedTo} · ` : ''}
        {formatSize(file.size)} · ajoutée par {file.addedBy} le {formatDateLong(new Date(file.addedAt))}
      </Text>
      <ErrorAlert error={fetchFile.error ?? remove.error} />
      <Group gap="xs">
        <Button
          variant="default"
          size="xs"
          loading={fetchFile.isPending}
          onClick={() => fetchFile.mutate()}
          aria-label={`Télécharger : ${file.fileName}`}
        >
          Télécharger
        </Button>
        {canManage && (
          <DeleteButton name={file.fileName} pending={remove.isPending} onConfirm={() => remove.mutate(file.id)} />
        )}
      </Group>
    </Stack>
  );
}

/**
 * The evidence documents of one target (a processor, the practice…), or of every target when
 * `type` is absent (read-only then): the list, and « Joindre un fichier » for who may attach.
 */
export function EvidencePanel({
  scope,
  canManage,
  label,
}: {
  scope: EvidenceScope;
  canManage: boolean;
  /** What the files prove, for the button's accessible name (« Joindre un fichier : Logiciel X »). */
  label: string;
}) {
  const list = useEvidence(scope);
  const target = scope.type;
  return (
    <Stack gap="xs">
      <ErrorAlert error={list.error} title="Les pièces justificatives n’ont pas pu être lues" />
      {list.data && list.data.files.length === 0 && (
        <Text size="sm" c="dimmed">
          Aucune pièce justificative.
        </Text>
      )}
      {list.data && list.data.files.length > 0 && (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>
          {list.data.files.map((file) => (
            <EvidenceRow key={file.id} file={file} canManage={canManage} showTarget={!target} />
          ))}
        </Stack>
      )}
      {canManage && target && list.data && (
        <AddEvidence target={target} scope={scope} label={label} maxFileBytes={list.data.maxFileBytes} />
      )}
    </Stack>
  );
}

function AddEvidence({
  target,
  scope,
  label,
  maxFileBytes,
}: {
  target: EvidenceTargetType;
  scope: EvidenceScope;
  label: string;
  maxFileBytes: number;
}) {
  const add = useAddEvidence({ ...scope, type: target });
  return (
    <Stack gap={4}>
      <ErrorAlert error={add.error} title="Le fichier n’a pas été joint" />
      <Group gap="sm">
        <FileButton accept={ACCEPT} onChange={(file) => file && add.mutate(file)}>
          {(props) => (
            <Button
              {...props}
              variant="light"
              size="xs"
              loading={add.isPending}
              aria-label={`Joindre un fichier : ${label}`}
            >
              Joindre un fichier
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          PDF, image, document bureautique ou texte ; {formatSize(maxFileBytes)} au plus.
        </Text>
      </Group>
      {add.isSuccess && (
        <Text size="sm" role="status">
          Fichier joint.
        </Text>
      )}
    </Stack>
  );
}
