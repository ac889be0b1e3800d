import { z } from '../../lib/zod.ts';

/** `GET /me/calendar-feed`: whether the caller has a link in use (its address is shown only once). */
export const calendarFeedStatus = z.object({ active: z.boolean(), createdAt: z.string().nullable() });

/** `POST /me/calendar-feed`: the new secret address, shown once. */
export const calendarFeedCreated = z.object({ url: z.string(), createdAt: z.string() });

/** `GET /calendar/:token`: the secret token of the address. */
export const calendarFeedParams = z.strictObject({ token: z.string().min(1).max(200) });

/** `GET /me/calendar.ics`: all the caller's due items, or one (`item`, an « à faire » id). */
export const calendarDownloadQuery = z.strictObject({
  item: z.string({ error: 'identifiant d’élément « à faire » attendu' }).min(1).max(200).optional(),
});
