import { Command, CommanderError } from 'commander';
import { createActionsCommand } from './commands/actions.js';
import { createDecisionsCommand } from './commands/decisions.js';
import { createExportCommand } from './commands/export.js';
import { createParseCommand } from './commands/parse.js';
import { createSchemaCommand } from './commands/schema.js';
import { createValidateCommand } from './commands/validate.js';
import { ExitCode, type ExitState, type Io, errorLine } from './io.js';
import { VERSION } from './version.js';

/** Build the `minutes` program over the given I/O. */
export function createProgram(io: Io, exit: ExitState): Command {
  const program = new Command('minutes')
    .description('Turn meeting minutes into typed data, list pending actions and decisions, and check a minutes archive in CI.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError('(run minutes --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride();
  program.addCommand(createParseCommand(io, exit));
  program.addCommand(createActionsCommand(io, exit));
  program.addCommand(createDecisionsCommand(io, exit));
  program.addCommand(createValidateCommand(io, exit));
  program.addCommand(createExportCommand(io, exit));
  program.addCommand(createSchemaCommand(io, exit));
  program.addHelpText('after', `
Examples:
  minutes parse fixtures/oulu-2019-11-08.txt --json
  minutes actions --owner Minna minutes/
  minutes decisions --grep budget minutes/
  minutes validate --format github minutes/
  minutes export --format sqlite -o archive.db minutes/`);
  for (const command of program.commands) command.exitOverride().configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  return program;
}

/** Run the CLI with `argv` (as in `process.argv`) and return the exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
  const exit: ExitState = { code: ExitCode.ok };
  const program = createProgram(io, exit);
  try {
    await program.parseAsync([...argv]);
    return exit.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
      return ExitCode.failure;
    }
    io.stderr.write(errorLine(`${oneLine(error)}`));
    return ExitCode.failure;
  }
}

/** One line describing an error, never a stack trace. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}
