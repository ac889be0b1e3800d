import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { recordBreach } from '../src/features/breaches/breaches.record.ts';
import { createBreachBody, updateBreachBody } from '../src/features/breaches/breaches.schema.ts';
import { updateBreach } from '../src/features/breaches/breaches.update.ts';
import { loadMeasures } from '../src/features/checklist/checklist.referential.ts';
import { evidenceStoreOf } from '../src/features/evidence/evidence.routes.ts';
import { addEvidence, type EvidenceCaller } from '../src/features/evidence/evidence.service.ts';
import type { EvidenceTarget } from '../src/features/evidence/evidence-targets.ts';
import { listProcessors } from '../src/features/processors/processors.repository.ts';
import { loadRegisterTemplates } from '../src/features/register/register.referential.ts';
import { acceptProposals } from '../src/features/register/register.service.ts';
import { answerRequestBody, createRequestBody } from '../src/features/requests/requests.schema.ts';
import { answerRequest, registerRequest } from '../src/features/requests/requests.service.ts';
import { loadRetentionRules } from '../src/features/retention/retention.referential.ts';
import { answerEveryMeasure } from './checklist.ts';
import { seedPracticeWithToken, startHygie } from './harness.ts';
import { watchRss } from './retention.ts';

/** The practice of issue 15's figure: a full register, every measure answered, 50 breaches, 500 requests, 50 MB of evidence. */
export const DOSSIER_PRACTICE = { breaches: 50, requests: 500, evidenceFiles: 25, evidenceFileBytes: 2 * 1024 * 1024 };

export interface DossierGeneration {
  format: 'pdf' | 'zip';
  seconds: number;
  bytes: number;
  /** CPU time of this process (server and download) during the generation: what a loaded machine does not inflate. */
  cpuSeconds: number;
  /** Resident memory at its highest during the generation, above what it was just before. */
  peakRssGrowthMb: number;
  /** The JavaScript heap and the buffers outside it, at their highest, above what they were just before. */
  peakHeapGrowthMb: number;
}

export interface DossierBench {
  activities: number;
  measures: number;
  breaches: number;
  requests: number;
  evidenceMb: number;
  generations: DossierGeneration[];
}

type Hygie = Awaited<ReturnType<typeof startHygie>>;

/** A PDF as a scanner makes one: its header, then incompressible bytes (the box seals them, the ZIP cannot shrink them). */
function scannedPdf(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, randomBytes(bytes - head.length - tail.length), tail]);
}

const DAY = 86_400_000;
/** The calendar day `days` days before `now`. */
const dayBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY).toISOString().slice(0, 10);

/**
 * Seeds the practice through the services (as the routes call them): every register template
 * accepted, every measure answered (through the API, as `bench/checklist.ts` does), 50 breaches
 * assessed and decided, 500 patient requests (answered but the last 40), and 50 MB of evidence
 * spread over the practice, its processors, measures, breaches, requests and activities.
 */
export async function seedPractice(
  hygie: Hygie,
): Promise<{ token: string; counts: Omit<DossierBench, 'generations'> }> {
  const { db } = hygie.handle;
  const token = await seedPracticeWithToken(hygie.handle);
  const me = (await (
    await fetch(`${hygie.base}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as { user: { id: string; name: string }; practice: { id: string } };
  const caller: EvidenceCaller & { name: string } = {
    practiceId: me.practice.id,
    userId: me.user.id,
    name: me.user.name,
    role: 'owner',
    actor: { type: 'user', id: me.user.id, label: me.user.name },
  };
  const now = new Date();

  const templates = loadRegisterTemplates();
  const refs = { templates, measures: loadMeasures(), retention: loadRetentionRules() };
  const activities = await acceptProposals(
    db,
    refs,
    caller,
    { templateIds: templates.templates.map((t) => t.id) },
    now,
  );
  const measures = await answerEveryMeasure(hygie.base, token);

  const breaches: string[] = [];
  for (let i = 0; i < DOSSIER_PRACTICE.breaches; i++) {
    const awareAt = new Date(now.getTime() - (i + 1) * 20 * DAY).toISOString();
    const breach = await recordBreach(
      db,
      caller,
      createBreachBody.parse({
        awareAt,
        peopleCount: 10 + i,
        consequences: `Violation n° ${i + 1} : poste de l’accueil.`,
      }),
      now,
    );
    const severity = {
      dpc: 1 + (i % 4),
      ei: 1,
      confidentiality: (i % 3) * 0.25,
      integrity: 0,
      availability: 0.5,
      malicious: i % 3 === 0,
    };
    await updateBreach(db, caller, breach.id, updateBreachBody.parse({ severityAnswers: severity }), now);
    await updateBreach(
      db,
      caller,
      breach.id,
      updateBreachBody.parse({
        decision: {
          notifyAuthority: true,
          informSubjects: true,
          reasons: 'Données de santé exposées : la CNIL est prévenue.',
        },
      }),
      now,
    );
    breaches.push(breach.id);
  }

  const requests: string[] = [];
  for (let i = 0; i < DOSSIER_PRACTICE.requests; i++) {
    const received = 10 + Math.floor(i / 2);
    const receivedAt = dayBefore(now, received);
    const request = await registerRequest(
      db,
      caller,
      createRequestBody.parse({
        kind: i % 3 === 0 ? 'medical_file' : 'access',
        receivedAt,
        requester: { type: 'patient', name: `Patient n° ${i + 1}` },
        identityChecked: true,
      }),
      now,
    );
    if (i >= 40) {
      await answerRequest(
        db,
        caller,
        request.id,
        answerRequestBody.parse({
          outcome: 'answered',
          answer: 'Copie remise en main propre.',
          answeredAt: dayBefore(now, received - 3),
        }),
        now,
      );
    }
    requests.push(request.id);
  }

  const processors = await listProcessors(db, caller.practiceId);
  const targets: EvidenceTarget[] = [
    { type: 'practice', id: null },
    ...processors.map((p) => ({ type: 'processor' as const, id: p.id })),
    ...refs.measures.measures.slice(0, 5).map((m) => ({ type: 'measure' as const, id: m.id })),
    ...breaches.slice(0, 5).map((id) => ({ type: 'breach' as const, id })),
    ...requests.slice(0, 5).map((id) => ({ type: 'request' as const, id })),
    ...activities.slice(0, 5).map((a) => ({ type: 'activity' as const, id: a.id })),
  ];
  const store = evidenceStoreOf(hygie.app);
  for (let i = 0; i < DOSSIER_PRACTICE.evidenceFiles; i++) {
    const target = targets[i % targets.length] ?? { type: 'practice', id: null };
    const upload = { target, fileName: `piece-${i + 1}.pdf`, bytes: scannedPdf(DOSSIER_PRACTICE.evidenceFileBytes) };
    await addEvidence(db, store, caller, upload, now);
  }
  return {
    token,
    counts: {
      activities: activities.length,
      measures,
      breaches: breaches.length,
      requests: requests.length,
      evidenceMb: Math.round((DOSSIER_PRACTICE.evidenceFiles * DOSSIER_PRACTICE.evidenceFileBytes) / 1024 / 1024),
    },
  };
}

/** Downloads one generation to the end (the bytes are counted, not kept), timed and watched for memory. */
async function generate(base: string, token: string, format: 'pdf' | 'zip'): Promise<DossierGeneration> {
  (globalThis as { gc?: () => void }).gc?.();
  const heapAndBuffers = () => {
    const { heapUsed, external } = process.memoryUsage();
    return heapUsed + external;
  };
  const before = { rss: process.memoryUsage.rss(), heap: heapAndBuffers() };
  const peak = { rss: watchRss(), heap: watchRss(heapAndBuffers) };
  const cpu = process.cpuUsage();
  const startedAt = process.hrtime.bigint();
  const res = await fetch(`${base}/api/v1/dossier.${format}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok || !res.body) throw new Error(`GET /dossier.${format}: ${res.status} ${await res.text()}`);
  let bytes = 0;
  for await (const chunk of res.body) bytes += (chunk as Uint8Array).byteLength;
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  const used = process.cpuUsage(cpu);
  return {
    format,
    seconds: Math.round(seconds * 100) / 100,
    cpuSeconds: Math.round((used.user + used.system) / 1e4) / 100,
    bytes,
    peakRssGrowthMb: Math.round((peak.rss() - before.rss) / 1024 / 1024),
    peakHeapGrowthMb: Math.round((peak.heap() - before.heap) / 1024 / 1024),
  };
}

/**
 * The compliance file's generation (`GET /api/v1/dossier.pdf` and `.zip`) on issue 15's practice,
 * served by the real application in this process so its memory is the one watched.
 */
export async function benchDossier(): Promise<DossierBench> {
  const hygie = await startHygie();
  try {
    const { token, counts } = await seedPractice(hygie);
    const generations: DossierGeneration[] = [];
    for (const format of ['pdf', 'zip'] as const) generations.push(await generate(hygie.base, token, format));
    return { ...counts, generations };
  } finally {
    await hygie.close();
  }
}

/** The lines `npm run bench` prints. */
export function dossierLines(result: DossierBench): string[] {
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  return [
    `Compliance file (load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores; ${result.activities} activities, ${result.measures} measures answered, ${result.breaches} breaches, ${result.requests} requests, ${result.evidenceMb} MB of evidence):`,
    ...result.generations.map(
      (g) =>
        `  ${g.format.toUpperCase()}: ${g.seconds} s (CPU ${g.cpuSeconds} s), ${mb(g.bytes)} MB, peak growth: resident ${g.peakRssGrowthMb} MB, heap and buffers ${g.peakHeapGrowthMb} MB${g.seconds > 10 ? ' — OVER the 10 s target' : ''}`,
    ),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const result = await benchDossier();
  console.log(`\nCompliance file generation — Node ${process.versions.node}\n`);
  for (const line of dossierLines(result)) console.log(line);
  if (result.generations.some((g) => g.seconds > 10)) process.exitCode = 1;
}
