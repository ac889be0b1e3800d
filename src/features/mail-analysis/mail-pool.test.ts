import { afterEach, describe, expect, it } from 'vitest';
import { analyseMail } from './analyse-mail.ts';
import { gatedWorker } from './mail-pool.test-support.ts';
import { createMailPool, type MailPool, type MailPoolOptions } from './mail-pool.ts';
import { corpusMessage } from './mail-test-corpus.ts';

const PHISHING = corpusMessage('phish-ameli-refund.eml');
const practice = {
  ownDomains: ['cabinet-des-tilleuls.fr'],
  people: [{ name: 'Claire Martin', email: 'claire@cabinet-des-tilleuls.fr' }],
};

const pools: MailPool[] = [];
function pool(options: Partial<MailPoolOptions> = {}): MailPool {
  const created = createMailPool({ workers: 1, queue: 4, timeoutMs: 60_000, workerMemoryMb: 512, ...options });
  pools.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

/** Each pool starts worker threads that load the analyser: seconds on a busy machine. */
const POOL_TEST_TIMEOUT = 120_000;

describe('the mail analysis pool', () => {
  it(
    'gives the same analysis as the analyser run in this thread, and its French refusals',
    async () => {
      const shared = pool();
      const expected = await analyseMail(PHISHING, practice);
      expect(await shared.analyse('A', PHISHING, practice)).toEqual(expected);
      await expect(shared.analyse('A', Buffer.from('pas un e-mail'), {})).rejects.toMatchObject({
        name: 'MailAnalysisError',
        code: 'not_a_message',
        message: expect.stringMatching(/^Ce contenu ne ressemble pas à un e-mail/),
      });
    },
    POOL_TEST_TIMEOUT,
  );

  it(
    'stops an analysis over the time limit with a French error, and frees its place',
    async () => {
      const gate = gatedWorker(); // never opened: every analysis runs until stopped
      const slow = pool({ ...gate.options, timeoutMs: 200, queue: 1 });
      const tooSlow = {
        name: 'MailAnalysisError',
        code: 'too_slow',
        message: expect.stringMatching(/^L’analyse de ce message a pris trop de temps : Hygie l’a arrêtée\./),
      };
      await expect(slow.analyse('A', PHISHING, {})).rejects.toMatchObject(tooSlow);
      // Had the first kept its place, the second would never start.
      await expect(slow.analyse('A', PHISHING, {})).rejects.toMatchObject(tooSlow);
    },
    POOL_TEST_TIMEOUT,
  );

  it(
    'refuses a third waiting message of one practice, and any message past the line, while others pass',
    async () => {
      const gate = gatedWorker();
      const busy = pool({ ...gate.options, queue: 3 });
      const settled: string[] = [];
      const track = (label: string, promise: Promise<unknown>) =>
        promise.then(
          () => settled.push(`${label} ok`),
          (error: Error) => settled.push(`${label} ${error.name}`),
        );
      const accepted = [
        track('A1', busy.analyse('A', PHISHING, {})), // runs (blocked at the gate)
        track('A2', busy.analyse('A', PHISHING, {})), // waits
        track('A3', busy.analyse('A', PHISHING, {})), // waits
      ];
      await expect(busy.analyse('A', PHISHING, {})).rejects.toMatchObject({
        name: 'MailPoolBusy',
        reason: 'practice_full',
        message: expect.stringMatching(/^Votre cabinet a déjà des messages en cours d’analyse/),
      });
      accepted.push(track('B1', busy.analyse('B', PHISHING, {}))); // the line is now full (3)
      await expect(busy.analyse('C', PHISHING, {})).rejects.toMatchObject({
        name: 'MailPoolBusy',
        reason: 'server_full',
        message: 'Hygie analyse déjà beaucoup de messages : réessayez dans une minute.',
      });
      gate.open();
      await Promise.all(accepted);
      // B's message passed A's waiting ones.
      expect(settled).toEqual(['A1 ok', 'B1 ok', 'A2 ok', 'A3 ok']);
    },
    POOL_TEST_TIMEOUT,
  );
});
