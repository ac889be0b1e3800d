import { Textarea } from '@mantine/core';
import { useState } from 'react';

/** A list of texts typed one per line; empty lines are dropped. */
export function LinesField({
  label,
  description,
  value,
  onChange,
  error,
}: {
  label: string;
  description: string;
  value: readonly string[];
  onChange: (lines: string[]) => void;
  error?: string | undefined;
}) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <Textarea
      label={label}
      description={description}
      value={text}
      autosize
      minRows={2}
      error={error}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(
          next
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line !== ''),
        );
      }}
    />
  );
}
