import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { FindingCode, PracticeContext, Severity, Verdict } from './mail-analysis.types.ts';

/** `test/fixtures/mail/`: the messages written for the analyser's tests and benchmark. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../test/fixtures/mail/', import.meta.url));

/** One line of `expected.yaml`. */
export interface CorpusCase {
  readonly file: string;
  readonly about: string;
  readonly verdict?: Verdict;
  /** The row of the verdict table that gives the verdict. */
  readonly row?: number;
  readonly findings?: Readonly<Partial<Record<FindingCode, Severity>>>;
  readonly error?: string;
}

/** The corpus table and the practice context its verdicts assume. */
export function loadCorpus(): { practice: PracticeContext; cases: CorpusCase[] } {
  const table = parse(readFileSync(`${CORPUS_DIR}expected.yaml`, 'utf8')) as {
    practice: PracticeContext;
    messages: CorpusCase[];
  };
  return { practice: table.practice, cases: table.messages };
}

/** The raw bytes of a corpus message. */
export const corpusMessage = (file: string): Buffer => readFileSync(`${CORPUS_DIR}${file}`);

/** Every `.eml` file of the corpus folder. */
export const corpusFiles = (): string[] => readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.eml'));
