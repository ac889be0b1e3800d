import type { CliIo } from '../io.ts';
import { frenchGroup } from './french-command.ts';
import { practiceDeleteCommand, practiceListCommand, practiceStatusCommand } from './practice-admin.ts';
import { practiceCreateCommand } from './practice-create.ts';
import { practiceInviteOwnerCommand } from './practice-invite.ts';

/** Instance administration (hosting): CLI only, and no sub-command shows a practice's content. */
export const practiceCommand = (io: CliIo) =>
  frenchGroup(io, 'practice', 'administre les cabinets de l’instance (hébergement)', [
    practiceCreateCommand(io),
    practiceListCommand(io),
    practiceStatusCommand(io, 'suspend'),
    practiceStatusCommand(io, 'resume'),
    practiceDeleteCommand(io),
    practiceInviteOwnerCommand(io),
  ]);
