import { describe, expect, it } from 'vitest';
import { createFileMemo } from '../../src/cache/file-memo.js';

/** A memo of numbers over the keys given (path to key), on top of what `stored` holds. */
function memoOf(keys: Record<string, string>, stored: unknown = null) {
  return createFileMemo<number>({
    stored,
    keyOf: (path) => keys[path],
    unpack: (value) => (typeof value === 'number' ? value : null),
  });
}

/** What a run that kept `values` (path to value, under `settings`) over keys stores for the next. */
function runThatKept(keys: Record<string, string>, values: Record<string, number>, settings = 'rules A'): unknown {
  const memo = memoOf(keys);
  for (const [path, value] of Object.entries(values)) memo.keep(path, settings, value);
  return JSON.parse(JSON.stringify(memo.pack())) as unknown;
}

describe('createFileMemo', () => {
  const keys = { 'a.md': 'key-a', 'b.md': 'key-b' };

  it('recalls a value kept for the same bytes and settings', () => {
    const memo = memoOf(keys, runThatKept(keys, { 'a.md': 1, 'b.md': 2 }));
    expect(memo.recall('a.md', 'rules A')).toBe(1);
    expect(memo.recall('b.md', 'rules A')).toBe(2);
    expect(memo.changed()).toBe(false);
  });

  it('forgets a file whose bytes changed, and one computed under other settings', () => {
    const stored = runThatKept(keys, { 'a.md': 1, 'b.md': 2 });
    const memo = memoOf({ 'a.md': 'key-a, edited', 'b.md': 'key-b' }, stored);
    expect(memo.recall('a.md', 'rules A')).toBeNull();
    expect(memo.recall('b.md', 'rules B')).toBeNull();
    expect(memo.recall('b.md', 'rules A')).toBe(2);
  });

  it('neither recalls nor keeps a file that has no key (it could not be read)', () => {
    const memo = memoOf({ 'b.md': 'key-b' }, runThatKept(keys, { 'a.md': 1 }));
    expect(memo.recall('a.md', 'rules A')).toBeNull();
    memo.keep('a.md', 'rules A', 5);
    expect(memo.pack()).toEqual({ files: {} });
  });

  it('packs the files of this run only, recalled or kept, and says when that differs from what was stored', () => {
    const memo = memoOf({ 'b.md': 'key-b', 'c.md': 'key-c' }, runThatKept(keys, { 'a.md': 1, 'b.md': 2 }));
    expect(memo.recall('b.md', 'rules A')).toBe(2);
    expect(memo.recall('c.md', 'rules A')).toBeNull();
    memo.keep('c.md', 'rules A', 3);
    expect(memo.changed()).toBe(true);
    const next = memoOf({ 'b.md': 'key-b', 'c.md': 'key-c' }, JSON.parse(JSON.stringify(memo.pack())));
    expect(next.recall('a.md', 'rules A')).toBeNull();
    expect([next.recall('b.md', 'rules A'), next.recall('c.md', 'rules A')]).toEqual([2, 3]);
    expect(next.changed()).toBe(false);
  });

  it('says a run that dropped a file changed the memo, though it kept nothing', () => {
    const memo = memoOf({ 'a.md': 'key-a' }, runThatKept(keys, { 'a.md': 1, 'b.md': 2 }));
    expect(memo.recall('a.md', 'rules A')).toBe(1);
    expect(memo.changed()).toBe(true);
  });

  it('reads anything else stored as nothing, and a value that does not unpack as a miss', () => {
    for (const stored of [null, 'files', { files: null }, { files: { 'a.md': ['key-a'] } }, { files: { 'a.md': 'key-a' } }]) {
      expect(memoOf(keys, stored).recall('a.md', 'rules A')).toBeNull();
    }
    const stored = runThatKept(keys, { 'a.md': 1 }) as { files: Record<string, unknown[]> };
    (stored.files['a.md'] as unknown[])[2] = 'not a number';
    expect(memoOf(keys, stored).recall('a.md', 'rules A')).toBeNull();
  });
});
