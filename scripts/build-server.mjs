// Builds the server and the `hygie` command into JavaScript (dist/) when it is missing or older
// than its sources (`--force`: always), so that nothing transforms TypeScript when Hygie starts.
// Each file of src/ becomes one file of dist/ at the same depth (src/server/version.ts →
// dist/server/version.js): paths read relative to a module (package.json, referential/, web/dist)
// stay true. Tests keep running from the sources (vitest).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
export const serverDist = path.join(root, 'dist');
const stamp = (dir) => path.join(dir, '.built');

const isTestFile = (name) => /\.test(-support)?\.(ts|mjs)$/.test(name);

/** Every source file the server runs (tests and their helpers left out), relative to src/. */
function sourceFiles(dir = src, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(file, found);
    else if (/\.(ts|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !isTestFile(entry.name))
      found.push(file);
  }
  return found;
}

export function serverIsStale() {
  if (!fs.existsSync(stamp(serverDist))) return true;
  const built = fs.statSync(stamp(serverDist)).mtimeMs;
  const inputs = [...sourceFiles(), fileURLToPath(import.meta.url), path.join(root, 'package.json')];
  return inputs.some((file) => fs.statSync(file).mtimeMs > built);
}

/** Keeps each relative import as its own module, renamed from .ts to .js: one output file per source file. */
const oneFilePerModule = {
  name: 'one-file-per-module',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true },
    );
  },
};

/**
 * Writes dist/ beside the sources: built in a temporary folder, then put in place in one rename,
 * so a process starting at the same time never sees half a build.
 * @returns true when it built, false when dist/ was already up to date.
 */
export async function buildServer({ force = false } = {}) {
  if (!force && !serverIsStale()) return false;
  const { build } = await import('esbuild');
  const files = sourceFiles();
  const tmp = `${serverDist}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  await build({
    entryPoints: files.filter((file) => file.endsWith('.ts')),
    outdir: tmp,
    outbase: src,
    outExtension: { '.js': '.js' },
    bundle: true,
    packages: 'external',
    plugins: [oneFilePerModule],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  // Plain JavaScript modules (the mail-analysis worker's entry) are copied as they are.
  for (const file of files.filter((f) => f.endsWith('.mjs'))) {
    const target = path.join(tmp, path.relative(src, file));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(file, target);
  }
  fs.writeFileSync(stamp(tmp), `${new Date().toISOString()}\n`);
  const old = `${serverDist}.old-${process.pid}`;
  if (fs.existsSync(serverDist)) fs.renameSync(serverDist, old);
  try {
    fs.renameSync(tmp, serverDist);
  } catch (error) {
    // Another process put its build in place first: keep it.
    if (!fs.existsSync(stamp(serverDist))) throw error;
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  fs.rmSync(old, { recursive: true, force: true });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer({ force: process.argv.includes('--force') });
}
