// Builds the server and the `hygie` command into JavaScript (dist/) when it is missing or older
// than its sources (`--force`: always), so that nothing transforms TypeScript when Hygie starts.
//
// Hygie's sources and the pure-JavaScript packages they use are bundled by esbuild into a few
// files (loading one large file costs far less than loading hundreds of small ones): the entry
// points below, at the same place as their source (src/cli/main.ts → dist/cli/main.js), and the
// code they share in dist/chunks/. A module that reads a file relative to itself
// (`import.meta.url`, `import.meta.dirname`) sees the place it would have at the same depth in
// dist/ (src/server/version.ts → dist/server/version.js), so paths such as '../../package.json'
// stay true. Tests keep running from the sources (vitest).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
export const serverDist = path.join(root, 'dist');
const stamp = (dir) => path.join(dir, '.built');

/** What runs the built server: bin/hygie and scripts/start.mjs (cli/main), bench/serve-built.mjs, the mail workers, this script. */
const entryPoints = [
  'cli/main',
  'config',
  'lib/referential/index', // for warmReferentialCache below
  'lib/crypto/master-key',
  'server/start',
  'features/mail-analysis/mail-worker-task',
];

/**
 * Packages Node loads from node_modules instead: native code, files read beside themselves,
 * worker threads started from their own files, or loaded only on first use (large, not needed to start).
 */
const externalPackages = [
  'better-sqlite3-multiple-ciphers', // native addon
  '@node-rs/argon2', // native addon
  'piscina', // starts its worker threads from its own files
  'pino', // fastify's logger: its transports run its own files in worker threads
  '@fastify/swagger', // reads its package.json beside itself; loaded on first request of the API description
  'pdfmake', // fonts beside it; loaded on first PDF
  'exceljs', // loaded on first spreadsheet
  'qrcode', // loaded on first two-step enrolment
  'prom-client', // loaded when metrics are on
  'date-holidays', // loaded on first use (createRequire)
  'pg', // optional native binding; loaded only with DATABASE_URL
  'yaml', // loaded only when a referential file changed (see lib/referential)
  'esbuild',
  'vite',
  'tsx',
];

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
  const lock = path.join(root, 'package-lock.json');
  const inputs = [
    ...sourceFiles(),
    fileURLToPath(import.meta.url),
    path.join(root, 'package.json'),
    ...(fs.existsSync(lock) ? [lock] : []),
  ];
  return inputs.some((file) => fs.statSync(file).mtimeMs > built);
}

const externals = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('@') ? args.path.split('/', 2).join('/') : args.path.split('/')[0];
      return externalPackages.includes(name) ? { path: args.path, external: true } : undefined;
    });
  },
};

const TO_DIST = '__HYGIE_TO_DIST__/';

/** `import.meta.url|dirname|filename` in a source file → the place the file would have in dist/. */
const placeInDist = {
  name: 'place-in-dist',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!args.path.startsWith(src + path.sep)) return undefined;
      const contents = await fs.promises.readFile(args.path, 'utf8');
      if (!contents.includes('import.meta')) return undefined;
      const place = JSON.stringify(path.relative(src, args.path).split(path.sep).join('/').replace(/\.ts$/, '.js'));
      const url = `__hygieUrl(${place})`;
      const replaced = contents.replace(/import\.meta\.(url|dirname|filename)\b/g, (_, what) =>
        what === 'url'
          ? url
          : what === 'filename'
            ? `__hygieFileURLToPath(${url})`
            : `__hygieFileURLToPath(new URL('.', ${url})).replace(/[\\\\/]$/, '')`,
      );
      return { contents: replaced, loader: 'ts' };
    });
  },
};

// At the top of every output file: `require` for the bundled CommonJS packages, and the place helper.
const banner = [
  "import { createRequire as __hygieCreateRequire } from 'node:module';",
  "import { fileURLToPath as __hygieFileURLToPath } from 'node:url';",
  'const require = __hygieCreateRequire(import.meta.url);',
  `const __hygieUrl = (place) => new URL('${TO_DIST}' + place, import.meta.url).href;`,
].join('\n');

/**
 * Writes dist/ beside the sources: built in a temporary folder, then put in place in one rename,
 * so a process starting at the same time never sees half a build.
 * @returns true when it built, false when dist/ was already up to date.
 */
export async function buildServer({ force = false } = {}) {
  if (!force && !serverIsStale()) return false;
  const { build } = await import('esbuild');
  const tmp = `${serverDist}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  const result = await build({
    entryPoints: Object.fromEntries(entryPoints.map((entry) => [entry, path.join(src, `${entry}.ts`)])),
    outdir: tmp,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    plugins: [externals, placeInDist],
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    write: false,
    logLevel: 'warning',
  });
  for (const output of result.outputFiles) {
    // The way from this output file back to dist/: '../' per folder between them.
    const depth = path.relative(tmp, path.dirname(output.path)).split(path.sep).filter(Boolean).length;
    const text = output.text.replaceAll(TO_DIST, depth === 0 ? './' : '../'.repeat(depth));
    fs.mkdirSync(path.dirname(output.path), { recursive: true });
    fs.writeFileSync(output.path, text);
  }
  // Plain JavaScript modules (the mail-analysis worker's entry) are copied as they are.
  for (const file of sourceFiles().filter((f) => f.endsWith('.mjs'))) {
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

/**
 * Validates the referential files with the built code, which keeps them in dist/referential-cache/:
 * the first start after `npm install` (prepare) then reads JSON instead of parsing YAML. A broken
 * file is left for the start to report (in French, naming the file and the field).
 */
export async function warmReferentialCache() {
  try {
    const index = pathToFileURL(path.join(serverDist, 'lib', 'referential', 'index.js')).href;
    const referential = await import(index);
    referential.loadAllReferentials(referential.allReferentials);
  } catch {
    // Reported by the start, which validates again.
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildServer({ force: process.argv.includes('--force') });
  await warmReferentialCache();
}
