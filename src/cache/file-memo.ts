import { createHash } from 'node:crypto';

/**
 * A value per file kept between runs of a command over an archive (`minutes validate`'s messages
 * of each file, say), so that a run in which a few files changed computes only theirs.
 */
export interface FileMemo<V> {
  /**
   * The value kept for path when it was computed from the same bytes and under the same
   * `settings` (every option and configuration it depends on, as a string); else null.
   */
  recall(path: string, settings: string): V | null;
  /** Keep value for path, computed from its bytes of this run under settings, for the next run. */
  keep(path: string, settings: string, value: V): void;
}

/** A `FileMemo` of one run, and what to store of it for the next. */
export interface RunFileMemo<V> extends FileMemo<V> {
  /** Whether `pack` differs from what was stored: worth writing back. */
  changed(): boolean;
  /** What to store: the value of every file of this run recalled or kept, with its key and settings. */
  pack(): unknown;
}

/** What `createFileMemo` needs. */
export interface FileMemoOptions<V> {
  /** What `pack` gave last run (or anything else, read as nothing). */
  stored: unknown;
  /** The key of a file's bytes in this run (see `ParseCache.keyOf`); undefined when it has none (unreadable). */
  keyOf: (path: string) => string | undefined;
  /** A stored value back, or null when it is not of the shape expected. */
  unpack: (stored: unknown) => V | null;
}

/**
 * A `FileMemo` over what the last run stored: a file's value is recalled when its key (a hash of
 * its bytes, the tool's version and the parser's code) and the digest of its settings are those it
 * was kept under. Only the files of this run are packed, so a file gone from the archive drops out.
 */
export function createFileMemo<V>(options: FileMemoOptions<V>): RunFileMemo<V> {
  const known = unpack(options.stored);
  const next = new Map<string, Kept>();
  // A run has a handful of distinct settings (one a configuration) for thousands of files.
  const digests = new Map<string, string>();
  const digestOf = (settings: string): string => {
    let digest = digests.get(settings);
    if (digest === undefined) digests.set(settings, (digest = createHash('sha256').update(settings).digest('hex')));
    return digest;
  };
  let kept = 0;
  return {
    recall(path, settings) {
      const key = options.keyOf(path);
      const entry = known.get(path);
      if (key === undefined || entry === undefined || entry[0] !== key || entry[1] !== digestOf(settings)) return null;
      const value = options.unpack(entry[2]);
      if (value !== null) next.set(path, entry);
      return value;
    },
    keep(path, settings, value) {
      const key = options.keyOf(path);
      if (key === undefined) return;
      next.set(path, [key, digestOf(settings), value]);
      kept++;
    },
    changed: () => kept > 0 || next.size !== known.size,
    pack: () => ({ files: Object.fromEntries(next) }),
  };
}

/** A file's entry: the key of its bytes, the digest of its settings, its value as stored. */
type Kept = [string, string, unknown];

/** The stored memo as a map of path to entry; empty when it is not of that shape. */
function unpack(stored: unknown): Map<string, Kept> {
  const known = new Map<string, Kept>();
  const files = typeof stored === 'object' && stored !== null ? (stored as { files?: unknown }).files : undefined;
  if (typeof files !== 'object' || files === null) return known;
  for (const [path, entry] of Object.entries(files)) {
    if (Array.isArray(entry) && entry.length === 3 && typeof entry[0] === 'string' && typeof entry[1] === 'string') known.set(path, [entry[0], entry[1], entry[2]]);
  }
  return known;
}
