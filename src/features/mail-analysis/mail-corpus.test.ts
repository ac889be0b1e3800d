import { describe, expect, it } from 'vitest';
import { analyseMail } from './analyse-mail.ts';
import { loadKnownDomains } from './known-domains.referential.ts';
import { FINDING_CODES, type FindingCode } from './mail-analysis.types.ts';
import { MailAnalysisError } from './mail-error.ts';
import { corpusFiles, corpusMessage, loadCorpus } from './mail-test-corpus.ts';
import { VERDICT_TABLE } from './verdict-table.ts';

const { practice, cases } = loadCorpus();
const knownDomains = loadKnownDomains();
const analysed = cases.filter((c) => !c.error);

describe('the corpus of test messages (test/fixtures/mail/expected.yaml)', () => {
  it.each(analysed)('$file ($about) → $verdict (row $row)', async ({ file, verdict, row, findings }) => {
    const result = await analyseMail(corpusMessage(file), { ...practice, knownDomains });
    expect(result.verdict).toBe(verdict);
    expect(result.verdictRule.row).toBe(row);
    expect(Object.fromEntries(result.findings.map((f) => [f.code, f.severity]))).toEqual(findings);
  });

  it.each(cases.filter((c) => c.error))('$file ($about) is refused: $error', async ({ file, error }) => {
    const failure = await analyseMail(corpusMessage(file), { ...practice, knownDomains }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MailAnalysisError);
    expect((failure as MailAnalysisError).code).toBe(error);
  });

  it('lists every message of the folder exactly once', () => {
    expect(cases.map((c) => c.file).sort()).toEqual(corpusFiles().sort());
  });

  it.each(FINDING_CODES)('has at least two positive and one negative case of « %s »', (code: FindingCode) => {
    const positives = analysed.filter((c) => c.findings && code in c.findings);
    const negatives = analysed.filter((c) => c.findings && !(code in c.findings));
    expect(positives.length).toBeGreaterThanOrEqual(2);
    expect(negatives.length).toBeGreaterThanOrEqual(1);
  });

  it('uses every row of the verdict table at least once', () => {
    expect(new Set(analysed.map((c) => c.row))).toEqual(new Set(VERDICT_TABLE.map((r) => r.row)));
  });

  it('gives no signal on every benign message', () => {
    const benign = analysed.filter((c) => c.file.startsWith('benign-'));
    expect(benign.length).toBeGreaterThanOrEqual(5);
    expect(benign.map((c) => c.verdict)).toEqual(benign.map(() => 'no_signal'));
  });

  it('explains every finding in French, with advice, and without control characters', async () => {
    for (const { file } of analysed) {
      const result = await analyseMail(corpusMessage(file), { ...practice, knownDomains });
      expect(result.advice.length, file).toBeGreaterThan(0);
      for (const finding of result.findings) {
        expect(finding.message, file).toMatch(/^[A-ZÀ-Ý].{40,}[.»)]$/su);
        expect(finding.message, file).not.toMatch(/[\p{Cc}\p{Cf}]/u);
        expect(finding.message, file).toMatch(/ne |n’|vérifiez|avant|prudent|courant/i);
      }
    }
  });
});
