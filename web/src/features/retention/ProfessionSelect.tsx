import { NativeSelect } from '@mantine/core';
import type { ReactNode } from 'react';
import type { RetentionSettings } from './retention-types.ts';

/** The professions, the practice’s own first. */
export function professionOptions(settings: RetentionSettings, practiceProfessions: readonly string[]) {
  const own = settings.professions.filter((p) => practiceProfessions.includes(p.id));
  const others = settings.professions.filter((p) => !practiceProfessions.includes(p.id));
  return [...own, ...others].map((p) => ({ value: p.id, label: p.label }));
}

export function ProfessionSelect(props: {
  label: string;
  description?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  data: { value: string; label: string }[];
  error?: string | undefined;
}) {
  return (
    <NativeSelect
      label={props.label}
      description={props.description}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value)}
      data={props.data}
      error={props.error}
    />
  );
}
