const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
const date = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/** « 14:05 », the Paris time of an instant whatever the computer's time zone. */
export function parisTime(iso: string): string {
  return time.format(new Date(iso));
}

/** « 29/11/2026 à 14:05 » in Paris time. */
export function parisDateTime(iso: string): string {
  return `${date.format(new Date(iso))} à ${time.format(new Date(iso))}`;
}
