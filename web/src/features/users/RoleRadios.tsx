import { Radio, Stack } from '@mantine/core';
import { ROLE_LABELS, type Role } from '../../api/types.ts';
import { ROLE_HELP, ROLE_ORDER } from './users-api.ts';

/** The four roles as radio buttons, each with its one-line explanation. */
export function RoleRadios({
  value,
  onChange,
  label = 'Rôle',
  error,
}: {
  value: Role | null;
  onChange: (role: Role) => void;
  label?: string;
  error?: string | undefined;
}) {
  return (
    <Radio.Group label={label} required value={value} onChange={(next) => onChange(next as Role)} error={error}>
      <Stack gap="sm" mt="xs">
        {ROLE_ORDER.map((role) => (
          <Radio key={role} value={role} label={ROLE_LABELS[role]} description={ROLE_HELP[role]} />
        ))}
      </Stack>
    </Radio.Group>
  );
}
