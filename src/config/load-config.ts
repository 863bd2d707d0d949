import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describeError, errorCode } from '../input/describe-error.js';
import { ConfigError } from './config-error.js';
import type { Config } from './config-schema.js';
import { parseJson } from './parse-json.js';

/** A configuration and the file it came from. */
export interface LoadedConfig {
  /** The file, relative to `cwd` (absolute when the input file was given absolute). */
  path: string;
  config: Config;
}

/** How to find the configuration of an input file. */
export interface LoadConfigOptions {
  /**
   * Every rule id `minutes validate` knows; any other key under `rules` is an error. A function is
   * asked only when a configuration file is found, so that a run without one loads no rules.
   */
  knownRules: readonly string[] | (() => Promise<readonly string[]>);
  /** The result of the search by absolute directory; share one map across a run. */
  cache?: Map<string, LoadedConfig | null>;
  /** The directory relative paths are taken from (default: the process's own). */
  cwd?: string;
}

/** The configuration file names looked for in each directory, in order of precedence. */
export const configFileNames: readonly string[] = ['.minutesrc.json', 'minutes.config.json', 'package.json'];

interface Search {
  options: LoadConfigOptions;
  cwd: string;
  absoluteInput: boolean;
}

/**
 * Find the configuration of an input file: from its directory up to the file-system root, the first
 * directory with `.minutesrc.json`, `minutes.config.json` or a package.json with a `"minutes"` key
 * (in that order) wins, without merging. Resolves to null when there is none. Malformed
 * configuration throws a `ConfigError`; results are cached by directory.
 */
export async function loadConfig(fromFile: string, options: LoadConfigOptions): Promise<LoadedConfig | null> {
  const cwd = resolve(options.cwd ?? '');
  const search: Search = { options, cwd, absoluteInput: isAbsolute(fromFile) };
  const cache = options.cache ?? new Map<string, LoadedConfig | null>();
  const passed: string[] = [];
  let found: LoadedConfig | null = null;
  for (let dir = dirname(resolve(cwd, fromFile)); ; dir = dirname(dir)) {
    const cached = cache.get(dir);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    passed.push(dir);
    found = await loadFromDirectory(dir, search);
    if (found !== null || dirname(dir) === dir) break;
  }
  for (const dir of passed) cache.set(dir, found);
  return found;
}

async function loadFromDirectory(dir: string, search: Search): Promise<LoadedConfig | null> {
  for (const name of configFileNames) {
    const absolute = join(dir, name);
    const text = await readIfPresent(absolute, displayPath(absolute, search));
    if (text === undefined) continue;
    const loaded = await toConfig(text, { absolute, name, search });
    if (loaded !== null) return loaded;
  }
  return null;
}

/** A configuration file's text checked; the checker (and zod) load only when there is such a file. */
async function toConfig(text: string, where: { absolute: string; name: string; search: Search }): Promise<LoadedConfig | null> {
  const file = displayPath(where.absolute, where.search);
  if (where.name === 'package.json' && !mayHoldMinutes(text)) return null;
  const given = where.search.options.knownRules;
  const knownRules = typeof given === 'function' ? await given() : given;
  const json = parseJson(text, file);
  const { checkConfig } = await import('./parse-config.js');
  if (where.name !== 'package.json') return { path: file, config: checkConfig(json, { file, knownRules }) };
  if (typeof json !== 'object' || json === null || !('minutes' in json)) return null;
  return { path: file, config: checkConfig(json.minutes, { file, knownRules, prefix: 'minutes' }) };
}

/**
 * Whether a package.json may hold a `"minutes"` key: false only for valid JSON without one, the
 * common case (a project's own package.json), which then needs neither the checker nor zod.
 */
function mayHoldMinutes(text: string): boolean {
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return typeof json === 'object' && json !== null && 'minutes' in json;
  } catch {
    return true;
  }
}

async function readIfPresent(absolute: string, file: string): Promise<string | undefined> {
  if (isMissing(absolute)) return undefined;
  try {
    return await readFile(absolute, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw new ConfigError({ file, reason: describeError(error) });
  }
}

/**
 * Whether there is certainly no file at absolute. Most folders of an archive hold none of the
 * names searched for, and a stat that need not throw says so without the error object a failed
 * read makes: the search over every folder of 10,000 files took about 0.1 s of reads that failed.
 * Anything else (a file, a folder, a stat that fails) is left to the read to tell.
 */
function isMissing(absolute: string): boolean {
  try {
    return statSync(absolute, { throwIfNoEntry: false }) === undefined;
  } catch {
    return false;
  }
}

function displayPath(absolute: string, search: Search): string {
  return search.absoluteInput ? absolute : relative(search.cwd, absolute);
}
