import { loadMeasures } from '../src/features/checklist/checklist.referential.ts';
import { MEASURE_STATUSES } from '../src/features/checklist/scoring.ts';

/**
 * Answers every measure of the diagnostic through the API (statuses in turn, a comment on each,
 * a due date on half; measures Hygie observes are corrected), so that `GET /api/v1/checklist` is measured on a full assessment.
 */
export async function answerEveryMeasure(base: string, token: string): Promise<number> {
  const { measures } = loadMeasures();
  for (const [i, measure] of measures.entries()) {
    const answer = {
      status: MEASURE_STATUSES[i % MEASURE_STATUSES.length],
      comment: `Réponse n° ${i + 1} : vérifié avec le prestataire.`,
      ...(i % 2 === 0 ? { dueDate: '2027-01-15', priority: 'normal' } : {}),
    };
    const put = (body: object) =>
      fetch(`${base}/api/v1/checklist/measures/${measure.id}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    let res = await put(answer);
    // A measure Hygie observes itself takes a person's answer only as a correction of what it sees.
    if (res.status === 400 && (await res.clone().json()).field === 'overridesObservation') {
      res = await put({ ...answer, overridesObservation: true });
    }
    if (!res.ok) throw new Error(`PUT ${measure.id}: ${res.status} ${await res.text()}`);
  }
  return measures.length;
}
