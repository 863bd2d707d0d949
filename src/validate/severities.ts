import type { Config, RequirableField, RuleSetting } from '../config/config-schema.js';

/** A severity (or `off`) by rule id; rules missing from it keep their default. */
export type Severities = Readonly<Record<string, RuleSetting>>;

/** The rule that reports each field `require` can name. */
export const requiredFieldRules: Readonly<Record<RequirableField, string>> = {
  title: 'title-missing',
  date: 'date-missing',
  location: 'place-missing',
  participants: 'participants-missing',
  chair: 'chair-missing',
  secretary: 'secretary-missing',
  agenda: 'agenda-missing',
};

/**
 * The severities for one file: the configuration's `rules`, then its `require` (each required
 * field's rule becomes an error), then the command line's `--rule`, each overriding the last.
 */
export function resolveSeverities(config: Config | null, commandLine: Severities = {}): Severities {
  const required = (config?.require ?? []).map((field) => [requiredFieldRules[field], 'error'] as const);
  return { ...config?.rules, ...Object.fromEntries(required), ...commandLine };
}
