import fs from 'node:fs';
// @ts-expect-error: plain JavaScript build script, shared with `npm start`.
import { buildWeb } from '../scripts/build-web.mjs';
import { CHROMIUM } from '../test/support/browser.ts';
import { findPostgresBin, startThrowawayCluster } from '../test/support/postgres-cluster.ts';
import { benchDossier, dossierLines } from './dossier.ts';
import { firstPageWeight } from './first-page.ts';
import { loadAverage, seedTeam, seedThroughApi, startHygieProcess } from './harness.ts';
import { benchMailAnalysis } from './mail-analysis.ts';
import { benchMixedLoad, LOAD_CONNECTIONS, type MixedLoad, mixedLoadTable } from './mixed-load.ts';
import { benchRetentionScan } from './retention.ts';
import { benchRoutes, routesTable } from './routes.ts';
import { benchStartup, startupLine } from './startup.ts';

/**
 * `npm run bench`: one section per scenario, each printing its own lines; the servers run in
 * their own processes, the load is driven from this one. Ratios within one run (each Hygie route
 * beside a bare route measured the same way), not absolute figures, are what we compare over
 * time: the machine's load average is printed beside them. `BENCH_ONLY=routes,load` runs some.
 */
const sections: Record<string, () => Promise<string>> = {
  async routes() {
    const bench = await benchRoutes();
    const kb = (bench.checklistBytes / 1024).toFixed(1);
    return [
      `Routes — ${bench.database.split(' (')[0]}, autocannon 20 connections (load average ${bench.load.before} → ${bench.load.after})`,
      '',
      routesTable(bench),
      '',
      `GET /api/v1/checklist answer: ${kb} KB of JSON, uncompressed, every measure answered`,
    ].join('\n');
  },
  async startup() {
    return startupLine(await benchStartup());
  },
  async load() {
    const runs: MixedLoad[] = [];
    const databases: { name: string; url: string; stop(): void }[] = [{ name: 'SQLite', url: '', stop() {} }];
    const bin = findPostgresBin();
    if (bin) databases.push({ name: 'PostgreSQL', ...(await startThrowawayCluster(bin)) });
    const before = loadAverage();
    try {
      for (const database of databases) {
        const hygie = await startHygieProcess(database.url);
        try {
          const owner = await seedThroughApi(hygie.url);
          const team = await seedTeam(hygie.url, owner.token, LOAD_CONNECTIONS);
          runs.push(await benchMixedLoad(hygie.url, database.name, team));
        } finally {
          await hygie.close();
        }
      }
    } finally {
      // Every throwaway cluster is stopped, even when a run before it failed.
      for (const database of databases) database.stop();
    }
    return [
      `Mixed load — sign-in, home, checklist, register, breach created, in a loop on each connection (load average ${before} → ${loadAverage()})`,
      '',
      mixedLoadTable(runs),
      ...(bin ? [] : ['', 'PostgreSQL not installed: SQLite only.']),
    ].join('\n');
  },
  async firstPage() {
    if (!fs.existsSync(CHROMIUM)) return 'First page: Chromium not installed, not measured.';
    const hygie = await startHygieProcess();
    try {
      const weight = await firstPageWeight(hygie.url);
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
      return `First page (/connexion): ${weight.files} files, JavaScript ${kb(weight.jsGzipBytes)} gzipped, CSS ${kb(weight.cssGzipBytes)} gzipped`;
    } finally {
      await hygie.close();
    }
  },
  async mail() {
    const before = loadAverage();
    const mail = await benchMailAnalysis();
    return `Mail analysis (test corpus): analyser ${mail.analyserPerSecond} messages/s, postal-mime alone ${mail.parserPerSecond} messages/s (ratio ${(mail.analyserPerSecond / mail.parserPerSecond).toFixed(2)}; load average ${before} → ${loadAverage()})`;
  },
  async retention() {
    const before = loadAverage();
    const scan = await benchRetentionScan();
    return `Patient-index scan (1 000 000 rows): ${scan.rowsPerSecond} rows/s, csv-parse alone ${scan.csvParseOnlyRowsPerSecond} rows/s (ratio ${(scan.rowsPerSecond / scan.csvParseOnlyRowsPerSecond).toFixed(2)}), peak memory ${scan.peakRssMb} MB (load average ${before} → ${loadAverage()})`;
  },
  async dossier() {
    return dossierLines(await benchDossier()).join('\n');
  },
};

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const unknown = only?.filter((name) => !(name in sections)) ?? [];
  if (unknown.length > 0)
    throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')} (known: ${Object.keys(sections).join(', ')})`);
  await buildWeb();
  console.log(`\nHygie benchmark — Node ${process.versions.node}, load average ${loadAverage()}\n`);
  let failed = false;
  for (const [name, run] of Object.entries(sections)) {
    if (only && !only.includes(name)) continue;
    const text = await run();
    console.log(`${text}\n`);
    failed ||= hasErrors(text); // every table's errors column must be 0
  }
  if (failed) process.exitCode = 1;
}

/** True when a table of `text` has a non-zero figure in its « errors » column. */
function hasErrors(text: string): boolean {
  const rows = text.split('\n').filter((line) => line.startsWith('|'));
  const header = rows[0]?.split('|').map((cell) => cell.trim());
  const column = header?.indexOf('errors') ?? -1;
  if (column < 0) return false;
  return rows.slice(2).some((row) => Number(row.split('|')[column]?.trim()) > 0);
}

await main();
