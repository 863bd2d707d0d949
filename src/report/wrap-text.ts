import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

/** The width of text on a terminal: wide East Asian characters and emoji take two columns, marks none. */
export function textWidth(text: string): number {
  return stringWidth(text);
}

/**
 * Wrap text to lines of at most `width` terminal columns, breaking at spaces; a word longer than
 * the width is cut. A width of 0 or less leaves the text on one line.
 */
export function wrapText(text: string, width: number): string[] {
  if (width <= 0 || textWidth(text) <= width) return [text];
  return wrapAnsi(text, width, { hard: true, trim: true }).split('\n');
}

/**
 * Wrap text to at most `lines` lines of `width` columns; when it needs more, the last line ends
 * in `…` where the rest was cut (the whole text stays in the JSON formats).
 */
export function clampText(text: string, width: number, lines: number): string[] {
  const wrapped = wrapText(text, width);
  if (wrapped.length <= lines) return wrapped;
  const kept = wrapped.slice(0, lines);
  kept[lines - 1] = truncate(`${kept[lines - 1] ?? ''} ${wrapped[lines] ?? ''}`, width);
  return kept;
}

/** Text cut to `width` columns, ending in `…` when it was longer. */
export function truncate(text: string, width: number): string {
  if (width <= 0 || textWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(text)) {
    const columns = textWidth(segment);
    if (used + columns > width - 1) break;
    out += segment;
    used += columns;
  }
  return `${out.trimEnd()}…`;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
