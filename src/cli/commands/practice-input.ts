import type { Command } from 'commander';
import type { z } from 'zod';
import {
  DATA_LOCATIONS,
  emailSchema,
  type PracticeProfile,
  practiceProfileSchema,
  userNameSchema,
} from '../../features/accounts/accounts.schema.ts';
import { CARE_SETTINGS, defaultCareSetting, QUESTIONS } from '../../features/accounts/profile-questions.ts';
import { PROFESSIONS, STRUCTURE_TYPES } from '../../lib/referential/index.ts';
import { CliError } from '../io.ts';

export type NameFlag = '--practice' | '--name';

/** What `hygie setup` and `hygie practice create` receive (commander's camelCase names). */
export interface PracticeOptions {
  practice?: string;
  name?: string;
  profession?: string[];
  ownerEmail: string;
  ownerName: string;
  passwordStdin?: boolean;
  structure?: string;
  staff?: string;
  department?: string;
  dataLocations?: string;
  address?: string;
  phone?: string;
  email?: string;
  careSetting?: string;
  website?: string;
  videoSurveillance?: boolean;
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), ...list(value)];

/** The options shared by `hygie setup` (name flag --practice) and `hygie practice create` (--name). */
export function withPracticeOptions(command: Command, nameFlag: NameFlag): Command {
  return command
    .requiredOption(`${nameFlag} <nom>`, 'nom du cabinet')
    .option(
      '--profession <profession>',
      `profession exercée, à répéter pour un cabinet de groupe (${PROFESSIONS.join(', ')})`,
      collect,
    )
    .requiredOption('--owner-email <e-mail>', 'adresse e-mail du ou de la titulaire (son identifiant de connexion)')
    .requiredOption('--owner-name <nom>', 'prénom et nom du ou de la titulaire')
    .option('--password-stdin', 'lit le mot de passe du ou de la titulaire sur l’entrée standard')
    .option(
      '--structure <type>',
      `type de structure (${STRUCTURE_TYPES.join(', ')}) ; par défaut solo pour une profession, group sinon`,
    )
    .option('--staff <nombre>', `${QUESTIONS.staffCount.label.toLowerCase()} (0 par défaut)`)
    .option('--department <numéro>', 'département du cabinet, par exemple 75, 2A ou 974')
    .option(
      '--data-locations <liste>',
      `où sont les données des patients, séparées par des virgules (${DATA_LOCATIONS.join(',')}) ; local par défaut`,
    )
    .option('--address <adresse>', `${QUESTIONS.address.label.toLowerCase()} (affiche, dépliant, registre)`)
    .option('--phone <numéro>', QUESTIONS.phone.label.toLowerCase())
    .option('--email <e-mail>', `${QUESTIONS.email.label.toLowerCase()} (celui que voient les patients)`)
    .option(
      '--care-setting <lieu>',
      `${QUESTIONS.careSetting.label.toLowerCase()} (${CARE_SETTINGS.join(', ')}) ; both par défaut pour infirmier, masseur-kinésithérapeute et sage-femme, practice sinon`,
    )
    .option('--website <adresse>', `${QUESTIONS.website.label.toLowerCase()}, par exemple cabinet-martin.fr`)
    .option('--video-surveillance', 'le cabinet est équipé de caméras de vidéosurveillance');
}

const PROFILE_FLAGS: Record<string, string> = {
  structureType: '--structure',
  professions: '--profession',
  staffCount: '--staff',
  department: '--department',
  dataLocations: '--data-locations',
  address: '--address',
  phone: '--phone',
  email: '--email',
  careSetting: '--care-setting',
  website: '--website',
  videoSurveillance: '--video-surveillance',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/** "Option --profession incorrecte : « infirmiere » n’est pas une valeur possible (…)." */
function refusal(flag: string, issue: z.core.$ZodIssue, input: unknown): CliError {
  let reason = issue.message;
  if (issue.code === 'invalid_value') {
    const values = issue.values.map(String).join(', ');
    reason = `« ${String(valueAt(input, issue.path))} » n’est pas une valeur possible (valeurs possibles : ${values})`;
  } else if (issue.code === 'too_small' && issue.origin === 'string') {
    reason = 'la valeur ne peut pas être vide';
  }
  return new CliError(`Option ${flag} incorrecte : ${reason}.`);
}

/** Parses one option's value; the error names the option. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, flag: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw refusal(flag, parsed.error.issues[0] as z.core.$ZodIssue, value);
}

/** Checks every option through the same schema as the web API; the error names the option. */
export function parsePracticeInput(
  options: PracticeOptions,
  nameFlag: NameFlag,
): { profile: PracticeProfile; owner: { email: string; name: string } } {
  const professions = options.profession ?? [];
  if (professions.length === 0) {
    throw new CliError(`Option obligatoire manquante : --profession (${PROFESSIONS.join(', ')}).`);
  }
  if (options.staff !== undefined && !/^\d+$/.test(options.staff.trim())) {
    throw new CliError('Option --staff incorrecte : un nombre entier est attendu, par exemple 3.');
  }
  const input = {
    name: nameFlag === '--practice' ? options.practice : options.name,
    structureType: options.structure ?? (professions.length > 1 ? 'group' : 'solo'),
    professions,
    staffCount: options.staff === undefined ? 0 : Number(options.staff),
    department: options.department,
    dataLocations: list(options.dataLocations ?? 'local'),
    address: options.address,
    phone: options.phone,
    email: options.email,
    careSetting: options.careSetting ?? defaultCareSetting(professions),
    website: options.website,
    videoSurveillance: options.videoSurveillance === true,
  };
  const parsed = practiceProfileSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] as z.core.$ZodIssue;
    throw refusal(PROFILE_FLAGS[String(issue.path[0])] ?? nameFlag, issue, input);
  }
  return {
    profile: parsed.data,
    owner: {
      email: parseWith(emailSchema, options.ownerEmail, '--owner-email'),
      name: parseWith(userNameSchema, options.ownerName, '--owner-name'),
    },
  };
}
