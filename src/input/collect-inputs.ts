import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { errorCode, describeError } from './describe-error.js';
import { createGlobMatcher } from './match-glob.js';
import { compareStrings, walkDirectory, type WalkContext } from './walk-directory.js';

/** The path that stands for standard input. */
export const stdinPath = '-';

/** A path given on the command line that gave no input: missing, unreadable, or a glob matching nothing. */
export interface InputProblem {
  /** The path as given, or the directory inside it that could not be read. */
  path: string;
  /** One lower-case line: "no such file or directory", "no files match", "permission denied". */
  message: string;
}

/** How to find input files. */
export interface CollectOptions {
  /** The directory relative paths, globs and ignore patterns are taken from. */
  cwd: string;
  /** Glob patterns, relative to `cwd`, of files and directories to leave out (`--ignore`). */
  ignore?: string[];
}

/** The input files found, in order, and what went wrong on the way. */
export interface CollectedInputs {
  files: string[];
  problems: InputProblem[];
}

interface State extends WalkContext {
  cwd: string;
  ignore: string[];
  files: string[];
  problems: InputProblem[];
  seen: Set<string>;
}

/**
 * Turn command-line paths into input files: a file is taken as is, a directory is walked for
 * `.md`, `.markdown` and `.txt` files (sorted, skipping hidden entries and `node_modules`), a glob
 * (`minutes/2019-*.md`) is expanded with tinyglobby, and `-` is standard input; no path means the
 * current directory. Files come out in the order given, without duplicates, as the user would type
 * them (relative unless given absolute). Missing paths and empty globs become problems, not throws.
 */
export async function collectInputs(paths: string[], options: CollectOptions): Promise<CollectedInputs> {
  const state = createState(options);
  if (paths.length === 0) {
    walkDirectory({ display: '', absolute: state.cwd }, state);
  }
  for (const given of paths) await collectOne(given, state);
  return { files: state.files, problems: state.problems };
}

function createState(options: CollectOptions): State {
  const cwd = resolve(options.cwd);
  const ignore = options.ignore ?? [];
  const matches = createGlobMatcher(ignore);
  const state: State = {
    cwd,
    ignore,
    files: [],
    problems: [],
    seen: new Set(),
    visited: new Set(),
    isIgnored: (absolute) => {
      if (ignore.length === 0) return false;
      const path = relative(cwd, absolute).split(sep).join('/');
      return path !== '' && matches(path);
    },
    onFile: (display, absolute) => {
      if (state.seen.has(absolute)) return;
      state.seen.add(absolute);
      state.files.push(display);
    },
    onProblem: (path, message) => state.problems.push({ path, message }),
  };
  return state;
}

async function collectOne(given: string, state: State): Promise<void> {
  if (given === stdinPath) {
    state.onFile(stdinPath, stdinPath);
    return;
  }
  const absolute = resolve(state.cwd, given);
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(absolute)).isDirectory();
  } catch (error) {
    if (errorCode(error) === 'ENOENT' && isDynamicPattern(given)) await collectGlob(given, state);
    else state.onProblem(given, describeError(error));
    return;
  }
  if (state.isIgnored(absolute)) return;
  if (isDirectory) walkDirectory({ display: given, absolute }, state);
  else state.onFile(given, absolute);
}

async function collectGlob(pattern: string, state: State): Promise<void> {
  let matches: string[];
  try {
    matches = await glob(pattern, {
      cwd: state.cwd,
      absolute: isAbsolute(pattern),
      ignore: ['**/node_modules/**', ...state.ignore],
    });
  } catch (error) {
    state.onProblem(pattern, describeError(error));
    return;
  }
  const kept = matches
    .map((match) => ({ display: match, absolute: resolve(state.cwd, match) }))
    .filter((match) => !state.isIgnored(match.absolute))
    .sort((a, b) => comparePaths(a.display, b.display));
  if (kept.length === 0) state.onProblem(pattern, 'no files match');
  for (const match of kept) state.onFile(match.display, match.absolute);
}

/** Order paths as a sorted depth-first walk would: segment by segment, by code units. */
function comparePaths(a: string, b: string): number {
  const left = a.split(/[\\/]/);
  const right = b.split(/[\\/]/);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = compareStrings(left[i] ?? '', right[i] ?? '');
    if (order !== 0) return order;
  }
  return left.length - right.length;
}
