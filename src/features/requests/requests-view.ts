import { formatDayLong, type IsoDay, parisDay } from '../../lib/dates/index.ts';
import { allows } from '../../server/permissions.ts';
import type { Role } from '../accounts/roles.ts';
import { computeDueDates, holidayOptions } from './due-dates.ts';
import { checkExtension } from './extension.ts';
import {
  KIND_LABELS,
  KIND_LEGAL_BASIS,
  type LetterTemplate,
  REQUESTER_LABELS,
  STATUS_LABELS,
} from './request-labels.ts';
import { answeredLate, currentDueDate, daysLeft, isDueSoon, isOpen, isOverdue } from './request-state.ts';
import type { PatientRequest } from './requests.repository.ts';
import type { RequestView } from './requests.schema.ts';

/**
 * True for the roles that see the content of an answer: those that may answer (owner and
 * practitioner). The secretary records the steps but never reads medical content; the auditor
 * checks deadlines, steps and letters, not the medical information sent to a patient.
 * @example seesAnswer('secretary') // false
 */
export function seesAnswer(role: Role): boolean {
  return allows('requests.answer', role);
}

/**
 * The letters that make sense for the request now: the acknowledgement always; the extension
 * notice once extended; the cover letter once answered; the refusal once refused.
 * @example availableLetters({ status: 'refused', extendedDueDate: null }) // ['acknowledgement', 'refusal']
 */
export function availableLetters(request: Pick<PatientRequest, 'status' | 'extendedDueDate'>): LetterTemplate[] {
  const letters: LetterTemplate[] = ['acknowledgement'];
  if (request.extendedDueDate !== null) letters.push('extension');
  if (request.status === 'answered') letters.push('answer');
  if (request.status === 'refused') letters.push('refusal');
  return letters;
}

/** The rule behind the dates, with the extension when there is one. */
export function dueRuleOf(request: PatientRequest): string {
  const base = computeDueDates({
    kind: request.kind,
    receivedAt: request.receivedAt,
    infoOlderThan5Years: request.infoOlderThan5Years,
    alsaceMoselle: request.alsaceMoselle,
    goodFriday: request.goodFriday,
  }).rule;
  if (request.extendedDueDate === null || request.extendedAt === null) return base;
  return `${base} Le délai a été prolongé le ${formatDayLong(parisDay(new Date(request.extendedAt)))} : réponse au plus tard le ${formatDayLong(request.extendedDueDate, { weekday: true })} (trois mois après la réception, comptés de la même façon).`;
}

/** The request as the API shows it to `role` on `today`: the answer's text only for those who may answer. */
export function requestView(request: PatientRequest, role: Role, today: IsoDay): RequestView {
  const open = isOpen(request.status);
  const left = daysLeft(request, today);
  const extension = checkExtension(request, today, holidayOptions(request));
  return {
    id: request.id,
    kind: request.kind,
    kindLabel: KIND_LABELS[request.kind],
    legalBasis: KIND_LEGAL_BASIS[request.kind],
    receivedAt: request.receivedAt,
    requester: { ...request.requester, typeLabel: REQUESTER_LABELS[request.requester.type] },
    heirPurpose: request.heirPurpose,
    identityChecked: request.identityChecked,
    status: request.status,
    statusLabel: STATUS_LABELS[request.status],
    infoOlderThan5Years: request.infoOlderThan5Years,
    alsaceMoselle: request.alsaceMoselle,
    ...(request.earliestAnswerAt ? { earliestAnswerAt: request.earliestAnswerAt } : {}),
    dueDate: request.dueDate,
    ...(request.extendedDueDate ? { extendedDueDate: request.extendedDueDate } : {}),
    currentDueDate: currentDueDate(request),
    dueRule: dueRuleOf(request),
    ...(request.extendedAt && request.extensionReason
      ? { extension: { at: request.extendedAt, reason: request.extensionReason } }
      : {}),
    ...(request.answer !== null && seesAnswer(role) ? { answer: request.answer } : {}),
    ...(request.answeredAt
      ? { answeredAt: request.answeredAt, answeredLate: answeredLate(request, request.answeredAt) }
      : {}),
    ...(request.refusalReason ? { refusalReason: request.refusalReason } : {}),
    open,
    overdue: isOverdue(request, today),
    dueSoon: isDueSoon(request, today),
    ...(left !== null ? { daysLeft: left } : {}),
    canExtend: extension.ok,
    letters: availableLetters(request),
    createdAt: request.createdAt,
    updatedAt: request.updatedAt,
  };
}
