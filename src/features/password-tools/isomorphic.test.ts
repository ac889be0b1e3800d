import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The checker and the generator run in the browser (web/src/features/tools-password) as well as in
 * the CLI: neither they nor what they import may need Node. Server-only files are the routes and
 * their schema; tests are not shipped.
 */
const here = import.meta.dirname;
const serverOnly = /(\.routes|\.schema|\.test)\.ts$/;

function localImports(file: string): string[] {
  const source = fs.readFileSync(file, 'utf8');
  return [...source.matchAll(/^(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/gmu)].map((m) =>
    path.resolve(path.dirname(file), m[1]!),
  );
}

/** The shared files and, transitively, the project files they import (accounts' password modules). */
function browserModules(): string[] {
  const queue = fs
    .readdirSync(here)
    .filter((name) => name.endsWith('.ts') && !serverOnly.test(name))
    .map((name) => path.join(here, name));
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...localImports(file));
  }
  return [...seen].sort();
}

describe('the password tools run in the browser', () => {
  it('reuse the account password modules', () => {
    const names = browserModules().map((file) => path.relative(path.resolve(here, '..'), file));
    expect(names).toEqual(
      expect.arrayContaining([
        'accounts/password-fr.ts',
        'accounts/password-strength.ts',
        'accounts/password-text.ts',
        'password-tools/check-password.ts',
        'password-tools/passphrase.ts',
      ]),
    );
  });

  it.each(browserModules().map((file) => [path.basename(file), file]))(
    '%s imports nothing from Node and uses no Node global',
    (_name, file) => {
      const source = fs.readFileSync(file, 'utf8');
      expect(source).not.toMatch(/from\s+['"]node:/u);
      expect(source).not.toMatch(/from\s+['"](fs|path|crypto|os|stream|buffer|child_process)['"]/u);
      expect(source).not.toMatch(/\b(process\.|Buffer\.|require\()/u);
      expect(source).not.toMatch(/Math\.random\(/u);
    },
  );
});
