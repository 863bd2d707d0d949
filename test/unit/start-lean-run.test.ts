import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLeanRun, leanBytes, regularFileSize } from '../../src/start/lean-run.js';

/** Sizes of invented files; anything else names no file. */
const sizes: Record<string, number> = { 'board-2031-04-02.md': 6_000, 'club-annual.txt': 9_500, 'huge-archive.md': 3_000_000 };
const sizeOf = (path: string): number | null => sizes[path] ?? null;
const argv = (...words: string[]) => ['/usr/bin/node', '/opt/minutes/bin/minutes.js', ...words];

describe('isLeanRun', () => {
  it('is `parse` of named files that hold few bytes in all, whatever the options', () => {
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md'), sizeOf)).toBe(true);
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md', 'club-annual.txt', '--json', '--lang', 'fi'), sizeOf)).toBe(true);
    expect(isLeanRun(argv('parse', '--explain', 'club-annual.txt', '--jobs=0'), sizeOf)).toBe(true);
  });

  it('is not when the files hold more than leanBytes, or a file is read from standard input', () => {
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md', 'huge-archive.md'), sizeOf)).toBe(false);
    expect(isLeanRun(argv('parse', 'board-2031-04-02.md', '-'), sizeOf)).toBe(false);
    expect(isLeanRun(argv('parse', '--json'), sizeOf)).toBe(false);
    expect(isLeanRun(argv('parse', '--', 'board-2031-04-02.md'), sizeOf)).toBe(false);
  });

  it('is never for another command, which may go over a whole archive', () => {
    expect(isLeanRun(argv('validate', 'board-2031-04-02.md'), sizeOf)).toBe(false);
    expect(isLeanRun(argv('actions', 'board-2031-04-02.md'), sizeOf)).toBe(false);
    expect(isLeanRun(argv('decisions', 'board-2031-04-02.md', '--cache'), sizeOf)).toBe(false);
    expect(isLeanRun(argv('--version'), sizeOf)).toBe(false);
    expect(isLeanRun(argv(), sizeOf)).toBe(false);
  });

  it('counts only the words that name files (an option value or a missing file adds nothing)', () => {
    expect(isLeanRun(argv('parse', 'missing.md', 'board-2031-04-02.md', '--locale', 'sv'), sizeOf)).toBe(true);
    expect(isLeanRun(argv('parse', 'missing.md'), sizeOf)).toBe(false);
  });
});

describe('regularFileSize', () => {
  it('is the size of a regular file, and null for a folder or a missing path', () => {
    const folder = mkdtempSync(join(tmpdir(), 'minutes-lean-'));
    try {
      writeFileSync(join(folder, 'note.md'), 'x'.repeat(1234));
      expect(regularFileSize(join(folder, 'note.md'))).toBe(1234);
      expect(regularFileSize(folder)).toBeNull();
      expect(regularFileSize(join(folder, 'absent.md'))).toBeNull();
      expect(leanBytes).toBeGreaterThan(1234);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
