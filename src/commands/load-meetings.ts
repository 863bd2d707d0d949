import { availableParallelism } from 'node:os';
import { actionsOf, type EntryKind, type EntryValue, type MeetingActions } from '../cache/entry-kinds.js';
import { openCache } from '../cache/open-cache.js';
import { createConfigFinder, type ConfigFinder } from '../config/config-finder.js';
import type { ParseCache } from '../cache/parse-cache.js';
import { collectInputs, stdinPath, type CollectedInputs } from '../input/collect-inputs.js';
import { readInputs, type InputResult } from '../input/read-inputs.js';
import { fileName } from '../cache/stat-index.js';
import type { Io } from '../io.js';
import { say, type Locale } from '../messages/index.js';
import { jobsFromEnv } from './jobs-option.js';
import type { Language, Meeting } from '../model/meeting.js';
import type { RosterPerson } from '../model/roster-person.js';
import type { ParseRequest, ParseResult } from '../workers/parse-file.js';
import type { ParsePool } from '../workers/parse-pool.js';

/** One minutes file read and parsed, without its text. */
export interface ParsedMeeting {
  path: string;
  meeting: Meeting;
}

/** One minutes file read and parsed, with its decoded text for rules that look at the words. */
export interface LoadedMeeting extends ParsedMeeting {
  text: string;
}

/** One minutes file read, with what `minutes actions` needs of its meeting. */
export interface LoadedActions {
  path: string;
  meeting: MeetingActions;
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
  /** The language of the progress line on a terminal (default English). */
  locale?: Locale | undefined;
  /** Reuse and store parse results by the hash of each file's bytes; off unless `enabled`. */
  cache?: CacheSetting;
  /**
   * Worker threads to parse in (`--jobs`): 0 parses on the main thread; undefined (the default)
   * decides by the work there is (see `autoWorkers`). `MINUTES_JOBS` in the environment gives it
   * when this does not.
   */
  jobs?: number | undefined;
  /**
   * Called for each meeting as soon as it is parsed, in input order; with it, the meetings are
   * handed over rather than kept, and the list returned is empty (a run over thousands of files
   * then holds only the ones in flight).
   */
  onMeeting?: (loaded: Loaded<KeepText>) => void;
  /**
   * Finds each file's configuration, whose roster (`people`) then names the participants and
   * owners of its meeting (see `resolveRoster`); default: the nearest configuration upward from
   * each file. Share one with whatever else reads the configuration in the run.
   */
  configs?: ConfigFinder;
  /**
   * Whether the caller already has what it needs of a file (a result it kept from an earlier
   * run): asked once for each file collected, in order, before any is read. A file it says true
   * for is neither read nor parsed nor handed to `onMeeting`.
   */
  known?: (path: string) => boolean | Promise<boolean>;
  /** The inputs already collected from the same paths (by `memoizeRun`): the folders are not walked again. */
  collected?: CollectedInputs | null | undefined;
}

/** Options of `loadActions`. */
export type LoadActionsOptions = Omit<LoadOptions<false>, 'keepText' | 'onMeeting'>;

/**
 * Collect the files named by paths, folders and globs, read them, and parse each, or, with the
 * cache on, take the meeting stored for the same bytes and options. Many files to parse are
 * parsed in worker threads; the results keep the input order either way. Each meeting's people
 * are then resolved through the roster of the file's configuration (after the cache, which so
 * never holds a roster's names and never goes stale when the roster changes).
 * Problems (missing, unreadable, binary) are returned, never thrown, so one bad file stops nothing;
 * malformed configuration rejects with a `ConfigError`.
 * A progress line goes to stderr when it is a terminal and there are many files.
 */
export async function loadMeetings<KeepText extends boolean = true>(
  paths: string[],
  options: LoadOptions<KeepText>,
): Promise<{ meetings: Loaded<KeepText>[]; problems: LoadProblem[]; people: RosterPerson[] }> {
  const keepText = options.keepText !== false;
  const meetings: Loaded<KeepText>[] = [];
  const run = await startRun(paths, options);
  const problems = [...run.collected.problems];
  const settings = run.settings('meeting', keepText);
  await loadFiles(run.collected.files, settings, (item) => {
    const loaded = (keepText ? { path: item.path, text: item.text, meeting: item.value } : { path: item.path, meeting: item.value }) as Loaded<KeepText>;
    if (options.onMeeting) options.onMeeting(loaded);
    else meetings.push(loaded);
  }, (path, message) => void problems.push({ path, message }));
  await run.end();
  return { meetings, problems, people: run.configs.people() };
}

/**
 * `loadMeetings` for `minutes actions`: of each meeting only what listing its actions needs
 * (see `MeetingActions`), which is what the cache then stores and reads, about a tenth of the
 * whole meeting.
 */
export async function loadActions(paths: string[], options: LoadActionsOptions): Promise<{ meetings: LoadedActions[]; problems: LoadProblem[]; people: RosterPerson[] }> {
  const run = await startRun(paths, options);
  const problems = [...run.collected.problems];
  const meetings: LoadedActions[] = [];
  await loadFiles(run.collected.files, run.settings('actions', false), (item) => void meetings.push({ path: item.path, meeting: item.value }), (path, message) => void problems.push({ path, message }));
  await run.end();
  return { meetings, problems, people: run.configs.people() };
}

/** One file loaded: its path as collected, the value of the kind asked for, its text if kept. */
interface Item<K extends EntryKind> {
  path: string;
  value: EntryValue[K];
  text: string;
}

/** Where a file that gave no item went wrong. */
type OnProblem = (path: string, message: string) => void;

/**
 * A file on its way: a problem, an item ready, or a parse to run: `running` in a worker, or with
 * its `result` once parsed here or in a worker (null when its worker failed: then parsed here).
 */
type Slot<K extends EntryKind> = { path: string; problem: string } | { path: string; item: Item<K> } | Parse;

/** A file to parse (see `Slot`). */
interface Parse {
  path: string;
  request: ParseRequest;
  running: Promise<ParseResult | null> | null;
  result?: ParseResult | null;
}

/** What decides how files are read and parsed. */
interface Settings<K extends EntryKind> {
  kind: K;
  keepText: boolean;
  language: Language | undefined;
  cache: ParseCache | null;
  /** Workers asked for, or undefined for automatic. */
  jobs: number | undefined;
  /** Read the files, concurrently, in order (see `readInputs`). */
  read: (files: readonly string[]) => AsyncGenerator<InputResult>;
  /** The configuration of each file, for its roster. */
  configs: ConfigFinder;
}

/** Files read ahead, before the first is parsed, to decide whether workers are worth starting. */
const probeFiles = 64;
/** Least files and bytes to parse (estimated over the whole run) for which workers pay off. */
const minWorkerFiles = 4;
const minWorkerBytes = 1 << 20;
/** Most workers started automatically. */
const maxWorkers = 8;
/** Files and bytes read ahead of the one awaited, for each thread that parses (the workers and this one). */
const aheadPerWorker = 8;
const maxAheadBytes = 64 << 20;
/**
 * Files each worker holds at most: enough that it still has work while this thread parses a file
 * of its own (a 60 KB file takes this thread about as long as four of the usual 15 KB), few enough
 * that the files left at the end are spread over every thread.
 */
const inFlightPerWorker = 4;
/**
 * Largest file this thread takes while a worker parses the one awaited: a larger one would leave
 * the workers waiting for their next files until it is done, so it goes to a worker.
 */
const maxSpareBytes = 1 << 20;

/** The files of a run, its cache, and what reading them takes. */
async function startRun(paths: string[], options: LoadOptions<boolean>) {
  const { io } = options;
  // Hashing the parser's code for the cache overlaps walking the folders.
  const [found, cache] = await Promise.all([options.collected ?? collectInputs(paths, { cwd: io.cwd, ...(options.ignore ? { ignore: options.ignore } : {}) }), openCache(options)]);
  const collected = options.known ? { ...found, files: await unknownFiles(found.files, options.known) } : found;
  const total = collected.files.length;
  const showProgress = io.stderr.isTTY && total >= 200;
  const onProgress = (done: number): void => {
    if (showProgress && (done % 100 === 0 || done === total)) io.stderr.write(`\r\x1b[K${say(options.locale ?? 'en', 'progress.reading', { done, total })}`);
  };
  const read = (files: readonly string[]) => readInputs(files, { cwd: io.cwd, stdin: () => io.readStdin(), onProgress });
  const configs = options.configs ?? createConfigFinder({ cwd: io.cwd, readFile: io.readFile });
  return {
    collected,
    configs,
    settings: <K extends EntryKind>(kind: K, keepText: boolean): Settings<K> => ({
      kind,
      keepText,
      language: options.language,
      cache,
      jobs: options.jobs ?? jobsFromEnv(io.env),
      read,
      configs,
    }),
    end: async () => {
      await cache?.flush();
      if (showProgress) io.stderr.write('\r\x1b[K');
    },
  };
}

/** The files that `known` does not say the caller has, in order, each asked in turn. */
async function unknownFiles(files: readonly string[], known: (path: string) => boolean | Promise<boolean>): Promise<string[]> {
  const unknown: string[] = [];
  for (const path of files) if (!(await known(path))) unknown.push(path);
  return unknown;
}

/**
 * Read each file and look it up in the cache; parse the misses, on this thread one at a time as
 * its turn comes, or, when there are enough of them, in worker threads and on this thread
 * together: each worker is kept a few files ahead (`inFlightPerWorker`), and while this thread
 * awaits a file a worker parses, it parses the next files that no worker has taken (read ahead so
 * that there are some). So a run on two cores parses in one worker and this thread, rather than
 * in two workers while this thread mostly waits. Items and problems are handed over in input order.
 */
async function loadFiles<K extends EntryKind>(
  files: readonly string[],
  settings: Settings<K>,
  onItem: (item: Item<K>) => void,
  onProblem: OnProblem,
): Promise<void> {
  const queue: Slot<K>[] = [];
  let pool: ParsePool | null = null;
  // With --jobs the pool starts at the first miss; without, once the first files tell whether it pays.
  let decided = settings.jobs !== undefined;
  let wanted = settings.jobs ?? 0;
  let misses = 0;
  let missBytes = 0;
  let queuedBytes = 0;
  const sizeOf = (slot: Slot<K>) => ('request' in slot ? slot.request.bytes.byteLength : 0);
  // The files waiting, in order, go to the workers while they have room. A job whose worker fails
  // gives null (handled at once, so never an unhandled rejection), and is parsed here.
  const feed = () => {
    if (pool === null) return;
    for (const slot of queue) {
      if (!pool.hasRoom(inFlightPerWorker)) return;
      if (!isSpare(slot)) continue;
      const running = pool.run(slot.request).catch(() => null);
      slot.running = running.then((result) => (slot.result = result));
    }
  };
  const finish = async (slot: Slot<K>) => {
    queuedBytes -= sizeOf(slot);
    // The workers get files first: after the last file is read, nothing else gives them more.
    feed();
    // While a worker parses the file awaited, this thread parses the next ones no worker has,
    // letting the workers' replies in after each (and giving them more files).
    while ('request' in slot && slot.running !== null && slot.result === undefined) {
      const spare = queue.find((next): next is Parse => isSpare(next) && next.request.bytes.byteLength <= maxSpareBytes);
      if (spare === undefined) break;
      spare.result = (await (parseFileModule ??= import('../workers/parse-file.js'))).parseFile(spare.request);
      await nextTurn();
      feed();
    }
    await settle(slot, settings, onItem, onProblem);
  };
  try {
    let index = -1;
    for await (const input of settings.read(files)) {
      index++;
      const slot = await look(input, settings);
      queue.push(slot);
      queuedBytes += sizeOf(slot);
      if ('request' in slot) {
        misses++;
        missBytes += slot.request.bytes.byteLength;
      }
      if (!decided && (queue.length >= probeFiles || index === files.length - 1)) {
        decided = true;
        wanted = autoWorkers({ files: files.length, probed: index + 1, misses, missBytes });
      }
      if (decided && pool === null && wanted > 0 && misses > 0) {
        pool = await startPool(wanted);
        if (pool === null) wanted = 0;
      }
      feed();
      if (!decided) continue;
      const ahead = pool === null ? 0 : (pool.size + 1) * aheadPerWorker;
      while (queue.length > ahead || (queue.length > 1 && queuedBytes > maxAheadBytes)) await finish(queue.shift() as Slot<K>);
    }
    for (let slot = queue.shift(); slot !== undefined; slot = queue.shift()) await finish(slot);
  } finally {
    await pool?.close();
  }
}

/** A pool of `size` parse workers, or null when workers cannot be started here (then this thread parses). */
async function startPool(size: number): Promise<ParsePool | null> {
  try {
    const { ParsePool } = await import('../workers/parse-pool.js');
    return new ParsePool(size);
  } catch {
    return null;
  }
}

/**
 * How many workers to parse in when `--jobs` does not say: none on a single core or when there is
 * little to parse (fewer than `minWorkerFiles` misses among the files read so far, or their bytes,
 * scaled to every file, under `minWorkerBytes`), since starting a worker costs about as much as
 * parsing 100 KB; else one for each core but the one of this thread, which parses too, up to
 * `maxWorkers`. The misses seen are not scaled: one changed
 * file among the first of a warm cached archive of thousands says nothing of the rest, and scaled
 * up it started two workers to parse that one file.
 */
export function autoWorkers(seen: { files: number; probed: number; misses: number; missBytes: number }, cores = availableParallelism()): number {
  const scale = seen.files / Math.max(1, seen.probed);
  if (cores < 2 || seen.misses < minWorkerFiles || seen.missBytes * scale < minWorkerBytes) return 0;
  return Math.min(cores - 1, maxWorkers, Math.ceil(seen.misses * scale));
}

/** Whether a slot is a parse that no worker has taken and nobody has run: this thread's to take. */
function isSpare<K extends EntryKind>(slot: Slot<K>): slot is Parse {
  return 'request' in slot && slot.running === null && slot.result === undefined;
}

/** A turn of the event loop: the workers' replies that came in meanwhile are handled. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Look a file read up in the cache: an item when found, else a parse request. */
async function look<K extends EntryKind>(input: InputResult, settings: Settings<K>): Promise<Slot<K>> {
  const { path } = input;
  if ('error' in input) return { path, problem: input.error };
  const { bytes } = input;
  const { cache, kind } = settings;
  const key = cache === null ? null : cache.keyOf(bytes, path === stdinPath ? '' : fileName(path));
  const value = key === null || cache === null ? null : readCached(cache, kind, key);
  if (value === null) {
    const request: ParseRequest = { bytes, path: pathOf(path), language: settings.language, kind, keepText: settings.keepText, key };
    return { path, request, running: null };
  }
  if (kind === 'meeting') (value as Meeting).source.path = pathOf(path);
  if (!settings.keepText) return { path, item: { path, value, text: '' } };
  try {
    const { decode } = await (decodeModule ??= import('../parse/decode.js'));
    return { path, item: { path, value, text: decode(bytes).text } };
  } catch (error) {
    return { path, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** The value of kind stored under key; for actions, else taken from a whole meeting stored (and then stored as actions). */
function readCached<K extends EntryKind>(cache: ParseCache, kind: K, key: string): EntryValue[K] | null {
  const value = cache.read(kind, key);
  if (value !== null || kind !== 'actions') return value;
  const meeting = cache.read('meeting', key);
  if (meeting === null) return null;
  const actions = actionsOf(meeting);
  void cache.write('actions', key, actions);
  return actions as EntryValue[K];
}

/**
 * Hand a slot over: parse it first if it is a request (on this thread, or awaiting its worker),
 * then give its people the names of its configuration's roster.
 */
async function settle<K extends EntryKind>(slot: Slot<K>, settings: Settings<K>, onItem: (item: Item<K>) => void, onProblem: OnProblem): Promise<void> {
  if ('problem' in slot) return onProblem(slot.path, slot.problem);
  if ('item' in slot) return onItem(await withRoster(slot.item, settings));
  let result = slot.result === undefined && slot.running !== null ? await slot.running : (slot.result ?? null);
  // On this thread when no worker took it, or the one parsing this file failed.
  if (result === null) result = (await (parseFileModule ??= import('../workers/parse-file.js'))).parseFile(slot.request);
  const { cache } = settings;
  const { key } = slot.request;
  if ('error' in result) return onProblem(slot.path, result.error);
  if (cache !== null && key !== null && result.entry !== undefined) await cache.store(settings.kind, key, result.entry);
  onItem(await withRoster({ path: slot.path, value: result.value as EntryValue[K], text: result.text ?? '' }, settings));
}

/** An item with its people resolved through the roster of its file's configuration (after the cache: see `loadMeetings`). */
async function withRoster<K extends EntryKind>(item: Item<K>, settings: Settings<K>): Promise<Item<K>> {
  const roster = (await settings.configs.find(item.path))?.config.people ?? [];
  if (roster.length === 0) return item;
  const { resolveRoster } = await import('../parse/resolve-roster.js');
  resolveRoster(item.value, roster);
  return item;
}

/**
 * The modules loaded on first need, each import started once: an \`import()\` for every file costs
 * a module look-up each time (about 1 % of a run over small files).
 */
let decodeModule: Promise<typeof import('../parse/decode.js')> | undefined;
let parseFileModule: Promise<typeof import('../workers/parse-file.js')> | undefined;

/** The path a meeting names as its source: null for standard input. */
function pathOf(path: string): string | null {
  return path === stdinPath ? null : path;
}
