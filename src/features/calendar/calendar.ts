import { TZDate } from '@date-fns/tz';
import ical, { type ICalCalendar } from 'ical-generator';
import type { TodoItem } from '../../lib/todo/registry.ts';

export const PARIS = 'Europe/Paris';

/**
 * Europe/Paris since 1996 (EU summer time: last Sunday of March 02:00 → last Sunday of October
 * 03:00), so calendars show every event at the same Paris time whatever their own time zone.
 */
export const PARIS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${PARIS}`,
  `X-LIC-LOCATION:${PARIS}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

const paris = (iso: string | Date) => new TZDate(new Date(iso).getTime(), PARIS);

/** A timed deadline (the breach's 72-hour clock) lasts a quarter of an hour in the calendar. */
const TIMED_MINUTES = 15;

export interface CalendarOptions {
  practiceId: string;
  /** The calendar's name in the agenda (« Hygie — Cabinet … »). */
  name: string;
  /** Hygie's address, for the link back to the page where each item is done. */
  publicBase: string;
  now: Date;
}

/**
 * The event's UID: the practice and the item's stable id, so a calendar updates the same event
 * as the item changes (a new due day) and never mixes two practices' items.
 * @example eventUid('p1', 'patient-request:r1') // 'p1.patient-request.r1@hygie'
 */
export function eventUid(practiceId: string, itemId: string): string {
  return `${practiceId}.${itemId.replace(/[^A-Za-z0-9-]/g, '.')}@hygie`;
}

/**
 * An iCalendar (RFC 5545) of the items that have a deadline, one event each: an all-day event on
 * `dueDay` when the deadline is a whole Paris day, else a timed event at `due` in Europe/Paris
 * (with its VTIMEZONE). Items without a deadline are not in the calendar. Titles are the items'
 * own (they never hold a patient's name).
 */
export function buildCalendar(items: readonly TodoItem[], options: CalendarOptions): ICalCalendar {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'Hygie', product: 'Hygie', language: 'FR' },
    timezone: { name: null, generator: (tz) => (tz === PARIS ? PARIS_VTIMEZONE : null) },
    ttl: 60 * 60,
  });
  for (const item of items) {
    if (item.due === null) continue;
    const url = `${options.publicBase}${item.href}`;
    // The item's detail (« il reste 5 h ») is left out: it would be stale between two refreshes.
    const description = `À faire dans Hygie : ${url}`;
    const common = {
      id: eventUid(options.practiceId, item.id),
      summary: item.title,
      description,
      url,
      stamp: options.now,
    };
    if (item.dueDay !== null) {
      calendar.createEvent({ ...common, start: item.dueDay, allDay: true });
    } else {
      const start = paris(item.due);
      const end = paris(new Date(start.getTime() + TIMED_MINUTES * 60_000));
      calendar.createEvent({ ...common, start, end, timezone: PARIS });
    }
  }
  return calendar;
}
