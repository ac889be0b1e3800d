import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The packages the web application reaches from its entry point, following the relative imports of
 * every file it loads (static and lazy). Read from the sources, so it needs no build.
 */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  const specifier = /(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    // Imports of types only are erased by the build: `import type …` and `import { type A, type B } …`.
    const code = fs
      .readFileSync(file, 'utf8')
      .replace(/(?:import|export)\s+type\s[^;]*;/g, '')
      .replace(/import\s*\{([^}]*)\}\s*from\s*['"][^'"]+['"]\s*;/g, (statement, names: string) =>
        names.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type ')) ? '' : statement,
      );
    for (const [, spec] of code.matchAll(specifier)) {
      if (spec === undefined) continue;
      if (spec.startsWith('.')) {
        const target = path.resolve(path.dirname(file), spec);
        if (/\.(tsx?|mjs|js)$/.test(target) && fs.existsSync(target)) pending.push(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string));
      }
    }
  }
  return packages;
}

describe('what the web bundle carries', () => {
  const reached = packagesReached(path.resolve(import.meta.dirname, '../main.tsx'));

  it('follows the pages down to the shared pure modules', () => {
    // Sanity: the walk reaches the lazily loaded password page and the pure checker it imports.
    expect(reached).toContain('@zxcvbn-ts/core');
    expect(reached).toContain('@date-fns/tz');
  });

  it('leaves out the public-holiday data (1.4 MB with its time-zone tables): no page computes a holiday', () => {
    expect(
      [...reached].filter((name) => ['date-holidays', 'date-holidays-parser', 'moment-timezone'].includes(name)),
    ).toEqual([]);
  });
});
