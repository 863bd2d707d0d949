import type { Io } from '../io.js';
import type { Language } from '../model/meeting.js';
import { cacheLocation } from './cache-location.js';
import { codeFingerprint } from './code-fingerprint.js';
import type { CacheStrategy } from './stat-index.js';
import { createParseCache, type ParseCache } from './parse-cache.js';

/** What opening the cache of a run takes: `--cache`, `--cache-location`, `--cache-strategy`, `--lang` and the I/O. */
export interface OpenCacheOptions {
  io: Io;
  language?: Language | undefined;
  cache?: { enabled?: boolean | undefined; location?: string | undefined; strategy?: CacheStrategy | undefined } | undefined;
}

/** The parse cache the options ask for, or null (off, or the code could not be read). */
export async function openCache(options: OpenCacheOptions): Promise<ParseCache | null> {
  if (options.cache?.enabled !== true) return null;
  const code = await codeFingerprint();
  if (code === null) return null;
  const location = cacheLocation({ location: options.cache.location, cwd: options.io.cwd, env: options.io.env });
  return createParseCache({ location, language: options.language, code });
}
