import { describe, expect, it } from 'vitest';
import { toBlocks } from '../../src/parse/to-blocks.js';
import { toTree } from '../../src/parse/to-tree.js';

const lines = (text: string) => toBlocks(toTree(text), text);

describe('toBlocks', () => {
  it('splits glued bold runs into separate lines with their columns', () => {
    const text = '**Kokous****Aika: Pe 8.11.2019****Paikka: Oulu**';
    expect(lines(text).map((l) => [l.text, l.start.column, l.bold])).toEqual([
      ['Kokous', 3, true],
      ['Aika: Pe 8.11.2019', 13, true],
      ['Paikka: Oulu', 35, true],
    ]);
  });

  it('keeps a bold label and its value on one line, with the label as lead', () => {
    const [line] = lines('**Osallistujat:** Minna Männikkö (Oulu, pj.)');
    expect(line?.lead).toBe('Osallistujat:');
    expect(line?.text).toBe('Osallistujat: Minna Männikkö (Oulu, pj.)');
  });

  it('separates a section label glued to the first agenda item', () => {
    expect(lines('**Käsiteltävät asiat:****1. Asiakas / Isa**').map((l) => l.text)).toEqual(['Käsiteltävät asiat:', '1. Asiakas / Isa']);
  });

  it('reads list nesting, ordinals as written and task boxes', () => {
    const out = lines('1. One\n1. Two\n   - [x] done\n   - [ ] open');
    expect(out.map((l) => [l.text, l.listDepth, l.ordinal, l.checked])).toEqual([
      ['One', 1, 1, null],
      ['Two', 1, 1, null],
      ['done', 2, null, true],
      ['open', 2, null, false],
    ]);
  });

  it('reads an indented block of list items as a list, not code, keeping file positions', () => {
    const out = lines('## Agenda:\n    - First item\n    - Second item\n');
    expect(out.slice(1).map((l) => [l.kind, l.text, l.start.line, l.start.column])).toEqual([
      ['listItem', 'First item', 2, 7],
      ['listItem', 'Second item', 3, 7],
    ]);
  });

  it('gives each table row its cells, the first row marked as header', () => {
    const out = lines('| Owner | Task |\n|---|---|\n| Minna | Send it |');
    expect(out.map((l) => [l.cells, l.header])).toEqual([
      [['Owner', 'Task'], true],
      [['Minna', 'Send it'], false],
    ]);
  });

  it('survives deep nesting without recursion', () => {
    const deep = `${'> '.repeat(3000)}text`;
    expect(lines(deep).at(-1)?.text).toBe('text');
  });

  it('reads a bullet that only marks a numbered point on its line (`- 1. Opening`) as that point, its notes under it', () => {
    const text = '- 1. Opening\n    - Opened at 20:05\n- 2. Budget\n    - Approved\n';
    expect(lines(text).map((l) => [l.text, l.listDepth, l.ordinal])).toEqual([
      ['Opening', 1, 1],
      ['Opened at 20:05', 2, null],
      ['Budget', 1, 2],
      ['Approved', 2, null],
    ]);
    // A list of numbered points with no notes after them is a list inside the notes: it stays nested.
    expect(lines('- 1. Town hall (5 votes)\n- 2. Library (3 votes)\n').map((l) => [l.text, l.listDepth])).toEqual([
      ['', 1],
      ['Town hall (5 votes)', 2],
      ['', 1],
      ['Library (3 votes)', 2],
    ]);
    // A number before a bullet keeps its number: the bullet is the second mark there.
    expect(lines('5. - Opening\n6. - Budget\n').map((l) => [l.text, l.listDepth, l.ordinal])).toEqual([
      ['', 1, 5],
      ['Opening', 2, null],
      ['', 1, 6],
      ['Budget', 2, null],
    ]);
  });

  it('reads a line set between equals signs as a wiki or a pad writes it (`== Budget ==`) as a heading of that level', () => {
    const text = 'Protokoll\n\n== 1. Opening ==\nMötet öppnades.\n=== Trips ===\n';
    expect(lines(text).map((l) => [l.kind, l.text, l.depth])).toEqual([
      ['paragraph', 'Protokoll', 0],
      ['heading', '1. Opening', 2],
      ['paragraph', 'Mötet öppnades.', 0],
      ['heading', 'Trips', 3],
    ]);
    // Unequal signs, signs alone or a sum are no heading.
    expect(lines('== Budget =\n').map((l) => l.kind)).toEqual(['paragraph']);
    expect(lines('a == b\n').map((l) => l.kind)).toEqual(['paragraph']);
    expect(lines(`${'='.repeat(200_000)}\n`).map((l) => l.kind)).toEqual(['paragraph']);
  });
});
