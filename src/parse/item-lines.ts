import type { Vocabulary } from '../lang/types.js';
import { readItemNumber } from './agenda-number.js';
import type { Line } from './types.js';

/** A line shorter than this stops where its writer stopped it, not where text was wrapped. */
const SHORT_LINE = 60;

/** The fewest lines opening with an item's word and number that make the document's items so marked. */
const MARKED_ITEMS = 2;

/**
 * Cut paragraphs at the lines that open an agenda item with its word and number (`TOP 1 –
 * Begrüßung`, `TOP 2: Niederschrift Nr. 37`, `Item 4 Finance`, `§ 5 Wahlen`): minutes typed or
 * exported without blank lines set each item's title on a line of its own right under the last
 * line of the item before, so Markdown reads the whole run as one paragraph. Such a line begins a
 * paragraph of its own, which the agenda then reads as an item's title over its notes. Only where
 * the line before it ends a sentence or stops short (a wrapped sentence that goes on `... fällt
 * dann unter den` / `TOP 7.` is no title), and only in a document with two such lines or more.
 */
export function splitAtItemLines(lines: readonly Line[], vocabs: readonly Vocabulary[]): Line[] {
  const cuts = new Set<number>();
  let marked = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'paragraph' || line.listDepth > 0 || line.quoteDepth > 0 || !opensWithItem(line.text, vocabs)) continue;
    marked++;
    const before = lines[i - 1];
    if (before !== undefined && before.block === line.block && endsWhereWritten(before.text)) cuts.add(i);
  }
  if (cuts.size === 0 || marked < MARKED_ITEMS) return lines as Line[];
  const renumber = new Map<number, number>();
  let next = 0;
  let last = -1;
  return lines.map((line, i) => {
    if (cuts.has(i) || line.block !== last) {
      if (cuts.has(i) || !renumber.has(line.block)) renumber.set(line.block, next++);
      last = line.block;
    }
    const parent = line.parentItem < 0 ? -1 : (renumber.get(line.parentItem) ?? line.parentItem);
    return { ...line, block: renumber.get(line.block) as number, parentItem: parent };
  });
}

/** Whether a line opens with an item's word or mark and its number (`TOP 3`, `Punkt 2:`, `§ 4`), not with a bare number. */
function opensWithItem(text: string, vocabs: readonly Vocabulary[]): boolean {
  if (!/^(?:§|\p{L})/u.test(text)) return false;
  const item = readItemNumber(text, vocabs);
  return item !== null && item.marked && item.number !== null && /^(?:\p{L}|$)/u.test(item.title.trimStart());
}

/** Whether a line ends where its writer ended it: a sentence's or a clause's end, or a short line. */
function endsWhereWritten(text: string): boolean {
  const trimmed = text.trimEnd();
  return /[.!?:;)]$/u.test(trimmed) || (trimmed.length < SHORT_LINE && !/[,(&–-]$/u.test(trimmed));
}
