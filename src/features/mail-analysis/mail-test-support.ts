import { createReporter } from './findings.ts';
import type { Finding } from './mail-analysis.types.ts';
import type { MailAttachment, ParsedMail } from './parse-mail.ts';

/** A parsed message with nothing in it but what a test gives. */
export function parsedMail(overrides: Partial<ParsedMail> = {}): ParsedMail {
  return {
    from: { name: '', address: 'contact@expediteur.example' },
    replyTo: [],
    returnPath: null,
    subject: '',
    date: null,
    text: '',
    html: '',
    attachments: [],
    authenticationResults: [],
    ...overrides,
  };
}

/** An attachment with the given name, declared type and bytes. */
export function attachment(filename: string | null, bytes: Uint8Array | string, mimeType = 'application/octet-stream') {
  const content = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return {
    filename,
    mimeType,
    disposition: 'attachment',
    size: content.byteLength,
    bytes: content,
  } satisfies MailAttachment;
}

/** Runs one check and returns what it reported, as `code:severity` strings. */
export function reported(run: (report: ReturnType<typeof createReporter>) => void): string[] {
  const report = createReporter();
  run(report);
  return report.findings().map((finding: Finding) => `${finding.code}:${finding.severity}`);
}
