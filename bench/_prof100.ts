import { DOSSIER_PRACTICE, seedPractice } from './dossier.ts';
import { startHygie } from './harness.ts';

DOSSIER_PRACTICE.evidenceFiles = Number(process.argv[2] ?? 50);
const h = await startHygie();
const { token } = await seedPractice(h);
const mb = (n: number) => Math.round(n / 1024 / 1024);
(globalThis as any).gc();
const m0 = process.memoryUsage();
const peak = { rss: 0, heapUsed: 0, arrayBuffers: 0 };
const timer = setInterval(() => {
  const m = process.memoryUsage();
  for (const k of Object.keys(peak) as (keyof typeof peak)[]) peak[k] = Math.max(peak[k], m[k]);
}, 10);
const c = process.cpuUsage();
const t = Date.now();
const res = await fetch(`${h.base}/api/v1/dossier.zip`, { headers: { authorization: `Bearer ${token}` } });
let bytes = 0;
for await (const chunk of res.body as any) bytes += chunk.byteLength;
clearInterval(timer);
const u = process.cpuUsage(c);
console.log(
  'zip',
  DOSSIER_PRACTICE.evidenceFiles,
  'files wall',
  Date.now() - t,
  'cpu',
  Math.round((u.user + u.system) / 1000),
  'MB',
  mb(bytes),
  'rss',
  mb(m0.rss),
  '->',
  mb(peak.rss),
  'heap',
  mb(m0.heapUsed),
  '->',
  mb(peak.heapUsed),
  'ab',
  mb(m0.arrayBuffers),
  '->',
  mb(peak.arrayBuffers),
);
await h.close();
