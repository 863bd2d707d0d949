import { toBlocks } from './to-blocks.js';
import { toTree } from './to-tree.js';
import type { Line } from './types.js';

/** A run of whole lines of a document and the line (0-based) it starts at. */
export interface Piece {
  text: string;
  line: number;
}

/**
 * The lines (see `toBlocks`) of consecutive pieces of a document, as if read from the whole: each
 * piece is one chunk of `chunkTrees`. Block numbers start at 0; the caller shifts them.
 */
export function linesOfPieces(pieces: readonly Piece[]): Line[] {
  if (pieces.length === 0) return [];
  // toBlocks reads code and HTML blocks from the source by line number: blank lines stand in
  // for the lines before the first piece.
  const source = '\n'.repeat((pieces[0] as Piece).line) + pieces.map((piece) => piece.text).join('\n');
  return toBlocks(
    (function* () {
      for (const piece of pieces) yield { tree: toTree(piece.text), line: piece.line };
    })(),
    source,
  );
}
