// The script of the worker that reads one large document for `minutes parse --json` (see
// parse-json.ts): it parses and writes the JSON, so that only that text comes back.
import { parentPort } from 'node:worker_threads';
import { parseMinutes, type ParseOptions } from '../parse/parse-minutes.js';

parentPort?.once('message', (message: { bytes: Uint8Array; options: ParseOptions }) => {
  try {
    parentPort?.postMessage({ json: JSON.stringify(parseMinutes(message.bytes, message.options), null, 2) });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
