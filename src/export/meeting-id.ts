import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { stdinPath } from '../input/collect-inputs.js';

/** Characters that make a path segment a glob pattern (as tinyglobby reads one). */
const globCharacters = /[*?[\]{}()!]/;

/**
 * The folder every input of a run lies in, absolute: the deepest folder holding each path given
 * (a folder itself, a file's folder, a glob's folder before its first pattern segment); the
 * working folder when no path is given. It depends on the paths given, not on the files found, so
 * a file added to the archive never changes the ids of the others.
 */
export function exportRoot(paths: readonly string[], cwd: string): string {
  const folders = paths.filter((path) => path !== stdinPath).map((path) => folderOf(path, cwd));
  if (folders.length === 0) return resolve(cwd);
  return folders.reduce(commonFolder);
}

/**
 * The stable id of a meeting in an export: its file's path relative to `root`, with `/` between
 * folders (`2019/2019-11-08.md`), or `-` for standard input. A file outside the root (through a
 * symbolic link, say) keeps its absolute path.
 */
export function meetingIdOf(path: string, root: string, cwd: string): string {
  if (path === stdinPath) return stdinPath;
  const absolute = resolve(cwd, path);
  const inside = relative(root, absolute);
  const id = inside === '' || isOutside(inside) ? absolute : inside;
  return id.split(sep).join('/');
}

/** The folder a path given on the command line stands for. */
function folderOf(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  try {
    return statSync(absolute).isDirectory() ? absolute : dirname(absolute);
  } catch {
    // Not there: a glob, whose folder is what comes before its first pattern segment.
    const segments = path.split(/[\\/]/);
    const fixed = segments.findIndex((segment) => globCharacters.test(segment));
    return resolve(cwd, segments.slice(0, fixed === -1 ? -1 : fixed).join('/') || '.');
  }
}

/** The deepest folder holding both. */
function commonFolder(a: string, b: string): string {
  let common = a;
  while (isOutside(relative(common, b))) {
    const parent = dirname(common);
    if (parent === common) break;
    common = parent;
  }
  return common;
}

/** Whether a relative path leads out of its folder (or could not be made relative at all). */
function isOutside(path: string): boolean {
  return path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path);
}
