import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The web page imports the pure rules (severity, questions, preview, deadline, labels, Paris clock):
 * neither they nor what they import may need Node or the server.
 */
const here = import.meta.dirname;
const SHARED = [
  'breach-labels.ts',
  'deadline.ts',
  'paris-local.ts',
  'severity.ts',
  'severity-input.ts',
  'severity-preview.ts',
  'severity-questions.ts',
];

function imports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)(?!\s+type)[^'"]*?from\s+['"]([^'"]+)['"]/gmu)].map(
    (m) => m[1] as string,
  );
}

function closure(): { files: string[]; packages: string[] } {
  const queue = SHARED.map((name) => path.join(here, name));
  const files = new Set<string>();
  const packages = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const target of imports(file)) {
      if (target.startsWith('.')) queue.push(path.resolve(path.dirname(file), target));
      else packages.add(target);
    }
  }
  return {
    files: [...files].map((f) => path.relative(path.resolve(here, '../..'), f)).sort(),
    packages: [...packages].sort(),
  };
}

describe('the rules the breach page runs in the browser', () => {
  it('import no Node module and no server file', () => {
    const { files, packages } = closure();
    expect(
      packages.filter((name) => name.startsWith('node:') || ['fastify', 'kysely', 'pdfmake'].includes(name)),
    ).toEqual([]);
    expect(files.filter((file) => /(\.routes|\.service|\.repository|\.schema)\.ts$|server\/|db\//.test(file))).toEqual(
      [],
    );
    expect(files).toEqual(expect.arrayContaining(['features/breaches/severity.ts', 'lib/dates/calendar.ts']));
  });
});
