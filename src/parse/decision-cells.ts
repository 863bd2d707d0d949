import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { plainText } from './agenda-table.js';
import { wordsOf } from './cues.js';

/**
 * Tables whose cells hold the notes of each topic (`| Budget | Agreed to raise the fee. |`), as
 * wikis, GitBook and word processors write them, in Markdown or as HTML inside Markdown. A notes
 * cell is read like a short paragraph: each line (`<br>`), list entry (`<li>`) or sentence of it
 * on its own, so a decision recorded in it is found as it would be in running text.
 */

/** A table of an HTML fragment: its header cells and, for each body row, each cell's pieces. */
export interface HtmlTable {
  columns: string[];
  rows: string[][][];
}

/** Tags that end a line or an entry inside a cell. */
const BREAK = /<\/?(?:li|p|br|div|ul|ol|tr)\b[^<>]{0,200}>/giu;

/** A sentence end: a full stop, `!` or `?` followed by blanks and a capital. */
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

/** The same, found one at a time (its stop at index 0 of the match). */
const SENTENCE_ENDS = /[.!?]\s+(?=\p{Lu})/gu;

/**
 * The lines, entries and sentences of a Markdown table cell (`<br>` as written in GFM cells). Given
 * the vocabularies, a full stop after an ordinal number (`bis 1. März`) or an abbreviation (`Dr.`)
 * ends no sentence.
 */
export function cellPieces(cell: string, vocabs?: readonly Vocabulary[]): string[] {
  return cell.split(BREAK).flatMap((text) => (vocabs === undefined ? sentencesOf(text) : sentencesAfterStops(text, abbreviationsOf(vocabs))));
}

function sentencesOf(text: string): string[] {
  return plainText(text)
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

function sentencesAfterStops(text: string, abbreviations: ReadonlySet<string>): string[] {
  const plain = plainText(text);
  const out: string[] = [];
  let from = 0;
  for (const match of plain.matchAll(SENTENCE_ENDS)) {
    const stop = match.index;
    if (plain.charAt(stop) === '.') {
      // The word before the stop: a plain scan back to a blank (each word read once).
      let w = stop;
      while (w > from && !/\s/u.test(plain.charAt(w - 1))) w--;
      const word = fold(plain.slice(w, stop)).replace(/^[("'[]+/u, '');
      if (/^\d{1,2}$/u.test(word) || abbreviations.has(word)) continue;
    }
    out.push(plain.slice(from, stop + 1));
    from = stop + match[0].length;
  }
  out.push(plain.slice(from));
  return out.map((s) => s.trim()).filter((s) => /\p{L}/u.test(s));
}

/** The abbreviations of every vocabulary, folded, found once. */
const abbreviationsOf = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => v.abbreviations.map((a) => fold(a)))));

/** The tables of an HTML fragment, found with `indexOf` (linear): `<th>` cells name the columns, `<td>` cells are read as pieces. */
export function htmlTables(html: string): HtmlTable[] {
  const lower = html.toLowerCase();
  const tables: HtmlTable[] = [];
  let at = lower.indexOf('<table');
  while (at >= 0) {
    const end = lower.indexOf('</table>', at);
    const stop = end < 0 ? lower.length : end;
    const table: HtmlTable = { columns: [], rows: [] };
    let row = lower.indexOf('<tr', at);
    while (row >= 0 && row < stop) {
      const rowEnd = Math.min(stop, lower.indexOf('</tr>', row) < 0 ? stop : lower.indexOf('</tr>', row));
      const heads = cellsOf(html, lower, row, rowEnd, 'th');
      if (heads.length > 0 && table.columns.length === 0) table.columns = heads.map(plainText);
      const cells = cellsOf(html, lower, row, rowEnd, 'td');
      if (cells.length > 0) table.rows.push(cells.map((cell) => cell.split(BREAK).flatMap(sentencesOf)));
      row = lower.indexOf('<tr', rowEnd);
    }
    tables.push(table);
    if (end < 0) break;
    at = lower.indexOf('<table', end);
  }
  return tables;
}

/** The inner HTML of the `<td>` (or `<th>`) cells between two offsets. */
function cellsOf(html: string, lower: string, from: number, to: number, tag: 'td' | 'th'): string[] {
  const out: string[] = [];
  let cell = lower.indexOf(`<${tag}`, from);
  while (cell >= 0 && cell < to) {
    const open = lower.indexOf('>', cell);
    const close = lower.indexOf(`</${tag}>`, open);
    if (open < 0 || close < 0 || close > to) break;
    out.push(html.slice(open + 1, close));
    cell = lower.indexOf(`<${tag}`, close);
  }
  return out;
}

/**
 * Whether a column holds tasks, owners, deadlines or their status (`Action items`, `Owner`,
 * `Actions: Responsible/None`): its cells are no notes to read for decisions.
 */
export function isTaskColumn(column: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(column);
  const head = fold(column).split(/[:(/]/u)[0]?.trim() ?? '';
  return taskColumnWords(vocabs).has(head) || (words[0] !== undefined && taskColumnWords(vocabs).has(words[0]));
}

const taskColumnWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> =>
  new Set(vocabs.flatMap((v) => [...v.columns.task, ...v.columns.owner, ...v.columns.due, ...v.columns.status, ...(v.labels.actions ?? [])]).map(fold)),
);
