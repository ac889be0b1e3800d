import fs from 'node:fs';
import {
  assessSeverity,
  formatScore,
  SEVERITY_LEVEL_LABELS,
  type SeverityFlag,
} from '../../features/breaches/severity.ts';
import { parseSeverityInput } from '../../features/breaches/severity-input.ts';
import { CliError, type CliIo, println, readAll } from '../io.ts';
import { frenchCommand, frenchGroup } from './french-command.ts';

/** A severity input is a small object: a larger file is refused before it is parsed. */
const MAX_FILE = 64 * 1024;

const FLAG_LABELS: Record<SeverityFlag, string> = {
  many_people: 'plus de 100 personnes concernées',
  unintelligible: 'données inintelligibles (chiffrées, clé en sécurité)',
  unintelligible_exempts_subjects: 'l’information des personnes n’est pas exigée (données inintelligibles)',
  measures_exempt_subjects: 'l’information des personnes n’est pas exigée (mesures prises depuis)',
  public_communication: 'communication publique au lieu d’une information individuelle (efforts disproportionnés)',
  malicious: 'acte malveillant',
};

const yesNo = (value: boolean) => (value ? 'oui' : 'non');

async function readInput(io: CliIo, file: string): Promise<string> {
  if (file === '-') return readAll(io.stdin);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new CliError(
      `Fichier introuvable : « ${file} ». Indiquez le chemin d’un fichier JSON (ou « - » pour l’entrée standard).`,
      2,
    );
  }
  if (!stat.isFile()) throw new CliError(`« ${file} » n’est pas un fichier.`, 2);
  if (stat.size > MAX_FILE) throw new CliError(`Fichier trop gros : « ${file} » dépasse 64 Kio pour un seul objet.`, 2);
  return fs.readFileSync(file, 'utf8');
}

function parseJson(text: string, file: string): unknown {
  if (text.length > MAX_FILE) throw new CliError('Entrée trop longue : 64 Kio au plus pour un seul objet.', 2);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`Le fichier « ${file} » n’est pas un JSON valide (${(error as Error).message}).`, 2);
  }
}

/**
 * `hygie breach severity FILE`: the ENISA 2013 severity of a breach, from the object
 * `{ dpc, ei, confidentiality, integrity, availability, malicious, unintelligible?, people?, subsequentMeasures?, disproportionateEffort? }`
 * read from FILE — the same engine as `POST /api/v1/breaches/severity`. Exit 2 on a bad file.
 */
export const breachSeverityCommand = (io: CliIo) =>
  frenchCommand(
    io,
    'severity',
    'évalue la gravité d’une violation de données (méthode ENISA 2013), sans base de données',
  )
    .argument(
      '<fichier>',
      'fichier JSON { dpc, ei, confidentiality, integrity, availability, malicious, unintelligible?, people?, subsequentMeasures?, disproportionateEffort? }, ou « - » pour l’entrée standard',
    )
    .option(
      '--json',
      'affiche le résultat en un seul objet JSON { score, level, notifyAuthority, informSubjects, flags, reasons }',
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const parsed = parseSeverityInput(parseJson(await readInput(io, file), file));
      if (!parsed.ok) {
        throw new CliError(
          `Le fichier « ${file} » ne décrit pas une violation valide :\n  - ${parsed.errors.join('\n  - ')}`,
          2,
        );
      }
      const result = assessSeverity(parsed.input);
      if (options.json) {
        println(io.stdout, JSON.stringify(result));
        return;
      }
      println(
        io.stdout,
        `Gravité : ${SEVERITY_LEVEL_LABELS[result.level].toLowerCase()} (score ${formatScore(result.score)})`,
      );
      println(io.stdout, `Notifier la CNIL : ${yesNo(result.notifyAuthority)}`);
      println(io.stdout, `Informer les personnes concernées : ${yesNo(result.informSubjects)}`);
      if (result.flags.length > 0) {
        println(io.stdout, `Points d’attention : ${result.flags.map((flag) => FLAG_LABELS[flag]).join(' ; ')}`);
      }
      println(io.stdout, 'Pourquoi :');
      for (const reason of result.reasons) println(io.stdout, `  - ${reason}`);
    });

export const breachCommand = (io: CliIo) =>
  frenchGroup(io, 'breach', 'violations de données : gravité selon la méthode de l’ENISA', [breachSeverityCommand(io)]);
