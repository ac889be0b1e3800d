import readline from 'node:readline';
import { type Readable, Writable } from 'node:stream';
import { ATTACKER_RATES } from '../../features/password-tools/attacker-rates.ts';
import { checkPassword } from '../../features/password-tools/check-password.ts';
import {
  formatBits,
  generatePassphrase,
  PASSPHRASE_DEFAULT_WORDS,
  PASSPHRASE_SEPARATORS,
  PassphraseOptionError,
  type PassphraseSeparator,
} from '../../features/password-tools/passphrase.ts';
import { CliError, type CliIo, println } from '../io.ts';
import { frenchCommand, frenchGroup } from './french-command.ts';

/** Longer input is refused before it is read any further (a password is one short line). */
const MAX_INPUT = 64 * 1024;

/** Reads one line on a terminal without echoing it (the prompt goes to stderr). */
function askHidden(io: CliIo, prompt: string): Promise<string> {
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: io.stdin, output: silent, terminal: true });
  io.stderr.write(prompt);
  return new Promise((resolve) => {
    let answer = '';
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      io.stderr.write('\n');
      resolve(answer);
    });
    rl.question('', (line) => {
      answer = line;
      rl.close();
    });
  });
}

/** Reads standard input up to its first line break only (the rest is never read), at most MAX_INPUT bytes. */
async function readFirstLine(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    chunks.push(buffer);
    size += buffer.length;
    if (buffer.includes(0x0a)) break;
    if (size > MAX_INPUT) throw new CliError('Entrée trop longue : donnez un seul mot de passe, sur une ligne.', 2);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The password to check: the first line of standard input (its line break removed), or typed on
 * the terminal without echo. It is never written anywhere.
 */
async function readPassword(io: CliIo): Promise<string> {
  const text = io.stdin.isTTY
    ? await askHidden(io, 'Mot de passe à vérifier (rien ne s’affiche pendant la saisie) : ')
    : await readFirstLine(io.stdin);
  const password = text.split(/\r?\n/u)[0] ?? '';
  if (password === '') {
    throw new CliError(
      'Aucun mot de passe reçu : donnez-le sur l’entrée standard, sur une ligne (par exemple « hygie password check < fichier »), ou lancez la commande dans un terminal pour le saisir.',
      2,
    );
  }
  return password;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `hygie password check`: the same rating as the web page, in French or as one JSON object. */
export const passwordCheckCommand = (io: CliIo) =>
  frenchCommand(
    io,
    'check',
    'évalue la solidité d’un mot de passe lu sur l’entrée standard (il n’est ni affiché ni enregistré)',
  )
    .option('--json', 'affiche un seul objet JSON { score, warning, suggestions, crackTimes }')
    .option(
      '--user-input <valeur>',
      'mot interdit : nom, ville, adresse e-mail, date de naissance… (répétable)',
      collect,
      [] as string[],
    )
    .action(async (options: { json?: boolean; userInput: string[] }) => {
      const password = await readPassword(io);
      const { score, label, warning, suggestions, crackTimes } = checkPassword(password, {
        userInputs: options.userInput,
      });
      if (options.json) {
        println(io.stdout, JSON.stringify({ score, warning, suggestions, crackTimes }));
        return;
      }
      println(io.stdout, `Solidité : ${label} (${score} sur 4)`);
      if (warning) println(io.stdout, `Pourquoi : ${warning}`);
      if (suggestions.length > 0) {
        println(io.stdout, 'Conseils :');
        for (const suggestion of suggestions) println(io.stdout, `  - ${suggestion}`);
      }
      println(io.stdout, 'Temps moyen pour le deviner :');
      println(
        io.stdout,
        `  - hors ligne (fichier de mots de passe volé, ${ATTACKER_RATES.offline.label}) : ${crackTimes.offline}`,
      );
      println(io.stdout, `  - en ligne (essais sur le site, ${ATTACKER_RATES.online.label}) : ${crackTimes.online}`);
    });

function separatorOf(value: string): PassphraseSeparator {
  const found = PASSPHRASE_SEPARATORS.find((s) => s.value === value || s.name === value.trim().toLowerCase());
  if (found) return found.value;
  const names = PASSPHRASE_SEPARATORS.map((s) => `« ${s.name} »`).join(', ');
  throw new CliError(`Séparateur inconnu : choisissez ${names} (ou le caractère lui-même).`, 2);
}

function wordCountOf(value: string): number {
  return /^\d+$/u.test(value.trim()) ? Number(value) : Number.NaN;
}

/** `hygie password generate`: one passphrase from the French word list, and its entropy. */
export const passwordGenerateCommand = (io: CliIo) =>
  frenchCommand(io, 'generate', 'propose une phrase de passe de mots français tirés au hasard, avec son entropie')
    .option('--words <nombre>', `nombre de mots, de 4 à 10 (${PASSPHRASE_DEFAULT_WORDS} par défaut)`)
    .option(
      '--separator <séparateur>',
      `entre les mots : ${PASSPHRASE_SEPARATORS.map((s) => s.name).join(', ')} ou le caractère lui-même (tiret par défaut)`,
    )
    .option('--digit', 'ajoute un chiffre après l’un des mots')
    .option('--capital', 'met une majuscule à l’un des mots')
    .action((options: { words?: string; separator?: string; digit?: boolean; capital?: boolean }) => {
      try {
        const result = generatePassphrase({
          words: options.words === undefined ? PASSPHRASE_DEFAULT_WORDS : wordCountOf(options.words),
          separator: options.separator === undefined ? '-' : separatorOf(options.separator),
          digit: options.digit ?? false,
          capital: options.capital ?? false,
        });
        println(io.stdout, result.passphrase);
        println(io.stdout, `Entropie : ${formatBits(result.entropyBits)}`);
        for (const line of result.explanation) println(io.stdout, line);
        if (!result.fitsWifi) println(io.stdout, 'Trop longue pour une clé Wi-Fi (63 caractères au plus).');
      } catch (error) {
        if (error instanceof PassphraseOptionError) throw new CliError(error.message, 2);
        throw error;
      }
    });

export const passwordCommand = (io: CliIo) =>
  frenchGroup(io, 'password', 'vérifie un mot de passe ou propose une phrase de passe (rien n’est envoyé ni gardé)', [
    passwordCheckCommand(io),
    passwordGenerateCommand(io),
  ]);
