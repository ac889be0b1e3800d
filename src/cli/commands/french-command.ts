import { Command, type HelpConfiguration, type Option } from 'commander';
import type { CliIo } from '../io.ts';

const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
};

/** A default or a list of choices as a user reads it: « 400 », « csv », never JSON's quotes or `[]`. */
function shown(value: unknown): string | null {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map((v) => shown(v)).join(', ');
  if (value === undefined || value === null || value === '' || typeof value === 'boolean') return null;
  return String(value);
}

/**
 * An option's line of help in French: Commander adds « (default: …) » and « (choices: …) » in
 * English; here « (par défaut : …) » and « (au choix : …) », and nothing for an empty list.
 */
export function frenchOptionDescription(option: Option): string {
  const extra: string[] = [];
  if (option.argChoices) extra.push(`au choix : ${option.argChoices.join(', ')}`);
  const fallback = option.defaultValueDescription ?? shown(option.defaultValue);
  if (fallback && (option.required || option.optional)) extra.push(`par défaut : ${fallback}`);
  return extra.length > 0 ? `${option.description} (${extra.join(' ; ')})` : option.description;
}

/** The French help of every command, the program's included (titles, option lines). */
export const FRENCH_HELP: HelpConfiguration = {
  styleTitle: (title) => TITLES[title] ?? title,
  optionDescription: frenchOptionDescription,
};

const suggestion = (text: string) => {
  const match = /\(Did you mean (?:one of )?(.+)\?\)/.exec(text);
  return match ? ` (vouliez-vous dire ${match[1]} ?)` : '';
};

/** Commander's own errors, in French; anything unforeseen is shown as is. */
export function frenchParseError(text: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/required option '(.+?)' not specified/, (m) => `Option obligatoire manquante : ${m[1]}.`],
    [/option '(.+?)' argument missing/, (m) => `L’option ${m[1]} attend une valeur.`],
    [/unknown option '(.+?)'/, (m) => `Option inconnue : ${m[1]}${suggestion(text)}.`],
    [/unknown command '(.+?)'/, (m) => `Commande inconnue : ${m[1]}${suggestion(text)}.`],
    [/missing required argument '(.+?)'/, (m) => `Argument obligatoire manquant : ${m[1]}.`],
    [/too many arguments/, () => 'Trop d’arguments : mettez entre guillemets les valeurs qui contiennent des espaces.'],
  ];
  for (const [pattern, say] of rules) {
    const match = pattern.exec(text);
    if (match) return say(match);
  }
  return text.trim();
}

function fullName(command: Command): string {
  const names: string[] = [];
  for (let current: Command | null = command; current; current = current.parent) names.unshift(current.name());
  return names.join(' ');
}

/**
 * A sub-command whose help, errors and output are French and go to the injected streams (a
 * command added with `addCommand` inherits nothing from its parent), and that throws instead of
 * exiting, so that `main` returns the exit code.
 */
export function frenchCommand(io: CliIo, name: string, description: string): Command {
  const command: Command = new Command(name)
    .description(description)
    .helpOption('-h, --help', 'affiche l’aide')
    .configureHelp(FRENCH_HELP)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`${frenchParseError(text)}\nAide : « ${fullName(command)} --help ».\n`),
    })
    .exitOverride();
  return command;
}

/** A command that only groups others (`hygie practice …`). */
export function frenchGroup(io: CliIo, name: string, description: string, children: Command[]): Command {
  const group = frenchCommand(io, name, description)
    .usage('<commande> [options]')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande');
  for (const child of children) group.addCommand(child);
  return group;
}
