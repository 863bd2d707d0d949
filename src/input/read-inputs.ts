import { readFile as readFileCallback } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describeError } from './describe-error.js';
import { mapConcurrent } from './map-concurrent.js';
import { stdinPath } from './collect-inputs.js';

/** The bytes of one input, under its path as given. */
export interface InputBytes {
  path: string;
  bytes: Uint8Array;
}

/** An input that could not be read, with a one-line reason ("permission denied"). */
export interface InputError {
  path: string;
  error: string;
}

/** One input read, or why it was not. */
export type InputResult = InputBytes | InputError;

/** How to read inputs. */
export interface ReadOptions {
  /** The directory relative paths are taken from; without it, the process's own. */
  cwd?: string;
  /** Reads in flight at once (default 32). */
  concurrency?: number;
  /** Reads all of standard input, for the path `-`; without it `-` gives an error entry. */
  stdin?: () => Promise<Uint8Array>;
  /** Called as each read completes, with the number done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

// The callback `readFile` costs about half of `fs.promises.readFile` per small file on Node 20.
const readFile = promisify(readFileCallback);

/** Reads in flight at once when `concurrency` is not given. */
export const defaultConcurrency = 32;

/**
 * Read input files concurrently (at most `concurrency` reads in flight, and at most that many
 * results waiting for the consumer), yielding results in input order as soon as each one's turn
 * comes, so parsing overlaps reading and memory stays bounded. Never throws: an unreadable file
 * yields `{ path, error }`.
 */
export async function* readInputs(files: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputResult> {
  const limit = positive(options.concurrency);
  const pending: Promise<InputResult>[] = [];
  let started = 0;
  let done = 0;
  const start = (): void => {
    const path = files[started++] as string;
    pending.push(
      readInput(path, options).then((result) => {
        options.onProgress?.(++done, files.length);
        return result;
      }),
    );
  };
  while (started < files.length && pending.length < limit) start();
  for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
    const result = await next;
    if (started < files.length) start();
    yield result;
  }
}

/** Read every input concurrently into an array in input order; never throws (see `readInputs`). */
export async function readAllInputs(files: readonly string[], options: ReadOptions = {}): Promise<InputResult[]> {
  let done = 0;
  return mapConcurrent(files, positive(options.concurrency), async (path) => {
    const result = await readInput(path, options);
    options.onProgress?.(++done, files.length);
    return result;
  });
}

/** Read one input (`-` for standard input); never throws. */
export async function readInput(
  path: string,
  options: Pick<ReadOptions, 'cwd' | 'stdin'> = {},
): Promise<InputResult> {
  try {
    if (path !== stdinPath) return { path, bytes: await readFile(resolve(options.cwd ?? '', path)) };
    if (options.stdin === undefined) return { path, error: 'standard input is not available' };
    return { path, bytes: await options.stdin() };
  } catch (error) {
    return { path, error: describeError(error) };
  }
}

/** Whether a result is an error entry. */
export function isInputError(result: InputResult): result is InputError {
  return 'error' in result;
}

function positive(concurrency: number | undefined): number {
  if (concurrency === undefined) return defaultConcurrency;
  return Number.isFinite(concurrency) && concurrency >= 1 ? Math.floor(concurrency) : 1;
}
