import { Text } from '@mantine/core';
import { deadlineText } from './format.ts';
import type { RequestView } from './requests-api.ts';

/** Where a request stands against its deadline: overdue in bold red words, never colour alone. */
export function Deadline({ request, size = 'sm' }: { request: RequestView; size?: 'sm' | 'md' }) {
  return (
    <Text
      span
      size={size}
      fw={request.overdue || request.dueSoon ? 700 : 400}
      c={request.overdue ? 'red.9' : undefined}
    >
      {request.overdue && <span aria-hidden="true">⚠ </span>}
      {deadlineText(request)}
    </Text>
  );
}
