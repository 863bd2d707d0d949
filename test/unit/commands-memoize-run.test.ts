import { utimesSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoizeRun, type RunMemo } from '../../src/commands/memoize-run.js';
import { fakeIo } from '../fake-io.js';

let folder: string;
/** A modification time in whole seconds, which setting it again restores to the nanosecond. */
const anHourAgo = Math.floor(Date.now() / 1000) - 3600;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'minutes-memoize-'));
  await writeFile(join(folder, 'a.md'), '# A\n');
  await writeFile(join(folder, 'b.md'), '# B\n');
  for (const name of ['a.md', 'b.md']) utimesSync(join(folder, name), anHourAgo, anHourAgo);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A memo that counts its computations and returns their number, with extra inputs `extra`. */
function counter(extra = { inputs: '' }): RunMemo<number> & { computed: number } {
  const memo = {
    computed: 0,
    name: 'count',
    inputs: () => extra.inputs,
    compute: async () => ++memo.computed,
    pack: (value: number) => ({ value }),
    unpack: (stored: unknown) => (typeof stored === 'object' && stored !== null && typeof (stored as { value: unknown }).value === 'number' ? (stored as { value: number }).value : null),
  };
  return memo;
}

describe('memoizeRun', () => {
  const options = (cache: boolean, stdin?: string) => ({ io: fakeIo({ cwd: folder, ...(stdin === undefined ? {} : { stdin }) }), cache: { enabled: cache, location: join(folder, '.cache') } });

  it('computes every time without the cache', async () => {
    const memo = counter();
    expect(await memoizeRun(['.'], options(false), memo)).toBe(1);
    expect(await memoizeRun(['.'], options(false), memo)).toBe(2);
  });

  it('computes once for unchanged files and inputs, again when a file, the files or the inputs change', async () => {
    const extra = { inputs: 'config 1' };
    const memo = counter(extra);
    expect(await memoizeRun(['.'], options(true), memo)).toBe(1);
    expect(await memoizeRun(['.'], options(true), memo)).toBe(1);
    await writeFile(join(folder, 'b.md'), '# B, changed\n');
    expect(await memoizeRun(['.'], options(true), memo)).toBe(2);
    expect(await memoizeRun(['.'], options(true), memo)).toBe(2);
    await writeFile(join(folder, 'c.md'), '# C\n');
    expect(await memoizeRun(['.'], options(true), memo)).toBe(3);
    extra.inputs = 'config 2';
    expect(await memoizeRun(['.'], options(true), memo)).toBe(4);
    expect(await memoizeRun(['a.md'], options(true), memo)).toBe(5);
    expect(await memoizeRun(['a.md'], options(true), memo)).toBe(5);
    expect(await memoizeRun(['.'], options(true), memo)).toBe(4);
  });

  it('computes again when the stored value does not unpack, and when a path stops or starts being found', async () => {
    const memo = counter();
    expect(await memoizeRun(['a.md', 'missing.md'], options(true), memo)).toBe(1);
    expect(await memoizeRun(['a.md', 'missing.md'], options(true), { ...memo, unpack: () => null })).toBe(2);
    await writeFile(join(folder, 'missing.md'), '# Here now\n');
    expect(await memoizeRun(['a.md', 'missing.md'], options(true), memo)).toBe(3);
    expect(await memoizeRun(['a.md', 'missing.md'], options(true), memo)).toBe(3);
  });

  it('reads standard input once, gives it to the computation again, and keys it by its bytes', async () => {
    const seen: string[] = [];
    const memo = { ...counter(), compute: async (io: Parameters<RunMemo<number>['compute']>[0]) => seen.push(new TextDecoder().decode(await io.readStdin())) };
    expect(await memoizeRun(['-'], options(true, 'one'), memo)).toBe(1);
    expect(await memoizeRun(['-'], options(true, 'one'), memo)).toBe(1);
    expect(await memoizeRun(['-'], options(true, 'two'), memo)).toBe(2);
    expect(seen).toEqual(['one', 'two']);
  });

  it('keeps the stats and keys of settled files, and still computes again after a write that keeps size and modification time', async () => {
    const memo = counter();
    // A clock a minute ahead: the files just written count as settled, so their stats are recorded.
    const ahead = { ...options(true), now: () => Date.now() + 60_000 };
    expect(await memoizeRun(['.'], ahead, memo)).toBe(1);
    expect((await readdir(join(folder, '.cache', 'runs'))).filter((name) => name.endsWith('.index.json'))).toHaveLength(1);
    expect(await memoizeRun(['.'], ahead, memo)).toBe(1);
    await writeFile(join(folder, 'b.md'), '# C\n');
    utimesSync(join(folder, 'b.md'), anHourAgo, anHourAgo);
    expect(await memoizeRun(['.'], ahead, memo)).toBe(2);
    expect(await memoizeRun(['.'], ahead, memo)).toBe(2);
    expect(await memoizeRun(['.'], { ...ahead, cache: { ...ahead.cache, strategy: 'content' as const } }, memo)).toBe(2);
  });

  it('ignores a corrupt stat index', async () => {
    const memo = counter();
    const ahead = { ...options(true), now: () => Date.now() + 60_000 };
    expect(await memoizeRun(['.'], ahead, memo)).toBe(1);
    const runs = join(folder, '.cache', 'runs');
    const [index] = (await readdir(runs)).filter((name) => name.endsWith('.index.json'));
    await writeFile(join(runs, index as string), '{"format":2}\n{"files":{"a.md":["0:0:0:0","0"]}}');
    expect(await memoizeRun(['.'], ahead, memo)).toBe(1);
    await writeFile(join(folder, 'a.md'), '# Z\n');
    await writeFile(join(runs, index as string), 'not an entry');
    expect(await memoizeRun(['.'], ahead, memo)).toBe(2);
  });

  it('gives a computation the value of another memo over the same files, kept in the cache too', async () => {
    const inner = counter();
    const outer = { ...counter(), name: 'outer', compute: async (_io: unknown, memoized: <S>(memo: RunMemo<S>) => Promise<S>) => 10 * (await memoized(inner)) };
    expect(await memoizeRun(['.'], options(false), outer)).toBe(10);
    expect(await memoizeRun(['.'], options(false), outer)).toBe(20);
    expect(await memoizeRun(['.'], options(true), outer)).toBe(30);
    expect(await memoizeRun(['.'], options(true), outer)).toBe(30);
    // The outer value unreadable: computed again from the inner one, which the cache still holds.
    expect(await memoizeRun(['.'], options(true), { ...outer, unpack: () => null })).toBe(30);
    expect(inner.computed).toBe(3);
    await writeFile(join(folder, 'b.md'), '# B, changed\n');
    expect(await memoizeRun(['.'], options(true), outer)).toBe(40);
  });

  /**
   * A memo whose value is, per file, the length of its text, each taken from the file memo when it
   * has it; `read` lists the files it had to read, `fail` makes it throw after reading them.
   */
  function lengths(fail = { now: false }): RunMemo<string> & { read: string[] } {
    const read: string[] = [];
    return {
      ...counter(),
      name: 'lengths',
      read,
      compute: async (io, _memoized, run) => {
        const byFile = run.perFile({ name: 'length by file', unpack: (stored) => (typeof stored === 'number' ? stored : null) });
        const values: string[] = [];
        for (const name of ['a.md', 'b.md']) {
          let length = byFile.recall(name, 'settings');
          if (length === null) {
            byFile.keep(name, 'settings', (length = (await io.readFile(name)).byteLength));
            read.push(name);
          }
          values.push(`${name} ${length}`);
        }
        if (fail.now) throw new Error('failed');
        return values.join(', ');
      },
      pack: (value: string) => value,
      unpack: (stored: unknown) => (typeof stored === 'string' ? stored : null),
    };
  }

  it('gives a computation a memo of values by file, recalled when the file is unchanged, kept only by a run that succeeds', async () => {
    const fail = { now: false };
    const memo = lengths(fail);
    expect(await memoizeRun(['.'], options(true), memo)).toBe('a.md 4, b.md 4');
    expect(memo.read).toEqual(['a.md', 'b.md']);
    await writeFile(join(folder, 'b.md'), '# B, changed\n');
    expect(await memoizeRun(['.'], options(true), memo)).toBe('a.md 4, b.md 13');
    expect(memo.read).toEqual(['a.md', 'b.md', 'b.md']);
    await writeFile(join(folder, 'a.md'), '# A, changed\n');
    fail.now = true;
    await expect(memoizeRun(['.'], options(true), memo)).rejects.toThrow('failed');
    fail.now = false;
    expect(await memoizeRun(['.'], options(true), memo)).toBe('a.md 13, b.md 13');
    expect(memo.read).toEqual(['a.md', 'b.md', 'b.md', 'a.md', 'a.md']);
  });

  it('recalls nothing without the cache', async () => {
    const memo = lengths();
    expect(await memoizeRun(['.'], options(false), memo)).toBe('a.md 4, b.md 4');
    await writeFile(join(folder, 'b.md'), '# B, changed\n');
    expect(await memoizeRun(['.'], options(false), memo)).toBe('a.md 4, b.md 13');
    expect(memo.read).toEqual(['a.md', 'b.md', 'a.md', 'b.md']);
  });

  it('hands the computation the inputs it collected, with the cache on', async () => {
    const seen: unknown[] = [];
    const memo = { ...counter(), compute: async (_io: unknown, _memoized: unknown, run: { collected: unknown }) => seen.push(run.collected) };
    await memoizeRun(['.', 'missing.md'], options(true), memo);
    await memoizeRun(['.', 'missing.md'], options(false), memo);
    expect(seen).toEqual([{ files: ['a.md', 'b.md'], problems: [{ path: 'missing.md', message: 'no such file or directory' }] }, null]);
  });
});
