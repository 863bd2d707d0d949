import { checkRoster } from './check-roster.js';
import { Config } from './config-schema.js';
import { ConfigError } from './config-error.js';
import { describeIssue } from './describe-issue.js';
import { parseJson } from './parse-json.js';

export { parseJson };

/** How to read one configuration text. */
export interface ParseConfigOptions {
  /** The file the text came from, as the user would type it; named in errors. */
  file: string;
  /** Every rule id `minutes validate` knows; any other key under `rules` is an error. */
  knownRules: readonly string[];
}

/**
 * Check a configuration value (a file's parsed JSON, or the `minutes` key of a package.json) against
 * the schema, the known rule ids and the roster's claims (see `checkRoster`). Throws a `ConfigError` naming the first wrong key; `prefix` is
 * the key path of the value inside its file (`minutes` for package.json).
 */
export function checkConfig(value: unknown, options: ParseConfigOptions & { prefix?: string }): Config {
  const result = Config.safeParse(value);
  const prefixed = (key: string): string => [options.prefix ?? '', key].filter(Boolean).join('.');
  const issue = result.error?.issues[0];
  if (issue !== undefined) {
    const { key, reason } = describeIssue(issue, value);
    throw new ConfigError({ file: options.file, key: prefixed(key), reason });
  }
  const config = result.data as Config;
  for (const ruleId of Object.keys(config.rules ?? {})) {
    if (!options.knownRules.includes(ruleId)) {
      throw new ConfigError({ file: options.file, key: prefixed(`rules.${ruleId}`), reason: `unknown rule "${ruleId}"` });
    }
  }
  const clash = checkRoster(config.people ?? []);
  if (clash !== null) throw new ConfigError({ file: options.file, key: prefixed(`people${clash.key}`), reason: clash.reason });
  return config;
}

/** Parse the text of `.minutesrc.json` or `minutes.config.json` into a checked configuration. */
export function parseConfig(text: string, options: ParseConfigOptions): Config {
  return checkConfig(parseJson(text, options.file), options);
}
