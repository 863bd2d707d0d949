import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Root } from 'mdast';
import type { Meeting } from '../model/meeting.js';
import { decode } from './decode.js';
import { linesOfPieces, type Piece } from './lines-of-pieces.js';
import { meetingOf, parseText, type ParseOptions } from './parse-minutes.js';
import { cut, toTree } from './to-tree.js';
import type { Line } from './types.js';

/** Options of `parseMinutesAsync`. */
export interface AsyncParseOptions extends ParseOptions {
  /** Worker threads for the Markdown parse of a large document: 0 or 1 for none; default: the cores, at most 4. */
  workers?: number;
  /** Documents shorter than this (in characters) are parsed on the calling thread. Default 4 MiB. */
  workerMinChars?: number;
  /** Characters of a document a worker is given at a time (default 1 MiB); smaller only to test. */
  groupChars?: number;
  /** Filled in with how many groups of chunks workers parsed, and how many the calling thread did. */
  stats?: { workerGroups: number; threadGroups: number };
}

/** Heap of each worker: a group's trees and lines fit many times over; a limit keeps its garbage collected. */
const WORKER_HEAP_MB = 384;

/**
 * `parseMinutes`, with the Markdown parse of a large document (at least `workerMinChars`) spread
 * over worker threads: the document is cut into the same chunks as on one thread, groups of them
 * go to the workers, and their lines come back in order, so the meeting is the same. Without
 * workers, or when one fails, the calling thread does the work.
 */
export async function parseMinutesAsync(input: string | Uint8Array, options: AsyncParseOptions = {}): Promise<Meeting> {
  const { text, encoding } = decode(input);
  const workers = Math.min(options.workers ?? Math.min(4, availableParallelism()), 16);
  const chunkSize = options.chunkSize ?? 128 * 1024;
  if (workers < 2 || text.length < (options.workerMinChars ?? 4 * 1024 * 1024) || text.length <= chunkSize) return parseText(text, encoding, options);
  const groups = groupPieces([...cut(text, chunkSize)], options.groupChars ?? 1024 * 1024);
  const parts = await linesInWorkers(groups, Math.min(workers, groups.length), options.stats ?? { workerGroups: 0, threadGroups: 0 });
  return meetingOf(text, encoding, joinLines(parts), frontMatterTree(text), options);
}

/** Consecutive pieces in groups of about `size` characters. */
function groupPieces(pieces: Piece[], size: number): Piece[][] {
  const groups: Piece[][] = [];
  let group: Piece[] = [];
  let length = 0;
  for (const piece of pieces) {
    group.push(piece);
    length += piece.text.length;
    if (length >= size) {
      groups.push(group);
      group = [];
      length = 0;
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** The lines of each group, in order, from `count` workers taking the next group as each finishes. */
async function linesInWorkers(groups: Piece[][], count: number, stats: { workerGroups: number; threadGroups: number }): Promise<Line[][]> {
  const parts: Line[][] = new Array(groups.length);
  let next = 0;
  const run = async (): Promise<void> => {
    let worker: Worker | null = startWorker();
    while (next < groups.length) {
      const index = next++;
      const group = groups[index] as Piece[];
      const lines = worker ? await inWorker(worker, group).catch(() => null) : null;
      if (lines === null && worker) {
        // A worker that failed (out of memory, killed) is not asked again; this thread carries on.
        await worker.terminate();
        worker = null;
      }
      if (lines) stats.workerGroups++;
      else stats.threadGroups++;
      parts[index] = lines ?? linesOfPieces(group);
    }
    await worker?.terminate();
  };
  await Promise.all(Array.from({ length: count }, run));
  return parts;
}

function inWorker(worker: Worker, pieces: Piece[]): Promise<Line[]> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: { lines: Line[] }): void => {
      done();
      resolve(message.lines);
    };
    const onError = (error: Error): void => {
      done();
      reject(error);
    };
    const onExit = (code: number): void => onError(new Error(`worker exited with code ${code}`));
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id: 0, pieces });
  });
}

/** The lines of all groups as one document's: block numbers shifted past the groups before. */
function joinLines(parts: readonly Line[][]): Line[] {
  const out: Line[] = [];
  let base = 0;
  for (const lines of parts) {
    let top = -1;
    for (const line of lines) {
      top = Math.max(top, line.block);
      line.block += base;
      if (line.parentItem >= 0) line.parentItem += base;
      out.push(line);
    }
    base += top + 1;
  }
  return out;
}

/** The tree of the front matter alone (all `readFrontMatter` reads), or null. */
function frontMatterTree(text: string): Root | null {
  if (!text.startsWith('---\n')) return null;
  const close = text.indexOf('\n---\n', 3);
  const end = close >= 0 ? close + 4 : text.endsWith('\n---') ? text.length : -1;
  return end < 0 ? null : toTree(text.slice(0, end));
}

/**
 * A worker running lines-worker: in the build, `dist/parse/lines-worker.js` beside the chunk this
 * module was bundled into; from source (tests), `lines-worker.ts` through tsx, a development dependency.
 */
function startWorker(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./parse/lines-worker.js', here), { resourceLimits });
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs')).href;
  const script = new URL('./lines-worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`, { eval: true, resourceLimits });
}
