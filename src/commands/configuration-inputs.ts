import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The names of the configuration files `loadConfig` looks for (its `configFileNames`, which a test
 * checks this against): importing them from there would load zod, about a third of a warm run.
 */
export const configurationNames: readonly string[] = ['.minutesrc.json', 'minutes.config.json', 'package.json'];

/**
 * What the configuration of a run could depend on, as a string for `memoizeRun`: with `--config`,
 * that file's bytes; else, for every folder from each file's up to the root (the working folder's
 * for standard input), whether each configuration file `loadConfig` looks for (`names`) is there,
 * and its bytes: a configuration added, changed or removed anywhere on the way changes it.
 */
export function configurationInputs(files: readonly string[], where: { cwd: string; configFile: string | undefined; names: readonly string[] }): string {
  const { cwd, configFile, names } = where;
  if (configFile !== undefined) return `config ${fileDigest(resolve(cwd, configFile))}\n`;
  const folders = new Set<string>();
  for (const file of files) {
    for (let folder = dirname(resolve(cwd, file === '-' ? 'stdin' : file)); !folders.has(folder); folder = dirname(folder)) {
      folders.add(folder);
      if (dirname(folder) === folder) break;
    }
  }
  let inputs = '';
  for (const folder of folders) for (const name of names) inputs += `${JSON.stringify(join(folder, name))} ${fileDigest(join(folder, name))}\n`;
  return inputs;
}

/** The SHA-256 of a file's bytes; `-` when there is no such file, `!CODE` when it cannot be read. */
function fileDigest(file: string): string {
  // Most folders hold none of the names: a stat that need not throw says so without the error a failed read makes.
  if (isMissing(file)) return '-';
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'error';
    return code === 'ENOENT' || code === 'ENOTDIR' ? '-' : `!${code}`;
  }
}

/** Whether there is certainly no file at path (anything else is left to the read to tell). */
function isMissing(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}
