import type { ParseOptions } from '../parse/parse-minutes.js';
import { startWorker } from './start-worker.js';

/**
 * The JSON of one document's meeting (`parse --json`), parsed in a worker thread whose heap is
 * capped in proportion to the document: V8 then collects the Markdown parser's garbage as it goes
 * rather than growing the heap (a 50 MB document: about 1.3 GB at peak on the main thread,
 * 0.75-0.9 GB with 256 MB + 8x its size, in the same time; 10x let it reach 1.1 GB). `{ error }`
 * for content that is not text; null when the worker failed (out of memory, say), and the caller
 * parses on its own thread.
 */
export async function parseJsonInWorker(bytes: Uint8Array, options: ParseOptions): Promise<{ json: string } | { error: string } | null> {
  const megabytes = bytes.byteLength / (1024 * 1024);
  const worker = startWorker('json-worker', { maxOldGenerationSizeMb: Math.ceil(256 + 8 * megabytes) });
  try {
    return await new Promise((resolve) => {
      worker.once('message', (message: { json: string } | { error: string }) => resolve(message));
      worker.once('error', () => resolve(null));
      worker.once('exit', () => resolve(null));
      worker.postMessage({ bytes, options });
    });
  } finally {
    await worker.terminate();
  }
}
