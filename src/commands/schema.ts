import { Command } from 'commander';
import type { ExitState, Io } from '../io.js';

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
      io.stdout.write(`${JSON.stringify(await meetingJsonSchema(), null, 2)}\n`);
    });
}

/** The JSON Schema of a Meeting, made by zod from the model (loaded only when asked for). */
export async function meetingJsonSchema(): Promise<unknown> {
  const [{ z }, { Meeting }] = await Promise.all([import('zod'), import('../model/meeting.js')]);
  return z.toJSONSchema(Meeting, { target: 'draft-2020-12' });
}
