import { describe, expect, it } from 'vitest';
import { expectNoMarker } from '../../../test/support/markers.ts';
import { requestsCard } from './requests.home.ts';
import type { PatientRequest } from './requests.repository.ts';
import { requestTodos } from './requests.todo.ts';
import { availableLetters, requestView, seesAnswer } from './requests-view.ts';

const request = (overrides: Partial<PatientRequest> = {}): PatientRequest => ({
  id: 'r1',
  practiceId: 'p',
  kind: 'access',
  receivedAt: '2026-11-10',
  requester: { type: 'patient', name: '4711 J. D.' },
  heirPurpose: null,
  identityChecked: true,
  status: 'answered',
  infoOlderThan5Years: false,
  alsaceMoselle: false,
  goodFriday: false,
  earliestAnswerAt: null,
  dueDate: '2026-12-10',
  extendedDueDate: null,
  extendedAt: null,
  extensionReason: null,
  answer: 'Copie des données envoyée',
  answeredAt: '2026-12-11',
  refusalReason: null,
  createdAt: '2026-11-10T09:00:00.000Z',
  updatedAt: '2026-12-11T09:00:00.000Z',
  ...overrides,
});

describe('who sees the answer’s content', () => {
  it.each([
    ['owner', true],
    ['practitioner', true],
    ['secretary', false],
    ['auditor', false],
  ] as const)('%s: %s', (role, sees) => {
    expect(seesAnswer(role)).toBe(sees);
    const view = requestView(request(), role, '2026-12-12');
    expect('answer' in view).toBe(sees);
    expect(view).toMatchObject({ status: 'answered', answeredAt: '2026-12-11', answeredLate: true, open: false });
  });
});

describe('availableLetters', () => {
  it.each([
    [{ status: 'received', extendedDueDate: null }, ['acknowledgement']],
    [{ status: 'extended', extendedDueDate: '2027-02-10' }, ['acknowledgement', 'extension']],
    [{ status: 'answered', extendedDueDate: null }, ['acknowledgement', 'answer']],
    [{ status: 'refused', extendedDueDate: '2027-02-10' }, ['acknowledgement', 'extension', 'refusal']],
  ] as const)('%j → %j', (state, letters) => {
    expect(availableLetters(state)).toEqual(letters);
  });
});

describe('the home card', () => {
  const open = (id: string, dueDate: string, extendedDueDate: string | null = null) =>
    request({ id, status: 'in_progress', dueDate, extendedDueDate, answer: null, answeredAt: null });

  it('is absent when nothing is overdue or due within 3 days', () => {
    expect(
      requestsCard(requestTodos([open('a', '2026-12-20'), open('b', '2026-12-01', '2027-02-01')], '2026-12-10')),
    ).toBeNull();
  });

  it.each([
    [['2026-12-09'], 'danger', '1 demande en retard. Répondez sans attendre : le délai légal est dépassé.'],
    [['2026-12-13', '2026-12-10'], 'warning', '2 demandes à traiter dans les 3 prochains jours.'],
    [
      ['2026-12-12', '2026-12-01', '2026-11-30'],
      'danger',
      '2 demandes en retard et 1 demande à traiter dans les 3 prochains jours. Répondez sans attendre : le délai légal est dépassé.',
    ],
  ] as const)('due %j on 10 December → %s: « %s »', (dues, tone, summary) => {
    const card = requestsCard(
      requestTodos(
        dues.map((due, i) => open(`r${i}`, due)),
        '2026-12-10',
      ),
    );
    expect(card).toMatchObject({ id: 'patient-requests', tone, summary });
    const items = card?.items ?? [];
    expect(items.map((item) => item.due)).toEqual([...dues].sort());
    expect(items.every((item) => item.href?.startsWith('/demandes/r'))).toBe(true);
  });
});

describe('the « à faire » items', () => {
  it.each([
    ['received', '2026-12-20', null, 'open', 'info'],
    ['in_progress', '2026-12-12', null, 'due_soon', 'warning'],
    ['extended', '2026-12-01', '2027-02-01', 'open', 'info'],
    ['received', '2026-12-09', null, 'overdue', 'danger'],
    ['answered', '2026-12-09', null, null, null],
  ] as const)(
    'a request %s due %s (extended to %s) on 10 December → %s, %s',
    (status, dueDate, extendedDueDate, state, severity) => {
      const items = requestTodos([request({ status, dueDate, extendedDueDate })], '2026-12-10');
      if (state === null) expect(items).toEqual([]);
      else
        expect(items).toEqual([
          expect.objectContaining({ id: 'patient-request:r1', state, severity, dueDay: extendedDueDate ?? dueDate }),
        ]);
    },
  );

  it('never names the requester (reminders send the title as it is)', () => {
    const items = requestTodos([request({ status: 'received' })], '2026-12-10');
    expect(items[0]?.title).toBe('Droit d’accès aux données : demande reçue le 10/11/2026');
    expectNoMarker(JSON.stringify(items), ['J. D.']);
  });
});
