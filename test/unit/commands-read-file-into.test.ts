import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileReader } from '../../src/commands/read-file-into.js';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'minutes-read-into-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Bytes 0..255 repeated to `size`, from `offset`. */
function bytes(size: number, offset = 0): Buffer {
  const result = Buffer.alloc(size);
  for (let i = 0; i < size; i++) result[i] = (i + offset) % 256;
  return result;
}

describe('createFileReader', () => {
  it('reads files of every size exactly: empty, small, past its buffer, and past the size it shares', async () => {
    const read = createFileReader();
    for (const [i, size] of [0, 1, 17_000, 65_536, 200_001, 5_000_000, 3].entries()) {
      const file = join(folder, `f${i}`);
      await writeFile(file, bytes(size, i));
      const read1 = read(file);
      expect(read1.byteLength).toBe(size);
      expect(Buffer.from(read1.buffer, read1.byteOffset, read1.byteLength).equals(bytes(size, i))).toBe(true);
    }
  });

  it('gives a view the next read may overwrite, so what must outlive it is copied', async () => {
    await writeFile(join(folder, 'a'), 'aaaa');
    await writeFile(join(folder, 'b'), 'bbbb');
    const read = createFileReader();
    const first = read(join(folder, 'a'));
    const kept = first.slice();
    read(join(folder, 'b'));
    expect(new TextDecoder().decode(kept)).toBe('aaaa');
    expect(new TextDecoder().decode(first)).toBe('bbbb');
  });

  it('throws what readFileSync throws for a missing file or a folder', async () => {
    await mkdir(join(folder, 'sub'));
    const read = createFileReader();
    expect(() => read(join(folder, 'missing'))).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => read(join(folder, 'sub'))).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
