import type { Root } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

/**
 * The parts of GitHub Flavored Markdown that minutes use: tables (attendees, actions), task lists
 * (`- [x] done`) and strikethrough (`~~cancelled~~`). Not autolink literals or footnotes: a bare
 * URL or `[^1]` stays in the text as written either way, and the autolink transform alone costs
 * about a third of remark's parse time (5 MB: 3.3 s with remark-gfm, 2.2 s with these three).
 * Tables are left out on request (`tables: false`), for texts that cannot hold one.
 */
function gfmForMinutes(this: Processor, { tables }: { tables: boolean }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmStrikethrough(), ...(tables ? [gfmTable()] : []), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown(), ...(tables ? [gfmTableFromMarkdown()] : []), gfmTaskListItemFromMarkdown());
}

/**
 * Emphasis (`*`, `_`, `**`) and links (`[text](url)`) left unread, as plain text with their marks:
 * micromark pairs emphasis runs, and link brackets, in time that grows with the square of their
 * number in one paragraph (40,000 `**b**` on one line: 5 s in bare remark-parse; 120,000 links:
 * 7 s), so a text with thousands of them is read without them. Every character stays; only the
 * marks are not taken for emphasis or links.
 */
function withoutInlineMarks(this: Processor): void {
  (this.data().micromarkExtensions ??= []).push({ disable: { null: ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd'] } });
}

/** The Markdown parser of minutes, with or without tables, and with or without emphasis and links. */
function minutesParser(tables: boolean, inlineMarks = true): Processor {
  const parser = unified().use(remarkParse).use(gfmForMinutes, { tables }).use(remarkFrontmatter, ['yaml', 'toml']);
  return (inlineMarks ? parser : parser.use(withoutInlineMarks)) as unknown as Processor;
}

const processor = minutesParser(true);

/**
 * The same parser without tables, for a text where none can start: the table parser tries every
 * paragraph's first line as a head row (5 MB document without tables: 2.8 s with it, 2.4 s without).
 */
const tablelessProcessor = minutesParser(false);

/** Both parsers without emphasis and links, made when first needed (see `withoutInlineMarks`). */
let plainProcessors: { tables: Processor; tableless: Processor } | null = null;

function withoutMarks(tables: boolean): Processor {
  plainProcessors ??= { tables: minutesParser(true, false), tableless: minutesParser(false, false) };
  return tables ? plainProcessors.tables : plainProcessors.tableless;
}

/** More marks of one kind than this in one text to parse and emphasis and links are left unread (2,000 emphasis runs parse in about 20 ms). */
const MOST_INLINE_MARKS = 4000;

/**
 * Whether a text holds more than `MOST_INLINE_MARKS` emphasis marks (`*` and `_` together) or
 * link brackets (`[`): found with `indexOf`, stopping once past the limit.
 */
export function manyInlineMarks(text: string): boolean {
  return countPast(text, ['*', '_']) || countPast(text, ['[']);
}

function countPast(text: string, marks: readonly string[]): boolean {
  let count = 0;
  for (const mark of marks) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (++count > MOST_INLINE_MARKS) return true;
    }
  }
  return false;
}

/**
 * Whether a table could start in the text. A table needs a delimiter row (`--|--`, `:-:`, `|-|`)
 * with a `|` or a `:` in it, and nothing but those, dashes, blanks and quote marks: a text with no
 * `|` and no such line with a `:` holds no table. A text with a `\r` is not looked into (a lone
 * `\r` ends a line too).
 */
export function mayHoldTable(text: string): boolean {
  if (text.includes('|') || text.includes('\r')) return true;
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    const start = text.lastIndexOf('\n', at) + 1;
    const next = text.indexOf('\n', at);
    const end = next < 0 ? text.length : next;
    if (onlyDelimiterRow(text, start, end)) return true;
    at = end;
  }
  return false;
}

/** Whether `text[start, end)` holds only what a delimiter row without `|` may: `:`, `-`, spaces, tabs and `>`. */
function onlyDelimiterRow(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x3a && code !== 0x2d && code !== 0x20 && code !== 0x09 && code !== 0x3e) return false;
  }
  return true;
}

/** Deepest nesting of block quotes, and widest indentation, that reach the Markdown parser. */
const MAX_QUOTES = 100;
const MAX_INDENT = 400;

/**
 * Characters per chunk by default. Smaller chunks cost less in all: the parser's working arrays
 * (events, tokens) stay small and short-lived, so the garbage collector copies far less
 * (5 MB document: 3.2 s with 128 KiB, 2.85 s with 32 KiB; 16 KiB gains nothing more).
 */
export const CHUNK_SIZE = 32 * 1024;

/** One independently parsed piece of a document: its tree and the line (0-based) it starts at. */
export interface Chunk {
  tree: Root;
  /** Lines before the chunk in the whole document: add it to every line in `tree`. */
  line: number;
}

/**
 * Parse Markdown (or plain text, which is Markdown too) into an mdast tree with positions.
 * Pathological nesting (thousands of `>` or of indented list levels) is capped first: the parser
 * recurses on nested quotes and slows down quadratically on deep lists. Only those lines change,
 * and only in their leading marks; every word stays.
 */
export function toTree(text: string): Root {
  const tamed = withListBullets(tame(text));
  const tables = mayHoldTable(tamed);
  const parser = manyInlineMarks(tamed) ? withoutMarks(tables) : tables ? processor : tablelessProcessor;
  return parser.parse(tamed) as Root;
}

/**
 * Parse a document in chunks of about `size` characters, cut only where a block certainly ends
 * (before an unindented line after a blank line, a heading, or the next item of a flat list,
 * never inside fenced code or front matter), so the Markdown parser's cost stays linear in the
 * document's length. A small document is one chunk.
 */
export function toTrees(text: string, size = CHUNK_SIZE): Chunk[] {
  return [...chunkTrees(text, size)];
}

/**
 * `toTrees` one chunk at a time: each tree is parsed when the caller asks for it, so a caller that
 * is done with a tree before the next (as `toBlocks` is) holds one in memory, not all of them.
 */
export function* chunkTrees(text: string, size = CHUNK_SIZE): Generator<Chunk> {
  for (const piece of cut(text, size)) yield { tree: toTree(piece.text), line: piece.line };
}

/** A typographic bullet opening a line, as word processors and web pages paste lists (`• Item`, `▪ Item`). */
const TYPED_BULLET = /^([ \t]{0,3})[•▪◦‣●○■∙](?=[ \t])/gmu;

/**
 * Lines opened by a typographic bullet (`• De notulen worden goedgekeurd.`) made Markdown list
 * items, as the writer meant them: the bullet becomes `-`, one character for one, so every
 * position stays where it was. Without this, pasted bullets run together into one paragraph.
 */
export function withListBullets(text: string): string {
  if (!/[•▪◦‣●○■∙]/u.test(text)) return text;
  const listed = text.replace(TYPED_BULLET, '$1-');
  return /^ {4,16}[•▪◦‣●○■∙] /mu.test(listed) ? withIndentedBullets(listed) : listed;
}

/** A typographic bullet indented four blanks or more, under a list point: a point of a nested list. */
const NESTED_BULLET = /^( {4,16})[•▪◦‣●○■∙](?= )/u;

/** A line that is a list point: a bullet or a number, then a blank. */
const LIST_POINT = /^\s*(?:[-*+]|\d{1,3}[.)])\s/u;

/** A typographic bullet indented four to six blanks, then a blank. */
const INDENTED_BULLET = /^( {4,6})[•▪◦‣●○■∙] /u;

/**
 * A run of typographic bullets indented four to six blanks as a web page's list pastes them
 * (`Mededelingen:` / `    • De bloembakken zijn geplaatst.` / `    • ...`): Markdown reads such
 * lines as the paragraph above going on, or as code, and the points run together. Unless the run
 * is nested under a list point above it, its bullets become `-` at three blanks with the rest of
 * the indentation after the mark, so each line keeps its length and every word its place; nested
 * under a point (`- Talous` / `    • Tilinpäätös`, up to sixteen blanks deep), each becomes `-`
 * where it stands, a point of a nested list as the writer indented it.
 */
function withIndentedBullets(text: string): string {
  const lines = text.split('\n');
  let previous = '';
  let inRun = false;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as string;
    if (line.trim() === '') continue;
    const bullet = INDENTED_BULLET.exec(line);
    if (bullet !== null && (inRun || !LIST_POINT.test(previous))) {
      const indent = (bullet[1] as string).length;
      lines[k] = `   -${' '.repeat(indent - 2)}${line.slice(indent + 2)}`;
      inRun = true;
    } else {
      // Under a list point the indented bullet nests (`- Talous` / `    • Tilinpäätös`): it becomes `-` where it stands.
      const nested = LIST_POINT.test(previous) ? NESTED_BULLET.exec(line) : null;
      if (nested !== null) lines[k] = `${nested[1] as string}-${line.slice((nested[1] as string).length + 1)}`;
      inRun = false;
    }
    previous = lines[k] as string;
  }
  return lines.join('\n');
}

/** Cap the leading quote marks and indentation of each line (same length or shorter, same line count). */
export function tame(text: string): string {
  if (!/^(?:[ \t]{400}|(?:> ?){100}|[ \t]*(?:[-*+>][ \t]+){100})/m.test(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      const quotes = /^(?:> ?)+/.exec(line)?.[0] ?? '';
      const marks = quotes.replace(/ /g, '').length;
      if (marks > MAX_QUOTES) return '> '.repeat(MAX_QUOTES) + line.slice(quotes.length);
      const items = /^[ \t]*(?:[-*+>][ \t]+){100,}/.exec(line)?.[0];
      if (items) return `${items.slice(0, 200)}${line.slice(items.length)}`;
      const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      return indent > MAX_INDENT ? line.slice(indent - MAX_INDENT) : line;
    })
    .join('\n');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ITEM = /^([-*+]) /;
const NESTED_POINT = /^[ \t]+[-*+] /;

/**
 * Nested list points in a chunk before it is cut at the next safe place, whatever its length: the
 * Markdown parser's time on a list whose points hold nested lists grows with the square of its
 * length (4,000 points with two notes each: 12 s in bare remark-parse), so such a list is read a
 * few hundred points at a time.
 */
const POINTS_PER_CHUNK = 128;

function* cut(text: string, size: number): Generator<{ text: string; line: number }> {
  const lines = text.split('\n');
  let start = 0;
  let length = 0;
  let fence: string | null = null;
  // The bullet of the list an unindented line last opened, while the lines since are its points and what they hold.
  let bullet: string | null = null;
  let points = 0;
  let i = frontMatterEnd(lines);
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if ((length >= size || points >= POINTS_PER_CHUNK) && fence === null && safeBefore(lines, i, bullet)) {
      yield { text: lines.slice(start, i).join('\n'), line: start };
      start = i;
      length = 0;
      points = 0;
    }
    const mark = FENCE.exec(line)?.[1];
    if (mark !== undefined) {
      if (fence === null) fence = mark;
      else if (mark.startsWith(fence)) fence = null;
    }
    if (fence === null && /^\S/.test(line)) bullet = ITEM.exec(line)?.[1] ?? null;
    if (NESTED_POINT.test(line)) points++;
    length += line.length + 1;
  }
  yield { text: lines.slice(start).join('\n'), line: start };
}

/**
 * Whether a block certainly starts at line `i`: an unindented line after a blank line, a heading,
 * or the next point of a list whose bullet is `bullet`, after that list's last point or after what
 * the last point holds (a list of points with notes nested under each is cut between points: the
 * Markdown parser's time grows with the square of such a list's length).
 */
function safeBefore(lines: readonly string[], i: number, bullet: string | null): boolean {
  const line = lines[i] as string;
  const previous = lines[i - 1] ?? '';
  if (line.trim() === '' || /^[\s>]/.test(line)) return false;
  if (previous.trim() === '') return true;
  if (/^#{1,6}(\s|$)/.test(line)) return true;
  const item = ITEM.exec(line)?.[1];
  if (item === undefined || line.trim().length < 2) return false;
  return ITEM.exec(previous)?.[1] === item || (item === bullet && /^[ \t]/.test(previous));
}

function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.indexOf('---', 1);
  return close < 0 ? 0 : close + 1;
}
