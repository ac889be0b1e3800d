import { Badge } from '@mantine/core';
import type { TeamUser } from './users-api.ts';

/** « Actif » or « Désactivé », in filled colours that keep a readable contrast. */
export function UserStatusBadge({ status }: { status: TeamUser['status'] }) {
  return status === 'active' ? (
    <Badge color="hygie" variant="filled" miw="max-content">
      Actif
    </Badge>
  ) : (
    <Badge color="gray.7" variant="filled" miw="max-content">
      Désactivé
    </Badge>
  );
}
