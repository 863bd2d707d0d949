import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { cleanItemTitle, type AgendaDraft } from './agenda-draft.js';
import type { Header } from './header.js';
import { readItemNumber } from './agenda-number.js';
import type { Line } from './types.js';

/** One row of an agenda table: its number cell (if any) and its title. */
export interface TableEntry {
  index: number;
  number: string | null;
  title: string;
}

/** A cell that only numbers the row: `1`, `1.`, `#2`, `Agenda 3`, `TOP 4`, `§ 5`. */
export const NUMBER_CELL = /^(?:\p{L}{1,12}\s?)?[#§]?\s?(\d{1,3})\.?$/u;

/**
 * The rows of the first table among `indices` (Markdown, or an HTML `<table>` as exported by wikis
 * and GitBook), before any heading: per body row the number cell and the first cell with words,
 * which is the item. Empty when the lines hold no table.
 */
export function tableEntries(lines: readonly Line[], indices: readonly number[]): TableEntry[] {
  const out: TableEntry[] = [];
  for (const j of indices) {
    const line = lines[j] as Line;
    if (line.kind === 'heading') break;
    if (line.kind === 'tableRow' && line.cells) {
      if (!line.header) pushRow(out, j, line.cells);
      continue;
    }
    if (out.length > 0) break;
    const html = line.kind === 'html' ? htmlBlock(lines, j) : null;
    if (html !== null && html.includes('<t')) for (const cells of htmlRows(html)) pushRow(out, j, cells);
  }
  return out;
}

/**
 * The HTML block that opens at line `i`, its lines joined (a table written or wrapped over many
 * lines, `<tr><td>Budget</td>` / `<td>Agreed</td></tr>`, is one fragment), or null where line `i`
 * is no HTML or goes on from the line before.
 */
export function htmlBlock(lines: readonly Line[], i: number): string | null {
  const line = lines[i] as Line;
  const before = lines[i - 1];
  if (line.kind !== 'html' || (before !== undefined && before.block === line.block && before.kind === 'html')) return null;
  let html = line.text;
  for (let j = i + 1; j < lines.length && (lines[j] as Line).block === line.block; j++) html += `\n${(lines[j] as Line).text}`;
  return html;
}

/** Sections whose tables list tasks or decisions, not the items of the meeting. */
const NOT_TOPICS = new Set(['actions', 'decisions', 'proposal', 'participants', 'absent']);

/** The topic column headers of the vocabularies, folded, made once. */
const topicColumns = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.topicColumns.map(fold))));

/**
 * Minutes written as a table, one row an item (`| Nr | Onderwerp | Besluit | Wie |`, `| § | Ärende |
 * Beslut |`): the rows of the first table whose header names a topic column, two rows at least,
 * each titled by that column and numbered by a cell that only holds a number. A table under an
 * actions or decisions heading or label lists tasks, not items. Each row is its item's line.
 */
export function topicTableItems(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const topics = topicColumns(vocabs);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'tableRow' || !line.header || !line.cells) continue;
    if (NOT_TOPICS.has(sectionAbove(lines, i, header) ?? '')) continue;
    // A number column may be named like a topic (`| TOP | Thema |`, `| Item | Subject |`): the topic is the first such column whose rows hold words.
    for (const [column, cell] of line.cells.entries()) {
      if (!topics.has(fold(cell).replace(/[*_:]/g, '').trim())) continue;
      const items = topicRows(lines, i, column, vocabs);
      if (items.length >= 2) return items;
    }
  }
  return numberedRows(lines, header);
}

/** The items of the rows below header row `i`, each titled by its cell in `column` (see `topicTableItems`). */
function topicRows(lines: readonly Line[], i: number, column: number, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const items: AgendaDraft[] = [];
  for (let j = i + 1; j < lines.length && (lines[j] as Line).kind === 'tableRow' && !(lines[j] as Line).header; j++) {
    const cells = (lines[j] as Line).cells ?? [];
    const written = cleanItemTitle(firstLine(cells[column] ?? ''));
    if (!/\p{L}{2}/u.test(written)) continue;
    const numberCell = cells.find((cell, k) => k !== column && NUMBER_CELL.test(cell.trim()));
    // Without a column of numbers, the topic cell may carry its own (`| 2. Begroting |`).
    const own = numberCell === undefined ? readItemNumber(written, vocabs) : null;
    const number = numberCell === undefined ? (own?.number ?? null) : (NUMBER_CELL.exec(numberCell.trim())?.[1] ?? null);
    const title = own?.number ? own.title : written;
    items.push({ number, title, presenter: null, from: j, to: j + 1, hasBody: true, position: (lines[j] as Line).start });
  }
  return items;
}

/** A cell's first line: a converter joins a cell's paragraphs with `<br>` (`**Opening** <br> The chair ...`), and the first is the title. */
function firstLine(cell: string): string {
  const br = cell.toLowerCase().indexOf('<br');
  return (br < 0 ? cell : cell.slice(0, br)).trim();
}

/** The fewest rows numbered one after another that make a table of minutes. */
const LEAST_NUMBERED_ROWS = 3;

/**
 * Minutes typed in a word processor's table with no header of its own (`| 1. | Opening | De
 * voorzitter opent ... |`), which Markdown reads with the first row as the header: each row an
 * item, the first cell its number, the next its title, the rest its notes. Three rows or more,
 * the header row among them, numbered 1, 2, 3 ... in order, each with a title of a few words; no
 * table under an actions or decisions heading.
 */
function numberedRows(lines: readonly Line[], header: Header): AgendaDraft[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'tableRow' || !line.header || !line.cells || NOT_TOPICS.has(sectionAbove(lines, i, header) ?? '')) continue;
    const items: AgendaDraft[] = [];
    for (let j = i; j < lines.length && (lines[j] as Line).kind === 'tableRow' && (j === i || !(lines[j] as Line).header); j++) {
      const [first = '', second = ''] = (lines[j] as Line).cells ?? [];
      const number = NUMBER_CELL.exec(first.trim())?.[1];
      const title = cleanItemTitle(second.trim());
      if (number === undefined || Number(number) !== items.length + 1 || !/\p{L}{2}/u.test(title) || title.length > LONGEST_ROW_TITLE) break;
      items.push({ number, title, presenter: null, from: j, to: j + 1, hasBody: true, position: (lines[j] as Line).start });
    }
    if (items.length >= LEAST_NUMBERED_ROWS) return items;
  }
  return [];
}

/** A title cell longer than this holds notes, not an item's title. */
const LONGEST_ROW_TITLE = 90;

/** The field of a section label right above a line (`Actiepunten:`), else of the nearest heading above it, or null. */
function sectionAbove(lines: readonly Line[], index: number, header: Header): string | null {
  // A label with its value on its line (`Aanwezig: ...`) heads nothing below it.
  const right = header.labels.get(index - 1);
  if (right !== undefined && right.value === '') return right.field;
  for (let j = index - 1; j >= 0; j--) {
    if ((lines[j] as Line).kind === 'heading') return header.labels.get(j)?.field ?? null;
  }
  return null;
}

function pushRow(out: TableEntry[], index: number, cells: readonly string[]): void {
  const numberCell = cells.find((cell) => NUMBER_CELL.test(cell.trim()));
  const title = cells.find((cell) => cell !== numberCell && /\p{L}{2}/u.test(cell));
  if (title === undefined) return;
  const number = numberCell === undefined ? null : (NUMBER_CELL.exec(numberCell.trim())?.[1] ?? null);
  out.push({ index, number, title: cleanItemTitle(title.trim()) });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Plain text of an HTML fragment: tags dropped, the common entities decoded, blanks collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,6});/giu, (whole, name: string) => {
      if (!name.startsWith('#')) return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name.charAt(1).toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The cell texts of the body rows of an HTML table (rows of `<td>` cells; header rows of `<th>` left out). Linear: found with `indexOf`. */
export function htmlRows(html: string): string[][] {
  const rows: string[][] = [];
  const lower = html.toLowerCase();
  let at = lower.indexOf('<tr');
  while (at >= 0) {
    const end = lower.indexOf('</tr>', at);
    const stop = end < 0 ? lower.length : end;
    const cells: string[] = [];
    let cell = lower.indexOf('<td', at);
    while (cell >= 0 && cell < stop) {
      const open = lower.indexOf('>', cell);
      const close = lower.indexOf('</td>', open);
      if (open < 0 || close < 0 || close > stop) break;
      cells.push(plainText(html.slice(open + 1, close)));
      cell = lower.indexOf('<td', close);
    }
    if (cells.length > 0) rows.push(cells);
    if (end < 0) break;
    at = lower.indexOf('<tr', end);
  }
  return rows;
}
