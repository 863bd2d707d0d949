import { statSync } from 'node:fs';

/** How a run finds the keys of its files: from their bytes, or from a stat that matches the last run's. */
export type CacheStrategy = 'metadata' | 'content';

export const cacheStrategies: readonly CacheStrategy[] = ['metadata', 'content'];

/**
 * A file's stat changes on any write faster than the clock ticks only in the tick it was last
 * written in: a file changed less than this long before its stat was recorded is hashed again
 * next time rather than trusted (FAT keeps times to 2 s; a margin above that).
 */
const settleMs = 3000;

/** What `createStatIndex` needs. */
export interface StatIndexOptions {
  /** What `packStatIndex` stored for the same run last time (or anything else, read as nothing). */
  stored: unknown;
  /** The key of some bytes (the cache's `keyOf`). */
  keyOf: (bytes: Uint8Array, name: string) => string;
  /** Read a file's bytes; throws as `readFileSync` does. */
  read: (absolute: string) => Uint8Array;
  /** `metadata` (the default) takes a stored key when the stat matches; `content` always hashes. */
  strategy?: CacheStrategy | undefined;
  /** The clock, in milliseconds since the epoch (a test's). */
  now?: () => number;
}

/** The keys of a run's files, and what to store of them for the next run. */
export interface StatIndex {
  /** The key of the file at absolute (shown as path); throws as `read` does. */
  keyOf(path: string, absolute: string): string;
  /** Whether `pack` holds anything the stored index did not: worth writing back. */
  changed(): boolean;
  /** What to store for the next run: each settled file's stat and key. */
  pack(): unknown;
}

/**
 * Keys of files as the cache computes them (a hash of the bytes), without reading a file whose
 * stat (size, modification and change times to the nanosecond, inode) is what it was when the
 * last run hashed it, as git's index and ESLint's `--cache-strategy metadata` do. Any write to a
 * file changes its change time, which no program can set back, so a matching stat means the same
 * bytes; a file written shortly before its stat was recorded (`settleMs`) might change again
 * within the same clock tick, so it is not recorded, and the next run hashes it again. The index
 * holds keys, not results: what a key names is still checked as every entry is.
 */
export function createStatIndex(options: StatIndexOptions): StatIndex {
  const trust = options.strategy !== 'content';
  const known = trust ? unpack(options.stored) : new Map<string, [string, string]>();
  const recorded = new Map<string, [string, string]>();
  const settled = BigInt(Math.floor((options.now ?? Date.now)() - settleMs)) * 1_000_000n;
  let changed = false;
  return {
    keyOf(path, absolute) {
      if (!trust) return options.keyOf(options.read(absolute), fileName(path));
      const stats = statSync(absolute, { bigint: true });
      const signature = `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`;
      const hit = known.get(path);
      const key = hit?.[0] === signature ? hit[1] : options.keyOf(options.read(absolute), fileName(path));
      if (stats.mtimeNs < settled && stats.ctimeNs < settled) {
        recorded.set(path, [signature, key]);
        if (hit?.[0] !== signature) changed = true;
      }
      return key;
    },
    changed: () => changed || (trust && recorded.size !== known.size),
    pack: () => ({ files: Object.fromEntries(recorded) }),
  };
}

/** The stored index as a map of path to [signature, key]; empty when it is not of that shape. */
function unpack(stored: unknown): Map<string, [string, string]> {
  const known = new Map<string, [string, string]>();
  const files = typeof stored === 'object' && stored !== null ? (stored as { files?: unknown }).files : undefined;
  if (typeof files !== 'object' || files === null) return known;
  for (const [path, entry] of Object.entries(files)) {
    if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string' && typeof entry[1] === 'string') known.set(path, [entry[0], entry[1]]);
  }
  return known;
}

/** The last part of a path, without its folders: what the cache's keys take of a file's place. */
export function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
