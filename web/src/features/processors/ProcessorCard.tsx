import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ART28_CLAUSES } from '../../../../src/features/processors/processor.ts';
import { formatDayLong } from '../../../../src/lib/dates/format.ts';
import { DeleteButton } from '../../components/DeleteButton.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { EvidencePanel } from '../evidence/EvidencePanel.tsx';
import { type ProcessorView, useDeleteProcessor } from './processors-api.ts';
import { WarningList } from './WarningList.tsx';

function certificateText(processor: ProcessorView): string {
  const certificate = processor.hdsCertificate;
  if (certificate) {
    return `n° ${certificate.number}, délivré par ${certificate.certifier}, valable jusqu’au ${formatDayLong(certificate.expiresOn)}`;
  }
  return processor.hostsHealthData ? 'aucun certificat enregistré' : 'non nécessaire (pas de données de santé)';
}

function contractText(processor: ProcessorView): string {
  if (!processor.dpaSignedOn) return 'aucun contrat enregistré';
  const ticked = ART28_CLAUSES.filter((clause) => processor.clauses[clause]).length;
  const end = processor.contractEndsOn ? `, prend fin le ${formatDayLong(processor.contractEndsOn)}` : '';
  return `signé le ${formatDayLong(processor.dpaSignedOn)}${end}, ${ticked} clause${ticked > 1 ? 's' : ''} sur ${ART28_CLAUSES.length} cochée${ticked > 1 ? 's' : ''}`;
}

/** Edit and delete (in two steps) one processor. */
function Actions({ processor, onEdit }: { processor: ProcessorView; onEdit: () => void }) {
  const remove = useDeleteProcessor();
  return (
    <Stack gap={4}>
      <ErrorAlert error={remove.error} />
      <Group gap="xs">
        <Button variant="default" size="xs" onClick={onEdit} aria-label={`Modifier : ${processor.name}`}>
          Modifier
        </Button>
        <DeleteButton name={processor.name} pending={remove.isPending} onConfirm={() => remove.mutate(processor.id)} />
      </Group>
    </Stack>
  );
}

/** One processor: what it does, its certificate, hosting place and contract, then its warnings. */
export function ProcessorCard({
  processor,
  canManage,
  onEdit,
}: {
  processor: ProcessorView;
  canManage: boolean;
  onEdit: () => void;
}) {
  const headingId = `sous-traitant-${processor.id}-titre`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {processor.name}
            </Title>
            <Text size="sm">{processor.service}</Text>
          </div>
          {processor.warnings.length > 0 ? (
            <Badge color="red.9" variant="filled" tt="none">
              {processor.warnings.length} point{processor.warnings.length > 1 ? 's' : ''} à traiter
            </Badge>
          ) : (
            <Badge color="teal.9" variant="filled" tt="none">
              En ordre
            </Badge>
          )}
        </Group>
        <Text size="sm">
          <Text span fw={600}>
            Données de santé :{' '}
          </Text>
          {processor.hostsHealthData ? 'oui' : 'non'} ·{' '}
          <Text span fw={600}>
            Hébergement :{' '}
          </Text>
          {processor.hostingInEea ? 'dans l’Espace économique européen' : 'hors de l’Espace économique européen'}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            Certificat HDS :{' '}
          </Text>
          {certificateText(processor)}
        </Text>
        <Text size="sm">
          <Text span fw={600}>
            Contrat :{' '}
          </Text>
          {contractText(processor)}
        </Text>
        {processor.contact && (
          <Text size="sm">
            <Text span fw={600}>
              Contact :{' '}
            </Text>
            {processor.contact}
          </Text>
        )}
        {processor.activities.length > 0 && (
          <Text size="sm">
            <Text span fw={600}>
              Activités du registre :{' '}
            </Text>
            {processor.activities.map((a) => (a.archived ? `${a.name} (archivée)` : a.name)).join(', ')}
          </Text>
        )}
        <WarningList warnings={processor.warnings} />
        <Title order={4} size="h5" mt="xs">
          Pièces justificatives (contrat, certificat HDS)
        </Title>
        <EvidencePanel scope={{ type: 'processor', id: processor.id }} canManage={canManage} label={processor.name} />
        {canManage && <Actions processor={processor} onEdit={onEdit} />}
      </Stack>
    </Paper>
  );
}
