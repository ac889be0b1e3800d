import { Text } from '@mantine/core';
import type { RecurrenceView } from './checklist-types.ts';
import { longDate } from './format.ts';

const EVERY: Record<RecurrenceView['unit'], [one: string, many: (n: number) => string]> = {
  day: ['chaque jour', (n) => `tous les ${n} jours`],
  week: ['chaque semaine', (n) => `toutes les ${n} semaines`],
  month: ['chaque mois', (n) => `tous les ${n} mois`],
  year: ['chaque année', (n) => `tous les ${n} ans`],
};

/** « chaque semaine », « tous les 3 mois ». */
export function frequency({ every, unit }: Pick<RecurrenceView, 'every' | 'unit'>): string {
  const [one, many] = EVERY[unit];
  return every === 1 ? one : many(every);
}

/** « À refaire : … (chaque mois), prochaine échéance le … », in red once the day has passed. */
export function RecurrenceLine({ recurrence }: { recurrence: RecurrenceView }) {
  return (
    <Text size="sm" c={recurrence.overdue ? 'red.9' : undefined} fw={recurrence.overdue ? 600 : undefined}>
      À refaire : {recurrence.label} ({frequency(recurrence)}), prochaine échéance le {longDate(recurrence.nextDue)}
      {recurrence.overdue ? ' — en retard' : ''}
      {recurrence.lastDone ? ` ; faite pour la dernière fois le ${longDate(recurrence.lastDone)}` : ''}.
    </Text>
  );
}
