import readline from 'node:readline';
import { Writable } from 'node:stream';
import { CliError, type CliIo, readAll } from '../io.ts';

/** Asks one question on the terminal without echoing what is typed (the prompt goes to stderr). */
function askHidden(io: CliIo, prompt: string): Promise<string> {
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: io.stdin, output: silent, terminal: true });
  io.stderr.write(prompt);
  return new Promise((resolve, reject) => {
    let answered = false;
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      io.stderr.write('\n');
      if (!answered) reject(new CliError('Saisie annulée : rien n’a été modifié.'));
    });
    rl.question('', (answer) => {
      answered = true;
      rl.close();
      resolve(answer);
    });
  });
}

/**
 * The password of a new or reset account: from standard input with `--password-stdin` (one
 * trailing line break removed, nothing else), else typed twice on the terminal without echo.
 */
export async function readNewPassword(io: CliIo, fromStdin: boolean | undefined): Promise<string> {
  if (fromStdin) {
    const password = (await readAll(io.stdin)).replace(/\r?\n$/, '');
    if (!password) throw new CliError('Aucun mot de passe reçu sur l’entrée standard (--password-stdin).');
    return password;
  }
  if (!io.stdin.isTTY) {
    throw new CliError(
      'Mot de passe manquant : donnez-le sur l’entrée standard avec --password-stdin, ou lancez la commande dans un terminal pour le saisir.',
    );
  }
  const password = await askHidden(io, 'Mot de passe (rien ne s’affiche pendant la saisie) : ');
  if (!password) throw new CliError('Mot de passe vide : rien n’a été modifié.');
  if ((await askHidden(io, 'Retapez le mot de passe : ')) !== password) {
    throw new CliError('Les deux saisies ne correspondent pas : rien n’a été modifié. Recommencez.');
  }
  return password;
}
