import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportRoot, meetingIdOf } from '../../src/export/meeting-id.js';

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'minutes-id-'));
  mkdirSync(join(cwd, 'minutes', '2019'), { recursive: true });
  mkdirSync(join(cwd, 'minutes', '2020'), { recursive: true });
  mkdirSync(join(cwd, 'minutes', '..notes'), { recursive: true });
  writeFileSync(join(cwd, 'minutes', '2019', 'a.md'), '');
  writeFileSync(join(cwd, 'minutes', '2020', 'b.md'), '');
});

describe('exportRoot', () => {
  it('is a folder given, the folder of a file given, the folder before the first pattern of a glob', () => {
    expect(exportRoot(['minutes'], cwd)).toBe(join(cwd, 'minutes'));
    expect(exportRoot(['minutes/2019/a.md'], cwd)).toBe(join(cwd, 'minutes', '2019'));
    expect(exportRoot(['minutes/2019/*.md'], cwd)).toBe(join(cwd, 'minutes', '2019'));
    expect(exportRoot(['minutes/*/a.md'], cwd)).toBe(join(cwd, 'minutes'));
    expect(exportRoot(['*.md'], cwd)).toBe(cwd);
  });

  it('is the deepest folder holding every path given; the working folder for none or standard input alone', () => {
    expect(exportRoot(['minutes/2019/a.md', 'minutes/2020/b.md'], cwd)).toBe(join(cwd, 'minutes'));
    expect(exportRoot(['minutes/2019', 'minutes/2019/a.md'], cwd)).toBe(join(cwd, 'minutes', '2019'));
    expect(exportRoot(['minutes/..notes', 'minutes/2019'], cwd)).toBe(join(cwd, 'minutes'));
    expect(exportRoot([], cwd)).toBe(cwd);
    expect(exportRoot(['-'], cwd)).toBe(cwd);
  });
});

describe('meetingIdOf', () => {
  it('is the path relative to the root with / between folders; - for standard input', () => {
    const root = join(cwd, 'minutes');
    expect(meetingIdOf('minutes/2019/a.md', root, cwd)).toBe('2019/a.md');
    expect(meetingIdOf(join(cwd, 'minutes', '2020', 'b.md'), root, cwd)).toBe('2020/b.md');
    expect(meetingIdOf('minutes/..notes/c.md', root, cwd)).toBe('..notes/c.md');
    expect(meetingIdOf('-', root, cwd)).toBe('-');
  });

  it('keeps the absolute path of a file outside the root', () => {
    expect(meetingIdOf('other/c.md', join(cwd, 'minutes'), cwd)).toBe(join(cwd, 'other', 'c.md'));
  });
});
