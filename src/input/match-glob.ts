/** One piece of a path segment pattern. */
type Token =
  | { kind: 'star' }
  | { kind: 'one' }
  | { kind: 'literal'; char: string }
  | { kind: 'class'; negated: boolean; ranges: [string, string][] };

/** A pattern segment: `**` or a list of tokens. */
type Segment = 'globstar' | Token[];

const maxExpansions = 256;

/**
 * Build a predicate telling whether a `/`-separated relative path matches any of the glob patterns,
 * with the semantics of tinyglobby's `ignore` option: `*`, `?`, `[a-z]`, `[!x]`, `{a,b}` and `**`
 * across directories; a leading `./` is dropped, and a pattern not ending in `*` also matches
 * everything below it (`drafts` ignores `drafts/2019/a.md`). Matching is case-sensitive and linear
 * in the path for each pattern segment.
 */
export function createGlobMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const compiled = patterns.flatMap(expandBraces).flatMap(normalize).map(compile);
  if (compiled.length === 0) return () => false;
  return (relativePath) => {
    const parts = splitPath(relativePath);
    return compiled.some((segments) => wildcard(segments, parts, isGlobstar, matchSegment));
  };
}

function normalize(pattern: string): string[] {
  let result = pattern.replace(/^(?:\.\/)+/, '');
  if (result.endsWith('/')) result = result.slice(0, -1);
  if (result === '') return [];
  return result.endsWith('*') ? [result] : [result, `${result}/**`];
}

function splitPath(relativePath: string): string[] {
  return relativePath
    .replaceAll('\\', '/')
    .replace(/^(?:\.\/)+/, '')
    .split('/')
    .filter((part) => part !== '');
}

function compile(pattern: string): Segment[] {
  return pattern
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (part === '**' ? 'globstar' : tokenize(part)));
}

function tokenize(part: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < part.length; i++) {
    const char = part.charAt(i);
    if (char === '*') tokens.push({ kind: 'star' });
    else if (char === '?') tokens.push({ kind: 'one' });
    else if (char === '\\' && i + 1 < part.length) tokens.push({ kind: 'literal', char: part.charAt(++i) });
    else if (char === '[' && part.indexOf(']', i + 2) > 0) {
      const end = part.indexOf(']', i + 2);
      tokens.push(toClass(part.slice(i + 1, end)));
      i = end;
    } else tokens.push({ kind: 'literal', char });
  }
  return tokens;
}

function toClass(body: string): Token {
  const negated = body.startsWith('!') || body.startsWith('^');
  const chars = negated ? body.slice(1) : body;
  const ranges: [string, string][] = [];
  for (let i = 0; i < chars.length; i++) {
    const from = chars.charAt(i);
    const isRange = chars.charAt(i + 1) === '-' && i + 2 < chars.length;
    ranges.push(isRange ? [from, chars.charAt(i + 2)] : [from, from]);
    if (isRange) i += 2;
  }
  return { kind: 'class', negated, ranges };
}

function isGlobstar(segment: Segment): boolean {
  return segment === 'globstar';
}

function isStar(token: Token): boolean {
  return token.kind === 'star';
}

function matchSegment(segment: Segment, part: string): boolean {
  return segment !== 'globstar' && wildcard(segment, [...part], isStar, matchChar);
}

function matchChar(token: Token, char: string): boolean {
  if (token.kind === 'literal') return token.char === char;
  if (token.kind !== 'class') return true;
  const inside = token.ranges.some(([from, to]) => char >= from && char <= to);
  return inside !== token.negated;
}

/**
 * Greedy wildcard matching with one backtracking point: `star` tokens match any run of subject
 * items, other tokens exactly one. Worst case is pattern length times subject length.
 */
export function wildcard<P, S>(
  pattern: readonly P[],
  subject: readonly S[],
  star: (token: P) => boolean,
  matches: (token: P, item: S) => boolean,
): boolean {
  let p = 0;
  let s = 0;
  let starAt = -1;
  let resumeAt = 0;
  while (s < subject.length) {
    const token = pattern[p];
    const item = subject[s] as S;
    if (token !== undefined && star(token)) {
      starAt = p++;
      resumeAt = s;
    } else if (token !== undefined && matches(token, item)) {
      p++;
      s++;
    } else if (starAt >= 0) {
      p = starAt + 1;
      s = ++resumeAt;
    } else return false;
  }
  while (p < pattern.length && star(pattern[p] as P)) p++;
  return p === pattern.length;
}

/** Expand `{a,b}` alternatives (outermost first), capped so a hostile pattern stays small. */
function expandBraces(pattern: string): string[] {
  const done: string[] = [];
  const queue = [pattern];
  while (queue.length > 0 && done.length + queue.length <= maxExpansions) {
    const current = queue.shift() as string;
    const group = findGroup(current);
    if (group === undefined) done.push(current);
    else {
      const head = current.slice(0, group.start);
      const tail = current.slice(group.end + 1);
      for (const option of group.options) queue.push(head + option + tail);
    }
  }
  return [...done, ...queue];
}

function findGroup(pattern: string): { start: number; end: number; options: string[] } | undefined {
  const start = pattern.indexOf('{');
  if (start < 0) return undefined;
  let depth = 0;
  let from = start + 1;
  const options: string[] = [];
  for (let i = start; i < pattern.length; i++) {
    const char = pattern.charAt(i);
    if (char === '{') depth++;
    else if (char === '}' && --depth === 0) {
      options.push(pattern.slice(from, i));
      return options.length > 1 ? { start, end: i, options } : undefined;
    } else if (char === ',' && depth === 1) {
      options.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  return undefined;
}
