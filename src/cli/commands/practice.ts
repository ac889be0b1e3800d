import type { CliIo } from '../io.ts';
import { frenchGroup } from './french-command.ts';
import { practiceDeleteCommand, practiceListCommand, practiceStatusCommand } from './practice-admin.ts';
import { practiceCreateCommand } from './practice-create.ts';
import { practiceInviteOwnerCommand } from './practice-invite.ts';
import { practiceExportCommand, practiceImportCommand } from './practice-transfer.ts';

/**
 * Instance administration (hosting): CLI only. No sub-command shows a practice's content, except
 * `export`, which writes it all to a file to move the practice (docs/security.md says who and why).
 */
export const practiceCommand = (io: CliIo) =>
  frenchGroup(io, 'practice', 'administre les cabinets de l’instance (hébergement)', [
    practiceCreateCommand(io),
    practiceListCommand(io),
    practiceStatusCommand(io, 'suspend'),
    practiceStatusCommand(io, 'resume'),
    practiceDeleteCommand(io),
    practiceInviteOwnerCommand(io),
    practiceExportCommand(io),
    practiceImportCommand(io),
  ]);
