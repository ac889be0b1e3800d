import PostalMime from 'postal-mime';
import { analyseMail } from '../src/features/mail-analysis/analyse-mail.ts';
import { loadKnownDomains } from '../src/features/mail-analysis/known-domains.referential.ts';
import { MailAnalysisError } from '../src/features/mail-analysis/mail-error.ts';
import { PARSER_LIMITS } from '../src/features/mail-analysis/mail-limits.ts';
import { corpusFiles, corpusMessage, loadCorpus } from '../src/features/mail-analysis/mail-test-corpus.ts';

/** Passes over the whole corpus; each message is analysed (or parsed) this many times. */
export const MAIL_BENCH_ITERATIONS = Number(process.env.MAIL_BENCH_ITERATIONS ?? 50);

/**
 * Seconds of CPU this process has used (user + system, every thread): on a machine shared with
 * other work, the work a pass does, where wall time would count the waits for a core too.
 */
const seconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/**
 * Messages per CPU second of each runner over the same messages, their passes interleaved (one
 * pass of each in turn): on a shared machine, a burst of load then weighs on both alike.
 */
async function interleavedPerSecond(
  messages: readonly Buffer[],
  iterations: number,
  runners: readonly ((raw: Buffer) => Promise<unknown>)[],
): Promise<number[]> {
  for (const run of runners) for (const raw of messages) await run(raw); // warm-up: compiled code, loaded referential
  const spent = runners.map(() => 0);
  for (let i = 0; i < iterations; i++) {
    for (const [k, run] of runners.entries()) {
      const start = seconds();
      for (const raw of messages) await run(raw);
      spent[k] = (spent[k] ?? 0) + seconds() - start;
    }
  }
  return spent.map((total) => Math.round((messages.length * iterations) / total));
}

/**
 * Messages per second over the test corpus (test/fixtures/mail/): the whole analyser
 * (postal-mime, then every check and the verdict) beside postal-mime alone with the same limits,
 * in one process, passes interleaved, so the ratio says what the checks cost. Messages the
 * analyser refuses count too (they are parsed).
 */
export async function benchMailAnalysis(
  iterations = MAIL_BENCH_ITERATIONS,
): Promise<{ analyserPerSecond: number; parserPerSecond: number }> {
  const messages = corpusFiles()
    .sort()
    .map((file) => corpusMessage(file));
  const { practice } = loadCorpus();
  const knownDomains = loadKnownDomains();
  const analyse = (raw: Buffer) =>
    analyseMail(raw, { ...practice, knownDomains }).catch((error: unknown) => {
      if (!(error instanceof MailAnalysisError)) throw error;
    });
  const parse = (raw: Buffer) => PostalMime.parse(raw, { ...PARSER_LIMITS, attachmentEncoding: 'arraybuffer' });
  const [parserPerSecond = 0, analyserPerSecond = 0] = await interleavedPerSecond(messages, iterations, [
    parse,
    analyse,
  ]);
  return { analyserPerSecond, parserPerSecond };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const messages = corpusFiles().length;
  const { analyserPerSecond, parserPerSecond } = await benchMailAnalysis();
  console.log(
    `\nMail analysis — ${messages} corpus messages × ${MAIL_BENCH_ITERATIONS} passes, Node ${process.versions.node}\n`,
  );
  console.log('| what | messages/s | vs parser alone |');
  console.log('| --- | ---: | ---: |');
  console.log(`| postal-mime alone (same limits) | ${parserPerSecond} | 1.00 |`);
  console.log(
    `| Hygie analyser (parse + checks + verdict) | ${analyserPerSecond} | ${(analyserPerSecond / parserPerSecond).toFixed(2)} |`,
  );
}
