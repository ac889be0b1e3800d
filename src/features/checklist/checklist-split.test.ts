import { describe, expect, it } from 'vitest';
import { contentHash } from '../../server/etag.ts';
import type { Role } from '../accounts/roles.ts';
import type { ApplicabilityProfile } from './applicability.ts';
import { loadMeasures } from './checklist.referential.ts';
import { answerRecord } from './checklist.test-support.ts';
import { type AnswerRecord, buildChecklist } from './checklist-build.ts';
import { checklistAnswers, checklistReferentialView, joinChecklist } from './checklist-split.ts';
import { SCORE_EXPLANATION } from './scoring.ts';

const referential = loadMeasures();
const questions = new Map([['sauvegardes', 'Faites-vous des sauvegardes ?']]);
const options = { questions, explanation: SCORE_EXPLANATION, hash: contentHash };
const texts = checklistReferentialView(referential, options);
const members = [
  { id: 'u-owner', name: 'Dr Claire Dupré', role: 'owner' as Role, active: true },
  { id: 'u-sec', name: 'Léa Martin', role: 'secretary' as Role, active: true },
];

const answer = answerRecord;

const [first, second, third, fourth, fifth, recurring] = [
  ...referential.measures.slice(0, 5).map((m) => m.id),
  referential.measures.find((m) => m.recurrence)?.id ?? '',
];

/** Every kind of answer field: defaults, changed after the answer, first pass, observed, assigned, archived. */
const answers: AnswerRecord[] = [
  answer(first as string, {
    updatedAt: '2026-11-20T09:00:00.000Z',
    comment: 'Vu avec le prestataire',
    dueDate: '2027-01-15',
    priority: 'high',
  }),
  answer(second as string, { updatedAt: '2026-11-21T08:00:00.000Z', evidence: 'Facture 2026-11' }),
  answer(third as string, { status: 'partial', firstPassQuestion: 'sauvegardes', assigneeId: 'u-sec' }),
  answer(fourth as string, { status: 'todo', firstPassQuestion: 'question-retirée' }),
  answer(fifth as string, { status: null, answeredAt: null, updatedAt: '2026-11-22T08:00:00.000Z' }),
  answer(recurring as string, { lastDoneDay: '2026-01-10' }),
  answer('mesure-retiree', { archivedAt: '2026-11-25T08:00:00.000Z', measureTitle: 'Une mesure retirée' }),
];

/** A practitioner working alone, her data in the cloud. */
const SOLO_PRACTICE: ApplicabilityProfile & { name: string } = {
  name: 'Cabinet Dupré',
  structureType: 'solo',
  staffCount: 0,
  dataLocations: ['cloud'],
  wifi: false,
  mobileDevices: true,
  teleconsultation: false,
};

describe('the diagnostic in two parts (referential texts, practice answers)', () => {
  it.each([
    ['the owner', { userId: 'u-owner', role: 'owner' as Role }],
    ['the secretary (only her measure editable)', { userId: 'u-sec', role: 'secretary' as Role }],
  ])('joined again, gives the whole diagnostic (%s)', (_who, viewer) => {
    const view = buildChecklist({
      referential,
      practice: SOLO_PRACTICE,
      answers,
      newIds: new Set([referential.measures[6]?.id ?? '']),
      members,
      viewer,
      today: '2026-11-29',
      observations: new Map([
        [
          second as string,
          { status: 'done', fact: 'Sauvegarde vérifiée le 28 novembre.', href: '/sauvegardes', since: null },
        ],
      ]),
      questions,
    });
    const sent = checklistAnswers(view, texts.key);
    expect(JSON.parse(JSON.stringify(joinChecklist(texts, sent)))).toEqual(JSON.parse(JSON.stringify(view)));
    // No text of the referential travels with the answers.
    const body = JSON.stringify(sent);
    for (const measure of referential.measures.slice(0, 10)) expect(body).not.toContain(measure.why);
    expect(body).not.toContain(view.explanation);
  });

  it('quotes the question as a practitioner working alone was asked it', () => {
    const alone = new Map([['sauvegardes', 'Faites-vous vos sauvegardes ?']]);
    const both = checklistReferentialView(referential, { ...options, questionsAlone: alone });
    const view = buildChecklist({
      referential,
      practice: SOLO_PRACTICE,
      answers,
      newIds: new Set(),
      members,
      viewer: { userId: 'u-owner', role: 'owner' as Role },
      today: '2026-11-29',
      observations: new Map(),
      questions,
    });
    const asked = (sent: ReturnType<typeof checklistAnswers>) =>
      joinChecklist(both, sent).measures.find((m) => m.id === third)?.firstPassQuestion?.question;
    expect(asked(checklistAnswers({ ...view, firstPassAlone: true }, both.key))).toBe('Faites-vous vos sauvegardes ?');
    expect(asked(checklistAnswers(view, both.key))).toBe('Faites-vous des sauvegardes ?');
  });

  it('names the referential by version and content: another text, another key', () => {
    expect(texts.key.startsWith(`${referential.version}-`)).toBe(true);
    expect(checklistReferentialView(referential, options).key).toBe(texts.key);
    const edited = {
      ...referential,
      measures: referential.measures.map((m, i) => (i === 0 ? { ...m, why: `${m.why} (précisé)` } : m)),
    };
    expect(checklistReferentialView(edited, options).key).not.toBe(texts.key);
  });
});
