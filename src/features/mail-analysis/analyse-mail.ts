import { type AnalysisContext, buildContext } from './analysis-context.ts';
import { checkAttachments } from './check-attachments.ts';
import { checkAuthentication } from './check-authentication.ts';
import { checkDisplayText } from './check-display-text.ts';
import { checkLanguage } from './check-language.ts';
import { checkLinks } from './check-links.ts';
import { checkSender } from './check-sender.ts';
import { checkUnexpectedDocument } from './check-unexpected-document.ts';
import { domainOfAddress } from './domains.ts';
import { linksFromText } from './extract-links.ts';
import { createReporter } from './findings.ts';
import { readHtml } from './html-text.ts';
import { type KnownDomains, loadKnownDomains } from './known-domains.referential.ts';
import type { MailAnalysis, MailSummary, PracticeContext } from './mail-analysis.types.ts';
import { MAX_LINKS, MAX_SCANNED_CHARS } from './mail-limits.ts';
import { type ParsedMail, parseMail } from './parse-mail.ts';
import { wordsOf } from './phrase-matcher.ts';
import { quote } from './text-fold.ts';
import { adviceFor, VERDICT_LABELS } from './verdict.ts';
import { decideVerdict } from './verdict-table.ts';

/** The words of the subject, text part and HTML part, cut to `MAX_SCANNED_CHARS` characters. */
function scannedWords(mail: ParsedMail, htmlText: string): string[] {
  const text = `${mail.subject}\n${mail.text.slice(0, MAX_SCANNED_CHARS)}\n${htmlText}`;
  return wordsOf(text.slice(0, MAX_SCANNED_CHARS));
}

function summarise(mail: ParsedMail, links: number): MailSummary {
  const domain = mail.from ? domainOfAddress(mail.from.address) : null;
  return {
    from: mail.from?.address ? quote(mail.from.address, 254) : null,
    ...(mail.from?.name ? { fromName: quote(mail.from.name, 200) } : {}),
    ...(mail.subject ? { subject: quote(mail.subject, 300) } : {}),
    ...(mail.date ? { date: quote(mail.date, 60) } : {}),
    ...(domain ? { senderDomain: domain } : {}),
    links,
    attachments: mail.attachments.length,
  };
}

/**
 * Analyses a parsed message: pure (no I/O, no time, no randomness), bounded by `mail-limits.ts`.
 * @example analyseParsedMail(await parseMail(raw), buildContext(loadKnownDomains())).verdict
 */
export function analyseParsedMail(mail: ParsedMail, context: AnalysisContext): MailAnalysis {
  const report = createReporter();
  const html = readHtml(mail.html);
  const links = [...html.links, ...linksFromText(mail.text.slice(0, MAX_SCANNED_CHARS))].slice(0, MAX_LINKS);
  checkSender(mail, context, report);
  checkDisplayText(mail, mail.from ? domainOfAddress(mail.from.address) : null, context, report);
  checkAuthentication(mail, context.ownDomains, report);
  checkLinks(links, context, report);
  checkAttachments(mail.attachments, report);
  checkUnexpectedDocument(mail, context, report);
  checkLanguage(scannedWords(mail, html.text), report);
  const findings = report.findings();
  const { verdict, row, when } = decideVerdict(findings);
  return {
    verdict,
    verdictLabel: VERDICT_LABELS[verdict],
    verdictRule: { row, when },
    advice: adviceFor(verdict, report.concernsHealthInsurance()),
    findings,
    summary: summarise(mail, links.length),
  };
}

/** Options of `analyseMail`: what is known of the practice, and the referential (loaded if absent). */
export interface AnalyseMailOptions extends PracticeContext {
  readonly knownDomains?: KnownDomains;
}

/**
 * Parses and analyses a raw message (an .eml file, or the "original" of a message pasted as text).
 * Nothing in it is fetched, rendered, executed or decompressed, and nothing is stored.
 * @throws {MailAnalysisError} with a French message when the message cannot be analysed.
 * @example const { verdict, findings } = await analyseMail(readFileSync('message.eml'), { ownDomains: ['cabinet.fr'] });
 */
export async function analyseMail(raw: Uint8Array | string, options: AnalyseMailOptions = {}): Promise<MailAnalysis> {
  const mail = await parseMail(raw);
  return analyseParsedMail(mail, buildContext(options.knownDomains ?? loadKnownDomains(), options));
}
