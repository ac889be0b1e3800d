import { z } from '../../lib/zod.ts';
import { FINDING_CODES, SEVERITIES, VERDICTS } from './mail-analysis.types.ts';

/** One finding on the wire: `{ code, severity, message }` (the contract of issue 9). */
export const findingResponse = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(SEVERITIES),
  message: z.string().min(1),
});

/** `POST /api/v1/tools/mail-analysis`: the verdict, its advice, the findings and a summary to show. */
export const mailAnalysisResponse = z.object({
  verdict: z.enum(VERDICTS),
  verdictLabel: z.string(),
  /** The row of the verdict table (« Comment Hygie décide ») that gave the verdict. */
  verdictRule: z.object({ row: z.int().min(1), when: z.string() }),
  advice: z.array(z.string()),
  findings: z.array(findingResponse),
  summary: z.object({
    from: z.string().nullable(),
    fromName: z.string().optional(),
    subject: z.string().optional(),
    date: z.string().optional(),
    senderDomain: z.string().optional(),
    links: z.int().min(0),
    attachments: z.int().min(0),
  }),
});
export type MailAnalysisResponse = z.infer<typeof mailAnalysisResponse>;

/** `hygie mail analyze --json`: exactly the object. */
export const mailAnalysisCliJson = z.strictObject({
  verdict: z.enum(VERDICTS),
  findings: z.array(z.strictObject({ code: z.enum(FINDING_CODES), severity: z.enum(SEVERITIES), message: z.string() })),
});

/** `POST /api/v1/tools/mail-analysis/verdicts`: what is kept — never the message, subject or body. */
export const keepVerdictBody = z.strictObject({
  verdict: z.enum(VERDICTS),
  findingCodes: z.array(z.enum(FINDING_CODES)).max(FINDING_CODES.length),
  senderDomain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^[a-z0-9.-]+$/, { error: 'nom de domaine attendu, par exemple « exemple.fr »' })
    .optional(),
});

export const keptVerdictResponse = z.object({
  id: z.string(),
  verdict: z.enum(VERDICTS),
  verdictLabel: z.string(),
  findingCodes: z.array(z.enum(FINDING_CODES)),
  senderDomain: z.string().nullable(),
  keptBy: z.string(),
  createdAt: z.string(),
  /** The caller may delete it: they kept it, or they are the practice's owner. */
  canDelete: z.boolean(),
});

export const keptVerdictListResponse = z.object({ verdicts: z.array(keptVerdictResponse) });
