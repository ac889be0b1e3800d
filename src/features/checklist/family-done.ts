import type { MeasureView } from './checklist-view.ts';

/**
 * « Tout est fait dans cette famille »: the measures the button marks « Fait » — those of the
 * family that apply, that the person may change, that Hygie does not observe itself, and that are
 * not already « Fait » or marked « Non applicable ». The confirmation lists exactly these.
 * @example familyDoneTargets(checklist.measures, 'messagerie').map((m) => m.title)
 */
export function familyDoneTargets(measures: readonly MeasureView[], family: string): MeasureView[] {
  return measures.filter(
    (m) =>
      m.family === family &&
      m.applies &&
      m.canEdit &&
      m.origin !== 'observed' &&
      m.status !== 'done' &&
      m.status !== 'not_applicable',
  );
}
