import { Command } from 'commander';
import { z } from 'zod';
import type { ExitState } from '../cli.js';
import type { Io } from '../io.js';
import { Meeting } from '../model/meeting.js';

/** `minutes schema`: the JSON Schema of `parse --json` output (or of the configuration). */
export function createSchemaCommand(io: Io, exit: ExitState): Command {
  void exit;
  return new Command('schema')
    .description('Print the JSON Schema of the parse output, or with --config of .minutesrc.json.')
    .option('--config', 'the schema of the validate configuration instead')
    .action(async (options: { config?: boolean }) => {
      if (options.config) {
        const { configJsonSchema } = await import('../config/config-schema.js');
        io.stdout.write(`${JSON.stringify(configJsonSchema(), null, 2)}\n`);
        return;
      }
      io.stdout.write(`${JSON.stringify(meetingJsonSchema(), null, 2)}\n`);
    });
}

/** The JSON Schema of a Meeting, made by zod from the model. */
export function meetingJsonSchema(): unknown {
  return z.toJSONSchema(Meeting, { target: 'draft-2020-12' });
}
