import { chmod, mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/input/collect-inputs.js';
import { mapConcurrent } from '../../src/input/map-concurrent.js';
import { readAllInputs, readInputs, type InputResult } from '../../src/input/read-inputs.js';

const isRoot = process.getuid?.() === 0;
const text = new TextDecoder();
let root: string;

async function collect(iterable: AsyncIterable<InputResult>): Promise<InputResult[]> {
  const results: InputResult[] = [];
  for await (const result of iterable) results.push(result);
  return results;
}

function summary(results: InputResult[]): string[] {
  return results.map((result) =>
    'error' in result ? `${result.path}: ${result.error}` : `${result.path} = ${text.decode(result.bytes)}`,
  );
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'minutes-read-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readInputs', () => {
  it('reads many files in input order with bounded concurrency, and reports progress', async () => {
    const files = Array.from({ length: 200 }, (_, i) => `f${String(i).padStart(3, '0')}.md`);
    for (const [i, file] of files.entries()) await writeFile(join(root, file), `#${i}`);
    const progress: number[] = [];
    const results = await collect(
      readInputs(files, { cwd: root, concurrency: 7, onProgress: (done, total) => progress.push(done / total) }),
    );
    expect(summary(results)).toEqual(files.map((file, i) => `${file} = #${i}`));
    expect(progress).toHaveLength(200);
    expect(progress.at(-1)).toBe(1);
  });

  it('yields an error entry for a file deleted between collecting and reading', async () => {
    await writeFile(join(root, 'a.md'), 'A');
    await writeFile(join(root, 'b.md'), 'B');
    const { files } = await collectInputs([], { cwd: root });
    await unlink(join(root, 'a.md'));
    expect(summary(await collect(readInputs(files, { cwd: root })))).toEqual([
      'a.md: no such file or directory',
      'b.md = B',
    ]);
  });

  it('yields an error entry for a directory, and reads - from the injected standard input', async () => {
    await mkdir(join(root, 'dir'));
    const stdin = async (): Promise<Uint8Array> => new TextEncoder().encode('from stdin');
    const results = await readAllInputs(['dir', '-'], { cwd: root, stdin });
    expect(summary(results)).toEqual(['dir: is a directory', '- = from stdin']);
    expect(summary(await readAllInputs(['-'], {}))).toEqual(['-: standard input is not available']);
  });

  // Root reads any file whatever its mode, so chmod 000 cannot make a file unreadable in CI.
  it.skipIf(isRoot)('yields an error entry for a file without read permission', async () => {
    await writeFile(join(root, 'secret.md'), 'S');
    await chmod(join(root, 'secret.md'), 0o000);
    expect(summary(await collect(readInputs(['secret.md'], { cwd: root })))).toEqual([
      'secret.md: permission denied',
    ]);
  });
});

describe('mapConcurrent', () => {
  const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  it('keeps the order of the items whatever the order of completion, within the limit', async () => {
    let running = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, i) => i);
    const results = await mapConcurrent(items, 5, async (item, index) => {
      running++;
      most = Math.max(most, running);
      await sleep(Math.random() * 10);
      running--;
      return `${item}:${index}`;
    });
    expect(results).toEqual(items.map((i) => `${i}:${i}`));
    expect(most).toBe(5);
  });

  it('rejects with the first error and handles an empty list', async () => {
    await expect(mapConcurrent([1, 2, 3], 2, async (n) => (n === 2 ? Promise.reject(new Error('two')) : n))).rejects.toThrow(
      'two',
    );
    expect(await mapConcurrent([], 4, async (n: number) => n)).toEqual([]);
    await expect(mapConcurrent([1], 0, async (n) => n)).rejects.toThrow(RangeError);
  });
});
