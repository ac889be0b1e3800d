import { sourceSchema } from '../../lib/referential/envelope.ts';
import { ReferentialError, type ReferentialIssue } from '../../lib/referential/errors.ts';
import {
  defaultReferentialDir,
  defineReferential,
  loadReferential,
  type ReferentialEntry,
} from '../../lib/referential/loader.ts';
import { PROFESSIONS, type Profession, professionsReferential } from '../../lib/referential/professions.ts';
import { z } from '../../lib/zod.ts';
import { atLeast, atMost, parseDuration, type Span } from './durations.ts';
import { ruleForLegalForm } from './legal-form.ts';

// Imported from the referential's own modules, not its index: the index lists this definition.

/** Kinds of documents a rule covers; must equal the `documentType` values of `retention-rules.yaml`. */
export const DOCUMENT_TYPES = [
  'patient_record',
  'appointment',
  'fse_copy',
  'narcotics_prescription_copy',
  'pharmacy_orders_invoices',
  'batch_traceability',
  'prescription_register',
  'narcotics_stock_register',
  'preparations_register',
  'lab_report',
  'lab_report_amp',
  'genetic_result',
  'blood_derived_register',
  'accounting',
  'payslip',
  'staff_register',
  'recruitment_file',
  'video_surveillance',
  'access_log',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** How the web page, the CLI and the explanations name each kind of document. */
export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  patient_record: 'Dossier patient',
  appointment: 'Rendez-vous',
  fse_copy: 'Copie de feuille de soins électronique (FSE)',
  narcotics_prescription_copy: 'Copie d’ordonnance de stupéfiants',
  pharmacy_orders_invoices: 'Commandes et factures de l’officine',
  batch_traceability: 'Traçabilité des lots',
  prescription_register: 'Ordonnancier',
  narcotics_stock_register: 'Registre des stupéfiants',
  preparations_register: 'Registre des préparations',
  lab_report: 'Compte rendu de biologie médicale',
  lab_report_amp: 'Compte rendu de biologie (AMP)',
  genetic_result: 'Résultat de génétique',
  blood_derived_register: 'Registre des médicaments dérivés du sang',
  accounting: 'Comptabilité',
  payslip: 'Bulletin de paie',
  staff_register: 'Registre du personnel',
  recruitment_file: 'Dossier de candidature',
  video_surveillance: 'Vidéosurveillance',
  access_log: 'Journal des accès',
};

/** Where a duration starts: the last contact with the patient, or the document's own date. */
export const REFERENCE_DATES = ['last_visit', 'document_date'] as const;
export type ReferenceDate = (typeof REFERENCE_DATES)[number];

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: 'identifiant en minuscules et tirets attendu, par exemple « dossier-patient-medecin »',
});
const sentence = (max: number) => z.string().trim().min(1).max(max);

/** « 5 ans », « 3 mois », « 1 an 6 mois », « 90 jours » → months and days. */
const duration = z
  .string({ error: 'durée attendue, par exemple « 5 ans », « 3 mois » ou « 90 jours »' })
  .transform((text, ctx): Span => {
    const span = parseDuration(text);
    if (span === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `durée « ${text} » illisible : écrivez par exemple « 5 ans », « 3 mois », « 1 an 6 mois » ou « 90 jours »`,
      });
      return z.NEVER;
    }
    return span;
  });

/** What a practice may choose for the total (keep + archive); no `max`: the text sets a minimum only. */
const limitsSchema = z.strictObject({ min: duration, max: duration.optional() });

/**
 * The rule of a practice in company or trader form (SEL, SCP, pharmacy: `legalForm` 'company'):
 * these fields replace the rule's own (accounting records: 10 years instead of 6).
 */
const companySchema = z.strictObject({
  keep: duration,
  archive: duration.optional(),
  limits: limitsSchema,
  citation: sentence(200),
  uncertain: z.boolean(),
  note: sentence(600).optional(),
  source: sourceSchema,
});

/** One retention rule of `referential/retention-rules.yaml`, durations in months. */
export const retentionRuleSchema = z.strictObject({
  id: kebabId,
  documentType: z.enum(DOCUMENT_TYPES),
  /** Absent: the rule holds for every profession. */
  professions: z.array(z.enum(PROFESSIONS)).min(1).optional(),
  label: sentence(120),
  referenceDate: z.enum(REFERENCE_DATES),
  /** The start of the duration as it reads in a sentence: « le dernier contact ». */
  referenceLabel: sentence(80),
  /** The active base: months, or days when a text counts in days (FSE copies). */
  keep: duration,
  /** Months in intermediate archive after the active base (absent: none). */
  archive: duration.optional(),
  /** Code de la santé publique R. 1112-7: never before the 28th birthday; 10 years after an early death. */
  minorAndDeath: z.literal(true).optional(),
  /** The duration is a legal maximum: the data must then be erased. */
  maximum: z.literal(true).optional(),
  limits: limitsSchema,
  citation: sentence(200),
  uncertain: z.boolean(),
  note: sentence(600).optional(),
  /** The rule for a practice in company or trader form, when it differs (see legal-form.ts). */
  company: companySchema.optional(),
});

export type RetentionRuleEntry = ReferentialEntry<z.infer<typeof retentionRuleSchema>>;

/** `referential/retention-rules.yaml`. */
export const retentionRulesReferential = defineReferential({
  file: 'retention-rules.yaml',
  schema: retentionRuleSchema,
});

/** The loaded rules and the version the explanations and the settings page show. */
export interface RetentionReferential {
  readonly version: string;
  readonly rules: readonly RetentionRuleEntry[];
}

/** The problems of one rule that its schema alone cannot see; empty when it is consistent. */
function ruleIssues(rule: RetentionRuleEntry): string[] {
  const total = ruleTotal(rule);
  const { min, max } = rule.limits;
  const issues: string[] = [];
  if (rule.keep.months + rule.keep.days < 1) issues.push('« keep » doit durer au moins 1 jour');
  if ((rule.archive?.days ?? 0) > 0) issues.push('« archive » se compte en mois ou en années, jamais en jours');
  if (min.months + min.days < 1 || (max !== undefined && !atMost(min, max))) {
    issues.push('« limits » : « min » doit valoir au moins 1 jour et ne pas dépasser « max »');
  } else if (!atLeast(total, min) || (max !== undefined && !atMost(total, max))) {
    issues.push('la durée par défaut (keep + archive) doit être comprise entre « limits.min » et « limits.max »');
  }
  if (rule.minorAndDeath && rule.referenceDate !== 'last_visit') {
    issues.push('« minorAndDeath » ne vaut que pour une règle qui part du dernier contact (referenceDate: last_visit)');
  }
  return issues;
}

/**
 * Loads the rules and checks them together: one rule at most per profession and document type,
 * every document type covered, and the minor and death rules on the patient record of every
 * profession the CNIL practice framework covers.
 * @throws {ReferentialError} naming the file and the problem in French.
 * @example loadRetentionRules().rules.find((r) => r.id === 'dossier-patient-medecin')?.keep // { months: 60, days: 0 }
 */
export function loadRetentionRules(dir: string = defaultReferentialDir): RetentionReferential {
  const referential = loadReferential(retentionRulesReferential, dir);
  const professions = loadReferential(professionsReferential, dir);
  const file = referential.file;
  const issues: ReferentialIssue[] = [];
  const owner = new Map<string, string>();
  for (const rule of referential.entries) {
    for (const message of ruleIssues(rule)) issues.push({ file, entryId: rule.id, message });
    if (rule.company) {
      for (const message of ruleIssues(ruleForLegalForm(rule, 'company'))) {
        issues.push({ file, entryId: rule.id, message: `« company » : ${message}` });
      }
    }
    for (const profession of rule.professions ?? PROFESSIONS) {
      const key = `${profession}|${rule.documentType}`;
      const first = owner.get(key);
      if (first) {
        issues.push({
          file,
          entryId: rule.id,
          message: `la profession « ${profession} » a déjà une règle pour « ${rule.documentType} » (${first})`,
        });
      } else owner.set(key, rule.id);
    }
  }
  for (const type of DOCUMENT_TYPES) {
    if (!referential.entries.some((rule) => rule.documentType === type)) {
      issues.push({ file, message: `le type de document « ${type} » n’a aucune règle` });
    }
  }
  for (const profession of professions.entries.filter((p) => p.cnilPracticeFramework)) {
    const rule = referential.entries.find(
      (r) => r.documentType === 'patient_record' && (r.professions ?? PROFESSIONS).includes(profession.id),
    );
    if (!rule?.minorAndDeath) {
      issues.push({
        file,
        message: `le dossier patient de « ${profession.id} » doit suivre les règles des mineurs et du décès (minorAndDeath: true)`,
      });
    }
  }
  if (issues.length > 0) throw new ReferentialError(issues);
  return { version: referential.version, rules: referential.entries };
}

/** The default total of a rule: its active base plus its archive. */
export function ruleTotal(rule: Pick<RetentionRuleEntry, 'keep' | 'archive'>): Span {
  return { months: rule.keep.months + (rule.archive?.months ?? 0), days: rule.keep.days };
}

/** A label of `professions.yaml` with typographic apostrophes, as every sentence of Hygie. */
export const typographic = (label: string) => label.replaceAll("'", '’');

/** The professions a rule applies to (every one when the rule names none). */
export function ruleProfessions(rule: Pick<RetentionRuleEntry, 'professions'>): readonly Profession[] {
  return rule.professions ?? PROFESSIONS;
}
