import { performance } from 'node:perf_hooks';
import PostalMime from 'postal-mime';
import { analyseMail } from '../src/features/mail-analysis/analyse-mail.ts';
import { loadKnownDomains } from '../src/features/mail-analysis/known-domains.referential.ts';
import { MailAnalysisError } from '../src/features/mail-analysis/mail-error.ts';
import { PARSER_LIMITS } from '../src/features/mail-analysis/mail-limits.ts';
import { corpusFiles, corpusMessage, loadCorpus } from '../src/features/mail-analysis/mail-test-corpus.ts';

/** Passes over the whole corpus; each message is analysed (or parsed) this many times. */
export const MAIL_BENCH_ITERATIONS = Number(process.env.MAIL_BENCH_ITERATIONS ?? 50);

async function messagesPerSecond(
  messages: readonly Buffer[],
  iterations: number,
  run: (raw: Buffer) => Promise<unknown>,
) {
  for (const raw of messages) await run(raw); // warm-up: compiled code, loaded referential
  const start = performance.now();
  for (let i = 0; i < iterations; i++) for (const raw of messages) await run(raw);
  const seconds = (performance.now() - start) / 1000;
  return Math.round((messages.length * iterations) / seconds);
}

/**
 * Messages per second over the test corpus (test/fixtures/mail/): the whole analyser (postal-mime,
 * then every check and the verdict) beside postal-mime alone with the same limits, in one process,
 * so the ratio says what the checks cost. Messages the analyser refuses count too (they are parsed).
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
  const parserPerSecond = await messagesPerSecond(messages, iterations, parse);
  const analyserPerSecond = await messagesPerSecond(messages, iterations, analyse);
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
