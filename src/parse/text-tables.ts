import { fold } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';
import type { Line } from './types.js';

/** The gap that parts the cells of a table copied out as text: a tab, or two blanks or more. */
const CELL_GAP = /\t+| {2,}/u;

/** The longest line read as a row of such a table: longer, it is a paragraph. */
const LONGEST_ROW = 300;

/**
 * A table of tasks copied out of a word processor or a PDF as plain text (`Wie<TAB>Wat<TAB>Wanneer`
 * / `Bram<TAB>Vergunning aanvragen<TAB>1 april`): its cells stand apart by a tab or a gap of two
 * blanks, the column the cell had. Where a line's cells are all words that head the columns of a
 * table of tasks, one of them the task and one the owner or the deadline, that line and the lines
 * right after it with as many cells or fewer, two at least, become the header and the rows of a
 * table, as if the writer had typed the table in Markdown. Any other line stays as it was.
 */
export function textTables(lines: readonly Line[], vocabs: readonly Vocabulary[]): Line[] {
  if (!lines.some((l) => l.kind === 'paragraph' && (l.text.includes('\t') || l.text.includes('  ')))) return lines as Line[];
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const head = line.kind === 'paragraph' && line.quoteDepth === 0 && line.text.length <= LONGEST_ROW ? cellsOf(line.text) : null;
    if (head === null || !headsTaskTable(head, vocabs)) {
      out.push(line);
      continue;
    }
    out.push({ ...line, kind: 'tableRow', cells: head, header: true });
    let j = i + 1;
    for (; j < lines.length; j++) {
      const row = lines[j] as Line;
      const cells = row.kind === 'paragraph' && row.quoteDepth === 0 && row.text.length <= LONGEST_ROW ? cellsOf(row.text) : null;
      if (cells === null || cells.length > head.length) break;
      out.push({ ...row, kind: 'tableRow', cells: [...cells, ...Array<string>(head.length - cells.length).fill('')], header: false, block: line.block });
    }
    i = j - 1;
  }
  return out;
}

/** The cells of a line parted by gaps, or null when it has fewer than two. */
function cellsOf(text: string): string[] | null {
  const cells = text.trim().split(CELL_GAP).map((c) => c.trim());
  return cells.length >= 2 && cells.every((c) => c !== '') ? cells : null;
}

/** Whether every cell is a word that heads a column of a table of tasks, the task's among them and the owner's or the deadline's. */
function headsTaskTable(cells: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const words = cells.map((c) => fold(c).replace(/[*_:]/gu, '').trim());
  return vocabs.some((v) => {
    const all = [...v.columns.task, ...v.columns.owner, ...v.columns.due, ...v.columns.status];
    const has = (list: readonly string[]): boolean => words.some((w) => list.includes(w));
    return words.every((w) => all.includes(w)) && has(v.columns.task) && (has(v.columns.owner) || has(v.columns.due));
  });
}
