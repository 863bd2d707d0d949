import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Deepest nesting of block quotes, and widest indentation, that reach the Markdown parser. */
const MAX_QUOTES = 100;
const MAX_INDENT = 400;

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
  return processor.parse(tame(text));
}

/**
 * Parse a document in chunks of about `size` characters, cut only where a block certainly ends
 * (before an unindented line after a blank line, a heading, or the next item of a flat list,
 * never inside fenced code or front matter), so the Markdown parser's cost stays linear in the
 * document's length. A small document is one chunk.
 */
export function toTrees(text: string, size = 128 * 1024): Chunk[] {
  if (text.length <= size) return [{ tree: toTree(text), line: 0 }];
  return cut(text, size).map((piece) => ({ tree: toTree(piece.text), line: piece.line }));
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

function cut(text: string, size: number): { text: string; line: number }[] {
  const lines = text.split('\n');
  const out: { text: string; line: number }[] = [];
  let start = 0;
  let length = 0;
  let fence: string | null = null;
  let i = frontMatterEnd(lines);
  for (; i < lines.length; i++) {
    const line = lines[i] as string;
    if (length >= size && fence === null && safeBefore(lines, i)) {
      out.push({ text: lines.slice(start, i).join('\n'), line: start });
      start = i;
      length = 0;
    }
    const mark = FENCE.exec(line)?.[1];
    if (mark !== undefined) {
      if (fence === null) fence = mark;
      else if (mark.startsWith(fence)) fence = null;
    }
    length += line.length + 1;
  }
  out.push({ text: lines.slice(start).join('\n'), line: start });
  return out;
}

function safeBefore(lines: readonly string[], i: number): boolean {
  const line = lines[i] as string;
  const previous = lines[i - 1] ?? '';
  if (line.trim() === '' || /^[\s>]/.test(line)) return false;
  if (previous.trim() === '') return true;
  if (/^#{1,6}(\s|$)/.test(line)) return true;
  const item = ITEM.exec(line)?.[1];
  return item !== undefined && ITEM.exec(previous)?.[1] === item;
}

function frontMatterEnd(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const close = lines.indexOf('---', 1);
  return close < 0 ? 0 : close + 1;
}
