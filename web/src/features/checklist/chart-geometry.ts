import type { ProgressHistory } from './checklist-types.ts';
import { dayTime, shortDate } from './format.ts';

export const CHART = { width: 640, height: 240, left: 44, right: 20, top: 16, bottom: 36 } as const;

export interface ChartPoint {
  day: string;
  value: number;
  x: number;
  y: number;
}

/**
 * Places the daily scores on the chart: days on a time axis, 0–100 upwards. A day without a score
 * (nothing counted yet) breaks the line, so `segments` lists the runs to draw.
 */
export function chartGeometry(snapshots: ProgressHistory['snapshots']): {
  points: ChartPoint[];
  segments: ChartPoint[][];
  y(value: number): number;
} {
  const innerWidth = CHART.width - CHART.left - CHART.right;
  const innerHeight = CHART.height - CHART.top - CHART.bottom;
  const first = snapshots[0] ? dayTime(snapshots[0].day) : 0;
  const last = snapshots.at(-1) ? dayTime(snapshots.at(-1)!.day) : 0;
  const x = (day: string) =>
    last === first ? CHART.left + innerWidth / 2 : CHART.left + ((dayTime(day) - first) / (last - first)) * innerWidth;
  const y = (value: number) => CHART.top + innerHeight - (value / 100) * innerHeight;
  const points: ChartPoint[] = [];
  const segments: ChartPoint[][] = [];
  let run: ChartPoint[] = [];
  for (const snapshot of snapshots) {
    if (snapshot.overall === null) {
      if (run.length > 0) segments.push(run);
      run = [];
      continue;
    }
    const point = { day: snapshot.day, value: snapshot.overall, x: x(snapshot.day), y: y(snapshot.overall) };
    points.push(point);
    run.push(point);
  }
  if (run.length > 0) segments.push(run);
  return { points, segments, y };
}

/** What the chart shows, in one sentence for screen readers. */
export function chartSummary(points: ChartPoint[]): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'Évolution de la note globale : aucune note pour l’instant.';
  if (first === last)
    return `Évolution de la note globale : ${last.value} sur 100 le ${shortDate(last.day)}, premier relevé.`;
  const best = Math.max(...points.map((point) => point.value));
  const trend = last.value > first.value ? 'en hausse' : last.value < first.value ? 'en baisse' : 'stable';
  return (
    `Évolution de la note globale, ${trend} : ${first.value} sur 100 le ${shortDate(first.day)}, ` +
    `${last.value} sur 100 le ${shortDate(last.day)} ; meilleure note ${best} sur 100, ${points.length} relevés.`
  );
}
