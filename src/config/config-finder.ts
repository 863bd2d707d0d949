import { basename } from 'node:path';
import { parseJson } from './parse-json.js';
import type { RosterPerson } from '../model/roster-person.js';
import { describeError } from '../input/describe-error.js';
import { ConfigError } from './config-error.js';
import { loadConfig, type LoadedConfig } from './load-config.js';

/** How a run finds the configuration of each input file. */
export interface ConfigFinderOptions {
  /** The directory relative paths are taken from. */
  cwd: string;
  /** A configuration file for every input (`--config`), instead of searching upward from each. */
  configFile?: string | undefined;
  /** Reads the `--config` file. */
  readFile: (path: string) => Promise<Uint8Array>;
}

/** The configurations of one run's input files, each file read once. */
export interface ConfigFinder {
  /**
   * The configuration of an input file (`-` for standard input, looked for from the working
   * folder): the one given, else the nearest upward (see `loadConfig`); null when there is none.
   * Malformed configuration rejects with a `ConfigError`.
   */
  find(path: string): Promise<LoadedConfig | null>;
  /** The people of the configurations found so far (the first of each name), for a filter or a report over the whole run. */
  people(): RosterPerson[];
}

/**
 * A `ConfigFinder` for a run: configurations are found by folder once, the rule ids they are
 * checked against load only when a configuration file exists.
 */
export function createConfigFinder(options: ConfigFinderOptions): ConfigFinder {
  const cache = new Map<string, LoadedConfig | null>();
  const seen = new Set<LoadedConfig>();
  const knownRules = async () => (await import('../validate/rules/index.js')).ruleIds;
  let given: Promise<LoadedConfig> | undefined;
  const { configFile } = options;
  return {
    find: async (path) => {
      const found = configFile === undefined ? await loadConfig(path === '-' ? 'stdin' : path, { knownRules, cache, cwd: options.cwd }) : await (given ??= readConfigFile(configFile, options));
      if (found !== null) seen.add(found);
      return found;
    },
    people: () => {
      const byName = new Map<string, RosterPerson>();
      for (const loaded of seen) for (const person of loaded.config.people ?? []) if (!byName.has(person.name)) byName.set(person.name, person);
      return [...byName.values()];
    },
  };
}

/** Read the configuration file given with `--config`: its own format, or the `minutes` key of a package.json. */
async function readConfigFile(file: string, options: ConfigFinderOptions): Promise<LoadedConfig> {
  let text: string;
  try {
    text = new TextDecoder().decode(await options.readFile(file));
  } catch (error) {
    throw new ConfigError({ file, reason: describeError(error) });
  }
  const { checkConfig } = await import('./parse-config.js');
  const { ruleIds } = await import('../validate/rules/index.js');
  const json = parseJson(text, file);
  if (basename(file) !== 'package.json') return { path: file, config: checkConfig(json, { file, knownRules: ruleIds }) };
  const value = typeof json === 'object' && json !== null && 'minutes' in json ? json.minutes : {};
  return { path: file, config: checkConfig(value, { file, knownRules: ruleIds, prefix: 'minutes' }) };
}
