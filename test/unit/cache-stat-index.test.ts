import { createHash } from 'node:crypto';
import { readFileSync, utimesSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStatIndex, type CacheStrategy } from '../../src/cache/stat-index.js';

let folder: string;
/** A modification time in whole seconds, which setting it again restores to the nanosecond. */
const anHourAgo = Math.floor(Date.now() / 1000) - 3600;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'minutes-stat-index-'));
  await writeFile(join(folder, 'a.md'), '# A\n');
  await writeFile(join(folder, 'b.md'), '# B\n');
  for (const name of ['a.md', 'b.md']) utimesSync(join(folder, name), anHourAgo, anHourAgo);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const keyOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** One run over the files: their keys, the paths it read, and the index to store. */
function run(stored: unknown, options: { strategy?: CacheStrategy; now?: number; files?: string[] } = {}) {
  const reads: string[] = [];
  const index = createStatIndex({
    stored,
    keyOf,
    read: (absolute) => {
      reads.push(absolute.slice(folder.length + 1));
      return readFileSync(absolute);
    },
    strategy: options.strategy,
    // Files written by the test are "settled" only for a clock some seconds ahead.
    now: () => options.now ?? Date.now() + 60_000,
  });
  const keys = (options.files ?? ['a.md', 'b.md']).map((path) => index.keyOf(path, join(folder, path)));
  return { keys, reads, changed: index.changed(), stored: index.pack() };
}

describe('createStatIndex', () => {
  it('hashes every file the first time, and none whose stat is unchanged the next', () => {
    const first = run(null);
    expect(first.reads).toEqual(['a.md', 'b.md']);
    expect(first.changed).toBe(true);
    const second = run(first.stored);
    expect(second.reads).toEqual([]);
    expect(second.keys).toEqual(first.keys);
    expect(second.changed).toBe(false);
  });

  it('hashes a file again after any write, even of the same size with its old modification time', async () => {
    const first = run(null);
    await writeFile(join(folder, 'b.md'), '# C\n');
    utimesSync(join(folder, 'b.md'), anHourAgo, anHourAgo);
    const second = run(first.stored);
    expect(second.reads).toEqual(['b.md']);
    expect(second.keys[0]).toBe(first.keys[0]);
    expect(second.keys[1]).toBe(keyOf(Buffer.from('# C\n')));
    expect(second.changed).toBe(true);
  });

  it('does not record a file written just before its stat, so the next run hashes it again', () => {
    const first = run(null, { now: Date.now() });
    expect(first.stored).toEqual({ files: {} });
    expect(run(first.stored, { now: Date.now() }).reads).toEqual(['a.md', 'b.md']);
  });

  it('hashes every file with the content strategy, whatever is stored', () => {
    const first = run(null);
    const second = run(first.stored, { strategy: 'content' });
    expect(second.reads).toEqual(['a.md', 'b.md']);
    expect(second.keys).toEqual(first.keys);
  });

  it('reads a stored index of another shape as empty', () => {
    for (const stored of [undefined, 'files', { files: 3 }, { files: { 'a.md': ['x'] } }, { files: { 'a.md': [1, 2] } }]) {
      expect(run(stored).reads).toEqual(['a.md', 'b.md']);
    }
  });

  it('is to be written back when a file joins or leaves the run', () => {
    const both = run(null);
    expect(run(both.stored, { files: ['a.md'] }).changed).toBe(true);
    const one = run(null, { files: ['a.md'] });
    const again = run(one.stored);
    expect(again.reads).toEqual(['b.md']);
    expect(again.changed).toBe(true);
  });

  it('throws as reading does for a file that is gone', () => {
    expect(() => run(null, { files: ['missing.md'] })).toThrow(/ENOENT/);
  });
});
