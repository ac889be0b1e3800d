import { Progress, Text } from '@mantine/core';
import type { PasswordCheck } from '../../../../src/features/password-tools/check-password.ts';

const COLORS = ['red.9', 'red.7', 'orange.8', 'hygie.6', 'hygie.8'] as const;

/** The score as a bar (decoration) and in words (what counts): never colour alone. */
export function StrengthMeter({ result }: { result: PasswordCheck }) {
  return (
    <div>
      <Text fw={650} size="lg" role="status" id="solidite">
        Solidité : {result.label} ({result.score} sur 4)
      </Text>
      <Progress.Root size="lg" mt={6} aria-hidden="true">
        <Progress.Section value={(result.score + 1) * 20} color={COLORS[result.score]} withAria={false} />
      </Progress.Root>
    </div>
  );
}
