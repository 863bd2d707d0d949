import { isAbsolute, join } from 'node:path';

/**
 * Where compiled code of the CLI is kept between runs: `$XDG_CACHE_HOME/minutes/code` (when that is
 * an absolute path, as the XDG spec asks), else `~/.cache/minutes/code`; null when
 * `MINUTES_CODE_CACHE=0` turns the code cache off, or when there is no home folder. A folder of the
 * user's own, never a shared one such as /tmp: what is read from it is run as code.
 */
export function codeCacheFolder(env: Record<string, string | undefined>, home: string): string | null {
  if (env.MINUTES_CODE_CACHE === '0') return null;
  const xdg = env.XDG_CACHE_HOME;
  if (xdg !== undefined && isAbsolute(xdg)) return join(xdg, 'minutes', 'code');
  if (!isAbsolute(home)) return null;
  return join(home, '.cache', 'minutes', 'code');
}
