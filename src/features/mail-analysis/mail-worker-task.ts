import { analyseMail } from './analyse-mail.ts';
import type { MailAnalysis, PracticeContext } from './mail-analysis.types.ts';
import { MailAnalysisError, type MailErrorCode } from './mail-error.ts';

/** What the pool sends a worker: the message's bytes and what is known of the practice. */
export interface MailTask {
  raw: Uint8Array;
  practice: PracticeContext;
}

/** A worker's answer. An error's class does not cross threads: a refusal comes back as its code. */
export type MailTaskResult = { ok: true; analysis: MailAnalysis } | { ok: false; code: MailErrorCode };

/** Runs in a worker thread (mail-worker.mjs): the analyser, with the referential loaded there. */
export async function analyseInWorker({ raw, practice }: MailTask): Promise<MailTaskResult> {
  try {
    return { ok: true, analysis: await analyseMail(raw, practice) };
  } catch (error) {
    if (error instanceof MailAnalysisError) return { ok: false, code: error.code };
    throw error;
  }
}
