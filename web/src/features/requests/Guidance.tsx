import { List, Stack, Text, Title } from '@mantine/core';
import { REQUEST_GUIDANCE } from '../../../../src/features/requests/request-guidance.ts';
import type { RequestKind } from '../../../../src/features/requests/request-labels.ts';

/** What to do with one kind of request: what it is, the deadline, the steps and the legal limits. */
export function Guidance({ kind, headingOrder = 3 }: { kind: RequestKind; headingOrder?: 2 | 3 }) {
  const guidance = REQUEST_GUIDANCE[kind];
  return (
    <Stack gap="xs">
      <Text>{guidance.what}</Text>
      <Text>
        <Text span fw={600}>
          Délai :
        </Text>{' '}
        {guidance.deadline}
      </Text>
      <Title order={headingOrder} size="h5">
        Étapes
      </Title>
      <List type="ordered" size="sm" spacing={4}>
        {guidance.steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
      <Title order={headingOrder} size="h5">
        Limites prévues par la loi
      </Title>
      <List size="sm" spacing={4}>
        {guidance.limits.map((limit) => (
          <List.Item key={limit}>{limit}</List.Item>
        ))}
      </List>
    </Stack>
  );
}
