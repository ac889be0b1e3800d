import type { CliIo } from '../io.ts';
import { frenchCommand } from './french-command.ts';
import { createPracticeFromOptions } from './practice-create.ts';
import { type PracticeOptions, withPracticeOptions } from './practice-input.ts';

export const setupCommand = (io: CliIo) =>
  withPracticeOptions(
    frenchCommand(io, 'setup', 'première configuration : crée le cabinet et le compte de son ou sa titulaire'),
    '--practice',
  ).action((options: PracticeOptions) =>
    createPracticeFromOptions(io, options, { nameFlag: '--practice', firstOnly: true }),
  );
