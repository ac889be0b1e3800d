import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { frenchDay } from '../../features/retention/day-math.ts';
import { decideRetention, type RetentionAction, type RetentionDecision } from '../../features/retention/decide.ts';
import { referentialForPractice } from '../../features/retention/legal-form.ts';
import {
  DOCUMENT_TYPES,
  type DocumentType,
  loadRetentionRules,
} from '../../features/retention/retention.referential.ts';
import { listOverrides } from '../../features/retention/retention.repository.ts';
import { daySchema } from '../../features/retention/retention.schema.ts';
import { buildRuleSet, type RuleSet } from '../../features/retention/rule-set.ts';
import { openScan, type ScanSummary } from '../../features/retention/scan.ts';
import { csvHeader, csvLine, jsonLine } from '../../features/retention/scan-output.ts';
import { ScanRefusal } from '../../features/retention/scan-refusal.ts';
import { PROFESSIONS, type Profession } from '../../lib/referential/professions.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { practiceById, withDatabase } from './database.ts';
import { frenchCommand, frenchGroup } from './french-command.ts';

const ACTION_LABELS: Record<RetentionAction, string> = {
  keep: 'à garder en base active',
  archive: 'à placer en archive intermédiaire',
  destroy: 'destruction possible',
  review: 'à vérifier',
};

/** A date option, checked as the API checks it; a mistake is a usage error (exit code 2). */
function dayOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const parsed = daySchema.safeParse(value);
  if (!parsed.success) throw new CliError(`${option} : ${parsed.error.issues[0]?.message ?? 'date invalide'}.`, 2);
  return parsed.data;
}

function professionOption(value: string | undefined): Profession | undefined {
  if (value === undefined) return undefined;
  if (!(PROFESSIONS as readonly string[]).includes(value)) {
    throw new CliError(`--profession : profession inconnue « ${value} » (${PROFESSIONS.join(', ')}).`, 2);
  }
  return value as Profession;
}

/**
 * The referential's durations (for a practitioner under BNC), or those a practice of this instance
 * chose (`--practice`), with its form of practice.
 */
async function ruleSetFor(io: CliIo, practice: string | undefined): Promise<RuleSet> {
  const referential = loadRetentionRules();
  if (!practice) return buildRuleSet(referentialForPractice(referential, null), []);
  return withDatabase(io, async (db) => {
    const found = await practiceById(db, practice);
    return buildRuleSet(referentialForPractice(referential, found), await listOverrides(db, found.id));
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

function printSummary(io: CliIo, summary: ScanSummary, warnings: readonly string[]): void {
  println(io.stderr, `Analyse terminée : ${plural(summary.records, 'dossier')} lu${summary.records > 1 ? 's' : ''}.`);
  for (const action of ['keep', 'archive', 'destroy', 'review'] as const) {
    const label = ACTION_LABELS[action];
    println(io.stderr, `  ${label.charAt(0).toUpperCase()}${label.slice(1)} (${action}) : ${summary[action]}`);
  }
  for (const warning of warnings) println(io.stderr, `Attention : ${warning}`);
  if (summary.problems === 0) return;
  println(
    io.stderr,
    `${plural(summary.problems, 'ligne')} mal formée${summary.problems > 1 ? 's' : ''}, ignorée${summary.problems > 1 ? 's' : ''} :`,
  );
  for (const problem of summary.listedProblems) println(io.stderr, `  ligne ${problem.line} : ${problem.message}`);
  const rest = summary.problems - summary.listedProblems.length;
  if (rest > 0) println(io.stderr, `  … et ${plural(rest, 'autre ligne')}.`);
}

/** `hygie retention scan`: the result on stdout as it is computed, the summary on stderr. */
export const retentionScanCommand = (io: CliIo) =>
  frenchCommand(io, 'scan', 'analyse un index des patients (CSV) : que faire de chaque dossier, et quand')
    .argument('<fichier>', 'export CSV du logiciel du cabinet (séparateur « ; » ou « , », UTF-8)')
    .requiredOption('--as-of <AAAA-MM-JJ>', 'jour de l’analyse')
    .option(
      '--profession <profession>',
      `profession des lignes sans colonne « profession » (${PROFESSIONS.join(', ')})`,
    )
    .option('--format <format>', 'jsonl (un objet JSON par dossier) ou csv', 'jsonl')
    .option('--practice <identifiant>', 'applique les durées choisies par ce cabinet (voir « hygie practice list »)')
    .action(async (file: string, options: { asOf: string; profession?: string; format: string; practice?: string }) => {
      const asOf = dayOption(options.asOf, '--as-of') as string;
      const profession = professionOption(options.profession);
      if (options.format !== 'jsonl' && options.format !== 'csv') {
        throw new CliError(`--format : « ${options.format} » inconnu, jsonl ou csv attendu.`, 2);
      }
      const source = path.resolve(file);
      if (!fs.existsSync(source) || !fs.statSync(source).isFile())
        throw new CliError(`Fichier introuvable : ${source}`);
      const rules = await ruleSetFor(io, options.practice);
      const scan = await openScan(fs.createReadStream(source), {
        asOf,
        rules,
        ...(profession ? { profession } : {}),
      }).catch((error: unknown) => {
        throw error instanceof ScanRefusal ? new CliError(error.message) : error;
      });
      const csv = options.format === 'csv';
      if (csv) io.stdout.write(csvHeader(scan.delimiter));
      for await (const batch of scan.batches) {
        let text = '';
        for (const record of batch) text += csv ? csvLine(record, scan.delimiter) : jsonLine(record);
        if (!io.stdout.write(text)) await once(io.stdout, 'drain');
      }
      printSummary(io, scan.summary(), scan.warnings);
    });

function printDecision(io: CliIo, decision: RetentionDecision): void {
  println(io.stdout, `Action : ${ACTION_LABELS[decision.action]} (${decision.action})`);
  if (decision.nextDate) println(io.stdout, `Prochaine étape : ${frenchDay(decision.nextDate)}`);
  if (decision.archiveDate) println(io.stdout, `Mise en archive intermédiaire : ${frenchDay(decision.archiveDate)}`);
  if (decision.endDate) println(io.stdout, `Fin de conservation : ${frenchDay(decision.endDate)}`);
  println(io.stdout, `Règle : ${decision.rule}`);
  println(io.stdout, `Explication : ${decision.reason}`);
}

interface CalculateOptions {
  profession: string;
  type: string;
  asOf: string;
  birthDate?: string;
  lastVisit?: string;
  deathDate?: string;
  documentDate?: string;
  practice?: string;
  json?: boolean;
}

/** `hygie retention calculate`: the calculator of the web page, for one record. */
export const retentionCalculateCommand = (io: CliIo) =>
  frenchCommand(io, 'calculate', 'calcule la durée de conservation d’un document')
    .requiredOption('--profession <profession>', PROFESSIONS.join(', '))
    .option('--type <type>', DOCUMENT_TYPES.join(', '), 'patient_record')
    .requiredOption('--as-of <AAAA-MM-JJ>', 'jour du calcul')
    .option('--birth-date <AAAA-MM-JJ>', 'date de naissance du patient')
    .option('--last-visit <AAAA-MM-JJ>', 'date du dernier contact avec le patient')
    .option('--death-date <AAAA-MM-JJ>', 'date du décès du patient')
    .option('--document-date <AAAA-MM-JJ>', 'date du document')
    .option('--practice <identifiant>', 'applique les durées choisies par ce cabinet')
    .option('--json', 'affiche un seul objet JSON { action, nextDate, endDate, archiveDate?, rule, reason }')
    .action(async (options: CalculateOptions) => {
      const profession = professionOption(options.profession) as Profession;
      if (!(DOCUMENT_TYPES as readonly string[]).includes(options.type)) {
        throw new CliError(`--type : type de document inconnu « ${options.type} » (${DOCUMENT_TYPES.join(', ')}).`, 2);
      }
      const dates = {
        asOf: dayOption(options.asOf, '--as-of') as string,
        birthDate: dayOption(options.birthDate, '--birth-date'),
        lastVisit: dayOption(options.lastVisit, '--last-visit'),
        deathDate: dayOption(options.deathDate, '--death-date'),
        documentDate: dayOption(options.documentDate, '--document-date'),
      };
      const rule = (await ruleSetFor(io, options.practice)).find(profession, options.type as DocumentType);
      if (!rule) throw new CliError(`Aucune règle de conservation pour « ${options.type} » et « ${profession} ».`, 2);
      const known = Object.fromEntries(Object.entries(dates).filter(([, value]) => value !== undefined));
      const decision = decideRetention(rule, known as typeof dates & { asOf: string });
      if (options.json) println(io.stdout, JSON.stringify(decision));
      else printDecision(io, decision);
    });

export const retentionCommand = (io: CliIo) =>
  frenchGroup(io, 'retention', 'durées de conservation : calcul et analyse de l’index des patients', [
    retentionScanCommand(io),
    retentionCalculateCommand(io),
  ]);
