import fs from 'node:fs';
import path from 'node:path';
import type { MailAnalysis } from '../../features/mail-analysis/mail-analysis.types.ts';
import { MailAnalysisError, mailError } from '../../features/mail-analysis/mail-error.ts';
import { MAIL_MAX_BYTES } from '../../features/mail-analysis/mail-limits.ts';
import { SEVERITY_LABELS, VERDICT_LABELS } from '../../features/mail-analysis/verdict.ts';
import { VERDICT_TABLE } from '../../features/mail-analysis/verdict-table.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { frenchCommand, frenchGroup } from './french-command.ts';

/** Exit code of a file that cannot be analysed (missing, unreadable, too large, not an e-mail). */
const UNUSABLE = 2;

function readMessage(file: string): Buffer {
  const target = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    throw new CliError(`Fichier introuvable : ${target}`, UNUSABLE);
  }
  if (!stat.isFile()) throw new CliError(`Ce n’est pas un fichier : ${target}`, UNUSABLE);
  if (stat.size > MAIL_MAX_BYTES) throw new CliError(mailError('too_large').message, UNUSABLE);
  try {
    return fs.readFileSync(target);
  } catch {
    throw new CliError(`Impossible de lire le fichier ${target} : vérifiez ses droits d’accès.`, UNUSABLE);
  }
}

function printHuman(io: CliIo, result: MailAnalysis): void {
  const { summary } = result;
  println(io.stdout, `Verdict : ${result.verdictLabel}`);
  println(io.stdout, `Règle appliquée : ligne ${result.verdictRule.row}, ${result.verdictRule.when}.`);
  if (summary.from)
    println(io.stdout, `Expéditeur : ${summary.fromName ? `${summary.fromName} <${summary.from}>` : summary.from}`);
  if (summary.subject) println(io.stdout, `Objet : ${summary.subject}`);
  println(io.stdout);
  if (result.findings.length === 0) println(io.stdout, 'Aucun signal d’alerte trouvé.');
  else {
    println(io.stdout, `Signaux trouvés (${result.findings.length}) :`);
    for (const finding of result.findings) {
      println(io.stdout, `  [${SEVERITY_LABELS[finding.severity]}] ${finding.message}`);
    }
  }
  println(io.stdout);
  println(io.stdout, 'Que faire :');
  for (const advice of result.advice) println(io.stdout, `  - ${advice}`);
  println(io.stdout);
  println(io.stdout, 'Comment Hygie décide (la première ligne qui s’applique donne le verdict) :');
  for (const { row, when, verdict } of VERDICT_TABLE) {
    const mark = row === result.verdictRule.row ? '  ← ce message' : '';
    println(io.stdout, `  ${row}. ${when} → « ${VERDICT_LABELS[verdict]} »${mark}`);
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `hygie mail analyze FILE.eml [--json] [--own-domain DOMAINE]…`: the analyser, without a server. */
export const mailAnalyzeCommand = (io: CliIo) =>
  frenchCommand(io, 'analyze', 'analyse un e-mail suspect (fichier .eml) sans rien ouvrir ni cliquer')
    .argument('<fichier>', 'le message enregistré au format .eml (25 Mo au plus)')
    .option('--json', 'écrit un seul objet JSON { verdict, findings: [{ code, severity, message }] }')
    .option(
      '--own-domain <domaine>',
      'domaine de messagerie du cabinet (répétable) : repère ses imitations et ses usurpations',
      collect,
      [] as string[],
    )
    .action(async (file: string, options: { json?: boolean; ownDomain: string[] }) => {
      const raw = readMessage(file);
      // The analyser (postal-mime, htmlparser2…) is loaded by this command only, not by every `hygie` (serve).
      const { analyseMail } = await import('../../features/mail-analysis/analyse-mail.ts');
      const result = await analyseMail(raw, { ownDomains: options.ownDomain }).catch((error: unknown) => {
        throw error instanceof MailAnalysisError ? new CliError(error.message, UNUSABLE) : error;
      });
      if (options.json) {
        const findings = result.findings.map(({ code, severity, message }) => ({ code, severity, message }));
        println(io.stdout, JSON.stringify({ verdict: result.verdict, findings }));
      } else printHuman(io, result);
    });

export const mailCommand = (io: CliIo) =>
  frenchGroup(io, 'mail', 'outils pour les e-mails (analyse d’un message suspect)', [mailAnalyzeCommand(io)]);
