import { describe, expect, it } from 'vitest';
import { checkExtension, type ExtensionCandidate } from './extension.ts';

const access = (overrides: Partial<ExtensionCandidate> = {}): ExtensionCandidate => ({
  kind: 'access',
  receivedAt: '2026-09-03',
  status: 'received',
  dueDate: '2026-10-05',
  extendedDueDate: null,
  ...overrides,
});

describe('checkExtension (GDPR art. 12(3): two more months, announced within the first month)', () => {
  it.each([
    ['the day after receipt', '2026-09-04'],
    ['the nominal end of the month, a Saturday', '2026-10-03'],
    ['the Sunday after it', '2026-10-04'],
    ['the due date itself (Monday, after the weekend)', '2026-10-05'],
  ])('accepts an extension on %s (%s): due three months after receipt', (_when, today) => {
    expect(checkExtension(access(), today)).toEqual({ ok: true, extendedDueDate: '2026-12-03' });
  });

  it.each([
    ['in progress', 'in_progress'],
    ['waiting for the identity check', 'identity_check'],
  ] as const)('accepts it while the request is %s', (_label, status) => {
    expect(checkExtension(access({ status }), '2026-09-20').ok).toBe(true);
  });

  it('counts Alsace-Moselle’s holidays in the extended period', () => {
    const request = access({ receivedAt: '2025-09-26', dueDate: '2025-10-27' });
    expect(checkExtension(request, '2025-10-01')).toEqual({ ok: true, extendedDueDate: '2025-12-26' });
    expect(checkExtension(request, '2025-10-01', { alsaceMoselle: true })).toEqual({
      ok: true,
      extendedDueDate: '2025-12-29',
    });
  });

  it.each([
    [
      'after the first month',
      access(),
      '2026-10-06',
      'too_late',
      'La prolongation devait être annoncée à la personne avant la fin du premier mois, au plus tard le 5 octobre 2026 : il est trop tard pour prolonger le délai. Répondez sans attendre.',
    ],
    ['long after the first month', access(), '2027-01-10', 'too_late', 'il est trop tard pour prolonger le délai'],
    [
      'for a medical-file request',
      { ...access(), kind: 'medical_file' as const, dueDate: '2026-09-11' },
      '2026-09-04',
      'medical_file',
      'Le délai d’une demande d’accès au dossier médical ne peut pas être prolongé',
    ],
    [
      'a second time',
      access({ status: 'extended', extendedDueDate: '2026-12-03' }),
      '2026-09-20',
      'already_extended',
      'Cette demande a déjà été prolongée jusqu’au 3 décembre 2026',
    ],
    ['once answered', access({ status: 'answered' }), '2026-09-20', 'closed', 'Cette demande a déjà reçu sa réponse'],
    ['once refused', access({ status: 'refused' }), '2026-09-20', 'closed', 'Cette demande a déjà reçu sa réponse'],
  ])('refuses it %s, with a French reason', (_label, request, today, reason, message) => {
    const check = checkExtension(request, today);
    expect(check).toMatchObject({ ok: false, reason });
    expect(check.ok ? '' : check.message).toContain(message);
  });
});
