// The script of each parse worker (see parse-pool.ts): parses the files it is sent, one at a time.
// Other messages (`{ save: true }`, see parse-worker-start.ts) are not jobs.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parse-file.js';

parentPort?.on('message', (message: { id: number; request?: ParseRequest }) => {
  if (message.request === undefined) return;
  parentPort?.postMessage({ id: message.id, result: parseFile(message.request) });
});
