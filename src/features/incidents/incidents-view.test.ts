import { describe, expect, it } from 'vitest';
import type { IncidentEvent } from './incidents.repository.ts';
import { eventKindLabel, gestureStates, telOf } from './incidents-view.ts';

const event = (seq: number, kind: string, gestureId: string | null, by = 'Éloïse Martin'): IncidentEvent => ({
  id: `e${seq}`,
  incidentId: 'i1',
  seq,
  kind,
  at: `2026-11-29T10:0${seq}:00.000Z`,
  author: { id: null, name: by },
  gestureId,
  contactId: null,
  text: null,
  data: null,
});

describe('telOf', () => {
  it.each<[string | null, string | null]>([
    ['3608', '3608'],
    ['0 805 805 817', '0805805817'],
    ['+33 (0)1 23.45-67-89', '+330123456789'],
    ['17', '17'],
    ['', null],
    [null, null],
    ['aucun', null],
  ])('%s → %s', (phone, tel) => {
    expect(telOf(phone)).toBe(tel);
  });
});

describe('gestureStates', () => {
  it.each<[string, IncidentEvent[], Record<string, { at: string; by: string }>]>([
    ['nothing ticked', [event(1, 'raised', null)], {}],
    [
      'a tick keeps its time and author',
      [event(1, 'step_done', 'a', 'Noémie')],
      { a: { at: '2026-11-29T10:01:00.000Z', by: 'Noémie' } },
    ],
    ['an untick clears it', [event(1, 'step_done', 'a'), event(2, 'step_undone', 'a')], {}],
    [
      'a new tick after an untick has the new time',
      [event(1, 'step_done', 'a'), event(2, 'step_undone', 'a'), event(3, 'step_done', 'a')],
      { a: { at: '2026-11-29T10:03:00.000Z', by: 'Éloïse Martin' } },
    ],
    ['other kinds are ignored', [event(1, 'qualified_breach', 'a')], {}],
  ])('%s', (_case, timeline, expected) => {
    expect(Object.fromEntries(gestureStates(timeline))).toEqual(expected);
  });
});

describe('eventKindLabel', () => {
  it.each([
    ['raised', 'Incident signalé'],
    ['step_done', 'Geste fait'],
    ['contact_called', 'Contact appelé'],
    ['qualified_breach', 'Qualifié en violation de données'],
    ['police_complaint_filed', 'Police complaint filed'],
  ])('%s → %s', (kind, label) => {
    expect(eventKindLabel(kind)).toBe(label);
  });
});
