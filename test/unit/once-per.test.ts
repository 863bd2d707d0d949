import { describe, expect, it } from 'vitest';
import { oncePer } from '../../src/lang/once-per.js';

describe('oncePer', () => {
  it('makes a value once per object, and one for each object', () => {
    let made = 0;
    const sorted = oncePer((list: readonly string[]) => (made++, [...list].sort()));
    const a = ['b', 'a'];
    const b = ['b', 'a'];
    expect(sorted(a)).toEqual(['a', 'b']);
    expect(sorted(a)).toBe(sorted(a));
    expect(sorted(b)).not.toBe(sorted(a));
    expect(made).toBe(2);
  });

  it('gives each object its own value when they take turns', () => {
    const first = oncePer((list: readonly string[]) => list[0]);
    const a = ['a'];
    const b = ['b'];
    expect([first(a), first(b), first(a), first(a), first(b)]).toEqual(['a', 'b', 'a', 'a', 'b']);
  });
});
