import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProfileForm, SetField } from './practice-form.ts';

/** What every section of the profile form receives. */
export interface SectionProps {
  form: ProfileForm;
  set: SetField;
  /** The last save's error (an ApiError naming a field shows under that field). */
  error: unknown;
}

/** A titled block of the profile (an h2 with its short explanation); `id` is its anchor. */
export function FormSection({
  id,
  title,
  help,
  children,
}: {
  id: string;
  title: string;
  help?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={`${id}-titre`} id={id}>
      <Title order={2} size="h3" id={`${id}-titre`}>
        {title}
      </Title>
      {help && (
        <Text size="sm" mt={4}>
          {help}
        </Text>
      )}
      <Stack gap="md" mt="md">
        {children}
      </Stack>
    </Paper>
  );
}
