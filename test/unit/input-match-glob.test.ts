import { describe, expect, it } from 'vitest';
import { createGlobMatcher, wildcard } from '../../src/input/match-glob.js';

describe('createGlobMatcher', () => {
  it('matches stars, question marks and classes within one segment', () => {
    const matches = createGlobMatcher(['minutes/2019-??.md', 'x/[a-c]*.txt', 'y/[!a]*']);
    expect(matches('minutes/2019-01.md')).toBe(true);
    expect(matches('minutes/2019-1.md')).toBe(false);
    expect(matches('minutes/sub/2019-01.md')).toBe(false);
    expect(matches('x/bee.txt')).toBe(true);
    expect(matches('x/dee.txt')).toBe(false);
    expect(matches('y/b')).toBe(true);
    expect(matches('y/a')).toBe(false);
  });

  it('matches ** across directories, including none', () => {
    const matches = createGlobMatcher(['**/drafts/**']);
    expect(matches('drafts/a.md')).toBe(true);
    expect(matches('a/b/drafts/c/d.md')).toBe(true);
    expect(matches('a/drafts')).toBe(true);
    expect(matches('a/draft/x.md')).toBe(false);
  });

  it('treats a pattern without a trailing star as that path and everything below it', () => {
    const matches = createGlobMatcher(['./templates/', 'old.md']);
    expect(matches('templates')).toBe(true);
    expect(matches('templates/x/y.md')).toBe(true);
    expect(matches('./old.md')).toBe(true);
    expect(matches('templates-2/y.md')).toBe(false);
  });

  it('expands braces and never matches with no patterns', () => {
    const matches = createGlobMatcher(['*.{md,txt}', 'a/{b,c/{d,e}}.md']);
    expect(['x.md', 'x.txt', 'a/b.md', 'a/c/e.md'].map(matches)).toEqual([true, true, true, true]);
    expect(['x.json', 'a/c.md'].map(matches)).toEqual([false, false]);
    expect(createGlobMatcher([])('anything')).toBe(false);
  });

  it('answers a pathological pattern without backtracking blow-up', () => {
    const matches = createGlobMatcher([`${'*a'.repeat(20)}b`]);
    expect(matches('a'.repeat(5000))).toBe(false);
    expect(matches(`${'a'.repeat(5000)}b`)).toBe(true);
  });

  it('compares each pattern token with each subject item at most once per resume point', () => {
    const pattern = [...`${'*a'.repeat(20)}b`];
    const subject = [...'a'.repeat(5000)];
    let comparisons = 0;
    const same = (token: string, item: string) => {
      comparisons++;
      return token === item;
    };
    expect(wildcard(pattern, subject, (token) => token === '*', same)).toBe(false);
    expect(comparisons).toBeGreaterThan(0);
    expect(comparisons).toBeLessThanOrEqual(pattern.length * subject.length);
  });
});
