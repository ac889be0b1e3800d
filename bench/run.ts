import fs from 'node:fs';
// @ts-expect-error: plain JavaScript build script, shared with `npm start`.
import { buildWeb } from '../scripts/build-web.mjs';
import { CHROMIUM } from '../test/support/browser.ts';
import { answerEveryMeasure } from './checklist.ts';
import { benchDossier, dossierLines } from './dossier.ts';
import { firstPageWeight } from './first-page.ts';
import { type Measure, measure, seedPracticeWithToken, startBare, startHygie } from './harness.ts';
import { benchMailAnalysis } from './mail-analysis.ts';
import { benchRetentionScan } from './retention.ts';

/**
 * `npm run bench`: each Hygie route beside a bare Fastify route measured in the same run, so the
 * ratio (not the absolute figure, which depends on the machine) is what we compare over time.
 */
async function main(): Promise<void> {
  await buildWeb();
  const bare = await startBare();
  const hygie = await startHygie();
  const results: Measure[] = [];
  let weight: Awaited<ReturnType<typeof firstPageWeight>> | undefined;
  try {
    results.push(await measure('bare Fastify route', bare.url));
    results.push(await measure('GET /api/health (Hygie plugins, no database)', `${hygie.base}/api/health`));
    results.push(await measure('GET /api/ready (reads the database)', `${hygie.base}/api/ready`));
    results.push(await measure('GET /api/v1/instance (reads the database)', `${hygie.base}/api/v1/instance`));
    const token = await seedPracticeWithToken(hygie.handle);
    results.push(
      await measure('GET /api/v1/me (bearer token: auth + 2 reads)', `${hygie.base}/api/v1/me`, {
        headers: { authorization: `Bearer ${token}` },
      }),
    );
    const answered = await answerEveryMeasure(hygie.base, token);
    results.push(
      await measure(
        `GET /api/v1/checklist (${answered} measures answered: scores, plan data)`,
        `${hygie.base}/api/v1/checklist`,
        {
          headers: { authorization: `Bearer ${token}` },
        },
      ),
    );
    if (fs.existsSync(CHROMIUM)) weight = await firstPageWeight(hygie.base);
  } finally {
    await hygie.close();
    await bare.close();
  }
  const baseline = results[0]?.requestsPerSecond ?? 1;
  console.log(`\nHygie benchmark — ${hygie.handle.describe.split(' (')[0]}, Node ${process.versions.node}\n`);
  console.log('| route | requests/s | p99 (ms) | errors | vs bare |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    const ratio = (r.requestsPerSecond / baseline).toFixed(2);
    console.log(`| ${r.name} | ${r.requestsPerSecond} | ${r.p99Ms} | ${r.errors} | ${ratio} |`);
  }
  if (weight) {
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
    console.log(
      `\nFirst page (/connexion): ${weight.files} files, JavaScript ${kb(weight.jsGzipBytes)} gzipped, CSS ${kb(weight.cssGzipBytes)} gzipped`,
    );
  }
  const mail = await benchMailAnalysis();
  console.log(
    `\nMail analysis (test corpus): analyser ${mail.analyserPerSecond} messages/s, postal-mime alone ${mail.parserPerSecond} messages/s (ratio ${(mail.analyserPerSecond / mail.parserPerSecond).toFixed(2)})`,
  );
  const scan = await benchRetentionScan();
  console.log(
    `Patient-index scan (1 000 000 rows): ${scan.rowsPerSecond} rows/s, csv-parse alone ${scan.csvParseOnlyRowsPerSecond} rows/s, peak memory ${scan.peakRssMb} MB`,
  );
  const dossier = await benchDossier();
  console.log('');
  for (const line of dossierLines(dossier)) console.log(line);
  if (results.some((r) => r.errors > 0)) process.exitCode = 1;
}

await main();
