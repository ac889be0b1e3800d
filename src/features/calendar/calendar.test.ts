import ical from 'node-ical';
import { describe, expect, it } from 'vitest';
import { endOfParisDay } from '../../lib/dates/index.ts';
import type { TodoItem } from '../../lib/todo/registry.ts';
import { buildCalendar, eventUid } from './calendar.ts';

const item = (over: Partial<TodoItem> & Pick<TodoItem, 'id' | 'kind'>): TodoItem => ({
  title: 'Quelque chose à faire',
  detail: null,
  due: null,
  dueDay: null,
  state: 'open',
  severity: 'info',
  audience: { roles: ['owner'], assigneeId: null },
  href: '/accueil',
  ...over,
});

/** Aware on Saturday 24 October 2026 at 10:00 in Paris (summer time); 72 hours later it is winter time. */
const BREACH = item({
  id: 'breach-notification:b1',
  kind: 'breach-notification',
  title: 'Notification CNIL avant le mardi 27 octobre 2026 à 09:00',
  detail: 'il reste 70 h',
  due: '2026-10-27T08:00:00.000Z',
});
const REQUEST = item({
  id: 'patient-request:r1',
  kind: 'patient-request',
  title: 'Demande d’accès au dossier médical',
  due: endOfParisDay('2026-11-16').toISOString(),
  dueDay: '2026-11-16',
});
const BACKUP_MEASURE = item({
  id: 'recurring-measure:sauvegarde-hebdomadaire',
  kind: 'recurring-measure',
  title: 'Sauvegarde de la semaine',
  due: endOfParisDay('2026-10-31').toISOString(),
  dueDay: '2026-10-31',
});
const UNDATED = item({ id: 'recovery-kit:kit', kind: 'recovery-kit', title: 'Kit de secours' });

const parse = (items: TodoItem[]) =>
  ical.sync.parseICS(
    buildCalendar(items, {
      practiceId: 'cab-1',
      name: 'Hygie — Cabinet',
      publicBase: 'https://hygie.example',
      now: new Date('2026-10-24T12:00:00Z'),
    }).toString(),
  );
const events = (items: TodoItem[]) =>
  Object.values(parse(items)).filter((c): c is ical.VEvent => c !== undefined && c.type === 'VEVENT');

describe('the calendar of the « à faire » items, read by an independent parser (node-ical)', () => {
  it('puts the breach’s deadline at the right instant across the change to winter time, in Europe/Paris', () => {
    const [event] = events([BREACH]);
    expect(event?.start.toISOString()).toBe('2026-10-27T08:00:00.000Z');
    expect(event?.start.tz).toBe('Europe/Paris');
    expect(event?.end?.toISOString()).toBe('2026-10-27T08:15:00.000Z');
    expect(event?.summary).toBe(BREACH.title);
    expect(event?.uid).toBe('cab-1.breach-notification.b1@hygie');
  });

  it('gives the Europe/Paris time zone with its summer and winter rules', () => {
    const tz = Object.values(parse([BREACH])).find((c) => c?.type === 'VTIMEZONE') as unknown as Record<
      string,
      unknown
    >;
    expect(tz?.tzid).toBe('Europe/Paris');
    const text = buildCalendar([BREACH], {
      practiceId: 'cab-1',
      name: 'Hygie',
      publicBase: 'https://hygie.example',
      now: new Date('2026-10-24T12:00:00Z'),
    }).toString();
    expect(text).toContain('BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200');
    expect(text).toContain('BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100');
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20261027T090000');
  });

  it('puts a request’s due day and a recurring measure’s next day as all-day events', () => {
    const byUid = new Map(events([REQUEST, BACKUP_MEASURE]).map((e) => [e.uid, e]));
    const request = byUid.get(eventUid('cab-1', REQUEST.id));
    expect(request?.datetype).toBe('date');
    expect(request?.start.dateOnly).toBe(true);
    expect([request?.start.getFullYear(), request?.start.getMonth(), request?.start.getDate()]).toEqual([2026, 10, 16]);
    const measure = byUid.get(eventUid('cab-1', BACKUP_MEASURE.id));
    expect(measure?.datetype).toBe('date');
    expect([measure?.start.getFullYear(), measure?.start.getMonth(), measure?.start.getDate()]).toEqual([2026, 9, 31]);
    expect(measure?.summary).toBe('Sauvegarde de la semaine');
    expect(measure?.url).toMatchObject({ val: 'https://hygie.example/accueil' });
  });

  it('leaves out the items without a deadline and the time-relative detail', () => {
    const all = events([BREACH, UNDATED]);
    expect(all.map((e) => e.uid)).toEqual(['cab-1.breach-notification.b1@hygie']);
    expect(all[0]?.description).toBe('À faire dans Hygie : https://hygie.example/accueil');
  });

  it('keeps one UID per practice and item, whatever the item id holds', () => {
    expect(eventUid('p1', 'patient-request:r1')).toBe('p1.patient-request.r1@hygie');
    expect(eventUid('p2', 'patient-request:r1')).not.toBe(eventUid('p1', 'patient-request:r1'));
  });
});
