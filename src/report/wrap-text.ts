/** The width of text on a terminal, counted in code points (wide East Asian characters count one). */
export function textWidth(text: string): number {
  return [...text].length;
}

/**
 * Wrap text to lines of at most `width` code points, breaking at spaces; a word longer than
 * the width is cut. A width of 0 or less leaves the text on one line.
 */
export function wrapText(text: string, width: number): string[] {
  if (width <= 0 || textWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter((word) => word !== '')) {
    for (const piece of cut(word, width)) {
      if (line === '') line = piece;
      else if (textWidth(line) + 1 + textWidth(piece) <= width) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  lines.push(line);
  return lines;
}

/** Cut a word into pieces of at most `width` code points. */
function cut(word: string, width: number): string[] {
  const characters = [...word];
  if (characters.length <= width) return [word];
  const pieces: string[] = [];
  for (let index = 0; index < characters.length; index += width) {
    pieces.push(characters.slice(index, index + width).join(''));
  }
  return pieces;
}
