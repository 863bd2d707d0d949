import type { Diagnostic } from '../model/diagnostic.js';
import type { FieldSource } from '../model/meeting.js';
import type { Participant } from '../model/participant.js';
import type { LabelHit } from './read-label.js';
import type { Line } from './types.js';

/** The header of a meeting: what it was, when, where and who. */
export interface Header {
  title: string | null;
  date: string | null;
  /** The last day of a meeting held over several days, or null. */
  endDate: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  participants: Participant[];
  fields: Record<string, FieldSource>;
  /** Indices of the lines read as header fields. */
  consumed: Set<number>;
  /** Every label found, by line index. */
  labels: Map<number, LabelHit>;
  diagnostics: Diagnostic[];
  /** The source, line by line, to place names exactly. */
  sourceLines: readonly string[];
}

/** The lines of the file (1-based, as sources give them) the title, date and other fields were read from. */
export function fieldLines(header: Header): ReadonlySet<number> {
  return new Set(Object.values(header.fields).map((source) => source.position.line));
}

/** An item's number alone on its line (`§ 3`, `3 §`, `3.`, `3`), as text exported from a word processor sets it over the item's title. */
export const ITEM_NUMBER_ALONE = /^(?:§\s*\d{1,3}|\d{1,3}\s*§|\d{1,3}[.)]?)$/u;

/** A line that opens with an item's number and its title (`12. Apologies`, `43.15 Apologies`, `§ 4 Budget`, `24/31 Planning`). */
const NUMBERED_LINE = /^(?:§\s*)?\d{1,4}(?:[./]\d{1,4})?[.):]?\s+\p{L}/u;

/** The indices of the lines that hold a label's value when it is not on the label's own line. */
export function valueLines(lines: readonly Line[], index: number): number[] {
  const line = lines[index] as Line;
  const out: number[] = [];
  if (line.kind === 'heading') {
    for (let j = index + 1; j < lines.length && !((lines[j] as Line).kind === 'heading' && (lines[j] as Line).depth <= line.depth); j++) out.push(j);
    return out;
  }
  if (line.kind === 'listItem') {
    for (let j = index + 1; j < lines.length && ((lines[j] as Line).listDepth > line.listDepth || (lines[j] as Line).block === line.block || indentedUnder(lines[j] as Line, line)); j++) out.push(j);
    // A paragraph on the very next line at the margin (`3. Adjournment` / `7:45 p.m.`), which plain-text minutes set apart from the item, is its value too.
    const next = lines[index + 1];
    if (out.length === 0 && next !== undefined && next.kind === 'paragraph' && next.start.line === line.start.line + 1) {
      for (let j = index + 1; j < lines.length && (lines[j] as Line).block === next.block; j++) out.push(j);
    }
    return out.length === 0 && next !== undefined && next.kind === 'paragraph' ? letteredRun(lines, index + 1) : out;
  }
  let j = index + 1;
  const numbered = NUMBERED_LINE.test(line.text);
  // A number alone on its line inside the paragraph (`§ 2`, `2.`) opens the next item: the value ends before it.
  // So does the next numbered line after a label on a numbered line (`12. Apologies` / names / `13. Minutes`), as plain text writes items with no blank line between.
  for (; j < lines.length && (lines[j] as Line).block === line.block; j++) {
    if (ITEM_NUMBER_ALONE.test((lines[j] as Line).text.trim()) || (numbered && NUMBERED_LINE.test((lines[j] as Line).text))) return out;
    out.push(j);
  }
  if (out.length > 0 || j >= lines.length) return out;
  const next = lines[j] as Line;
  // A number alone on its line (`1.` / `Opening`) opens an item whose title follows: the body, not the label's value.
  if (next.kind === 'listItem' && next.ordinal !== null && next.text === '') return out;
  if (next.kind === 'listItem') {
    for (; j < lines.length && (lines[j] as Line).kind === 'listItem' && (lines[j] as Line).listDepth >= next.listDepth; j++) out.push(j);
  } else if ((next.kind === 'paragraph' && next.quoteDepth === line.quoteDepth) || next.kind === 'code') {
    const run = next.kind === 'paragraph' ? letteredRun(lines, j) : [];
    if (run.length > 0) return run;
    // Plain-text minutes indent the value under its label, which Markdown reads as a code block.
    for (const block = next.block; j < lines.length && (lines[j] as Line).block === block; j++) out.push(j);
  }
  return out;
}

/** The mark of a lettered sub-item and its letter (`a.`, `b)`), then a blank. */
const LETTER_MARK = /^([a-z])[.)]\s/u;

/**
 * The sub-items a word processor's outline letters under an item, each its own paragraph (`II. Roll
 * Call` / `a. Ann Lee, President` / `b. Bo Chen, Secretary`): from the paragraph at `from` lettered
 * `a`, every paragraph whose letter goes on from the one before, whole. Empty where the paragraph at
 * `from` is not lettered `a`, or no `b` follows it (one paragraph is the value as it stands).
 */
function letteredRun(lines: readonly Line[], from: number): number[] {
  const first = lines[from] as Line;
  if (LETTER_MARK.exec(first.text)?.[1] !== 'a') return [];
  const out: number[] = [];
  let letter = 'a'.charCodeAt(0);
  for (let j = from; j < lines.length; ) {
    const line = lines[j] as Line;
    if (line.kind !== 'paragraph' || line.quoteDepth !== first.quoteDepth || LETTER_MARK.exec(line.text)?.[1] !== String.fromCharCode(letter)) break;
    for (const block = line.block; j < lines.length && (lines[j] as Line).block === block; j++) out.push(j);
    letter++;
  }
  return letter - 'a'.charCodeAt(0) >= 2 ? out : [];
}

/**
 * Whether a list entry stands under the entry of a label written further left, though Markdown reads
 * them as one list (`• Osallistujat:` / `  • Aino Aalto`): pasted lists keep a level as one blank or two.
 */
function indentedUnder(entry: Line, label: Line): boolean {
  return entry.kind === 'listItem' && entry.listDepth === label.listDepth && entry.start.column > label.start.column && /[:：]\s*$/u.test(label.text);
}

/**
 * The lines that go on with a value laid out in a column beside its label (`Beslutande   Anna Berg` /
 * `             Erik Lund`): the next lines of the label's paragraph that start where its value starts.
 */
export function columnLines(lines: readonly Line[], index: number, valueStart: { line: number; column: number }, source: readonly string[] = []): number[] {
  const line = lines[index] as Line;
  const out: number[] = [];
  if (line.kind !== 'paragraph' || valueStart.line !== line.start.line || valueStart.column - line.start.column < 3) return out;
  for (let j = index + 1; j < lines.length && (lines[j] as Line).block === line.block && sameColumn((lines[j] as Line).start, valueStart, source); j++) out.push(j);
  if (out.length === 0 && (index + 1 >= lines.length || (lines[index + 1] as Line).block !== line.block)) out.push(...spacedRows(lines, index, source));
  return out;
}

/** A row of a column of names: a line that opens with two capitalised words (`Alestalo Riitta   jäsen`, `Aho Aino   vt. pj.`). */
const NAME_ROW = /^\p{Lu}[\p{L}'’-]*,? \p{Lu}[\p{L}'’.-]*(?:\s|$)/u;

/** Whether a line ends a sentence: an exclamation or a question mark, or a full stop after four small letters (`... avasi kokouksen.`, not `vpj.`). */
function endsSentence(text: string): boolean {
  const end = text.trimEnd();
  if (/[!?]$/u.test(end)) return true;
  return end.endsWith('.') && /^\p{Ll}{4}$/u.test(end.slice(-5, -1));
}

/** Whether only blank lines, one to three of them, stand between line `end` and line `next` (1-based). */
function blanksBetween(source: readonly string[], end: number, next: number): boolean {
  if (next - end < 2 || next - end > 4) return false;
  for (let n = end + 1; n < next; n++) if ((source[n - 1] ?? '').trim() !== '') return false;
  return true;
}

/**
 * The rows of a value's column set one a paragraph, a blank line between them, as a word
 * processor or a web page exports a table of two columns (`Läsnä      Aho Aino      puheenjohtaja` /
 * `` / `           Berg Olli     jäsen`): each row's cell under the label is empty, so its text
 * starts well right of the label's words; the rows start in one column of their own (a page set in
 * a proportional font shows it a little off the first value's), each a name and its details.
 */
function spacedRows(lines: readonly Line[], index: number, source: readonly string[]): number[] {
  const line = lines[index] as Line;
  const raw = source[line.start.line - 1] ?? '';
  const labelEnd = line.start.column + (/^\S+(?: \S+)?/u.exec(raw.slice(line.start.column - 1))?.[0].length ?? 0);
  const out: number[] = [];
  let end = line.end.line;
  let column = -1;
  for (let j = index + 1; j < lines.length; j++) {
    const row = lines[j] as Line;
    if (row.kind !== 'paragraph' || row.start.line !== row.end.line || !blanksBetween(source, end, row.start.line) || row.text.length > 80 || !NAME_ROW.test(row.text) || endsSentence(row.text)) break;
    if (column === -1 ? row.start.column < labelEnd + 8 : row.start.column !== column) break;
    if (j + 1 < lines.length && (lines[j + 1] as Line).block === row.block) break;
    column = row.start.column;
    end = row.end.line;
    out.push(j);
  }
  return out;
}

/**
 * Whether two places stand in the same column as the text shows them: the same character column,
 * or the same column once tabs are expanded to stops of 8 or of 4 (`Present:<tab>Ann Lee` over
 * `<tab><tab>Bo Chan`, as plain-text minutes align a value's lines).
 */
function sameColumn(a: { line: number; column: number }, b: { line: number; column: number }, source: readonly string[]): boolean {
  if (a.column === b.column) return true;
  return [8, 4].some((stop) => shownColumn(a, source, stop) === shownColumn(b, source, stop));
}

/** The column a place is shown in with tabs expanded to stops of `stop`; its character column when its line is unknown. */
function shownColumn(at: { line: number; column: number }, source: readonly string[], stop: number): number {
  const raw = source[at.line - 1];
  if (raw === undefined) return at.column;
  let shown = 0;
  for (let i = 0; i < at.column - 1 && i < raw.length; i++) shown = raw[i] === '\t' ? (Math.floor(shown / stop) + 1) * stop : shown + 1;
  return shown + 1;
}
