import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folders whose code decides what a parse returns or how it is stored, when running from source. */
const sourceFolders = ['parse', 'lang', 'model', 'cache'];

/**
 * A hash of the code that turns bytes into a cached meeting, so a rebuilt parser never reads
 * entries written by an older one even when the version did not change: every script of the bundle
 * this module was built into (about 2 MB, a few milliseconds), or, running from source (tests,
 * tsx), the `.ts` files of `src/parse`, `src/lang`, `src/model` and `src/cache`. Null when that code
 * cannot be read, which turns the cache off rather than risk stale entries.
 */
export async function codeFingerprint(moduleUrl: string = import.meta.url): Promise<string | null> {
  const file = fileURLToPath(moduleUrl);
  const here = dirname(file);
  const folders = extname(file) === '.ts' ? sourceFolders.map((name) => join(here, '..', name)) : [here];
  try {
    const hash = createHash('sha256');
    for (const folder of folders) {
      const names = (await readdir(folder)).filter((name) => /\.(?:[cm]?js|ts)$/.test(name)).sort();
      const contents = await Promise.all(names.map((name) => readFile(join(folder, name))));
      names.forEach((name, i) => hash.update(`${name}\0`).update(contents[i] as Uint8Array).update('\0'));
    }
    return hash.digest('hex');
  } catch {
    return null;
  }
}
