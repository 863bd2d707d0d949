import { Command } from 'commander';
import type { ExitState } from '../cli.js';
import type { Io } from '../io.js';

/** `minutes validate`: check minutes files against the format rules. */
export function createValidateCommand(io: Io, exit: ExitState): Command {
  void io;
  void exit;
  return new Command('validate').description('Check minutes files: dates, weekdays, numbering, owners; CI-native output.');
}
