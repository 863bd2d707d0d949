import { relative, resolve, sep } from 'node:path';
import { createGlobMatcher } from '../input/match-glob.js';
import type { LoadedConfig } from './load-config.js';

/** Compiled ignore globs by configuration, so a cached configuration compiles them once. */
const matchers = new WeakMap<LoadedConfig, (path: string) => boolean>();

/** Where an input file and its configuration are. */
export interface ConfigIgnoreOptions {
  /** The directory relative paths are taken from, as given to `loadConfig`. */
  cwd: string;
  /** The configuration found for the file by `loadConfig`. */
  loaded: LoadedConfig;
}

/**
 * Whether the configuration's `ignore` globs, which are relative to the configuration file's
 * directory, exclude an input file (given as collected, relative to `cwd` or absolute).
 */
export function isIgnoredByConfig(file: string, options: ConfigIgnoreOptions): boolean {
  const { loaded } = options;
  if ((loaded.config.ignore ?? []).length === 0) return false;
  let matches = matchers.get(loaded);
  if (matches === undefined) {
    matches = createGlobMatcher(loaded.config.ignore ?? []);
    matchers.set(loaded, matches);
  }
  const base = resolve(options.cwd, loaded.path, '..');
  return matches(relative(base, resolve(options.cwd, file)).split(sep).join('/'));
}
