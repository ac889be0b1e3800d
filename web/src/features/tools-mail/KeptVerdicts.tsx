import { Button, Skeleton, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { type KeptVerdict, VERDICTS_KEY } from './mail-types.ts';

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'medium' });

/** The verdicts the practice chose to keep: date, verdict, sender's domain, number of signals, who. */
export function KeptVerdicts() {
  const captionId = useId();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: VERDICTS_KEY,
    queryFn: () => api<{ verdicts: KeptVerdict[] }>('/v1/tools/mail-analysis/verdicts'),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api<void>(`/v1/tools/mail-analysis/verdicts/${id}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: VERDICTS_KEY }),
  });
  const verdicts = list.data?.verdicts ?? [];
  return (
    <>
      <ErrorAlert error={list.error} title="La liste n’a pas pu être chargée" />
      <ErrorAlert error={remove.error} title="Le verdict n’a pas été supprimé" />
      {list.isPending && <Skeleton h={80} />}
      {list.data && verdicts.length === 0 && <Text>Aucun verdict gardé pour le moment.</Text>}
      {verdicts.length > 0 && (
        <div>
          <Text size="sm" fw={600} mb="xs" id={captionId}>
            {verdicts.length} verdict{verdicts.length > 1 ? 's' : ''} gardé{verdicts.length > 1 ? 's' : ''}, du plus
            récent au plus ancien
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped verticalSpacing="xs" aria-labelledby={captionId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date</Table.Th>
                  <Table.Th scope="col">Verdict</Table.Th>
                  <Table.Th scope="col">Domaine de l’expéditeur</Table.Th>
                  <Table.Th scope="col">Signaux</Table.Th>
                  <Table.Th scope="col">Gardé par</Table.Th>
                  <Table.Th scope="col">
                    <span className="mantine-visually-hidden">Action</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {verdicts.map((kept) => (
                  <Table.Tr key={kept.id}>
                    <Table.Td>
                      <time dateTime={kept.createdAt}>{day(kept.createdAt)}</time>
                    </Table.Td>
                    <Table.Td fw={600}>{kept.verdictLabel}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{kept.senderDomain ?? '—'}</Table.Td>
                    <Table.Td>{kept.findingCodes.length}</Table.Td>
                    <Table.Td>{kept.keptBy}</Table.Td>
                    <Table.Td>
                      {kept.canDelete && (
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => remove.mutate(kept.id)}
                          loading={remove.isPending && remove.variables === kept.id}
                          aria-label={`Supprimer le verdict du ${day(kept.createdAt)} (${kept.senderDomain ?? 'sans domaine'})`}
                        >
                          Supprimer
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </div>
      )}
    </>
  );
}
