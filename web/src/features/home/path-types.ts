/** `GET /api/v1/compliance-path` (src/features/path/path.schema.ts). */
export interface PathStep {
  id: string;
  title: string;
  state: 'done' | 'todo' | 'redo';
  reason: string | null;
  minutes: number;
  action: string;
  href: string;
}

export interface CompliancePathData {
  steps: PathStep[];
  next: string | null;
  done: number;
  total: number;
}
