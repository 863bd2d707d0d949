import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';
import { toTrees } from '../../src/parse/to-tree.js';

// Large documents are parsed in chunks cut where a block certainly ends; the result must be the
// same as parsing the whole document at once. Small chunk sizes force many cuts in small files.
const fixtures = ['fixtures', 'fixtures/validate', 'fixtures/actions'].flatMap((dir) =>
  readdirSync(dir).filter((name) => /\.(md|txt)$/.test(name)).map((name) => `${dir}/${name}`),
);

describe('chunked parsing', () => {
  it.each(fixtures)('%s gives the same meeting in chunks as whole', (path) => {
    const bytes = readFileSync(path);
    const whole = parseMinutes(bytes, { path });
    for (const chunkSize of [64, 512, 4096]) {
      expect(parseMinutes(bytes, { path, chunkSize })).toEqual(whole);
    }
  });

  it('cuts a long document into chunks, never inside fenced code or front matter', () => {
    const text = `---\ntitle: x\n---\n\n${'para\n\n```\ncode\n\nmore code\n```\n\n'.repeat(50)}`;
    const chunks = toTrees(text, 100);
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks) {
      const codes = chunk.tree.children.filter((node) => node.type === 'code');
      for (const code of codes) expect(code.type === 'code' && code.value).toBe('code\n\nmore code');
    }
    expect(chunks[0]?.tree.children[0]?.type).toBe('yaml');
  });
});
