import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { formatActionsMarkdown } from '../../src/report/actions-markdown.js';
import { actionRecord } from './report-fixtures.js';

/** Every node of a tree, depth first. */
function nodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => nodes(child)) : [])];
}

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

describe('formatActionsMarkdown', () => {
  it('writes a checklist grouped by owner, unassigned last', () => {
    const records = [
      actionRecord(),
      actionRecord({ id: 'a2', owners: ['Bo Ek', 'Anna Virtanen'], text: 'Book a room', status: 'done', due: null }),
      actionRecord({ id: 'a3', owners: [], text: 'Tidy up', meeting: { date: null, title: null } }),
    ];
    expect(formatActionsMarkdown(records)).toBe(
      [
        '### Anna Virtanen',
        '',
        '- [ ] Send the budget draft to the board (due 2025-03-07) — 2025-03-03, minutes/2025-03-03.md:14',
        '- [x] Book a room — 2025-03-03, minutes/2025-03-03.md:14',
        '',
        '### Bo Ek',
        '',
        '- [x] Book a room — 2025-03-03, minutes/2025-03-03.md:14',
        '',
        '### (unassigned)',
        '',
        '- [ ] Tidy up (due 2025-03-07) — minutes/2025-03-03.md:14',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing for no actions', () => {
    expect(formatActionsMarkdown([])).toBe('');
  });

  it('escapes task text so that it cannot break the checklist', () => {
    const text = '# Not a heading\n- [x] not an item\r\n\n*bold* <b>html</b> [link](http://x) `code` | a | ~~s~~ &amp; $x$ \\';
    const output = formatActionsMarkdown([actionRecord({ text, owners: ['## Eve <script>'], path: 'a_b*.md' })]);
    expect(output.split('\n')[2]).toBe(
      '- [ ] \\# Not a heading - \\[x\\] not an item \\*bold\\* \\<b\\>html\\</b\\> \\[link\\](http://x) \\`code\\` ' +
        '\\| a \\| \\~\\~s\\~\\~ \\&amp; \\$x\\$ \\\\ (due 2025-03-07) — 2025-03-03, a\\_b\\*.md:14',
    );
    const tree = parse(output);
    const kinds = new Set<string>(nodes(tree).map((node) => node.type));
    for (const kind of ['html', 'emphasis', 'strong', 'inlineCode', 'delete', 'table', 'image', 'inlineMath']) {
      expect(kinds.has(kind)).toBe(false);
    }
    for (const link of nodes(tree).filter((node) => node.type === 'link')) {
      expect(toString(link)).toBe(link.url); // only GFM autolink literals, shown as written
    }
    const items = nodes(tree).filter((node) => node.type === 'listItem');
    expect(items).toHaveLength(1);
    expect(items[0]?.checked).toBe(false);
    expect(toString(items[0])).toBe(
      '# Not a heading - [x] not an item *bold* <b>html</b> [link](http://x) `code` | a | ~~s~~ &amp; $x$ \\' +
        ' (due 2025-03-07) — 2025-03-03, a_b*.md:14',
    );
    const headings = nodes(tree).filter((node) => node.type === 'heading');
    expect(headings.map((heading) => [heading.depth, toString(heading)])).toEqual([[3, '## Eve <script>']]);
  });

  it('shows bidirectional controls instead of writing them', () => {
    const output = formatActionsMarkdown([actionRecord({ text: 'pay \u202Eevil\u200B' })]);
    expect(output).toContain('pay \\u{202E}evil\\u{200B} (due');
    expect(output).not.toMatch(/[\u202E\u200B]/);
  });

  it('parses as one task-list item per owner and action', () => {
    const records = [actionRecord(), actionRecord({ id: 'a2', owners: ['Bo', 'Cy'], status: 'done' })];
    const tree = parse(formatActionsMarkdown(records));
    const items = nodes(tree).filter((node) => node.type === 'listItem');
    expect(items.map((item) => item.checked)).toEqual([false, true, true]);
  });
});
