import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParsePool } from '../../src/workers/parse-pool.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

// From source each worker loads the TypeScript through tsx: a second or two on a busy machine.
describe('ParsePool.hasRoom', () => {
  it('says whether a live worker holds fewer jobs than asked, and never for a pool whose workers are gone', { timeout: 60_000 }, async () => {
    const bytes = await readFile(join(root, 'fixtures', 'actions', '2020-01-08-workgroup.md'));
    const request = { bytes, path: 'a.md', kind: 'actions' as const, keepText: false, key: null };
    const pool = new ParsePool(1);
    try {
      expect(pool.hasRoom(2)).toBe(true);
      const first = pool.run(request);
      expect(pool.hasRoom(2)).toBe(true);
      const second = pool.run(request);
      expect(pool.hasRoom(2)).toBe(false);
      expect(pool.hasRoom(3)).toBe(true);
      await Promise.all([first, second]);
      expect(pool.hasRoom(1)).toBe(true);
    } finally {
      await pool.close();
    }
    expect(pool.hasRoom(1)).toBe(false);
  });
});
