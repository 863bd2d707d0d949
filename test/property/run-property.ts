import { Worker } from 'node:worker_threads';
import type { PropertyJob, PropertyMessage } from './property-worker-main.js';

/** How long one case may run before the property counts as hung. */
export const caseLimitMs = 10_000;

/**
 * Run one property in a worker thread: null when it holds, else fast-check's report (seed, path,
 * counterexample, error) or the input a case hung on. A parse that never ends cannot be stopped
 * inside the test's own thread (vitest's timeout never fires while the thread is busy), so the
 * worker reports each input before checking it, and is terminated when one case runs past
 * `caseLimitMs`.
 */
export function runProperty(job: PropertyJob): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./property-worker.mjs', import.meta.url), { workerData: job });
    let current: string | Uint8Array | null = null;
    let since = Date.now();
    const finish = (result: string | null): void => {
      clearInterval(watchdog);
      void worker.terminate();
      resolve(result);
    };
    const watchdog = setInterval(() => {
      if (Date.now() - since > caseLimitMs) finish(`no result within ${caseLimitMs / 1000} s (a hang?) on input ${describeInput(current)}`);
    }, 250);
    worker.on('message', (message: PropertyMessage) => {
      if (message.kind === 'done') finish(message.failure);
      else {
        current = message.input;
        since = Date.now();
      }
    });
    worker.on('error', (error) => {
      clearInterval(watchdog);
      reject(error);
    });
  });
}

/** The number of runs a property gets: MINUTES_PROPERTY_RUNS, or the default. */
export function propertyRuns(fallback = 1000): number {
  const value = process.env.MINUTES_PROPERTY_RUNS;
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n > 0 ? n : fallback;
}

function describeInput(input: string | Uint8Array | null): string {
  if (input === null) return '(none yet)';
  return typeof input === 'string' ? JSON.stringify(input) : `Uint8Array.from([${[...input].join(',')}])`;
}
