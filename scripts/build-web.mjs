// Builds the web application when it is missing or older than its sources (`--force`: always).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const web = path.join(root, 'web');
const builtIndex = path.join(web, 'dist', 'index.html');

function newestMtime(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

export function webIsStale() {
  if (!fs.existsSync(builtIndex)) return true;
  // The pages also import pure modules of the server's features (shared types, the password checker),
  // and the « Aide » page the user guide.
  const shared = [
    path.join(root, 'src', 'features'),
    path.join(root, 'src', 'lib'),
    path.join(root, 'docs', 'guide-utilisateur.md'),
  ];
  const sources = [...['src', 'public', 'index.html', 'vite.config.ts'].map((name) => path.join(web, name)), ...shared];
  const newest = Math.max(...sources.filter((s) => fs.existsSync(s)).map(newestMtime));
  return newest > fs.statSync(builtIndex).mtimeMs;
}

/** Writes .br and .gz beside each text asset, so the server sends them compressed at no cost. */
function precompress(dir) {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isDirectory()) precompress(file);
    else if (/\.(js|css|svg|html)$/.test(name)) {
      const data = fs.readFileSync(file);
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(data, { level: 9 }));
      fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(data));
    }
  }
}

export async function buildWeb({ force = false } = {}) {
  if (!force && !webIsStale()) return false;
  const { build } = await import('vite');
  process.stdout.write('Préparation de l’interface web…\n');
  await build({ configFile: path.join(web, 'vite.config.ts'), logLevel: 'warn' });
  precompress(path.join(web, 'dist'));
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildWeb({ force: process.argv.includes('--force') });
}
