import { compareDays, formatDayLong, type IsoDay } from '../../lib/dates/index.ts';
import { badRequest } from '../../server/errors.ts';
import { computeDueDates } from './due-dates.ts';
import { HEIR_PURPOSE_LABELS, isGdprKind } from './request-labels.ts';
import { REQUEST_UPDATE_FIELDS, type RequestUpdateField } from './requests.events.ts';
import type { PatientRequest } from './requests.repository.ts';

/* The checks and derived values the requests service applies to a request's content. */

/** Days before this one are refused: the holiday tables (and any real register) start later. */
const FIRST_DAY = '2000-01-01';

export function checkReceivedAt(receivedAt: IsoDay, today: IsoDay): void {
  if (compareDays(receivedAt, today) > 0) {
    throw badRequest(
      `Champ « receivedAt » : la date de réception ne peut pas être dans le futur (nous sommes le ${formatDayLong(today)}).`,
      'receivedAt',
    );
  }
  if (compareDays(receivedAt, FIRST_DAY) < 0) {
    throw badRequest(
      'Champ « receivedAt » : la date de réception doit être postérieure au 1er janvier 2000.',
      'receivedAt',
    );
  }
}

/** The cross-field rules of a request's content, after a creation or a correction. */
export function checkContent(
  request: Pick<PatientRequest, 'kind' | 'requester' | 'heirPurpose' | 'infoOlderThan5Years'>,
) {
  if (request.requester.type === 'heir' && request.heirPurpose === null) {
    const choices = Object.values(HEIR_PURPOSE_LABELS)
      .map((label) => label.toLowerCase())
      .join(', ');
    throw badRequest(
      `Champ « heirPurpose » : pour un ayant droit, indiquez le motif que la loi exige (${choices}).`,
      'heirPurpose',
    );
  }
  if (request.requester.type !== 'heir' && request.heirPurpose !== null) {
    throw badRequest(
      'Champ « heirPurpose » : le motif ne s’indique que pour un ayant droit d’un patient décédé.',
      'heirPurpose',
    );
  }
  if (isGdprKind(request.kind) && request.infoOlderThan5Years) {
    throw badRequest(
      'Champ « infoOlderThan5Years » : l’ancienneté des informations ne compte que pour l’accès au dossier médical.',
      'infoOlderThan5Years',
    );
  }
}

/** The computed dates of a request's content, for the practice where it is. */
export function datesOf(
  request: Pick<PatientRequest, 'kind' | 'receivedAt' | 'infoOlderThan5Years'>,
  where: { alsaceMoselle: boolean; goodFriday: boolean },
) {
  const { earliestAnswerAt, dueDate } = computeDueDates({ ...request, ...where });
  return { earliestAnswerAt, dueDate, alsaceMoselle: where.alsaceMoselle, goodFriday: where.goodFriday };
}

/** The fields whose value differs between two versions of a request. */
export function changedFields(before: PatientRequest, after: PatientRequest): RequestUpdateField[] {
  const same: Record<RequestUpdateField, boolean> = {
    status: before.status === after.status,
    identityChecked: before.identityChecked === after.identityChecked,
    receivedAt: before.receivedAt === after.receivedAt,
    requester: before.requester.type === after.requester.type && before.requester.name === after.requester.name,
    heirPurpose: before.heirPurpose === after.heirPurpose,
    infoOlderThan5Years: before.infoOlderThan5Years === after.infoOlderThan5Years,
  };
  return REQUEST_UPDATE_FIELDS.filter((field) => !same[field]);
}
