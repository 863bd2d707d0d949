import { plainText } from './agenda-table.js';
import { htmlText, type HtmlPage } from './html-page.js';

/**
 * Markdown made by a converter (pandoc from a Word file, GitBook, a wiki, a copy from a web page)
 * holds layouts a hand-typed file never has: tables drawn as pandoc grid tables (`+---+---+`) or
 * multiline and simple tables (columns under a rule of dashes, `----- ---------`), and HTML blocks
 * left as they were (`<table>`, `<p>`, `<h2>`, `<ol>`), which Markdown shows as raw markup. They are rewritten as the Markdown a reader sees in the rendered file: a grid or
 * HTML table becomes a pipe table (a cell's paragraphs, lines and list entries joined by `<br>`,
 * as GFM cells write them), any other HTML block the lines of its text (see `htmlText`). Fenced
 * code is left alone. `origin` gives, for each line made (0-based), the file's line (1-based);
 * null when the file holds none of these.
 */
export function converterMarkdown(text: string): HtmlPage | null {
  if (!text.includes('<') && !text.includes('+-') && !text.includes('--- ')) return null;
  const source = text.split('\n');
  const out: Made = { lines: [], origin: [] };
  let changed = false;
  let fence: string | null = null;
  const closing: Closing = { at: -1, done: false };
  for (let i = 0; i < source.length; ) {
    const line = source[i] as string;
    const fenceMark = fenceOf(line);
    if (fenceMark !== null && (fence === null || fenceMark.startsWith(fence))) fence = fence === null ? fenceMark : null;
    const dashed = fence === null ? dashedTable(source, i) : null;
    if (dashed !== null) {
      pipeTable(out, dashed.rows, i + 1);
      changed = true;
      i = dashed.end;
      continue;
    }
    const end = fence === null ? (gridEnd(source, i) ?? htmlEnd(source, i, closing)) : null;
    if (end === null) {
      push(out, line, i + 1);
      i++;
      continue;
    }
    const block = source.slice(i, end);
    const tag = isBorder(line) ? null : openingTag(line);
    if (tag !== null && tag !== 'table' && !block.some((l) => l.toLowerCase().includes(`</${tag}`))) {
      // A line that opens with a tag never closed (`<h1> is used twice`) is prose that names a tag: left as written.
      block.forEach((l, k) => push(out, l, i + k + 1));
      i = end;
      continue;
    }
    const tableRows = opensTable(line) ? htmlRows(block.join('\n')) : null;
    if (tableRows !== null && tableRows.length === 0) {
      // A `<table>` with no row (never closed, or markup only) is left as written.
      push(out, line, i + 1);
      i++;
      continue;
    }
    if (isBorder(line)) pipeTable(out, gridRows(block), i + 1);
    else if (tableRows !== null) pipeTable(out, tableRows, i + 1);
    else {
      const page = htmlText(block.join('\n'));
      // A block of markup only (a logo `<p><img></p>`) gives no line.
      if (page.text.trim() !== '') {
        page.text.split('\n').forEach((made, k) => push(out, made, i + (page.origin[k] ?? 1)));
        push(out, '', end);
      }
    }
    changed = true;
    i = end;
  }
  return changed ? { text: out.lines.join('\n'), origin: out.origin } : null;
}

interface Made {
  lines: string[];
  origin: number[];
}

/** A table row read from a converter's table: its cells' text and the file line it starts on (0-based within its block). */
interface Row {
  cells: string[];
  head: boolean;
  at: number;
}

/** Tags that open a block of HTML a converter leaves in Markdown for the text it holds (a `<div>` or `<section>` wraps page furniture as often, and is left alone). */
const BLOCK_TAGS: ReadonlySet<string> = new Set(['table', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul']);

function push(out: Made, line: string, origin: number): void {
  out.lines.push(line);
  out.origin.push(origin);
}

/** The fence of a fenced code line (```` ``` ````, `~~~`), or null. */
function fenceOf(line: string): string | null {
  const trimmed = line.trimStart();
  if (line.length - trimmed.length > 3) return null;
  const mark = trimmed.charAt(0);
  if (mark !== '`' && mark !== '~') return null;
  let n = 0;
  while (trimmed.charAt(n) === mark) n++;
  return n >= 3 ? mark.repeat(n) : null;
}

/** The name of the block tag a line opens with (`<table class="x">` → `table`), at most three blanks in, or null. */
function openingTag(line: string): string | null {
  const trimmed = line.trimStart();
  if (line.length - trimmed.length > 3 || trimmed.charAt(0) !== '<') return null;
  let n = 1;
  while (n < trimmed.length && n < 12 && /[a-z\d]/iu.test(trimmed.charAt(n))) n++;
  const name = trimmed.slice(1, n).toLowerCase();
  const after = trimmed.charAt(n);
  return BLOCK_TAGS.has(name) && (after === '' || after === '>' || after === ' ' || after === '/' || after === '\t') ? name : null;
}

function opensTable(line: string): boolean {
  return openingTag(line) === 'table';
}

/**
 * The line after an HTML block that opens at line `i`: a table runs to its `</table>`, any other
 * block (and a table never closed) to the next blank line (as CommonMark reads it); null when line `i` opens none.
 */
function htmlEnd(source: readonly string[], i: number, closing: Closing): number | null {
  const tag = openingTag(source[i] as string);
  if (tag === null) return null;
  let j = i;
  if (tag === 'table') {
    // The next line with a `</table`, found once and reused by every opening line before it (linear on unclosed tables).
    if (!closing.done && closing.at < i) {
      let k = Math.max(i, closing.at + 1);
      while (k < source.length && !(source[k] as string).toLowerCase().includes('</table')) k++;
      if (k < source.length) closing.at = k;
      else closing.done = true;
    }
    if (!closing.done) return closing.at + 1;
    // A table never closed ends where Markdown ends the block, at a blank line.
    j = i;
  } else if ((source[i] as string).toLowerCase().includes(`</${tag}`)) return i + 1;
  while (j < source.length && (source[j] as string).trim() !== '') j++;
  return j;
}

/** The next line holding a `</table` at or after the lines read so far (`at`), and whether none follows (`done`). */
interface Closing {
  at: number;
  done: boolean;
}

/** A grid table's border line: `+`, then runs of `-`, `=` or `:` each closed by `+`. A plain scan. */
function isBorder(line: string): boolean {
  const trimmed = line.trimEnd();
  if (trimmed.length < 3 || trimmed.charAt(0) !== '+' || trimmed.charAt(trimmed.length - 1) !== '+') return false;
  for (let k = 1; k < trimmed.length; k++) if ('+-=:'.indexOf(trimmed.charAt(k)) < 0) return false;
  return trimmed.includes('-') || trimmed.includes('=');
}

/** The line after a pandoc grid table that starts at line `i` (border, rows of `|` lines, border ...), or null. */
function gridEnd(source: readonly string[], i: number): number | null {
  if (!isBorder(source[i] as string)) return null;
  let j = i + 1;
  let last = i;
  while (j < source.length) {
    const line = source[j] as string;
    if (isBorder(line)) last = j;
    else if (!line.startsWith('|')) break;
    j++;
  }
  return last > i ? last + 1 : null;
}

/**
 * The rows of a grid table: the columns lie between the `+` of its first border; each row's cell
 * is the text of its column on the row's lines, a blank line between two paragraphs read as a
 * break. The rows above a `+===+` border are the header.
 */
function gridRows(block: readonly string[]): Row[] {
  const first = block[0] as string;
  const stops: number[] = [];
  for (let k = 0; k < first.length; k++) if (first.charAt(k) === '+') stops.push(k);
  const rows: Row[] = [];
  let parts: string[][] = stops.slice(1).map(() => []);
  let at = 1;
  block.forEach((line, n) => {
    if (n === 0) return;
    if (!isBorder(line)) {
      stops.slice(1).forEach((stop, k) => (parts[k] as string[]).push(line.slice((stops[k] as number) + 1, stop).trim()));
      return;
    }
    if (parts.some((lines) => lines.some((piece) => piece !== ''))) rows.push({ cells: parts.map(joinParagraphs), head: line.includes('='), at });
    parts = stops.slice(1).map(() => []);
    at = n + 1;
  });
  return rows;
}

/** A cell's lines as one line: the lines of a paragraph joined by a space, paragraphs (and lines ended by a hard break) by `<br>`. */
function joinParagraphs(lines: readonly string[]): string {
  const paragraphs: string[] = [];
  let current = '';
  for (const written of lines) {
    const [line, hard] = hardBreak(written);
    if (line !== '') current = current === '' ? line : `${current} ${line}`;
    if ((line === '' || hard) && current !== '') {
      paragraphs.push(current);
      current = '';
    }
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.join(' <br> ');
}

/** Tags that end a line or an entry inside an HTML cell. */
const BREAK = /<\/?(?:li|p|br|div|ul|ol)\b[^<>]{0,200}>/giu;

/** The rows of an HTML table, found with `indexOf` (linear): `<th>` rows are the header; each cell's lines and entries joined by `<br>`. */
function htmlRows(html: string): Row[] {
  const lower = html.toLowerCase();
  const [tr, rowEnd, td, th, cellEnd] = ['<tr', '</tr', '<td', '<th', '</t'].map((needle) => seeker(lower, needle)) as [Seek, Seek, Seek, Seek, Seek];
  const rows: Row[] = [];
  let line = 0;
  let counted = 0;
  let at = tr(0);
  while (at >= 0) {
    for (; counted < at; counted++) if (html.charCodeAt(counted) === 10) line++;
    const end = rowEnd(at);
    const stop = end < 0 ? lower.length : end;
    const cells: string[] = [];
    let head = false;
    const nextCell = (from: number): number => {
      const [d, h] = [td(from), th(from)];
      const first = d < 0 ? h : h < 0 ? d : Math.min(d, h);
      return first < 0 || first >= stop ? -1 : first;
    };
    let cell = nextCell(at + 3);
    while (cell >= 0) {
      const open = lower.indexOf('>', cell);
      if (open < 0 || open >= stop) break;
      const next = nextCell(open);
      const close = cellEnd(open);
      const to = Math.min(next < 0 ? stop : next, close < 0 || close > stop ? stop : close);
      head ||= lower.startsWith('<th', cell);
      cells.push(cellText(html.slice(open + 1, to)));
      cell = next;
    }
    if (cells.length > 0) rows.push({ cells, head, at: line });
    if (end < 0) break;
    at = tr(end);
  }
  return rows;
}

/** The next place of a needle at or after a place, for places that only grow: each search starts where the last found one lies, so a text is walked once per needle. */
type Seek = (from: number) => number;

function seeker(lower: string, needle: string): Seek {
  let found = -2;
  return (from) => {
    if (found === -1 || found >= from) return found;
    found = lower.indexOf(needle, from);
    return found;
  };
}

function cellText(html: string): string {
  return html
    .split(BREAK)
    .map(plainText)
    .filter((piece) => piece !== '')
    .join(' <br> ');
}

/** Rows as a GFM pipe table between blank lines: the header rows (or the first row) on top, a `|` inside a cell escaped. */
function pipeTable(out: Made, rows: readonly Row[], firstLine: number): void {
  if (rows.length === 0) return;
  let width = 0;
  for (const row of rows) width = Math.max(width, row.cells.length);
  const heads = rows.filter((row) => row.head);
  const header = heads.length > 0 ? heads[heads.length - 1] as Row : rows[0] as Row;
  const line = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, k) => (cells[k] ?? '').replaceAll('|', '\\|')).join(' | ')} |`;
  push(out, '', firstLine);
  push(out, line(header.cells), firstLine + header.at);
  push(out, `|${' --- |'.repeat(width)}`, firstLine + header.at);
  for (const row of rows) if (row !== header && !row.head) push(out, line(row.cells), firstLine + row.at);
  push(out, '', firstLine);
}

/** The starts of the dash runs of a column rule (`  ----- ------------ -----`): two runs or more, each of three dashes at least, blanks between; else null. A plain scan. */
function columnStarts(line: string): number[] | null {
  const starts: number[] = [];
  let run = 0;
  for (let k = 0; k <= line.length; k++) {
    const c = k < line.length ? line.charAt(k) : ' ';
    if (c === '-') {
      if (run === 0) starts.push(k);
      run++;
    } else if (c === ' ' || c === '\t') {
      if (run > 0 && run < 3) return null;
      run = 0;
    } else return null;
  }
  return starts.length >= 2 ? starts : null;
}

/** A full rule of dashes that opens or closes a multiline table (`  ------------`). */
function isFullRule(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 10) return false;
  for (let k = 0; k < trimmed.length; k++) if (trimmed.charAt(k) !== '-') return false;
  return true;
}

/**
 * A pandoc multiline table (a full rule, header lines, a column rule, rows parted by blank lines,
 * a full rule) or simple table (a header line over a column rule, a row a line, ended by a blank
 * line) that starts at line `i`: its rows and the line after it, or null. Columns run from the
 * start of one dash run to the start of the next.
 */
function dashedTable(source: readonly string[], i: number): { rows: Row[]; end: number } | null {
  const line = source[i] as string;
  const multi = isFullRule(line);
  let rule = i + 1;
  if (multi) while (rule < source.length && rule <= i + 3 && columnStarts(source[rule] as string) === null && (source[rule] as string).trim() !== '') rule++;
  const starts = rule < source.length ? columnStarts(source[rule] as string) : null;
  // A table opens after a blank line: a rule under a line of text underlines it (a setext heading), and a header under such a rule is no table's.
  if (starts === null || (i > 0 && (source[i - 1] as string).trim() !== '') || (!multi && line.trim() === '')) return null;
  const cellsOf = (lines: readonly string[]): string[] => starts.map((start, k) => joinCellLines(lines.map((l) => l.slice(start, starts[k + 1] ?? l.length).trim()), (starts[k + 1] ?? start + 40) - start));
  const rows: Row[] = [{ cells: cellsOf(source.slice(multi ? i + 1 : i, rule)), head: true, at: multi ? 1 : 0 }];
  let j = rule + 1;
  let group: string[] = [];
  let at = j - i;
  const close = (): void => {
    if (group.length > 0) rows.push({ cells: cellsOf(group), head: false, at });
    group = [];
  };
  let groups = 0;
  let lines = 0;
  for (; j < source.length; j++) {
    const text = source[j] as string;
    if (multi ? isFullRule(text) : text.trim() === '') break;
    // A line that runs across the gap between two columns is no row of this table; nor is a table whose closing rule does not come within a few row groups.
    if (!fits(text, starts)) return null;
    if (text.trim() === '') close();
    else {
      lines++;
      if (multi && group.length === 0 && ++groups > MAX_GROUPS) return null;
      // A row of a simple table is one line; a row of a multiline table runs to a blank line.
      if (group.length === 0 || !multi) {
        close();
        at = j - i;
      }
      group.push(text);
    }
  }
  close();
  if (multi && j >= source.length) return null;
  // Rows of one line each boxed in full rules with no blank line between them: a row a line, as in a simple table.
  const body = source.slice(rule + 1, j).filter((l) => l.trim() !== '');
  if (multi && groups === 1 && lines > 1 && body.every((l) => l.slice(0, starts[1]).trim() !== '')) {
    rows.length = 1;
    for (let k = rule + 1; k < j; k++) if ((source[k] as string).trim() !== '') rows.push({ cells: cellsOf([source[k] as string]), head: false, at: k - i });
  }
  if (rows.length < 2) return null;
  return { rows, end: multi ? j + 1 : j };
}

/** Row groups a multiline table may hold before its closing rule. */
const MAX_GROUPS = 60;

/** Whether a line of a dashed table leaves blank the gap before each column (the blank between two dash runs of the column rule). */
function fits(line: string, starts: readonly number[]): boolean {
  for (let k = 1; k < starts.length; k++) {
    const gap = (starts[k] as number) - 1;
    if (gap < line.length && line.charAt(gap) !== ' ' && line.charAt(gap) !== '\t') return false;
  }
  return true;
}

/**
 * A cell's lines in a dashed table as one line: a line that ends a sentence, or stops well short
 * of the column's width (a title, a short entry), ends with a `<br>`; a line filled to the width
 * wraps on with a space.
 */
function joinCellLines(lines: readonly string[], width: number): string {
  let out = '';
  let broken = true;
  for (const written of lines) {
    if (written === '') continue;
    const [line, hard] = hardBreak(written);
    out = out === '' ? line : `${out}${broken ? ' <br> ' : ' '}${line}`;
    broken = hard || /[.!?:;]$/u.test(line) || line.length < width / 2;
  }
  return out;
}

/** A line without the backslash that pandoc writes at its end for a hard line break, and whether it had one. */
function hardBreak(line: string): [string, boolean] {
  return line.endsWith('\\') ? [line.slice(0, -1).trimEnd(), true] : [line, false];
}
