import { InvalidArgumentError, Option } from 'commander';
import type { Io } from '../io.js';

/**
 * `--jobs <n>`: worker threads to parse in; 0 parses on the main thread. Without it (or with
 * `auto`), workers start when there is enough to parse and more than one core; `MINUTES_JOBS`
 * gives the default.
 */
export function jobsOption(): Option {
  return new Option('--jobs <n>', 'worker threads to parse in, 0 for none (default: auto, one a core when there is much to parse; env MINUTES_JOBS)').argParser(jobs);
}

/** A whole number of workers, or undefined for `auto`; anything else is a usage error. */
function jobs(value: string): number | undefined {
  if (value === 'auto') return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 64) throw new InvalidArgumentError('expected auto or a whole number from 0 to 64');
  return Number(value);
}

/** `MINUTES_JOBS` as a number of workers; undefined when unset, empty, `auto` or not a whole number. */
export function jobsFromEnv(env: Io['env']): number | undefined {
  const value = env.MINUTES_JOBS?.trim();
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}
