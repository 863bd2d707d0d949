import { Option } from 'commander';
import { cacheStrategies, type CacheStrategy } from '../cache/stat-index.js';

/** The cache options of a command as commander hands them over. */
export interface CacheFlags {
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
}

/** `--cache`, `--no-cache`, `--cache-location` and `--cache-strategy`, for `actions` and `validate`. */
export function cacheOptions(): Option[] {
  return [
    new Option('--cache', 'reuse parse results of unchanged files from earlier runs (off by default)'),
    new Option('--no-cache', 'neither read nor write the cache (the default)'),
    new Option('--cache-location <dir>', 'cache folder (default: $XDG_CACHE_HOME/minutes, else node_modules/.cache/minutes, else ~/.cache/minutes)'),
    new Option('--cache-strategy <how>', 'find unchanged files by metadata (a stat that matches the last run, else their bytes) or by content (always hash the bytes)')
      .choices(cacheStrategies)
      .default('metadata'),
  ];
}

/** What the cache options ask for, as `memoizeRun` and `loadMeetings` take it. */
export function cacheSettings(flags: CacheFlags): { enabled: boolean; location: string | undefined; strategy: CacheStrategy | undefined } {
  return { enabled: flags.cache === true, location: flags.cacheLocation, strategy: flags.cacheStrategy };
}
