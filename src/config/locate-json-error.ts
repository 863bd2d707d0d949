/** A place in a text, both 1-based. */
export interface LineColumn {
  line: number;
  column: number;
}

const stringToken = /"(?:[^"\\\u0000-\u001f]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/y;
const numberToken = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const literalToken = /true|false|null/y;
const whitespace = /[ \t\n\r]*/y;

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'after';

/**
 * Find where JSON text first goes wrong, the same on every Node.js version (whose `JSON.parse`
 * messages differ and do not always give a position): the offset of the first unexpected
 * character, the text's length for a premature end, or undefined when the text is valid JSON.
 */
export function locateJsonError(text: string): number | undefined {
  const closers: string[] = [];
  let expect: Expect = 'value';
  let at = skip(text, 0);
  while (at < text.length) {
    const char = text.charAt(at);
    const end = step({ text, at, char, expect, closers });
    if (end === undefined) return at;
    [at, expect] = [skip(text, end.at), end.expect];
  }
  return expect === 'after' && closers.length === 0 ? undefined : text.length;
}

interface Step {
  text: string;
  at: number;
  char: string;
  expect: Expect;
  closers: string[];
}

function step({ text, at, char, expect, closers }: Step): { at: number; expect: Expect } | undefined {
  const closer = closers.at(-1);
  if ((expect === 'value-or-close' || expect === 'key-or-close' || expect === 'after') && char === closer) {
    closers.pop();
    return { at: at + 1, expect: 'after' };
  }
  if (expect === 'after') {
    if (char !== ',' || closer === undefined) return undefined;
    return { at: at + 1, expect: closer === '}' ? 'key' : 'value' };
  }
  if (expect === 'colon') return char === ':' ? { at: at + 1, expect: 'value' } : undefined;
  if (expect === 'key' || expect === 'key-or-close') {
    const end = char === '"' ? match(stringToken, text, at) : undefined;
    return end === undefined ? undefined : { at: end, expect: 'colon' };
  }
  if (char === '{' || char === '[') {
    closers.push(char === '{' ? '}' : ']');
    return { at: at + 1, expect: char === '{' ? 'key-or-close' : 'value-or-close' };
  }
  const end = match(stringToken, text, at) ?? match(numberToken, text, at) ?? match(literalToken, text, at);
  return end === undefined ? undefined : { at: end, expect: 'after' };
}

function match(pattern: RegExp, text: string, at: number): number | undefined {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : undefined;
}

function skip(text: string, at: number): number {
  return match(whitespace, text, at) ?? at;
}

/** Turn an offset into a 1-based line and column. */
export function lineColumn(text: string, offset: number): LineColumn {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
