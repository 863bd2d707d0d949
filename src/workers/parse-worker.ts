// The script of each parse worker (see parse-pool.ts): parses the files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseRequest } from './parse-file.js';

parentPort?.on('message', (message: { id: number; request: ParseRequest }) => {
  parentPort?.postMessage({ id: message.id, result: parseFile(message.request) });
});
