import type { AgendaDraft } from './agenda-draft.js';
import { bodyItem, cleanItemTitle, closeRanges } from './agenda-draft.js';
import type { Header } from './read-header.js';
import type { Line } from './types.js';

/** A topic line is a few words, not a sentence of notes. */
const MOST_WORDS = 10;
const LONGEST = 90;

/**
 * Topics written without numbers or headings, as minutes typed in a word processor or a pad are:
 * short lines set wholly in bold, each followed by notes (`**Ekonomi**` then a paragraph), or the
 * top-level points of a list whose points hold nested notes (`* Planning` then `  * Ruben ...`).
 * At least three topics, most of them with notes of their own; each owns the lines up to the next.
 * Lines the header read (labels, attendance) are never topics.
 */
export function looseTopics(lines: readonly Line[], header: Header): AgendaDraft[] {
  const bold = boldTopics(lines, header);
  return bold.length >= 3 ? bold : listTopics(lines, header);
}

function boldTopics(lines: readonly Line[], header: Header): AgendaDraft[] {
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' || !line.bold || line.listDepth > 0 || line.quoteDepth > 0) return;
    // The opening and closing of the meeting (`**Mötets öppnande**`) are topics, though the header reads a time from them.
    const field = header.labels.get(index)?.field;
    if ((field !== undefined && field !== 'start' && field !== 'end') || !topicShaped(line.text)) return;
    if (header.consumed.has(index) && field === undefined) return;
    // A bold line alone in its paragraph: the next line starts another block.
    if ((lines[index + 1] as Line | undefined)?.block === line.block) return;
    found.push(index);
  });
  const withNotes = found.filter((index, k) => hasNotes(lines, index, found[k + 1] ?? lines.length));
  if (found.length < 3 || withNotes.length * 3 < found.length * 2) return [];
  return closeRanges(found.map((index) => bodyItem(lines, index, null, cleanItemTitle((lines[index] as Line).text))), endOf(lines, found));
}

function listTopics(lines: readonly Line[], header: Header): AgendaDraft[] {
  let best: number[] = [];
  let run: number[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'listItem' || line.quoteDepth > 0 || header.consumed.has(index)) {
      // Anything outside a list ends the run of points.
      if (run.length > best.length) best = run;
      run = [];
      return;
    }
    if (line.itemStart && line.listDepth === 1) run.push(index);
  });
  if (run.length > best.length) best = run;
  if (best.length < 3 || best.some((index) => !topicShaped((lines[index] as Line).text))) return [];
  const withNotes = best.filter((index, k) => nestedNotes(lines, index, best[k + 1] ?? lines.length));
  if (withNotes.length * 3 < best.length * 2) return [];
  return closeRanges(best.map((index) => bodyItem(lines, index, null, cleanItemTitle((lines[index] as Line).text))), endOf(lines, best));
}

/** A few words without a full stop at the end: a title, not a sentence. */
function topicShaped(text: string): boolean {
  const words = text.split(' ').filter((w) => w !== '').length;
  return text.length > 1 && text.length <= LONGEST && words <= MOST_WORDS && !text.endsWith('.') && !text.endsWith(':') && /\p{L}/u.test(text);
}

/** Whether text other than a heading stands between a topic line and the next. */
function hasNotes(lines: readonly Line[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if ((lines[j] as Line).kind !== 'heading' && (lines[j] as Line).text.trim() !== '') return true;
  return false;
}

/** Whether a list point holds nested points before the next point. */
function nestedNotes(lines: readonly Line[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if ((lines[j] as Line).listDepth > (lines[from] as Line).listDepth) return true;
  return false;
}

/** The last topic owns the lines up to the next heading after it, or the end. */
function endOf(lines: readonly Line[], topics: readonly number[]): number {
  const last = topics[topics.length - 1] ?? 0;
  for (let j = last + 1; j < lines.length; j++) if ((lines[j] as Line).kind === 'heading') return j;
  return lines.length;
}
