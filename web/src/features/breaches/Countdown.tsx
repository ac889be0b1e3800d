import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { deadlineText, remainingTime } from '../../../../src/features/breaches/deadline.ts';
import type { BreachView } from './breaches-api.ts';

/** The current instant, refreshed every `everyMs` (a countdown to the minute needs no more). */
export function useNow(everyMs = 15_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/**
 * The live countdown to the CNIL deadline (awareness + 72 hours), on the Paris clock. The state is
 * written in words (« Urgent », « Délai dépassé »), never shown by colour alone.
 */
export function Countdown({ breach }: { breach: BreachView }) {
  const now = useNow();
  const deadline = new Date(breach.notificationDeadline);
  const remaining = remainingTime(deadline, now);
  if (!breach.clockRuns) {
    return (
      <Paper withBorder p="md" aria-label="Délai de notification à la CNIL">
        <Text>
          {breach.status === 'notified'
            ? `Notifiée à la CNIL${breach.notifiedLate ? ' après le délai de 72 heures' : ' dans le délai de 72 heures'} (échéance : ${deadlineText(deadline)}, heure de Paris).`
            : `Décision : pas de notification à la CNIL. L’échéance était le ${deadlineText(deadline)} (heure de Paris).`}
        </Text>
      </Paper>
    );
  }
  const state = remaining.passed ? 'Délai dépassé' : remaining.urgent ? 'Urgent' : 'En cours';
  const color = remaining.urgent ? 'red.9' : 'hygie.8';
  return (
    <Paper withBorder p="md" style={{ borderColor: remaining.urgent ? 'var(--mantine-color-red-9)' : undefined }}>
      <Stack gap={4}>
        <Group gap="sm">
          <Badge color={color} variant="filled" size="lg">
            {state}
          </Badge>
          <Text fw={700}>Notification CNIL avant le {deadlineText(deadline)} (heure de Paris)</Text>
        </Group>
        <Text size="xl" fw={700} role="timer" aria-live="off" aria-label="Temps restant avant l’échéance CNIL">
          {remaining.text}
        </Text>
        <Text size="sm">
          72 heures après la prise de connaissance.
          {remaining.passed
            ? ' Notifiez sans attendre et donnez les raisons du retard : la notification reste obligatoire.'
            : ' Si tout n’est pas connu, notifiez quand même : une notification complémentaire pourra suivre.'}
        </Text>
      </Stack>
    </Paper>
  );
}
