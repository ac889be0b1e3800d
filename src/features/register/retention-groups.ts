import type { DataCategory } from './register.types.ts';

/** Data categories that share one retention and its source, in their order of first appearance. */
export interface RetentionGroup {
  retention: string;
  retentionSource: string;
  categories: DataCategory[];
}

/**
 * The categories grouped by retention and source, so a register says each retention once (a
 * patient record's four categories share one 40-word sentence). Pure; the web and the PDF read it.
 * @example retentionGroups([a20y, b20y, c1y]).map((g) => g.categories.length) // [2, 1]
 */
export function retentionGroups(categories: readonly DataCategory[]): RetentionGroup[] {
  const groups = new Map<string, RetentionGroup>();
  for (const category of categories) {
    const key = JSON.stringify([category.retention.trim(), category.retentionSource.trim()]);
    const group = groups.get(key);
    if (group) group.categories.push(category);
    else
      groups.set(key, {
        retention: category.retention,
        retentionSource: category.retentionSource,
        categories: [category],
      });
  }
  return [...groups.values()];
}
