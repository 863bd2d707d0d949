import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLeanRun, leanBytes, pathKind, type PathKind } from '../../src/start/lean-run.js';

/** Sizes of invented files, and invented folders; anything else names nothing. */
const sizes: Record<string, number> = { 'board-2031-04-02.md': 6_000, 'club-annual.txt': 9_500, 'huge-archive.md': 3_000_000, '.minutesrc.json': 400 };
const folders = new Set(['minutes', 'minutes/2031']);
const kindOf = (path: string): PathKind => (folders.has(path) ? 'other' : sizes[path] === undefined ? null : { size: sizes[path] });
const argv = (...words: string[]) => ['/usr/bin/node', '/opt/minutes/bin/minutes.js', ...words];

describe('isLeanRun', () => {
  it('is `parse` of named files that hold few bytes in all, whatever the options', () => {
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md'), kindOf)).toBe(true);
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md', 'club-annual.txt', '--json', '--lang', 'fi'), kindOf)).toBe(true);
    expect(isLeanRun(argv('parse', '--explain', 'club-annual.txt', '--jobs=0'), kindOf)).toBe(true);
  });

  it('is `validate`, `actions` or `decisions` of such files too, the values of their options counted only when they name files', () => {
    expect(isLeanRun(argv('validate', 'board-2031-04-02.md', '--format', 'github', '-c', '.minutesrc.json'), kindOf)).toBe(true);
    expect(isLeanRun(argv('actions', '--format', 'json', 'club-annual.txt'), kindOf)).toBe(true);
    expect(isLeanRun(argv('decisions', 'board-2031-04-02.md', 'club-annual.txt'), kindOf)).toBe(true);
  });

  it('is not when the files hold more than leanBytes, or a folder, a glob or standard input may hold any amount', () => {
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md', 'huge-archive.md'), kindOf)).toBe(false);
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md', '-'), kindOf)).toBe(false);
    expect(isLeanRun(argv('parse', '--json'), kindOf)).toBe(false);
    expect(isLeanRun(argv('parse', '--', 'board-2031-04-02.md'), kindOf)).toBe(false);
    expect(isLeanRun(argv('validate', 'minutes'), kindOf)).toBe(false);
    expect(isLeanRun(argv('validate', 'board-2031-04-02.md', '--strict', 'minutes/2031'), kindOf)).toBe(false);
    expect(isLeanRun(argv('actions', 'minutes/**/*.md'), kindOf)).toBe(false);
    expect(isLeanRun(argv('decisions', 'minutes/2031-0?-*.md'), kindOf)).toBe(false);
    expect(isLeanRun(argv('validate'), kindOf)).toBe(false);
  });

  it('is never for a command that needs no files or may write many', () => {
    expect(isLeanRun(argv('export', 'board-2031-04-02.md', '--format', 'sqlite'), kindOf)).toBe(false);
    expect(isLeanRun(argv('--version'), kindOf)).toBe(false);
    expect(isLeanRun(argv(), kindOf)).toBe(false);
  });

  it('counts only the words that name files (an option value or a missing file adds nothing)', () => {
    expect(isLeanRun(argv('parse', 'missing.md', 'board-2031-04-02.md', '--locale', 'sv'), kindOf)).toBe(true);
    expect(isLeanRun(argv('parse', 'missing.md'), kindOf)).toBe(false);
  });
});

describe('pathKind', () => {
  it('is the size of a regular file, other for a folder, and null for a missing path', () => {
    const folder = mkdtempSync(join(tmpdir(), 'minutes-lean-'));
    try {
      writeFileSync(join(folder, 'note.md'), 'x'.repeat(1234));
      expect(pathKind(join(folder, 'note.md'))).toEqual({ size: 1234 });
      expect(pathKind(folder)).toBe('other');
      expect(pathKind(join(folder, 'absent.md'))).toBeNull();
      expect(leanBytes).toBeGreaterThan(1234);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
