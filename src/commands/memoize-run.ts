import { resolve } from 'node:path';
import { openCache, type OpenCacheOptions } from '../cache/open-cache.js';
import { createFileMemo, type FileMemo } from '../cache/file-memo.js';
import { createStatIndex } from '../cache/stat-index.js';
import { collectInputs, stdinPath, type CollectedInputs } from '../input/collect-inputs.js';
import { describeError } from '../input/describe-error.js';
import type { Io } from '../io.js';
import { configurationInputs, configurationNames } from './configuration-inputs.js';
import { createFileReader } from './read-file-into.js';

/** A value computed over every file of a run, which the cache can keep (see `memoizeRun`). */
export interface RunMemo<R> {
  /**
   * What the value is, with every option that changes it besides the files, `--lang` and the
   * code (which the cache's key holds already); with the folder and the paths, it names the entry.
   */
  name: string;
  /** What else the value depends on, as a string that changes whenever that does (configuration files, say). */
  inputs?: (files: readonly string[]) => string;
  /**
   * Compute the value; `io` reads standard input again if the files include it, `memoized`
   * gives the value of another memo over the same files (itself kept by the cache), without
   * collecting and keying the files again, and `run` what else the run knows (see `RunContext`).
   */
  compute(io: Io, memoized: <S>(memo: RunMemo<S>) => Promise<S>, run: RunContext): Promise<R>;
  /** What to store of a value, as JSON. */
  pack(value: R): unknown;
  /** The value back from what `pack` gave; null when the stored value is not of that shape. */
  unpack(stored: unknown): R | null;
}

/** What a computation gets of its run besides `memoized`. */
export interface RunContext {
  /** The inputs found from the paths, as `collectInputs` gave them, to load without walking the folders again; null without the cache. */
  collected: CollectedInputs | null;
  /**
   * A memo of values of single files kept between runs (see `FileMemo`), so that a run where few
   * files changed computes only theirs; one that recalls nothing without the cache.
   */
  perFile<V>(memo: FileMemoSpec<V>): FileMemo<V>;
}

/** A memo of values of single files (see `RunContext`). */
export interface FileMemoSpec<V> {
  /** What the values are, with every option that changes them besides the files, `--lang` and the code; it names the entry as `RunMemo.name` does. */
  name: string;
  /** A value back from what was stored; null when it is not of that shape. */
  unpack(stored: unknown): V | null;
}

/** A `FileMemo` that keeps nothing: a run without the cache. */
const forgetful: FileMemo<never> = { recall: () => null, keep: () => undefined };

/** Options of `memoizeRun`: those of loading the files. */
export interface MemoizeOptions extends OpenCacheOptions {
  ignore?: string[] | undefined;
  /** The clock of the stat index, in milliseconds since the epoch (a test's; see `createStatIndex`). */
  now?: () => number;
  /** The configuration file given for every input (`--config`), else each file's is searched for upward. */
  configFile?: string | undefined;
}

/**
 * A whole run's value from the cache when nothing it depends on changed, else computed and then
 * stored: the warm run of a command over an unchanged archive. Without the cache on, just
 * `memo.compute`. With it, the files are collected and keyed by their bytes (read and hashed, or,
 * when a file's stat is what it was when the last such run hashed it, that run's key: see
 * `createStatIndex`), and the value stored for the same command line in the same folder is taken back when
 * it was computed from the same files (paths, in order, and keys of their bytes, or why they
 * could not be read), the same problems finding them, the same configuration files (their roster
 * names people in every command: see `configurationInputs`) and the same `memo.inputs`. Otherwise the
 * value is computed, where each file's parse is still taken from the cache when it can be, a
 * value it builds on (`memoized`) is looked up the same way, and values of single files
 * (`RunContext.perFile`) are recalled by each file's key. One entry a memo, command line and folder: the next
 * run that computes replaces it.
 */
export async function memoizeRun<R>(paths: string[], options: MemoizeOptions, memo: RunMemo<R>): Promise<R> {
  const { io } = options;
  const uncached = <S>(inner: RunMemo<S>): Promise<S> => inner.compute(io, uncached, { collected: null, perFile: () => forgetful });
  if (options.cache?.enabled !== true) return uncached(memo);
  // Hashing the code for the cache overlaps walking the folders.
  const [cache, collected] = await Promise.all([openCache(options), collectInputs(paths, { cwd: io.cwd, ...(options.ignore ? { ignore: options.ignore } : {}) })]);
  if (cache === null) return uncached(memo);
  const nameOf = (inner: { name: string }) => JSON.stringify([inner.name, io.cwd, paths, options.ignore ?? []]);
  const index = createStatIndex({
    stored: options.cache.strategy === 'content' ? null : cache.readRunIndex(nameOf(memo)),
    keyOf: cache.keyOf,
    read: createFileReader(),
    strategy: options.cache.strategy,
    ...(options.now ? { now: options.now } : {}),
  });
  let stdin: Promise<Uint8Array> | undefined;
  const readStdin = (): Promise<Uint8Array> => (stdin ??= io.readStdin());
  // One line an input, its parts as JSON strings, so that no file name can pass for another input.
  let files = '';
  const keys = new Map<string, string>();
  for (const problem of collected.problems) files += `!${JSON.stringify(problem.path)} ${JSON.stringify(problem.message)}\n`;
  for (const path of collected.files) {
    try {
      const key = path === stdinPath ? cache.keyOf(await readStdin()) : index.keyOf(path, resolve(io.cwd, path));
      files += `${JSON.stringify(path)} ${key}\n`;
      keys.set(path, key);
    } catch (error) {
      files += `${JSON.stringify(path)} !${JSON.stringify(describeError(error))}\n`;
    }
  }
  if (index.changed()) void cache.writeRunIndex(nameOf(memo), index.pack());
  files += configurationInputs(collected.files, { cwd: io.cwd, configFile: options.configFile, names: configurationNames });
  const computeIo = stdin === undefined ? io : { ...io, readStdin };
  // Each file memo asked for is written back once the value is computed, never after a failure.
  const writeBack: Array<() => Promise<void>> = [];
  const perFile = <V>(inner: FileMemoSpec<V>): FileMemo<V> => {
    const name = nameOf(inner);
    const fileMemo = createFileMemo({ stored: cache.readRun(name, ''), keyOf: (path) => keys.get(path), unpack: inner.unpack });
    writeBack.push(() => (fileMemo.changed() ? cache.writeRun(name, '', fileMemo.pack()) : Promise.resolve()));
    return fileMemo;
  };
  const memoized = async <S>(inner: RunMemo<S>): Promise<S> => {
    const name = nameOf(inner);
    const inputs = files + (inner.inputs?.(collected.files) ?? '');
    const stored = cache.readRun(name, inputs);
    const value = stored === null ? null : inner.unpack(stored);
    if (value !== null) return value;
    const computed = await inner.compute(computeIo, memoized, { collected, perFile });
    await cache.writeRun(name, inputs, inner.pack(computed));
    return computed;
  };
  const value = await memoized(memo);
  for (const write of writeBack) await write();
  await cache.flush();
  return value;
}
