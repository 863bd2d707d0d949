// The script of a worker that turns pieces of a large document into lines (see parse-async.ts).
import { parentPort } from 'node:worker_threads';
import { linesOfPieces, type Piece } from './lines-of-pieces.js';

parentPort?.on('message', (message: { id: number; pieces: Piece[] }) => {
  parentPort?.postMessage({ id: message.id, lines: linesOfPieces(message.pieces) });
});
