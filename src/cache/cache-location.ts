import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/** Where to look for the cache folder. */
export interface CacheLocationOptions {
  /** `--cache-location`, relative to `cwd`. */
  location?: string | undefined;
  cwd: string;
  env: Record<string, string | undefined>;
}

/**
 * The cache folder: `--cache-location` when given; else `$XDG_CACHE_HOME/minutes` (when that is an
 * absolute path, as the XDG spec asks); else `node_modules/.cache/minutes` when the working folder
 * has a `node_modules`; else `~/.cache/minutes`.
 */
export function cacheLocation(options: CacheLocationOptions): string {
  if (options.location !== undefined && options.location !== '') return resolve(options.cwd, options.location);
  const xdg = options.env.XDG_CACHE_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'minutes');
  const modules = join(options.cwd, 'node_modules');
  if (existsSync(modules)) return join(modules, '.cache', 'minutes');
  return join(homedir(), '.cache', 'minutes');
}
