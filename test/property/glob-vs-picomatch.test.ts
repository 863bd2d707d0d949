import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { createGlobMatcher } from '../../src/input/match-glob.js';

// `--ignore` and configuration ignores are matched by our own linear matcher, not picomatch:
// picomatch compiles a glob to a backtracking regular expression, and `*a*a*a*b` against a
// 5,000-character path takes 19 s there (measured with picomatch 4.0.7), against a linear scan
// here. Its semantics are the ones tinyglobby expands inputs with, so this property holds ours to
// them on ordinary patterns: picomatch's answer for the pattern, or for everything below it when
// the pattern does not end in a star (as tinyglobby ignores a folder).
const seed = process.env.MINUTES_PROPERTY_SEED === 'random' ? undefined : 20261203;

const name = fc.constantFrom('a', 'b', 'ab', 'ba', 'a.md', 'b.txt', 'c');
// `[!a]` is left out on purpose: picomatch 4 reads it as the class `[!a]` (`!` or `a`), where bash,
// git and our matcher read a negated class (anything but `a`); `[^a]` is the same in both.
const piece = fc.constantFrom('a', 'b', '*', '?', '[ab]', '[^a]', '{a,b}', '.md', '*.md', 'a*', '*b');
// `**` is a globstar only as a whole segment, as in bash and git; picomatch also reads `**.md` as
// `**/*.md`, so stars that meet inside a segment are left out.
const segment = fc.oneof(
  fc.array(piece, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('')).filter((part) => !part.includes('**')),
  fc.constant('**'),
);
const pattern = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const path = fc.array(name, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('/'));

// At most one `{...}` and a few stars: picomatch stays quick, and the pattern stays ordinary. A
// pattern ending in a globstar segment is left out too: picomatch matches `b` + `/**` against `b`
// but not `*` + `/**` against `a`, where ours takes `**` as none or more folders after either.
const ordinary = (glob: string) => (glob.match(/\*/g) ?? []).length <= 3 && (glob.match(/\{/g) ?? []).length <= 1 && !glob.endsWith('/**');

describe('createGlobMatcher agrees with picomatch', () => {
  it('on generated patterns and paths', () => {
    fc.assert(
      fc.property(pattern.filter(ordinary), path, (glob, file) => {
        const expected = picomatch(glob, { dot: true })(file) || (!glob.endsWith('*') && picomatch(`${glob}/**`, { dot: true })(file));
        expect(createGlobMatcher([glob])(file), `${glob} on ${file}`).toBe(expected);
      }),
      { numRuns: 3000, ...(seed === undefined ? {} : { seed }) },
    );
  });
});
