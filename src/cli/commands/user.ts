import type { CliIo } from '../io.ts';
import { frenchGroup } from './french-command.ts';
import { userAddCommand } from './user-add.ts';
import { userResetCommand } from './user-reset.ts';

export const userCommand = (io: CliIo) =>
  frenchGroup(io, 'user', 'gère les comptes des cabinets', [userAddCommand(io), userResetCommand(io)]);
