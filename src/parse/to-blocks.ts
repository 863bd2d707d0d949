import type { List, Nodes, Root, RootContent, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Line, LineKind } from './types.js';
import { toTree, type Chunk } from './to-tree.js';

interface Frame {
  node: RootContent;
  listDepth: number;
  quoteDepth: number;
  parentItem: number;
  /** Line and column offsets of a re-parsed indented block. */
  shift: Shift;
  /** The last entry of the list being read when its other entries are short lines of one line each (see `compactEnd`). */
  listEnd?: RootContent | null;
}

interface Shift {
  line: number;
  column: number;
}

interface Piece {
  text: string;
  line: number;
  column: number;
  bold: number;
  struck: boolean;
  hardBreak: boolean;
}

const NO_SHIFT: Shift = { line: 0, column: 0 };

/**
 * Flatten the Markdown tree into the lines a reader sees, each with its place, its block's kind
 * and its list nesting. Glued bold runs (`**A****B**`) become separate lines, and an indented code
 * block that holds a list or prose (a common accident) is read as Markdown again. Iterative: no
 * recursion on the tree, so deep nesting cannot overflow the stack.
 */
export function toBlocks(input: Root | Iterable<Chunk>, source: string): Line[] {
  const sourceLines = source.split('\n');
  const footnoted = source.includes('\\*') && FOOTNOTE_MARK.test(source);
  const chunks: Iterable<Chunk> = 'type' in input ? [{ tree: input, line: 0 }] : input;
  const lines: Line[] = [];
  const stack: Frame[] = [];
  let block = 0;
  // Chunk by chunk, in order: each tree can be let go before the next is parsed.
  for (const chunk of chunks) {
    pushChildren(stack, chunk.tree.children, { listDepth: 0, quoteDepth: 0, parentItem: -1, shift: chunk.line === 0 ? NO_SHIFT : { line: chunk.line, column: 0 } });
    while (stack.length > 0) {
      const frame = stack.pop() as Frame;
      const { node } = frame;
      switch (node.type) {
        case 'blockquote':
          pushChildren(stack, node.children, { ...frame, quoteDepth: frame.quoteDepth + 1 });
          break;
        case 'list':
          pushChildren(stack, !node.ordered && node.children.some(notesAfterNumber) ? node.children.flatMap(unwrapDoubleMark) : node.children, { ...frame, listDepth: frame.listDepth + 1, listEnd: compactEnd(node) });
          break;
        case 'listItem': {
          const id = block++;
          const [first, ...rest] = node.children;
          const ordinal = readOrdinal(sourceLines, node, frame.shift);
          if (first !== undefined && (first.type === 'paragraph' || first.type === 'heading')) {
            const itemLines = inlineLines(first, sourceLines, frame.shift);
            const bulleted = node.position && LIST_MARK_BULLET.test(sourceLines[frame.shift.line + node.position.start.line - 1] ?? '');
            const lazy = bulleted ? lazyFrom(itemLines, sourceLines, frame) : frame.listEnd === node ? listEndsAt(itemLines, sourceLines, frame) : itemLines.length;
            const after = lazy < itemLines.length ? block++ : -1;
            itemLines.forEach((piece, index) =>
              lines.push(index >= lazy
                ? makeLine(piece, 'paragraph', { ...frame, listDepth: frame.listDepth - 1 }, after, {})
                : makeLine(piece, 'listItem', frame, id, {
                  itemStart: index === 0,
                  ordinal: index === 0 ? ordinal : null,
                  checked: index === 0 ? (node.checked ?? null) : null,
                })),
            );
            pushChildren(stack, rest, { ...frame, parentItem: id });
          } else if (first !== undefined && widelySpacedText(first, node)) {
            // `1.      Opening`: the item's own text, not code (see widelySpacedText).
            codePieces(first, sourceLines, frame.shift).forEach((piece, index) =>
              lines.push(makeLine([piece], 'listItem', frame, id, {
                itemStart: index === 0,
                ordinal: index === 0 ? ordinal : null,
                checked: index === 0 ? (node.checked ?? null) : null,
              })),
            );
            pushChildren(stack, rest, { ...frame, parentItem: id });
          } else {
            const start = frame.shift.line + (node.position?.start.line ?? 1);
            lines.push(emptyItem(start, frame, id, ordinal, node.checked ?? null));
            pushChildren(stack, node.children, { ...frame, parentItem: id });
          }
          break;
        }
        case 'heading':
        case 'paragraph': {
          const id = block++;
          const pieceLines = inlineLines(node, sourceLines, frame.shift);
          if (underlinesLastLine(node, pieceLines, sourceLines, frame.shift)) {
            // `Als Schriftführer wurde Ekki gewählt.` / `Bericht Kasse` / `-------------`: prose, then a heading.
            const title = pieceLines.pop() as Piece[];
            for (const piece of pieceLines) lines.push(makeLine(piece, 'paragraph', frame, id, {}));
            lines.push(makeLine(title, 'heading', frame, block++, { depth: (node as { depth: number }).depth }));
            break;
          }
          if (node.type === 'paragraph' && frame.listDepth === 0 && frame.quoteDepth === 0 && pieceLines.some((pieces) => wikiHeading(pieces) !== null)) {
            block = withWikiHeadings(pieceLines, frame, id, block, lines);
            break;
          }
          const heading = node.type === 'heading' && !proseOverRule(node);
          const kind: LineKind = heading ? 'heading' : 'paragraph';
          const marks = node.type === 'paragraph' && frame.listDepth === 0 && frame.quoteDepth === 0 ? typedMarks(pieceLines, escapesBullet(node, sourceLines, frame.shift, footnoted)) : null;
          if (marks !== null) {
            block = typedList(pieceLines, marks, frame, id, block, lines);
            break;
          }
          for (const piece of pieceLines) {
            lines.push(makeLine(piece, kind, frame, id, { depth: heading ? (node as { depth: number }).depth : 0 }));
          }
          break;
        }
        case 'table': {
          node.children.forEach((row, index) => lines.push(tableLine(row, index === 0, frame, block++)));
          break;
        }
        case 'code': {
          const reparsed = isIndentedProse(node, sourceLines, frame.shift) ? reparse(node, sourceLines, frame) : null;
          if (reparsed) stack.push(...reparsed);
          else rawLines(node, 'code', sourceLines, frame, block++, lines);
          break;
        }
        case 'html':
        case 'definition':
        case 'footnoteDefinition':
          rawLines(node, 'html', sourceLines, frame, block++, lines);
          break;
        default:
          break;
      }
    }
  }
  return lines;
}

/** The fewest and most equals signs round a wiki heading (`== Budget ==`, `=== Trips ===`). */
const WIKI_MARKS = { fewest: 2, most: 6 };

/**
 * A line set as a heading the way wikis and pads write one (`== Budget ==`, `=== 1. Opening ===`):
 * as many equals signs after the title as before it, two to six, the count its level. The title's
 * pieces with the signs cut off, and the level; null for any other line. Read by counting, not by a
 * pattern, so a line of equals signs costs one pass.
 */
function wikiHeading(pieces: readonly Piece[]): { pieces: Piece[]; depth: number } | null {
  const text = pieces.map((p) => p.text).join('');
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  let open = start;
  while (open < end && text.charCodeAt(open) === 0x3d) open++;
  let close = end;
  while (close > open && text.charCodeAt(close - 1) === 0x3d) close--;
  const depth = open - start;
  if (depth < WIKI_MARKS.fewest || depth > WIKI_MARKS.most || end - close !== depth) return null;
  const inner = text.slice(open, close).trim();
  if (inner === '' || !/[\p{L}\p{N}]/u.test(inner)) return null;
  const first = pieces[0] as Piece;
  return { pieces: [{ ...first, text: inner, column: first.column + text.indexOf(inner, open) }], depth };
}

/**
 * The lines of a paragraph that holds wiki headings (`== 1. Opening ==` / `Mötet öppnades.`): each
 * such line a heading of its own, the lines between them paragraphs. Returns the next free block.
 */
function withWikiHeadings(pieceLines: Piece[][], frame: Frame, id: number, next: number, lines: Line[]): number {
  let block = id;
  let afterHeading = false;
  for (const pieces of pieceLines) {
    const heading = wikiHeading(pieces);
    if (heading !== null) {
      lines.push(makeLine(heading.pieces, 'heading', frame, next++, { depth: heading.depth }));
      afterHeading = true;
      continue;
    }
    if (afterHeading) {
      block = next++;
      afterHeading = false;
    }
    lines.push(makeLine(pieces, 'paragraph', frame, block, {}));
  }
  return next;
}

/**
 * Whether a heading underlined with dashes is really prose over a rule: Markdown makes a paragraph
 * followed by `---` a heading, but minutes that draw rules between their parts write paragraphs
 * there (`**Ja: 16**` / `Der Antrag wird angenommen.` / `---`). Several lines, or a sentence that
 * ends in a full stop, are no heading; a one-line title over its underline (`Teilnehmer` /
 * `----------`) stays one.
 */
function proseOverRule(node: RootContent): boolean {
  if (node.type !== 'heading' || node.depth !== 2) return false;
  const start = node.position?.start.line ?? 0;
  const end = node.position?.end.line ?? 0;
  // An ATX heading (`## Title`) is one line; a setext heading ends on its underline.
  if (end - start < 1) return false;
  if (end - start > 1) return true;
  const text = toString(node).trim();
  return text.endsWith('.') && text.split(/\s+/).length >= 4;
}

/** How far an underline's length may stray from its title's (`Bericht Kasse` over 13 or 14 dashes). */
const UNDERLINE_SLACK = 2;

/**
 * Whether a setext heading of several lines is prose whose last line alone is underlined: plain-text
 * minutes (mail, text exports) draw a title's underline as long as the title and often leave no
 * blank line above it (`Als Schriftführer wurde Ekki gewählt.` / `Bericht Kasse` / `-------------`),
 * which Markdown reads as one heading of all the lines. The last line is the heading when the
 * underline is about its length and it is no sentence; an underline as wide as a longer line above,
 * or a last line that ends a sentence, leaves the block as it was.
 */
function underlinesLastLine(node: RootContent, pieceLines: readonly Piece[][], sourceLines: readonly string[], shift: Shift): boolean {
  if (node.type !== 'heading' || pieceLines.length < 2) return false;
  const start = node.position?.start.line ?? 0;
  const end = node.position?.end.line ?? 0;
  if (end - start < 2) return false;
  const underline = (sourceLines[shift.line + end - 1] ?? '').trim();
  if (!/^(?:=+|-+)$/.test(underline)) return false;
  // A title between an overline and its underline (`=====` / `#team: weekly sync` / `=====`) is one heading as it was.
  if (pieceLines.some((pieces) => /^(?:=+|-+)$/.test(pieces.map((p) => p.text).join('').trim()))) return false;
  const last = (pieceLines[pieceLines.length - 1] as Piece[]).map((p) => p.text).join('').trim();
  if (last === '' || /[.!?:;,]$/.test(last)) return false;
  const before = (sourceLines[shift.line + end - 2] ?? '').trim();
  if (before !== last && !before.endsWith(last)) return false;
  return Math.abs(underline.length - before.length) <= UNDERLINE_SLACK;
}

/** A character beyond U+00FF (`–`, `’`, `€`). */
const WIDE = /[^\x00-\xff]/;

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder();

/**
 * A string of characters up to U+00FF stored one byte a character; any other string as it is.
 * V8 stores every piece cut from a text that holds any character beyond U+00FF (a `–` anywhere in
 * the file) in two bytes a character, whatever the piece holds, and the many regular expressions
 * that later stages run over each line are several times slower on such strings. A copy made
 * through UTF-8 is compact again; the text is the same.
 */
function compact(text: string): string {
  return WIDE.test(text) ? text : utf8Decoder.decode(utf8Encoder.encode(text));
}

function pushChildren(stack: Frame[], children: RootContent[], context: Omit<Frame, 'node'>): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push({ ...context, node: children[i] as RootContent });
}

interface LineExtras {
  depth?: number;
  itemStart?: boolean;
  ordinal?: number | null;
  checked?: boolean | null;
}

/** A format character not before a mark (`replace` starts a global one from 0). */
const FORMAT_CHARACTER = /\p{Cf}(?!\p{M})/gu;

function makeLine(pieces: Piece[], kind: LineKind, frame: Frame, block: number, extras: LineExtras): Line {
  const first = pieces.find((p) => p.text.trim() !== '') ?? (pieces[0] as Piece);
  const last = [...pieces].reverse().find((p) => p.text.trim() !== '') ?? (pieces[pieces.length - 1] as Piece);
  const indent = first.text.length - first.text.trimStart().length;
  const text = calm(compact(pieces.map((p) => p.text).join('')).replace(FORMAT_CHARACTER, '').trim());
  const leadPieces: string[] = [];
  for (const piece of pieces) {
    if (piece.bold < 0 && piece.text.trim() === '') continue;
    if (piece.bold < 0) break;
    leadPieces.push(piece.text);
  }
  const visible = pieces.filter((p) => p.text.trim() !== '');
  return {
    text,
    kind,
    start: { line: first.line, column: first.column + indent },
    end: { line: last.line, column: last.column + last.text.trimEnd().length },
    depth: extras.depth ?? 0,
    listDepth: frame.listDepth,
    itemStart: extras.itemStart ?? false,
    ordinal: extras.ordinal ?? null,
    checked: extras.checked ?? null,
    lead: leadPieces.length > 0 ? compact(leadPieces.join('').trim()) : null,
    bold: visible.length > 0 && visible.every((p) => p.bold >= 0),
    struck: visible.length > 0 && visible.every((p) => p.struck),
    cells: null,
    header: false,
    quoteDepth: frame.quoteDepth,
    block,
    parentItem: frame.parentItem,
  };
}

function emptyItem(line: number, frame: Frame, block: number, ordinal: number | null, checked: boolean | null): Line {
  const piece: Piece = { text: '', line, column: 1, bold: -1, struck: false, hardBreak: false };
  return makeLine([piece], 'listItem', frame, block, { itemStart: true, ordinal, checked });
}

function tableLine(row: TableRow, header: boolean, frame: Frame, block: number): Line {
  const cells = row.children.map((cell) => compact(`${toString(cell).trim()}${linkAddresses(cell)}`));
  const start = row.position?.start ?? { line: 1, column: 1 };
  const end = row.position?.end ?? start;
  return {
    ...makeLine(
      [{ text: cells.join(' | '), line: start.line + frame.shift.line, column: start.column + frame.shift.column, bold: -1, struck: false, hardBreak: false }],
      'tableRow',
      frame,
      block,
      {},
    ),
    end: { line: end.line + frame.shift.line, column: end.column + frame.shift.column },
    cells,
    header,
  };
}

function rawLines(node: Nodes, kind: LineKind, sourceLines: string[], frame: Frame, block: number, out: Line[]): void {
  const from = node.position?.start.line ?? 1;
  const to = node.position?.end.line ?? from;
  for (let n = from; n <= to; n++) {
    const lineNumber = n + frame.shift.line;
    const raw = sourceLines[lineNumber - 1] ?? '';
    if (raw.trim() === '') continue;
    const column = raw.length - raw.trimStart().length + 1;
    out.push(makeLine([{ text: raw.trim(), line: lineNumber, column, bold: -1, struck: false, hardBreak: false }], kind, frame, block, {}));
  }
}

/**
 * Whether a list item's first block is an indented code block that starts on the item's own line:
 * lists exported from word processors and web pages pad the marker to a tab stop (`1.      Opening`,
 * `1.\tBegroting`), and Markdown reads five or more blanks after a marker as code. Minutes hold
 * no code there: it is the item's text.
 */
function widelySpacedText(first: RootContent, item: Nodes): boolean {
  return first.type === 'code' && !first.lang && first.position !== undefined && item.position !== undefined &&
    first.position.start.line === item.position.start.line && /\S/.test(first.value);
}

/** The lines of a code block as pieces of text, each trimmed, blank ones left out. */
function codePieces(node: RootContent, sourceLines: string[], shift: Shift): Piece[] {
  const from = node.position?.start.line ?? 1;
  const to = node.position?.end.line ?? from;
  const pieces: Piece[] = [];
  for (let n = from; n <= to; n++) {
    const raw = sourceLines[n - 1 + shift.line] ?? '';
    const skip = n === from ? (node.position?.start.column ?? 1) - 1 + shift.column : 0;
    const text = raw.slice(skip);
    if (text.trim() === '') continue;
    const column = skip + text.length - text.trimStart().length + 1;
    pieces.push({ text: text.trim(), line: n + shift.line, column, bold: -1, struck: false, hardBreak: false });
  }
  return pieces;
}

/** The ordinal of a list item as written ("1." three times stays 1, 1, 1), or null if unordered. */
function readOrdinal(sourceLines: string[], node: Nodes, shift: Shift): number | null {
  const start = node.position?.start;
  if (!start) return null;
  const raw = sourceLines[start.line - 1 + shift.line] ?? '';
  const rest = raw.slice(start.column - 1 + shift.column, start.column - 1 + shift.column + 12);
  const match = /^(\d{1,9})[.)]/.exec(rest);
  return match ? Number(match[1]) : null;
}

/**
 * An indented code block without a language that reads as a list or sentences, not code: a
 * bullet or an outline's mark first (`3.`, a roman `IV.` or a letter `b)` that a word processor
 * sets in from the margin), or a line of words (typographic quotes too: `Treasurer’s Report`).
 */
function isIndentedProse(node: Extract<RootContent, { type: 'code' }>, sourceLines: string[], shift: Shift): boolean {
  if (node.lang || !node.position) return false;
  const first = sourceLines[node.position.start.line - 1 + shift.line] ?? '';
  if (!/^(?: {4}|\t)/.test(first) || /^\s*(```|~~~)/.test(first)) return false;
  const body = node.value.trimStart();
  return /^([-*+]|\d{1,3}[.)]|[IVX]{1,4}[.)]|\p{L}[.)])\s/u.test(body) || /^\p{L}[\p{L}\p{N} ,.:;'"’‘“”()/-]{20,}$/u.test(body.split('\n')[0] ?? '') || readsAsText(body);
}

/**
 * Whether the lines of an indented block read as the text of minutes typed with a margin (`Datum:
 * 3 april 2023`, `1. Opening`, `§ 2 Val av justerare`, sentences), not as code: each starts with a
 * letter, a number or `§` and holds none of the characters of code, and most hold a blank.
 */
function readsAsText(body: string): boolean {
  const lines = body.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  if (lines.length < 2 || lines.some((line) => !/^[\p{L}§\d]/u.test(line) || /[{}<>;=$`\\|]/u.test(line))) return false;
  return lines.filter((line) => /\S\s\S/u.test(line)).length * 3 >= lines.length * 2;
}

/** Parse the body of an indented code block as Markdown, positions shifted back into the file. */
function reparse(node: Extract<RootContent, { type: 'code' }>, sourceLines: string[], frame: Frame): Frame[] | null {
  if (!node.position || frame.shift.column !== 0) return null;
  const from = node.position.start.line - 1 + frame.shift.line;
  const to = node.position.end.line + frame.shift.line;
  const raw = sourceLines.slice(from, to);
  const indent = Math.min(...raw.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  if (!(indent > 0 && indent < 1000) || frame.quoteDepth > 0) return null;
  const body = raw.map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length))).join('\n');
  const tree = toTree(body);
  const shift: Shift = { line: from, column: indent };
  const frames: Frame[] = [];
  pushChildren(frames, tree.children, { listDepth: frame.listDepth, quoteDepth: frame.quoteDepth, parentItem: frame.parentItem, shift });
  return frames;
}

/** A list mark typed at the start of a line: a bullet (`-`, `*`, `+`, `•`, `◦`, `▪`) or a number (`3.`, `3)`, `3.)`), then a blank. */
const TYPED_MARK = /^(?:[-*+•◦▪‣]|(\d{1,3})(?:\.\)|[.)]))[ \t]+(?=\S)/u;

/** The list mark a line of a paragraph starts with: its length and its number (null for a bullet). */
interface TypedMark {
  length: number;
  ordinal: number | null;
}

/** The mark a line starts with, outside emphasis: a number in bold (`**3. Budget**`) is a title's, read as such. */
function typedMark(line: Piece[]): TypedMark | null {
  const first = firstVisible(line);
  const match = first === undefined || first.bold >= 0 ? null : TYPED_MARK.exec(first.text.trimStart());
  return match === null ? null : { length: match[0].length, ordinal: match[1] === undefined ? null : Number(match[1]) };
}

/**
 * The list marks of a paragraph that is a list Markdown did not see: minutes typed as plain text
 * indent their entries under a label (`Agenda:` / `    - Opening`, where four blanks make the
 * line go on with the paragraph), number them from more than 1 (`3. Budget`, which cannot break a
 * paragraph), or bullet them with a character Markdown does not know (`• Opening`). A mark on each
 * line that has one, null for the others; or null when the paragraph is no such list: its lines
 * after the first hold no mark, or only one does and the line before it does not end in a colon.
 */
function typedMarks(pieceLines: Piece[][], escaped: boolean): (TypedMark | null)[] | null {
  if (pieceLines.length === 0) return null;
  // A line cut from a glued bold run (`**Agenda:****1. Opening**`) is no line typed as such.
  const marks = pieceLines.map((line, index) => (index === 0 || firstLine(line) !== firstLine(pieceLines[index - 1] as Piece[]) ? typedMark(line) : null));
  const firstMarked = marks.findIndex((mark, index) => mark !== null && index > 0);
  if (firstMarked < 0 && !(marks[0] !== null && (escaped || isUnicodeBullet(pieceLines[0] as Piece[])))) return null;
  const count = marks.filter((mark) => mark !== null).length;
  if (count < 2 && !lineText(pieceLines[firstMarked - 1] ?? []).trimEnd().endsWith(':') && marks[0] === null) return null;
  return marks;
}

/** A bullet with a backslash that tells Markdown it is none (`\\* approved`, `\\- item`). */
const ESCAPED_BULLET = /^[ \t]*\\([-*+])[ \t]+[\p{L}\p{N}]/u;

/**
 * Whether a paragraph starts with an escaped bullet: a pad's or a converter's Markdown export writes
 * `\\* approved` for a bullet the writer typed where no list was made; an entry all the same. Not
 * an escaped number (`3\\. März 2026`, `1\\. Vorsitzende`), which as often is a day or an ordinal; not
 * a row of marks (`\\* \\* \\*`, a break); not an asterisk where the text marks footnotes with one.
 */
function escapesBullet(node: Nodes, sourceLines: readonly string[], shift: Shift, footnoted: boolean): boolean {
  const start = node.position?.start;
  const mark = start === undefined ? null : ESCAPED_BULLET.exec(sourceLines[shift.line + start.line - 1] ?? '');
  return mark !== null && !(footnoted && mark[1] === '*');
}

/** An escaped asterisk after a word (`Green Ltd.\\*`): the text marks a footnote with it, and `\\* ...` below is that note. */
const FOOTNOTE_MARK = /\S\\\*/;

/** Whether a line starts with a list mark Markdown does not read as one (`•`, `◦`, `▪`, `‣`, `3.)`). */
function isUnicodeBullet(line: Piece[]): boolean {
  return /^(?:[•◦▪‣]|\d{1,3}\.\))/u.test(lineText(line).trimStart());
}

/** The first piece of a line that holds more than blanks. */
function firstVisible(line: readonly Piece[]): Piece | undefined {
  return line.find((p) => p.text.trim() !== '');
}

/** The source line a line of pieces starts on. */
function firstLine(line: Piece[]): number {
  return firstVisible(line)?.line ?? 0;
}

function lineText(line: Piece[]): string {
  return line.map((p) => p.text).join('');
}

/**
 * Push the lines of a paragraph that is a typed list (see `typedMarks`): the lines before the first
 * mark stay the paragraph, each marked line opens an entry of its own, without its mark, and a line
 * after an entry goes on with it when indented past the paragraph's margin or when the entry's line
 * broke off inside a sentence (a wrapped line); else it starts a paragraph again. Returns the next block id.
 */
function typedList(pieceLines: Piece[][], marks: readonly (TypedMark | null)[], frame: Frame, id: number, nextBlock: number, lines: Line[]): number {
  const margin = firstVisible(pieceLines[0] ?? [])?.column ?? 1;
  let item = { ...frame, listDepth: frame.listDepth + 1 };
  // The entries still open, by the column their mark stands at: an entry indented past one is nested in it.
  const open: { column: number; block: number }[] = [];
  let block = id;
  let inItem = false;
  pieceLines.forEach((line, index) => {
    const mark = marks[index];
    if (mark) {
      const column = firstVisible(line)?.column ?? margin;
      while (open.length > 0 && (open[open.length - 1] as { column: number }).column >= column) open.pop();
      block = nextBlock++;
      inItem = true;
      item = { ...frame, listDepth: frame.listDepth + 1 + open.length, parentItem: open[open.length - 1]?.block ?? frame.parentItem };
      open.push({ column, block });
      lines.push(makeLine(withoutMark(line, mark.length), 'listItem', item, block, { itemStart: true, ordinal: mark.ordinal }));
      return;
    }
    const column = firstVisible(line)?.column ?? margin;
    if (inItem && (column > margin || brokeOff(lineText(pieceLines[index - 1] ?? [])))) {
      lines.push(makeLine(line, 'listItem', item, block, {}));
      return;
    }
    if (inItem) block = nextBlock++;
    inItem = false;
    open.length = 0;
    lines.push(makeLine(line, 'paragraph', frame, block, {}));
  });
  return nextBlock;
}

/** Whether a line stops inside its sentence, as text wrapped at a width does: long, without a closing stop. */
function brokeOff(text: string): boolean {
  const trimmed = text.trimEnd();
  return /[,(&–-]$/u.test(trimmed) || (trimmed.length >= WRAP_WIDTH && !/[.!?:;)]$/u.test(trimmed));
}

/** A line's pieces without the list mark its first piece starts with. */
function withoutMark(line: Piece[], length: number): Piece[] {
  const at = line.findIndex((p) => p.text.trim() !== '');
  const first = line[at] as Piece;
  const lead = first.text.length - first.text.trimStart().length;
  const rest = first.text.slice(lead + length);
  return [...line.slice(0, at), { ...first, text: rest, column: first.column + lead + length }, ...line.slice(at + 1)];
}

/** A line at least this long that stops without a sentence's end was broken by wrapping its text (at 60 to 80 characters). */
export const WRAP_WIDTH = 60;

/** A bullet at the start of a source line: a numbered item's lines at the margin are its body (`3. Adjournment` / `7:45 p.m.`), no lazy run. */
const LIST_MARK_BULLET = /^\s*[-*+•]\s/;

/** A list mark at the start of a source line, whether or not Markdown took it as one there. */
const LIST_MARK = /^\s*(?:[-*+•]|\d{1,3}[.)])\s/;

/**
 * Where a bulleted item's text goes on at the left margin (`- Accepted by consent` / `Old business:`):
 * minutes typed as plain text put a bullet line among lines of their own, which Markdown takes
 * in as the item's lazy continuation. A wrapped item indents its further lines under its text,
 * so the first line of a top-level item that starts at column one with a capital or a digit
 * starts a paragraph again, unless the line before breaks off inside its words (a comma, hyphen,
 * open bracket or small joining word at its end, or a full line that stops without a sentence's
 * end) or opens its body with a colon (`- Rules:` / `The rules were approved.`), or the run is
 * part of a list (a later line of it is a numbered entry, `6.  Name`, which cannot break a
 * paragraph, or another entry follows it). The index of that line, or the number of lines when
 * there is none.
 */
function lazyFrom(itemLines: Piece[][], sourceLines: string[], frame: Frame): number {
  if (frame.listDepth !== 1 || frame.quoteDepth > 0 || frame.shift.column !== 0) return itemLines.length;
  for (let i = 1; i < itemLines.length; i++) {
    const first = (itemLines[i] as Piece[]).find((p) => p.text.trim() !== '');
    if (first === undefined || first.line <= 0) continue;
    const source = sourceLines[first.line - 1] ?? '';
    if (!/^[\p{Lu}\d]/u.test(source)) continue;
    const before = (sourceLines[first.line - 2] ?? '').trimEnd();
    if (brokeOff(before) || before.endsWith(':') || /\b(?:and|or|the|of|to|a|an|by|with|for|in|on|at)$/i.test(before)) continue;
    return itemLines.slice(i).some((line) => startsLikeItem(line, sourceLines)) || itemAfter(itemLines, sourceLines) ? itemLines.length : i;
  }
  return itemLines.length;
}

/** A numbered list of this many entries or more may be a list of titles (an agenda's). */
const COMPACT_ENTRIES = 3;

/** An entry longer than this is a paragraph, not a title. */
const COMPACT_WIDTH = 100;

/**
 * The last entry of a numbered list whose other entries are each one short line (`1. Eröffnung` /
 * `2. Niederschrift` / ... / `5. Verschiedenes`), as an agenda is listed at the top of minutes:
 * three entries or more. Null for any other list.
 */
/**
 * A bullet whose text is a numbered point on the same line (`- 1. Opening`, `* 2) Budget`), as pads and
 * hand-typed Markdown write an outline: the bullet is only a second mark, so the numbered points stand
 * in its place, and what the bullet holds after them (`    - Opened at 20:05`, too little indented to
 * go under the number) goes under the last of them. Any other entry as it is; a number before a bullet
 * (`5. - Opening`) keeps its number.
 */
/**
 * Whether a bullet that marks a numbered point holds notes after it (`- 1. Opening` / `    - Opened at 8`):
 * an outline's point. A list whose points hold none is a numbered list inside the notes (`- 1. Town
 * hall (5 votes)`), kept where it stands.
 */
function notesAfterNumber(item: List['children'][number]): boolean {
  const [first, ...rest] = item.children;
  return first?.type === 'list' && first.ordered === true && rest.length > 0 && first.position?.start.line === item.position?.start.line;
}

function unwrapDoubleMark(item: List['children'][number]): List['children'] {
  const [first, ...rest] = item.children;
  if (first?.type !== 'list' || first.ordered !== true || first.position === undefined || item.position === undefined || first.position.start.line !== item.position.start.line) return [item];
  const points = first.children;
  const last = points[points.length - 1];
  if (last === undefined || rest.length === 0) return points;
  return [...points.slice(0, -1), { ...last, children: [...last.children, ...rest] }];
}

function compactEnd(list: List): RootContent | null {
  if (!list.ordered || list.children.length < COMPACT_ENTRIES) return null;
  const entries = list.children.slice(0, -1);
  const short = entries.every((entry) => entry.position !== undefined && entry.position.start.line === entry.position.end.line && entry.position.end.column - entry.position.start.column <= COMPACT_WIDTH);
  return short ? (list.children[list.children.length - 1] as RootContent) : null;
}

/**
 * Where the last entry of a list of one-line titles ends (see `compactEnd`): at its own line, when
 * the next line starts at the left margin with a capital or a digit (`5. Verschiedenes` / `Ab 10.30
 * Uhr Arbeitstagung ...` / `TOP 1: Eröffnung ...`). Minutes typed or exported without blank lines
 * set the text after an agenda right under it, and Markdown reads those lines as the last entry's
 * lazy continuation; a list whose entries are single lines ends with its last one. The entry keeps
 * its lines where its own line breaks off inside its words or opens a body with a colon, or where a
 * later line is another entry. The index of the first line that is no longer the entry's.
 */
function listEndsAt(itemLines: Piece[][], sourceLines: string[], frame: Frame): number {
  if (itemLines.length < 2 || frame.listDepth !== 1 || frame.quoteDepth > 0 || frame.shift.column !== 0) return itemLines.length;
  const first = (itemLines[1] as Piece[]).find((p) => p.text.trim() !== '');
  if (first === undefined || first.line <= 0) return itemLines.length;
  const source = sourceLines[first.line - 1] ?? '';
  if (!/^[\p{Lu}\d]/u.test(source)) return itemLines.length;
  const before = (sourceLines[first.line - 2] ?? '').trimEnd();
  if (brokeOff(before) || before.endsWith(':')) return itemLines.length;
  return itemLines.slice(1).some((line) => startsLikeItem(line, sourceLines)) || itemAfter(itemLines, sourceLines) ? itemLines.length : 1;
}

/** Whether the source line right after the item's last line is another entry of a list: the margin line then belongs to the list (`Ann Berg, deputy` between numbered members). */
function itemAfter(itemLines: Piece[][], sourceLines: string[]): boolean {
  const last = itemLines[itemLines.length - 1] as Piece[];
  const line = Math.max(0, ...last.map((p) => p.line));
  return line > 0 && LIST_MARK.test(sourceLines[line] ?? '');
}

/** Whether a line's source starts with a list mark that Markdown did not take as one (`6.  Name` cannot break a paragraph). */
function startsLikeItem(line: Piece[], sourceLines: string[]): boolean {
  const first = line.find((p) => p.text.trim() !== '');
  return first !== undefined && first.line > 0 && LIST_MARK.test(sourceLines[first.line - 1] ?? '');
}

/** Split the inline content of a paragraph or heading into lines of pieces. */
function inlineLines(parent: Nodes, sourceLines: string[], shift: Shift): Piece[][] {
  const pieces = collectPieces(parent, sourceLines, shift);
  const result: Piece[][] = [];
  let current: Piece[] = [];
  let previousBold = -1;
  const flush = (): void => {
    if (current.some((p) => p.text.trim() !== '')) result.push(current);
    current = [];
  };
  for (const piece of pieces) {
    if (piece.hardBreak) {
      flush();
      previousBold = -1;
      continue;
    }
    if (piece.text.trim() === '') {
      current.push(piece);
      continue;
    }
    if (piece.bold >= 0 && previousBold >= 0 && piece.bold !== previousBold) flush();
    current.push(piece);
    previousBold = piece.bold;
  }
  flush();
  return result;
}

interface InlineFrame {
  node: Nodes;
  bold: number;
  struck: boolean;
}

function collectPieces(parent: Nodes, sourceLines: string[], shift: Shift): Piece[] {
  const out: Piece[] = [];
  const stack: InlineFrame[] = [];
  let nextBold = 0;
  const children = 'children' in parent ? (parent.children as Nodes[]) : [];
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as Nodes, bold: -1, struck: false });
  while (stack.length > 0) {
    const { node, bold, struck } = stack.pop() as InlineFrame;
    if (node.type === 'break') {
      out.push({ text: '', line: 0, column: 0, bold, struck, hardBreak: true });
      continue;
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'html') {
      const start = node.position?.start ?? { line: 1, column: 1 };
      splitText(node.value, start.line + shift.line, start.column + shift.column, bold, struck, sourceLines, out, () => nextBold++);
      continue;
    }
    if (node.type === 'image') {
      const start = node.position?.start ?? { line: 1, column: 1 };
      if (node.alt) out.push({ text: node.alt, line: start.line + shift.line, column: start.column + shift.column, bold, struck, hardBreak: false });
      continue;
    }
    if (node.type === 'link' && node.url !== '' && !node.children.some((c) => c.type === 'text' && c.value === node.url)) {
      const end = node.position?.end ?? { line: 1, column: 1 };
      stack.push({ node: { type: 'text', value: ` <${node.url}>`, position: { start: end, end } } as Nodes, bold, struck });
    }
    if ('children' in node) {
      const childBold = node.type === 'strong' ? nextBold++ : bold;
      const childStruck = struck || node.type === 'delete';
      const kids = node.children as Nodes[];
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i] as Nodes, bold: childBold, struck: childStruck });
    }
  }
  return out;
}

/**
 * Split a text node at line ends and at literal `**` marks that the Markdown parser left in place
 * (`**A:****B**` glued runs), giving each piece its line and column in the file.
 */
function splitText(
  value: string,
  line: number,
  column: number,
  bold: number,
  struck: boolean,
  sourceLines: string[],
  out: Piece[],
  newBold: () => number,
): void {
  const rows = value.split('\n');
  rows.forEach((row, index) => {
    if (index > 0) out.push({ text: '', line: 0, column: 0, bold, struck, hardBreak: true });
    const rowLine = line + index;
    const rowColumn = index === 0 ? column : columnOf(sourceLines[rowLine - 1] ?? '', row);
    if (!row.includes('**')) {
      out.push({ text: row, line: rowLine, column: rowColumn, bold, struck, hardBreak: false });
      return;
    }
    let offset = 0;
    let inBold = false;
    let pseudo = bold;
    for (const part of row.split('**')) {
      if (part !== '') out.push({ text: part, line: rowLine, column: rowColumn + offset, bold: inBold ? pseudo : bold, struck, hardBreak: false });
      offset += part.length + 2;
      inBold = !inBold;
      if (inBold) pseudo = newBold();
    }
  });
}

function columnOf(sourceLine: string, text: string): number {
  const probe = text.trim().slice(0, 12);
  const index = probe ? sourceLine.indexOf(probe) : -1;
  if (index >= 0) return index + 1;
  return sourceLine.length - sourceLine.trimStart().length + 1;
}

/**
 * Collapse long runs of white space and of repeated marks (a 1 MB line of tabs or of `!`): they
 * carry no words, and later stages match short patterns at the ends of text. Linear.
 */
function calm(text: string): string {
  if (text.length < 256) return text;
  return text.replace(/[ \t]{8,}/g, ' ').replace(/([^\p{L}\p{N}\s]{1,2})\1{7,}/gu, '$1$1$1$1');
}

/** The addresses of the links in a table cell, as ` <url>` each, so a cell loses none of its text. */
function linkAddresses(cell: Nodes): string {
  let out = '';
  const stack: Nodes[] = [cell];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'link' && node.url !== '' && toString(node) !== node.url) out += ` <${node.url}>`;
    if ('children' in node) stack.push(...[...(node.children as Nodes[])].reverse());
  }
  return out;
}
