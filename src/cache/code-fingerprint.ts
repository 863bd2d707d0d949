import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Packages the parser loads from `node_modules` at run time, not from the bundle (see `parseYaml`): their versions count as code. */
const unbundled: readonly string[] = ['yaml'];

/**
 * A hash of the code that turns bytes into what the cache stores (a meeting, or a whole run's
 * merged tasks or report), so a rebuilt parser never reads entries written by an older one even
 * when the version did not change: every script of the bundle this module was built into (about
 * 2 MB, a few milliseconds), or, running from source (tests, tsx), every `.ts` file under `src`;
 * and the version of each package the parser loads from `node_modules` instead. Null when that
 * code cannot be read, which turns the cache off rather than risk stale entries.
 */
export async function codeFingerprint(moduleUrl: string = import.meta.url): Promise<string | null> {
  const file = fileURLToPath(moduleUrl);
  const here = dirname(file);
  const fromSource = extname(file) === '.ts';
  const folder = fromSource ? join(here, '..') : here;
  try {
    const hash = createHash('sha256');
    const names = (await readdir(folder, { recursive: fromSource })).map(String).filter((name) => /\.(?:[cm]?js|ts)$/.test(name)).sort();
    const contents = await Promise.all(names.map((name) => readFile(join(folder, name))));
    names.forEach((name, i) => hash.update(`${name.split('\\').join('/')}\0`).update(contents[i] as Uint8Array).update('\0'));
    const require = createRequire(moduleUrl);
    for (const name of unbundled) hash.update(`${name}@${(require(`${name}/package.json`) as { version?: unknown }).version}\0`);
    return hash.digest('hex');
  } catch {
    return null;
  }
}
