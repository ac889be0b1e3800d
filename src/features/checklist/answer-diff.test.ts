import { describe, expect, it } from 'vitest';
import { type AnswerFields, type AnswerInput, applyAnswer } from './answer-diff.ts';

const current: AnswerFields = {
  status: 'partial',
  comment: 'En cours',
  assigneeId: 'u1',
  dueDate: '2026-12-01',
  priority: 'high',
  evidence: null,
};

describe('applyAnswer', () => {
  it.each<[string, AnswerFields | null, AnswerInput, { field: string; from: string | null; to: string | null }[]]>([
    ['a first answer records the status', null, { status: 'done' }, [{ field: 'status', from: null, to: 'done' }]],
    [
      'a first answer « à faire » still counts as answered',
      null,
      { status: 'todo' },
      [{ field: 'status', from: null, to: 'todo' }],
    ],
    ['the same status and nothing else: no change', current, { status: 'partial' }, []],
    [
      'null clears the status back to « sans réponse »',
      current,
      { status: null },
      [{ field: 'status', from: 'partial', to: null }],
    ],
    ['clearing a measure never answered changes nothing', null, { status: null }, []],
    [
      'no status: only the other fields change (a measure assigned before it is answered)',
      null,
      { assigneeId: 'u2' },
      [{ field: 'assignee', from: null, to: 'u2' }],
    ],
    ['absent fields are unchanged', current, { status: 'done' }, [{ field: 'status', from: 'partial', to: 'done' }]],
    [
      'null clears a field',
      current,
      { status: 'partial', assigneeId: null },
      [{ field: 'assignee', from: 'u1', to: null }],
    ],
    [
      'blank text clears it too',
      current,
      { status: 'partial', comment: '   ' },
      [{ field: 'comment', from: 'En cours', to: null }],
    ],
    ['text is trimmed before comparing', current, { status: 'partial', comment: ' En cours ' }, []],
    [
      'several fields at once, in a stable order',
      current,
      { status: 'done', evidence: 'Capture du tableau de bord', priority: 'low', dueDate: '2026-12-01' },
      [
        { field: 'status', from: 'partial', to: 'done' },
        { field: 'priority', from: 'high', to: 'low' },
        { field: 'evidence', from: null, to: 'Capture du tableau de bord' },
      ],
    ],
  ])('%s', (_label, before, input, changes) => {
    const { next, changes: got } = applyAnswer(before, input);
    expect(got).toEqual(changes);
    expect(next.status).toBe(input.status === undefined ? (before?.status ?? null) : input.status);
  });

  it('returns the new fields', () => {
    expect(applyAnswer(current, { status: 'done', comment: ' Terminé ', assigneeId: null }).next).toEqual({
      ...current,
      status: 'done',
      comment: 'Terminé',
      assigneeId: null,
    });
  });
});
