import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from '../model/meeting.js';
import { VERSION } from '../version.js';
import { looksLike, type EntryKind, type EntryValue } from './entry-kinds.js';

/**
 * The layout of a cache entry and of the key. Bump it whenever what an entry holds changes, or
 * whenever parsing changes in a way the code fingerprint cannot see (a dependency's behaviour, say):
 * entries of any other format are ignored and rewritten.
 */
export const CACHE_FORMAT = 2;

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
  /**
   * The key of some bytes read from a file of this name under this cache's options: hex SHA-256
   * of the options, the name and the bytes. The name counts because a meeting whose text holds no
   * date takes it from the file's name (`2024-05-15.md`): the same bytes under two names are two
   * meetings. The folder does not: the same file copied to another folder is stored once.
   */
  keyOf(bytes: Uint8Array, name?: string): string;
  /**
   * The value of kind stored under key (a meeting with `source.path` null); null when missing,
   * corrupt or stale. Synchronous: entries are small, and a blocking read of a small file costs
   * about half of a callback one.
   */
  read<K extends EntryKind>(kind: K, key: string): EntryValue[K] | null;
  /** Store a value of kind under key, atomically; failures are ignored (and stop further writes). */
  write<K extends EntryKind>(kind: K, key: string, value: EntryValue[K]): Promise<void>;
  /** Store an entry `serializeEntry` made (in a worker, say) as `write` does. */
  store(kind: EntryKind, key: string, entry: string): Promise<void>;
  /**
   * A value stored for a whole run by `writeRun`: `name` says what the value is and which run it
   * is of (the command, its folder and arguments), `inputs` what it was computed from (each
   * input's path and key). Null unless an entry for `name` exists and was computed from the same
   * `inputs`. Each name has one entry, which the next `writeRun` replaces.
   */
  readRun(name: string, inputs: string): unknown;
  /** Store a value for a whole run (see `readRun`), as `write` does. */
  writeRun(name: string, inputs: string, value: unknown): Promise<void>;
  /** What `writeRunIndex` stored for the run `name` (see `readRun`), or null. */
  readRunIndex(name: string): unknown;
  /** Store how the run `name` found its inputs' keys (see `createStatIndex`), as `write` does. */
  writeRunIndex(name: string, value: unknown): Promise<void>;
  /** Wait for every write in flight. */
  flush(): Promise<void>;
}

/** The first line of an entry; the value's JSON follows on the next. */
interface EntryHeader {
  format: number;
  version: string;
  kind: string;
  key: string;
  /** For a run entry: hex SHA-256 of the inputs it was computed from. */
  inputs?: string;
  /** Hex SHA-256 of the value's JSON as written. */
  sha256: string;
}

/**
 * A content-addressed cache of parse results, one file an entry: `LOCATION/ab/cdef….json` for a
 * whole meeting, `LOCATION/ab/cdef….actions.json` for what `minutes actions` needs of it (see
 * `entry-kinds.ts`), `LOCATION/runs/….json` for values computed over a whole run, and
 * `LOCATION/runs/….index.json` for the stats and keys of that run's files. Each is a header line
 * (format, version, kind, key, digest of the rest) and the value's JSON; a meeting is stored
 * with `source.path` null, since the same bytes may sit at many paths. Entries are written to a
 * unique temporary name in the same folder and renamed into place, so readers and concurrent runs
 * only ever see whole entries. An entry is trusted only when its header matches and the digest of
 * its body checks out; anything else reads as a miss. Never throws.
 */
export function createParseCache(options: ParseCacheOptions): ParseCache {
  const fingerprint = `minutes-cache\0${CACHE_FORMAT}\0${VERSION}\0${options.code}\0${options.language ?? 'detect'}\0`;
  const limit = options.concurrency ?? 32;
  const folders = new Map<string, Promise<unknown>>();
  const pending = new Set<Promise<void>>();
  let writable = true;
  const entryPath = (kind: EntryKind, key: string) => join(options.location, key.slice(0, 2), `${key.slice(2)}${kind === 'meeting' ? '' : `.${kind}`}.json`);
  const runKey = (name: string) => createHash('sha256').update(fingerprint).update('run\0').update(name).digest('hex');
  const runPath = (key: string, suffix = '') => join(options.location, 'runs', `${key}${suffix}.json`);
  const save = async (file: string, data: string): Promise<void> => {
    const folder = join(file, '..');
    let made = folders.get(folder);
    if (made === undefined) folders.set(folder, (made = mkdir(folder, { recursive: true })));
    await made;
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temporary, data);
      await rename(temporary, file);
    } catch (error) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
  };
  const enqueue = async (file: string, data: () => string): Promise<void> => {
    if (!writable) return;
    const text = data();
    const job: Promise<void> = save(file, text)
      .catch(() => void (writable = false))
      .finally(() => pending.delete(job));
    pending.add(job);
    if (pending.size >= limit) await Promise.race(pending);
  };
  return {
    keyOf: (bytes, name = '') => createHash('sha256').update(fingerprint).update(`${name}\0`).update(bytes).digest('hex'),
    read: (kind, key) => {
      const value = readEntry(entryPath(kind, key), { kind, key });
      return looksLike(kind, value) ? value : null;
    },
    write: (kind, key, value) => enqueue(entryPath(kind, key), () => serializeEntry(kind, key, value)),
    store: (kind, key, entry) => enqueue(entryPath(kind, key), () => entry),
    readRun: (name, inputs) => {
      const key = runKey(name);
      return readEntry(runPath(key), { kind: 'run', key, inputs: digest(inputs) });
    },
    writeRun: (name, inputs, value) => {
      const key = runKey(name);
      return enqueue(runPath(key), () => serialize({ kind: 'run', key, inputs: digest(inputs) }, value));
    },
    readRunIndex: (name) => {
      const key = runKey(name);
      return readEntry(runPath(key, '.index'), { kind: 'run-index', key });
    },
    writeRunIndex: (name, value) => {
      const key = runKey(name);
      return enqueue(runPath(key, '.index'), () => serialize({ kind: 'run-index', key }, value));
    },
    flush: async () => {
      await Promise.all(pending);
    },
  };
}

/** The text of a cache entry of kind under key: what `ParseCache.store` takes. */
export function serializeEntry<K extends EntryKind>(kind: K, key: string, value: EntryValue[K]): string {
  const stored = kind === 'meeting' ? { ...value, source: { ...(value as EntryValue['meeting']).source, path: null } } : value;
  return serialize({ kind, key }, stored);
}

/**
 * An entry's text: its header line, then the value, in pure ASCII (characters past it as `\u`
 * escapes): about 5% longer for Finnish text, but read back as Latin-1 it decodes about three times
 * faster than UTF-8.
 */
function serialize(fields: Pick<EntryHeader, 'kind' | 'key' | 'inputs'>, value: unknown): string {
  const json = JSON.stringify(value);
  const body = json.replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const header: EntryHeader = { format: CACHE_FORMAT, version: VERSION, ...fields, sha256: digest(body) };
  return `${JSON.stringify(header)}\n${body}`;
}

/** The value in the entry at file, or null when it is not a whole, current entry as expected. */
function readEntry(file: string, expected: Pick<EntryHeader, 'kind' | 'key' | 'inputs'>): unknown {
  try {
    const bytes = readFileSync(file);
    const newline = bytes.indexOf(10);
    if (newline < 0) return null;
    const header: unknown = JSON.parse(bytes.toString('latin1', 0, newline));
    if (!isRecord(header) || header.format !== CACHE_FORMAT || header.version !== VERSION) return null;
    if (header.kind !== expected.kind || header.key !== expected.key || header.inputs !== expected.inputs) return null;
    const body = bytes.subarray(newline + 1);
    if (header.sha256 !== digest(body)) return null;
    return JSON.parse(body.toString('latin1')) as unknown;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function digest(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
