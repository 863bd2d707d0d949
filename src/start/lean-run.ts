import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';

/**
 * Most bytes of minutes a lean run parses (see `isLeanRun`). Measured over `minutes parse --json`,
 * CPU seconds with V8's optimizing compiler and without: 4 KB 0.152 -> 0.133, 40 KB 0.47 -> 0.31,
 * 120 KB 0.96 -> 0.57, 300 KB 1.03 -> 0.70, 1 MB 1.99 -> 2.01; past that the compiled code pays.
 */
export const leanBytes = 256 * 1024;

/** The commands that may run lean: those that read the files they are given, and `validate`, `actions` and `decisions` no more than those either. */
const leanCommands: ReadonlySet<string> = new Set(['parse', 'validate', 'actions', 'decisions']);

/**
 * Whether a run is short enough that V8's optimizing compiler (TurboFan) costs more than it saves:
 * `minutes parse`, `validate`, `actions` or `decisions` of files named one by one on the command
 * line that hold `leanBytes` or fewer in all. The parser is a lot of code run over a few
 * kilobytes: TurboFan compiles each function that turns hot (on a helper thread, but it is CPU
 * all the same, and on a loaded or one-core machine, time), and a short run ends before the
 * compiled code pays that back. A folder, a glob, a device or standard input (`-`, or `parse`
 * with no file named) may hold any amount, so never lean; a word that names nothing (an option's value, a
 * missing file) adds nothing. `kindOf` tells a path's kind and a regular file's size.
 * Only a run known to be short from its start: turning the compiler on again midway (a `validate`
 * that turned out to parse much) left a cold run over 300 prose files 7.7 % slower in CPU.
 */
export function isLeanRun(argv: readonly string[], kindOf: (path: string) => PathKind): boolean {
  if (!leanCommands.has(argv[2] ?? '')) return false;
  let files = 0;
  let bytes = 0;
  for (const word of argv.slice(3)) {
    if (word === '-' || word === '--') return false;
    if (word.startsWith('-')) continue;
    if (hasGlobCharacter(word)) return false;
    const kind = kindOf(word);
    if (kind === 'other') return false;
    if (kind === null) continue;
    files++;
    bytes += kind.size;
    if (bytes > leanBytes) return false;
  }
  return files > 0;
}

/** What a path names: a regular file and its size, something else that may hold any amount (a folder, a device, a pipe), or nothing (null). */
export type PathKind = { size: number } | 'other' | null;

/** Whether a word holds a character that makes it a glob for the archive commands (`*`, `?`, `[`, `{`). */
function hasGlobCharacter(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 42 || c === 63 || c === 91 || c === 123) return true;
  }
  return false;
}

/** What the path (from the working folder) names (see `PathKind`). */
export function pathKind(path: string): PathKind {
  try {
    const stats = statSync(resolve(path), { throwIfNoEntry: false });
    if (stats === undefined) return null;
    return stats.isFile() ? { size: stats.size } : 'other';
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
