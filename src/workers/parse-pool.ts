import type { Worker } from 'node:worker_threads';
import type { ParseRequest, ParseResult } from './parse-file.js';
import { startWorker } from './start-worker.js';

interface Job {
  resolve: (result: ParseResult) => void;
  reject: (error: Error) => void;
  bytes: number;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Bytes sent and not yet parsed. */
  load: number;
  /** Files parsed. */
  parsed: number;
  alive: boolean;
}

/** Longest wait for a worker to keep its compiled code: writing it takes some 20 ms. */
const saveTimeout = 1000;

/** Ask a worker to keep its compiled code; resolves when it has, or after `saveTimeout`, or when it exits. */
function saveCode(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('exit', done);
      resolve();
    };
    const onMessage = (message: { saved?: boolean }) => {
      if (message.saved === true) done();
    };
    const timer = setTimeout(done, saveTimeout);
    worker.on('message', onMessage);
    worker.on('exit', done);
    worker.postMessage({ save: true });
  });
}

/**
 * Worker threads that parse files (see `parseFile`), each job going to the worker with the fewest
 * bytes still to parse. Results come back as each finishes; ordering them is the caller's part,
 * and so is keeping the workers a few jobs ahead (`hasRoom`) while it parses the rest itself.
 * A worker that fails rejects its jobs, and the pool carries on with the others (or rejects every
 * job once none is left), so that the caller can parse those files itself.
 */
export class ParsePool {
  readonly size: number;
  private readonly slots: Slot[];
  private next = 0;

  /** Start `size` workers; throws (having stopped those started) when one cannot be. */
  constructor(size: number) {
    this.size = size;
    this.slots = [];
    try {
      for (let i = 0; i < size; i++) this.slots.push(this.start());
    } catch (error) {
      for (const slot of this.slots) void this.stop(slot, new Error('parse pool not started'));
      throw error;
    }
  }

  /** Parse one file in a worker. */
  run(request: ParseRequest): Promise<ParseResult> {
    const live = this.slots.filter((slot) => slot.alive);
    if (live.length === 0) return Promise.reject(new Error('no parse worker left'));
    const slot = live.reduce((a, b) => (b.load < a.load ? b : a));
    const id = this.next++;
    return new Promise<ParseResult>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject, bytes: request.bytes.byteLength });
      slot.load += request.bytes.byteLength;
      slot.worker.postMessage({ id, request });
    });
  }

  /**
   * Whether a live worker has fewer than `perWorker` jobs in hand: a caller that parses too gives
   * workers only that many files ahead, since every file a worker holds is one the caller cannot take.
   */
  hasRoom(perWorker: number): boolean {
    return this.slots.some((slot) => slot.alive && slot.jobs.size < perWorker);
  }

  /**
   * Stop every worker; jobs still running are rejected. First a worker that parsed keeps its
   * compiled code for the workers of the next run (see parse-worker-start.ts; from source there is
   * nothing to keep, and no reply: the wait is capped).
   */
  async close(): Promise<void> {
    const parsed = this.slots.find((slot) => slot.alive && slot.parsed > 0 && slot.jobs.size === 0);
    if (parsed !== undefined) await saveCode(parsed.worker);
    await Promise.all(this.slots.map((slot) => this.stop(slot, new Error('parse pool closed'))));
  }

  private start(): Slot {
    const worker = startWorker('parse-worker');
    const slot: Slot = { worker, jobs: new Map(), load: 0, parsed: 0, alive: true };
    worker.on('message', (message: { id: number; result: ParseResult }) => {
      const job = slot.jobs.get(message.id);
      if (job === undefined) return;
      slot.jobs.delete(message.id);
      slot.load -= job.bytes;
      slot.parsed++;
      job.resolve(message.result);
    });
    worker.on('error', (error) => void this.stop(slot, error));
    worker.on('exit', (code) => void this.stop(slot, new Error(`parse worker exited with code ${code}`)));
    return slot;
  }

  private async stop(slot: Slot, error: Error): Promise<void> {
    if (!slot.alive) return;
    slot.alive = false;
    for (const job of slot.jobs.values()) job.reject(error);
    slot.jobs.clear();
    await slot.worker.terminate();
  }
}
