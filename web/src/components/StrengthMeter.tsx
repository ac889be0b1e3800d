import { Progress, Text } from '@mantine/core';
import type { PasswordScore } from '../../../src/features/accounts/password-strength.ts';
import { SCORE_LABELS } from '../../../src/features/password-tools/check-messages.ts';

const COLORS = ['red.9', 'red.7', 'orange.8', 'hygie.6', 'hygie.8'] as const;

/** The score as a bar (decoration) and in words (what counts): never colour alone. */
export function StrengthMeter({ score, size = 'lg', id }: { score: PasswordScore; size?: 'sm' | 'lg'; id?: string }) {
  return (
    <div>
      <Text fw={650} size={size} role="status" id={id}>
        Solidité : {SCORE_LABELS[score]} ({score} sur 4)
      </Text>
      <Progress.Root size={size} mt={6} aria-hidden="true">
        <Progress.Section value={(score + 1) * 20} color={COLORS[score]} withAria={false} />
      </Progress.Root>
    </div>
  );
}
