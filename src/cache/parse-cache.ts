import { createHash, randomBytes } from 'node:crypto';
import { readFile as readFileCallback } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Language, Meeting } from '../model/meeting.js';
import { VERSION } from '../version.js';

/**
 * The layout of a cache entry and of the key. Bump it whenever what an entry holds changes, or
 * whenever parsing changes in a way the code fingerprint cannot see (a dependency's behaviour, say):
 * entries of any other format are ignored and rewritten.
 */
export const CACHE_FORMAT = 1;

/** How to open a parse cache. */
export interface ParseCacheOptions {
  /** The cache folder (see `cacheLocation`). */
  location: string;
  /** The language given instead of detection (`--lang`); part of the key. */
  language?: Language | undefined;
  /** A hash of the parser's code (see `codeFingerprint`); part of the key. */
  code: string;
  /** Writes in flight at once before `write` makes its caller wait (default 32). */
  concurrency?: number;
}

/** Parse results stored by the hash of the bytes they were parsed from. */
export interface ParseCache {
  /** The key of some bytes under this cache's options: hex SHA-256 of the options and the bytes. */
  keyOf(bytes: Uint8Array): string;
  /** The meeting stored under key, its `source.path` set to path; null when missing, corrupt or stale. */
  read(key: string, path: string | null): Promise<Meeting | null>;
  /** Store a meeting under key, atomically; failures are ignored (and stop further writes). */
  write(key: string, meeting: Meeting): Promise<void>;
  /** Wait for every write in flight. */
  flush(): Promise<void>;
}

/** The first line of an entry; the meeting's JSON follows on the next. */
interface EntryHeader {
  format: number;
  version: string;
  key: string;
  /** Hex SHA-256 of the meeting's JSON as written. */
  sha256: string;
}

// The callback `readFile` costs about half of `fs.promises.readFile` per small file on Node 20.
const readFile = promisify(readFileCallback);

/**
 * A content-addressed cache of parsed meetings, one file an entry at `LOCATION/ab/cdef….json`:
 * a header line (format, version, key, digest of the rest) and the meeting's JSON with
 * `source.path` null, since the same bytes may sit at many paths. Entries are written to a unique
 * temporary name in the same folder and renamed into place, so readers and concurrent runs only
 * ever see whole entries. An entry is trusted only when its header matches and the digest of its
 * body checks out; anything else reads as a miss. Never throws.
 */
export function createParseCache(options: ParseCacheOptions): ParseCache {
  const fingerprint = `minutes-cache\0${CACHE_FORMAT}\0${VERSION}\0${options.code}\0${options.language ?? 'detect'}\0`;
  const limit = options.concurrency ?? 32;
  const folders = new Map<string, Promise<unknown>>();
  const pending = new Set<Promise<void>>();
  let writable = true;
  const pathOf = (key: string) => join(options.location, key.slice(0, 2), `${key.slice(2)}.json`);
  const store = async (key: string, data: string): Promise<void> => {
    const folder = join(options.location, key.slice(0, 2));
    let made = folders.get(folder);
    if (made === undefined) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    const temporary = `${pathOf(key)}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, data);
      await rename(temporary, pathOf(key));
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  };
  return {
    keyOf: (bytes) => createHash('sha256').update(fingerprint).update(bytes).digest('hex'),
    read: async (key, path) => {
      const meeting = await readEntry(pathOf(key), key).catch(() => null);
      if (meeting !== null) meeting.source.path = path;
      return meeting;
    },
    write: async (key, meeting) => {
      if (!writable) return;
      const job: Promise<void> = store(key, serialize(key, meeting))
        .catch(() => void (writable = false))
        .finally(() => pending.delete(job));
      pending.add(job);
      if (pending.size >= limit) await Promise.race(pending);
    },
    flush: async () => {
      await Promise.all(pending);
    },
  };
}

/**
 * An entry's text: its header line, then the meeting without its path, in pure ASCII (characters
 * past it as `\u` escapes): about 5% longer for Finnish text, but read back as Latin-1 it decodes
 * about three times faster than UTF-8, which is most of the cost of a warm run.
 */
function serialize(key: string, meeting: Meeting): string {
  const json = JSON.stringify({ ...meeting, source: { ...meeting.source, path: null } });
  const body = json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const header: EntryHeader = { format: CACHE_FORMAT, version: VERSION, key, sha256: digest(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** The meeting in the entry at file, or null when it is not a whole, current entry for key. */
async function readEntry(file: string, key: string): Promise<Meeting | null> {
  const bytes = await readFile(file);
  const newline = bytes.indexOf(10);
  if (newline < 0) return null;
  const header: unknown = JSON.parse(bytes.toString('utf8', 0, newline));
  if (!isRecord(header) || header.format !== CACHE_FORMAT || header.version !== VERSION || header.key !== key) return null;
  const body = bytes.subarray(newline + 1);
  if (header.sha256 !== digest(body)) return null;
  const meeting: unknown = JSON.parse(body.toString('latin1'));
  return looksLikeMeeting(meeting) ? meeting : null;
}

/**
 * A cheap structural check of a cached meeting: the top level of the `Meeting` schema. The digest
 * already proves the body is what this version wrote; validating whole entries with zod would cost
 * more than parsing them (and loading zod), for no added safety.
 */
function looksLikeMeeting(value: unknown): value is Meeting {
  if (!isRecord(value) || value.schemaVersion !== 1 || !isRecord(value.source)) return false;
  const arrays = [value.participants, value.agenda, value.decisions, value.actions, value.diagnostics];
  return (
    typeof value.source.language === 'string' &&
    arrays.every((array) => Array.isArray(array)) &&
    isRecord(value.fields) &&
    typeof value.preamble === 'string' &&
    typeof value.notes === 'string'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function digest(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
