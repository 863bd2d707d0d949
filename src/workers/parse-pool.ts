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
  alive: boolean;
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

  /** Stop every worker; jobs still running are rejected. */
  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => this.stop(slot, new Error('parse pool closed'))));
  }

  private start(): Slot {
    const worker = startWorker('parse-worker');
    const slot: Slot = { worker, jobs: new Map(), load: 0, alive: true };
    worker.on('message', (message: { id: number; result: ParseResult }) => {
      const job = slot.jobs.get(message.id);
      if (job === undefined) return;
      slot.jobs.delete(message.id);
      slot.load -= job.bytes;
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
