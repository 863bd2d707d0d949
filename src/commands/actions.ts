import { Command } from 'commander';
import type { ExitState } from '../cli.js';
import type { Io } from '../io.js';

/** `minutes actions`: pending tasks across a minutes archive. */
export function createActionsCommand(io: Io, exit: ExitState): Command {
  void io;
  void exit;
  return new Command('actions').description('List action items across minutes files, by owner and deadline.');
}
