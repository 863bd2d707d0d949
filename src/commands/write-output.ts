import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errorLine, type Io } from '../io.js';
import type { Locale } from '../messages/index.js';

/** Write to the `-o` file, or to stdout; false (after one line on stderr, in `locale`) when the file cannot be written. */
export async function writeOutput(text: string, output: string | undefined, io: Io, locale: Locale = 'en'): Promise<boolean> {
  if (output === undefined) {
    io.stdout.write(text);
    return true;
  }
  try {
    await writeFile(resolve(io.cwd, output), text);
    return true;
  } catch (error) {
    const { describeError } = await import('../input/describe-error.js');
    io.stderr.write(errorLine(`${output}: ${describeError(error, locale)}`));
    return false;
  }
}
