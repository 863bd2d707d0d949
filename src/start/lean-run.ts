import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/**
 * Most bytes of minutes a lean run parses (see `isLeanRun`). Measured over `minutes parse --json`,
 * CPU seconds with V8's optimizing compiler and without: 4 KB 0.152 -> 0.133, 40 KB 0.47 -> 0.31,
 * 120 KB 0.96 -> 0.57, 300 KB 1.03 -> 0.70, 1 MB 1.99 -> 2.01; past that the compiled code pays.
 */
export const leanBytes = 256 * 1024;

/**
 * Whether a run is short enough that V8's optimizing compiler (TurboFan) costs more than it saves:
 * `minutes parse` of files named on the command line that hold `leanBytes` or fewer in all. The
 * parser is a lot of code run over a few kilobytes: TurboFan compiles each function that turns
 * hot (on a helper thread, but it is CPU all the same, and on a loaded or one-core machine, time),
 * and a short run ends before the compiled code pays that back. Standard input (no file named,
 * or `-`) is of unknown size, so never lean; a word that names no file (an option's value, a
 * missing file) adds nothing. `sizeOf` gives a regular file's size, null for anything else.
 * Only a run known to be short from its start: turning the compiler on again midway (a `validate`
 * that turned out to parse much) left a cold run over 300 prose files 7.7 % slower in CPU.
 */
export function isLeanRun(argv: readonly string[], sizeOf: (path: string) => number | null): boolean {
  if (argv[2] !== 'parse') return false;
  let files = 0;
  let bytes = 0;
  for (const word of argv.slice(3)) {
    if (word === '-' || word === '--') return false;
    if (word.startsWith('-')) continue;
    const size = sizeOf(word);
    if (size === null) continue;
    files++;
    bytes += size;
    if (bytes > leanBytes) return false;
  }
  return files > 0;
}

/** The size of a regular file at path (from the working folder), or null when there is none. */
export function regularFileSize(path: string): number | null {
  try {
    const stats = statSync(resolve(path), { throwIfNoEntry: false });
    return stats?.isFile() === true ? stats.size : null;
  } catch {
    return null;
  }
}

/**
 * Run `work` with V8's optimizing compiler off, then on again. The compiler is turned off only
 * once the script is compiled (or taken from the code cache) and on again before anything reads
 * the flags for the code cache: V8 stamps a code cache with a hash of its flags and rejects one
 * stamped with others, so a lean run and a full one keep sharing one cache.
 */
export async function withoutOptimizer<T>(work: () => Promise<T>): Promise<T> {
  setFlagsFromString('--no-turbofan');
  try {
    return await work();
  } finally {
    setFlagsFromString('--turbofan');
  }
}
