import { describe, expect, it } from 'vitest';
import { runCli } from '../../../test/support/cli.ts';
import { PASSPHRASE_WORDS } from '../../features/password-tools/passphrase.ts';

/** These commands need no database: an empty environment proves it. */
const env = {};
const NO_PASSWORD =
  'Aucun mot de passe reçu : donnez-le sur l’entrée standard, sur une ligne (par exemple « hygie password check < fichier »), ou lancez la commande dans un terminal pour le saisir.\n';

describe('hygie password check', () => {
  it.each([
    ['nothing', ''],
    ['an empty line', '\n'],
    ['an empty first line', '\r\nsecond-line'],
  ])('refuses %s on standard input, in French, with exit code 2', async (_label, stdin) => {
    expect(await runCli(['password', 'check'], env, stdin)).toEqual({ code: 2, stdout: '', stderr: NO_PASSWORD });
  });

  it('refuses a first line longer than 64 KiB without reading on', async () => {
    expect(await runCli(['password', 'check', '--json'], env, 'a'.repeat(70_000))).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Entrée trop longue : donnez un seul mot de passe, sur une ligne.\n',
    });
  });

  it.each([
    ['a weak password', 'azertyuiop123\n', 1],
    ['a strong passphrase', 'Orage vertical sur la théière bleue\n', 4],
    ['a password without a final line break', 'k8Fp#mQ2zL!9wR4t', 4],
    ['only the first line', 'Password123!\r\nOrage vertical sur la théière bleue\n', 1],
  ])('prints exactly one JSON object { score, warning, suggestions, crackTimes } for %s', async (_l, stdin, score) => {
    const result = await runCli(['password', 'check', '--json'], env, stdin);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.endsWith('\n')).toBe(true);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const body = JSON.parse(result.stdout);
    expect(Object.keys(body)).toEqual(['score', 'warning', 'suggestions', 'crackTimes']);
    expect(body).toMatchObject({
      score,
      warning: score >= 3 ? null : expect.any(String),
      suggestions: expect.any(Array),
      crackTimes: { offline: expect.any(String), online: expect.any(String) },
    });
    expect(Object.keys(body.crackTimes)).toEqual(['offline', 'online']);
  });

  it.each([
    ['the practice’s name', ['--user-input', 'Cabinet Dupont'], 'Dupont-orage-vertical-bleu'],
    ['a city', ['--user-input', 'Rueil-Malmaison'], 'Malmaison-orage-vertical'],
    ['a birth date', ['--user-input', '12/03/1984'], 'Pivoine-tambour-girafe-1984'],
    [
      'one of several inputs',
      ['--user-input', 'Paris', '--user-input', 'dupont@exemple.fr'],
      'Dupont-orage-vertical-bleu',
    ],
  ])('lowers the score with --user-input (%s)', async (_label, inputs, password) => {
    const without = JSON.parse((await runCli(['password', 'check', '--json'], env, password)).stdout);
    const withInputs = JSON.parse((await runCli(['password', 'check', '--json', ...inputs], env, password)).stdout);
    expect(without.score).toBeGreaterThanOrEqual(3);
    expect(withInputs.score).toBeLessThanOrEqual(1);
    expect(withInputs.warning).toMatch(/^Ce mot de passe contient/);
  });

  it('explains the verdict in French, with the attacker rates, and never echoes the password', async () => {
    const password = 'Dupont2024!';
    const result = await runCli(['password', 'check', '--user-input', 'Cabinet Dupont'], env, `${password}\n`);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Solidité : Faible \(1 sur 4\)\n/);
    // The word found is named (it came from --user-input); the password itself never is.
    expect(result.stdout).toMatch(/^Pourquoi : Ce mot de passe contient « Dupont » : un nom, une ville/m);
    expect(result.stdout).toMatch(/^Conseils :\n {2}- Utilisez au moins 12 caractères\.$/m);
    expect(result.stdout).toMatch(
      /^ {2}- hors ligne \(fichier de mots de passe volé, 10\u202f000 essais par seconde\) : .+$/m,
    );
    expect(result.stdout).toMatch(/^ {2}- en ligne \(essais sur le site, 100 essais par heure\) : .+$/m);
    expect(result.stdout.toLowerCase()).not.toContain(password.toLowerCase());
  });

  it('says a strong password is strong, without a reason to worry', async () => {
    const result = await runCli(['password', 'check'], env, 'Orage vertical sur la théière bleue\n');
    expect(result.stdout).toMatch(/^Solidité : Très solide \(4 sur 4\)\n/);
    expect(result.stdout).not.toMatch(/Pourquoi/);
  });
});

describe('hygie password generate', () => {
  it.each([
    [[], 7, '-', '77 bits'],
    [['--words', '4'], 4, '-', '44 bits'],
    [['--words', '10', '--separator', 'espace'], 10, ' ', '110 bits'],
    [['--separator', '.'], 7, '.', '77 bits'],
    [['--separator', 'tiret-bas'], 7, '_', '77 bits'],
  ])('%j prints one passphrase of %i words joined by %j, and its entropy', async (args, words, separator, bits) => {
    const result = await runCli(['password', 'generate', ...args], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const [passphrase, entropy, ...explanation] = result.stdout.trimEnd().split('\n');
    const drawn = passphrase!.split(separator);
    expect(drawn).toHaveLength(words);
    for (const word of drawn) expect(PASSPHRASE_WORDS).toContain(word);
    expect(entropy).toBe(`Entropie : ${bits}`);
    expect(explanation[0]).toMatch(new RegExp(`^${words} mots tirés au hasard parmi 2\u202f048`));
  });

  it('adds a digit and a capital on demand', async () => {
    const result = await runCli(['password', 'generate', '--digit', '--capital'], env);
    const [passphrase, entropy] = result.stdout.split('\n');
    expect(passphrase).toMatch(/^(?=.*\d)(?=.*[A-Z])[A-Za-z\d-]+$/);
    expect(entropy).toBe('Entropie : 85,9 bits');
  });

  it.each([
    [['--words', '3'], 'Le nombre de mots doit être un nombre entier de 4 à 10.'],
    [['--words', 'six'], 'Le nombre de mots doit être un nombre entier de 4 à 10.'],
    [['--words', '11'], 'Le nombre de mots doit être un nombre entier de 4 à 10.'],
    [
      ['--separator', '+'],
      'Séparateur inconnu : choisissez « tiret », « espace », « point », « tiret-bas » (ou le caractère lui-même).',
    ],
  ])('refuses %j in French with exit code 2', async (args, message) => {
    expect(await runCli(['password', 'generate', ...args], env)).toEqual({
      code: 2,
      stdout: '',
      stderr: `${message}\n`,
    });
  });
});
