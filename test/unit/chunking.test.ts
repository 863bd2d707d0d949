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

  // An outline: each point of the list holds notes nested under it (the parser's time grows with
  // the square of such a list's length, so it is cut between points).
  const outline = [
    '# Board meeting 4.3.2026',
    '',
    '- Budget',
    '  - The treasurer presented the figures.',
    '  - Decision: the budget was approved.',
    '- Spring party',
    '  * Anna books the hall by 20.3.',
    '    - the small hall is enough',
    '  * Ville to ask for quotes.',
    '- Website',
    '  - ACTION: Pekka updates the calendar.',
    '',
  ].join('\n');

  it('cuts a long list between its points, after the notes nested under each', () => {
    const text = outline.repeat(100);
    const chunks = toTrees(text, 1 << 20);
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks.slice(1)) {
      expect(text.split('\n')[chunk.line]).toMatch(/^- /);
      expect(chunk.tree.children[0]?.type).toBe('list');
    }
  });

  it('gives the same meeting for a long outline in chunks as whole', () => {
    const points = Array.from({ length: 150 }, (_, k) => outline.slice(outline.indexOf('- Budget')).replace(/hall|quotes|calendar/g, (word) => `${word} ${k}`));
    const text = `# Board meeting 4.3.2026\n\n${points.join('')}`;
    const whole = parseMinutes(text, { chunkSize: 1 << 24 });
    expect(whole.agenda).toHaveLength(450);
    expect(whole.actions.length).toBeGreaterThan(1);
    for (const chunkSize of [64, 2048]) expect(parseMinutes(text, { chunkSize })).toEqual(whole);
  });

  it('never cuts before a point of another list, or one that follows a line of text', () => {
    const lines = ['- one', '  - note', '* two', 'text', '- three'];
    const text = Array.from({ length: 200 }, () => lines.join('\n')).join('\n');
    const chunks = toTrees(text, 1);
    expect(chunks.length).toBe(200);
    for (const chunk of chunks.slice(1)) expect(text.split('\n')[chunk.line]).toBe('- one');
  });
});
