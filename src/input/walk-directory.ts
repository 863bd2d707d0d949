import type { Dirent } from 'node:fs';
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { describeError, errorCode } from './describe-error.js';

/** The extensions a directory walk takes, lower case. */
export const inputExtensions: readonly string[] = ['.md', '.markdown', '.txt'];

/** What a directory walk reports to, and the state it shares with other walks of one run. */
export interface WalkContext {
  /** Whether a path (absolute) is excluded by `--ignore`. */
  isIgnored: (absolute: string) => boolean;
  /** Real paths of directories already read; a symbolic link back into one is not followed again. */
  visited: Set<string>;
  onFile: (display: string, absolute: string) => void;
  onProblem: (display: string, message: string) => void;
}

/** A directory to walk: its path as the user would type it (`''` for the current one) and absolute. */
export interface WalkRoot {
  display: string;
  absolute: string;
}

interface Entry extends WalkRoot {
  kind: 'file' | 'dir' | 'link';
  /** The real path of a directory reached without a symbolic link: its parent's real path and its name. */
  real?: string;
}

/**
 * Walk a directory tree depth-first, iteratively, entries sorted by name, reporting every file with
 * an input extension (`.md`, `.markdown`, `.txt`). Hidden entries (a leading dot) and `node_modules`
 * are skipped; symbolic links are followed, but each real directory is read once, so link loops end.
 * An unreadable directory is reported as a problem and the walk goes on.
 *
 * Blocking calls, on purpose: nothing else runs while a command collects its inputs, and a
 * blocking `readdir` costs a fraction of a callback one (10,000 files in 637 folders: about 60 ms
 * against 250 ms). The real path is asked of the file system only for the root and for links;
 * below them it is the parent's real path and the entry's name.
 */
export function walkDirectory(root: WalkRoot, context: WalkContext): void {
  const stack: Entry[] = [{ ...root, kind: 'dir' }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const kind = entry.kind === 'link' ? followLink(entry, context) : entry.kind;
    if (kind === 'file') context.onFile(entry.display, entry.absolute);
    if (kind !== 'dir') continue;
    const children = readChildren(entry, context);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Entry);
  }
}

function followLink(entry: Entry, context: WalkContext): Entry['kind'] | 'skip' {
  try {
    const stats = statSync(entry.absolute);
    if (stats.isDirectory()) return 'dir';
    return stats.isFile() && hasInputExtension(entry.absolute) ? 'file' : 'skip';
  } catch (error) {
    if (hasInputExtension(entry.absolute)) context.onProblem(entry.display, describeError(error));
    return 'skip';
  }
}

function readChildren(directory: Entry, context: WalkContext): Entry[] {
  let dirents: Dirent[];
  let real: string;
  try {
    real = directory.real ?? realpathSync.native(directory.absolute);
    if (context.visited.has(real)) return [];
    context.visited.add(real);
    dirents = readdirSync(directory.absolute, { withFileTypes: true });
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') context.onProblem(directory.display || '.', describeError(error));
    return [];
  }
  dirents.sort((a, b) => compareStrings(a.name, b.name));
  const children: Entry[] = [];
  for (const dirent of dirents) {
    const { name } = dirent;
    const kind = kindOf(dirent);
    if (kind === undefined || name.startsWith('.') || name === 'node_modules') continue;
    const absolute = join(directory.absolute, name);
    if (kind === 'file' && !hasInputExtension(name)) continue;
    if (context.isIgnored(absolute)) continue;
    const child: Entry = { display: joinDisplay(directory.display, name), absolute, kind };
    if (kind === 'dir') child.real = join(real, name);
    children.push(child);
  }
  return children;
}

function kindOf(dirent: Dirent): Entry['kind'] | undefined {
  if (dirent.isDirectory()) return 'dir';
  if (dirent.isFile()) return 'file';
  return dirent.isSymbolicLink() ? 'link' : undefined;
}

function hasInputExtension(name: string): boolean {
  return inputExtensions.includes(extname(basename(name)).toLowerCase());
}

function joinDisplay(prefix: string, name: string): string {
  return prefix === '' || prefix === '.' || prefix === './' ? name : join(prefix, name);
}

/** Compare by UTF-16 code units: the same order on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
