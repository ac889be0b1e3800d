import { Badge, Button, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { TableScroll } from '../../../components/TableScroll.tsx';
import type { ApiToken } from '../account-types.ts';
import { formatDate } from '../account-types.ts';

function tokenState(token: ApiToken): { label: string; active: boolean } {
  if (token.revokedAt) return { label: `Révoqué le ${formatDate(token.revokedAt)}`, active: false };
  if (new Date(token.expiresAt).getTime() <= Date.now()) return { label: 'Expiré', active: false };
  return { label: 'Actif', active: true };
}

/** The caller's tokens: beginning, dates, state, and « Révoquer » for those still active. */
export function TokensTable({ tokens, onRevoke }: { tokens: ApiToken[]; onRevoke(token: ApiToken): void }) {
  if (tokens.length === 0) return <Text>Vous n’avez encore créé aucun jeton.</Text>;
  return (
    <TableScroll label="Vos jetons d’accès" minWidth={720}>
      <Table verticalSpacing="xs" striped="odd">
        <Table.Caption>
          <VisuallyHidden>Vos jetons d’accès, du plus récent au plus ancien</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Nom</Table.Th>
            <Table.Th>Début du jeton</Table.Th>
            <Table.Th>Créé le</Table.Th>
            <Table.Th>Expire le</Table.Th>
            <Table.Th>Dernière utilisation</Table.Th>
            <Table.Th>État</Table.Th>
            <Table.Th>
              <VisuallyHidden>Action</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tokens.map((token) => {
            const state = tokenState(token);
            return (
              <Table.Tr key={token.id}>
                <Table.Td>{token.name}</Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>{formatDate(token.createdAt)}</Table.Td>
                <Table.Td>{formatDate(token.expiresAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : 'Jamais'}</Table.Td>
                <Table.Td>
                  <Badge
                    variant={state.active ? 'filled' : 'outline'}
                    color={state.active ? 'hygie' : 'gray.8'}
                    tt="none"
                  >
                    {state.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {state.active && (
                    <Button
                      size="xs"
                      variant="outline"
                      color="red.9"
                      onClick={() => onRevoke(token)}
                      aria-label={`Révoquer le jeton « ${token.name} »`}
                    >
                      Révoquer
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
