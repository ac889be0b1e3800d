import type { MeasureView } from './checklist-view.ts';

/** What the origin of an answer is read from. */
export type OriginFacts = Pick<
  MeasureView,
  'origin' | 'firstPassQuestion' | 'observation' | 'overridesObservation' | 'updatedBy'
>;

/**
 * Who gave a measure its answer, in a few words (a spreadsheet column, the CLI); null while
 * « sans réponse ».
 * @example originLabel({ origin: 'first_pass', … }) // 'Premier diagnostic'
 */
export function originLabel(measure: OriginFacts): string | null {
  switch (measure.origin) {
    case null:
      return null;
    case 'first_pass':
      return 'Premier diagnostic';
    case 'observed':
      return 'Constaté par Hygie';
    case 'person':
      if (measure.overridesObservation) return 'Corrigé par le cabinet';
      return 'Réponse mesure par mesure';
  }
}

/**
 * Where a measure's answer comes from, in one French sentence for the screens and the documents:
 * the first pass's question, the fact Hygie observes, or the person; null while « sans réponse ».
 * @example originText({ origin: 'first_pass', firstPassQuestion: { id: 'reseau', question: 'Votre Wi-Fi… ?' }, … })
 * // 'Réponse du premier diagnostic, question : « Votre Wi-Fi… ? »'
 */
export function originText(measure: OriginFacts): string | null {
  switch (measure.origin) {
    case null:
      return null;
    case 'first_pass':
      return `Réponse du premier diagnostic, question : « ${measure.firstPassQuestion?.question ?? ''} »`;
    case 'observed':
      return `Constaté par Hygie : ${measure.observation?.fact ?? ''}`.trim();
    case 'person': {
      const by = measure.updatedBy ? ` par ${measure.updatedBy}` : '';
      if (measure.overridesObservation) {
        const fact = measure.observation ? ` (Hygie constate : ${measure.observation.fact})` : '';
        return `Constat de Hygie corrigé${by}${fact}`;
      }
      return measure.updatedBy ? `Répondu par ${measure.updatedBy}` : 'Répondu dans le diagnostic complet';
    }
  }
}
