import { cacheLocation } from '../cache/cache-location.js';
import { codeFingerprint } from '../cache/code-fingerprint.js';
import { createParseCache, type ParseCache } from '../cache/parse-cache.js';
import { collectInputs } from '../input/collect-inputs.js';
import { readInputs, type InputResult } from '../input/read-inputs.js';
import type { Io } from '../io.js';
import type { Language, Meeting } from '../model/meeting.js';
import { decode } from '../parse/decode.js';
import { parseMinutes } from '../parse/parse-minutes.js';

/** One minutes file read and parsed, without its text. */
export interface ParsedMeeting {
  path: string;
  meeting: Meeting;
}

/** One minutes file read and parsed, with its decoded text for rules that look at the words. */
export interface LoadedMeeting extends ParsedMeeting {
  text: string;
}

/** A file that could not be read or is not text: one line naming it and the problem. */
export interface LoadProblem {
  path: string;
  message: string;
}

/** Whether and where to keep parse results between runs (`--cache`, `--cache-location`). */
export interface CacheSetting {
  enabled?: boolean | undefined;
  /** The cache folder; default as `cacheLocation` finds it. */
  location?: string | undefined;
}

/** What `loadMeetings` gives for each file: with its text unless `keepText` is false. */
export type Loaded<KeepText extends boolean> = KeepText extends false ? ParsedMeeting : LoadedMeeting;

/** Options of `loadMeetings`. */
export interface LoadOptions<KeepText extends boolean = true> {
  io: Io;
  ignore?: string[];
  language?: Language;
  /** Keep each file's decoded text (default true); false saves memory over large archives. */
  keepText?: KeepText;
  /** Reuse and store parse results by the hash of each file's bytes; off unless `enabled`. */
  cache?: CacheSetting;
  /** Called for each meeting as soon as it is parsed, in input order. */
  onMeeting?: (loaded: Loaded<KeepText>) => void;
}

/** An input read, with its cache key and the meeting found under it (null: parse it). */
type Looked = InputResult | { path: string; bytes: Uint8Array; key: string; cached: Meeting | null };

/** Cache look-ups in flight while earlier files are parsed. */
const lookAhead = 32;

/**
 * Collect the files named by paths, folders and globs, read them concurrently, and parse each,
 * or, with the cache on, take the meeting stored for the same bytes and options.
 * Problems (missing, unreadable, binary) are returned, never thrown, so one bad file stops nothing.
 * A progress line goes to stderr when it is a terminal and there are many files.
 */
export async function loadMeetings<KeepText extends boolean = true>(
  paths: string[],
  options: LoadOptions<KeepText>,
): Promise<{ meetings: Loaded<KeepText>[]; problems: LoadProblem[] }> {
  const { io } = options;
  const collected = await collectInputs(paths, { cwd: io.cwd, ...(options.ignore ? { ignore: options.ignore } : {}) });
  const cache = await openCache(options);
  const problems: LoadProblem[] = [...collected.problems];
  const meetings: Loaded<KeepText>[] = [];
  const showProgress = io.stderr.isTTY && collected.files.length >= 200;
  const progress = (done: number, total: number): void => {
    if (showProgress && (done % 100 === 0 || done === total)) io.stderr.write(`\r\x1b[Kreading ${done}/${total} files`);
  };
  const handle = async (result: Looked): Promise<void> => {
    if ('error' in result) {
      problems.push({ path: result.path, message: result.error });
      return;
    }
    try {
      const loaded = await toLoaded(result, options, cache);
      meetings.push(loaded);
      options.onMeeting?.(loaded);
    } catch (error) {
      problems.push({ path: result.path, message: error instanceof Error ? error.message : String(error) });
    }
  };
  // Without a cache each file is parsed as soon as it is read; with one, look-ups run ahead.
  const queue: Promise<Looked>[] = [];
  for await (const result of readInputs(collected.files, { cwd: io.cwd, stdin: () => io.readStdin(), onProgress: progress })) {
    queue.push(lookUp(result, cache));
    if (queue.length > (cache ? lookAhead : 0)) await handle(await (queue.shift() as Promise<Looked>));
  }
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) await handle(await next);
  await cache?.flush();
  if (showProgress) io.stderr.write('\r\x1b[K');
  return { meetings, problems };
}

/** The parse cache the options ask for, or null (off, or the parser's code could not be read). */
async function openCache(options: LoadOptions<boolean>): Promise<ParseCache | null> {
  if (options.cache?.enabled !== true) return null;
  const code = await codeFingerprint();
  if (code === null) return null;
  const location = cacheLocation({ location: options.cache.location, cwd: options.io.cwd, env: options.io.env });
  return createParseCache({ location, language: options.language, code });
}

/** An input with its cache key and cached meeting, when there is a cache. */
async function lookUp(result: InputResult, cache: ParseCache | null): Promise<Looked> {
  if (cache === null || 'error' in result) return result;
  const key = cache.keyOf(result.bytes);
  return { ...result, key, cached: await cache.read(key, pathOf(result.path)) };
}

/** The meeting of an input read: from the cache, or parsed (and then stored). Throws on binary content. */
async function toLoaded<KeepText extends boolean>(result: Exclude<Looked, { error: string }>, options: LoadOptions<KeepText>, cache: ParseCache | null): Promise<Loaded<KeepText>> {
  const cached = 'cached' in result ? result.cached : null;
  const keepText = options.keepText !== false;
  if (cached !== null && !keepText) return { path: result.path, meeting: cached } as Loaded<KeepText>;
  const { text } = decode(result.bytes);
  const meeting = cached ?? parseMinutes(text, { path: pathOf(result.path), ...(options.language ? { language: options.language } : {}) });
  if (cached === null && 'key' in result) await cache?.write(result.key, meeting);
  return (keepText ? { path: result.path, text, meeting } : { path: result.path, meeting }) as Loaded<KeepText>;
}

/** The path a meeting names as its source: null for standard input. */
function pathOf(path: string): string | null {
  return path === '-' ? null : path;
}
