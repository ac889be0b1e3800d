import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/connect.ts';
import { withTransaction } from '../../db/transaction.ts';
import { compareDays, formatDayLong, isAlsaceMoselle, parisDay } from '../../lib/dates/index.ts';
import { badRequest, conflict, notFound } from '../../server/errors.ts';
import { findPractice, type Practice } from '../accounts/practices.repository.ts';
import type { Role } from '../accounts/roles.ts';
import { appendJournal, type JournalActor } from '../journal/journal.repository.ts';
import { holidayOptions } from './due-dates.ts';
import { checkExtension } from './extension.ts';
import { changedFields, checkContent, checkReceivedAt, datesOf } from './request-checks.ts';
import { KIND_LABELS, LETTER_TEMPLATES, type LetterTemplate } from './request-labels.ts';
import { answeredLate, isOpen } from './request-state.ts';
import { findRequest, insertRequest, type PatientRequest, saveRequest } from './requests.repository.ts';
import type { AnswerRequestInput, CreateRequestInput, UpdateRequestInput } from './requests.schema.ts';
import { availableLetters } from './requests-view.ts';

/** Which holidays the practice's commune has (Alsace-Moselle; Good Friday only when the practice says so). */
function placeOf(practice: { department: string | null; goodFriday: boolean }) {
  const alsaceMoselle = isAlsaceMoselle(practice.department ?? undefined);
  return { alsaceMoselle, goodFriday: alsaceMoselle && practice.goodFriday };
}

/** Who acts, and under which name the journal records it. */
export interface Caller {
  practiceId: string;
  role: Role;
  actor: JournalActor;
}

const SUBJECT = (id: string) => ({ type: 'patient_request', id });

async function practiceOf(db: Db, practiceId: string): Promise<Practice> {
  const practice = await findPractice(db, practiceId);
  if (!practice) throw notFound();
  return practice;
}

async function requestOf(db: Db, practiceId: string, id: string): Promise<PatientRequest> {
  const request = await findRequest(db, practiceId, id);
  if (!request) throw notFound('Demande introuvable.');
  return request;
}

const summaryOf = (request: PatientRequest) =>
  `${KIND_LABELS[request.kind]} (reçue le ${formatDayLong(request.receivedAt)}) : réponse au plus tard le ${formatDayLong(request.extendedDueDate ?? request.dueDate)}`;

/**
 * Records a request received by the practice; its dates are computed here, never typed.
 * @throws HttpError 400 for a day in the future, an heir without purpose, a purpose for someone else.
 */
export async function registerRequest(
  db: Db,
  caller: Caller,
  input: CreateRequestInput,
  now: Date,
): Promise<PatientRequest> {
  const today = parisDay(now);
  checkReceivedAt(input.receivedAt, today);
  const practice = await practiceOf(db, caller.practiceId);
  const content = {
    kind: input.kind,
    receivedAt: input.receivedAt,
    requester: input.requester,
    heirPurpose: input.heirPurpose ?? null,
    infoOlderThan5Years: input.infoOlderThan5Years === true,
  };
  checkContent(content);
  const at = now.toISOString();
  const request: PatientRequest = {
    id: randomUUID(),
    practiceId: caller.practiceId,
    ...content,
    ...datesOf(content, placeOf(practice)),
    identityChecked: input.identityChecked === true,
    status: 'received',
    extendedDueDate: null,
    extendedAt: null,
    extensionReason: null,
    answer: null,
    answeredAt: null,
    refusalReason: null,
    createdAt: at,
    updatedAt: at,
  };
  await withTransaction(db, async (trx) => {
    await insertRequest(trx, request);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'patient_request.registered',
        subject: SUBJECT(request.id),
        summary: `Demande enregistrée : ${summaryOf(request)}.`,
        data: {
          kind: request.kind,
          requesterType: request.requester.type,
          receivedAt: request.receivedAt,
          dueDate: request.dueDate,
        },
      },
      now,
    );
  });
  return request;
}

/**
 * An administrative step (identity checked, in progress…) or a correction; the dates are
 * recomputed from the corrected content.
 * @throws HttpError 404 unknown request, 409 closed request or correction after an extension, 400 invalid content.
 */
export async function updateRequest(
  db: Db,
  caller: Caller,
  id: string,
  input: UpdateRequestInput,
  now: Date,
): Promise<PatientRequest> {
  const today = parisDay(now);
  return withTransaction(db, async (trx) => {
    const before = await requestOf(trx, caller.practiceId, id);
    if (!isOpen(before.status)) {
      throw conflict('Cette demande a déjà reçu sa réponse : ses étapes ne peuvent plus changer.');
    }
    const content = {
      kind: before.kind,
      receivedAt: input.receivedAt ?? before.receivedAt,
      requester: input.requester ?? before.requester,
      heirPurpose: input.heirPurpose === undefined ? before.heirPurpose : input.heirPurpose,
      infoOlderThan5Years: input.infoOlderThan5Years ?? before.infoOlderThan5Years,
    };
    if (input.receivedAt !== undefined) checkReceivedAt(input.receivedAt, today);
    // An heir's purpose goes with the requester: a requester who is no longer an heir loses it.
    if (input.requester && input.requester.type !== 'heir' && input.heirPurpose === undefined) {
      content.heirPurpose = null;
    }
    checkContent(content);
    if (before.extendedDueDate !== null && content.receivedAt !== before.receivedAt) {
      throw conflict(
        'Le délai de cette demande a été prolongé : sa date de réception ne peut plus être corrigée.',
        'receivedAt',
      );
    }
    const practice = await practiceOf(trx, caller.practiceId);
    const after: PatientRequest = {
      ...before,
      ...content,
      ...datesOf(content, placeOf(practice)),
      identityChecked: input.identityChecked ?? before.identityChecked,
      status: input.status ?? before.status,
      updatedAt: now.toISOString(),
    };
    const fields = changedFields(before, after);
    if (fields.length === 0) return before;
    await saveRequest(trx, after);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'patient_request.updated',
        subject: SUBJECT(id),
        summary: `Demande mise à jour (${KIND_LABELS[after.kind]}, reçue le ${formatDayLong(after.receivedAt)}).`,
        data: { kind: after.kind, fields, from: before.status, to: after.status, dueDate: after.dueDate },
      },
      now,
    );
    return after;
  });
}

/**
 * Extends a GDPR request by two months (art. 12(3)); the person must be told why within the first month.
 * @throws HttpError 404 unknown request, 409 medical file, closed, already extended or after the first month.
 */
export async function extendRequest(
  db: Db,
  caller: Caller,
  id: string,
  reason: string,
  now: Date,
): Promise<PatientRequest> {
  const today = parisDay(now);
  return withTransaction(db, async (trx) => {
    const before = await requestOf(trx, caller.practiceId, id);
    const check = checkExtension(before, today, holidayOptions(before));
    if (!check.ok) throw conflict(check.message);
    const after: PatientRequest = {
      ...before,
      status: 'extended',
      extendedDueDate: check.extendedDueDate,
      extendedAt: now.toISOString(),
      extensionReason: reason,
      updatedAt: now.toISOString(),
    };
    await saveRequest(trx, after);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'patient_request.extended',
        subject: SUBJECT(id),
        summary: `Délai prolongé : ${summaryOf(after)}.`,
        data: { kind: after.kind, dueDate: after.dueDate, extendedDueDate: check.extendedDueDate },
      },
      now,
    );
    return after;
  });
}

/**
 * Records the answer sent (or the refusal and its reason) and its day; a late answer is kept and flagged.
 * @throws HttpError 404 unknown request, 409 closed or identity not checked, 400 inconsistent answer.
 */
export async function answerRequest(
  db: Db,
  caller: Caller,
  id: string,
  input: AnswerRequestInput,
  now: Date,
): Promise<PatientRequest> {
  const today = parisDay(now);
  return withTransaction(db, async (trx) => {
    const before = await requestOf(trx, caller.practiceId, id);
    if (!isOpen(before.status)) throw conflict('Cette demande a déjà reçu sa réponse.');
    if (compareDays(input.answeredAt, today) > 0) {
      throw badRequest('Champ « answeredAt » : la date de la réponse ne peut pas être dans le futur.', 'answeredAt');
    }
    if (compareDays(input.answeredAt, before.receivedAt) < 0) {
      throw badRequest(
        `Champ « answeredAt » : la réponse ne peut pas précéder la réception de la demande (le ${formatDayLong(before.receivedAt)}).`,
        'answeredAt',
      );
    }
    const refusalReason = input.refusalReason ?? null;
    if (input.outcome === 'answered') {
      if (input.answer === '') {
        throw badRequest('Champ « answer » : indiquez la réponse apportée (ce qui a été envoyé ou fait).', 'answer');
      }
      if (refusalReason !== null) {
        throw badRequest(
          'Champ « refusalReason » : un motif de refus ne s’indique que pour un refus.',
          'refusalReason',
        );
      }
      if (!before.identityChecked) {
        throw conflict(
          'L’identité du demandeur n’a pas été vérifiée : vérifiez-la et cochez « Identité vérifiée » avant de répondre.',
          'identityChecked',
        );
      }
      if (before.earliestAnswerAt !== null && compareDays(input.answeredAt, before.earliestAnswerAt) < 0) {
        throw badRequest(
          `Champ « answeredAt » : les informations ne peuvent être communiquées qu’après le délai de réflexion de 48 heures, donc pas avant le ${formatDayLong(before.earliestAnswerAt)}.`,
          'answeredAt',
        );
      }
    } else if (refusalReason === null) {
      throw badRequest('Champ « refusalReason » : un refus doit être motivé ; indiquez-en le motif.', 'refusalReason');
    }
    const after: PatientRequest = {
      ...before,
      status: input.outcome,
      answer: input.answer === '' ? null : input.answer,
      answeredAt: input.answeredAt,
      refusalReason,
      updatedAt: now.toISOString(),
    };
    const late = answeredLate(before, input.answeredAt);
    await saveRequest(trx, after);
    await appendJournal(
      trx,
      caller.practiceId,
      {
        actor: caller.actor,
        action: 'patient_request.answered',
        subject: SUBJECT(id),
        summary: `${input.outcome === 'answered' ? 'Réponse envoyée' : 'Refus motivé envoyé'} le ${formatDayLong(input.answeredAt)} (${KIND_LABELS[after.kind]}, reçue le ${formatDayLong(after.receivedAt)})${late ? ', après l’échéance' : ''}.`,
        data: { kind: after.kind, outcome: input.outcome, answeredAt: input.answeredAt, late },
      },
      now,
    );
    return after;
  });
}

/** A request of the caller's practice, or 404. */
export function getRequest(db: Db, caller: Pick<Caller, 'practiceId'>, id: string): Promise<PatientRequest> {
  return requestOf(db, caller.practiceId, id);
}

/** The request, the practice and the letter to write, once checked that the letter fits the request. */
export async function letterContext(
  db: Db,
  caller: Caller,
  id: string,
  template: string,
): Promise<{ request: PatientRequest; practice: Practice; template: LetterTemplate }> {
  const request = await requestOf(db, caller.practiceId, id);
  if (!(LETTER_TEMPLATES as readonly string[]).includes(template)) {
    throw notFound(`Modèle de courrier inconnu : « ${template} ». Modèles : ${LETTER_TEMPLATES.join(', ')}.`);
  }
  const letter = template as LetterTemplate;
  if (!availableLetters(request).includes(letter)) {
    const why: Record<LetterTemplate, string> = {
      acknowledgement: '',
      extension: 'le délai de cette demande n’a pas été prolongé',
      answer: 'cette demande n’a pas encore reçu de réponse',
      refusal: 'cette demande n’a pas été refusée',
    };
    throw conflict(`Ce courrier ne peut pas encore être préparé : ${why[letter]}.`);
  }
  return { request, practice: await practiceOf(db, caller.practiceId), template: letter };
}

/** Journals that a letter was generated (the letter itself is not stored). */
export async function journalLetter(
  db: Db,
  caller: Caller,
  request: PatientRequest,
  template: LetterTemplate,
  now: Date,
): Promise<void> {
  await appendJournal(
    db,
    caller.practiceId,
    {
      actor: caller.actor,
      action: 'patient_request.letter_generated',
      subject: SUBJECT(request.id),
      summary: `Courrier préparé (${KIND_LABELS[request.kind]}, reçue le ${formatDayLong(request.receivedAt)}).`,
      data: { kind: request.kind, template },
    },
    now,
  );
}
