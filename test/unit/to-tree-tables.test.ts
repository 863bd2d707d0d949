import fc from 'fast-check';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { manyInlineMarks, mayHoldTable, toTree } from '../../src/parse/to-tree.js';

// toTree leaves the table parser out for texts where `mayHoldTable` says no table can start.
// The tree must be the one the parser with tables gives, for any text.
const withTables = unified()
  .use(remarkParse)
  .use(function (this: any) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmStrikethrough(), gfmTable(), gfmTaskListItem());
    (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown());
  })
  .use(remarkFrontmatter, ['yaml']);

const pieces = ['a', 'Bob', ' ', '  ', '\t', '-', '--', ':', ':-:', '-:', '>', '> ', '|', '\n', '\n\n', '* ', '1. ', '#', '~~', '[x] ', '```', '---', '\r\n', '\r', 'x:', ':-:\n', 'a\n:-:'];

describe('mayHoldTable', () => {
  it('finds delimiter rows with a colon or a pipe, and nothing else', () => {
    expect(mayHoldTable('a\n:-:\n')).toBe(true);
    expect(mayHoldTable('> a\n> -:\n')).toBe(true);
    expect(mayHoldTable('a | b\n--|--')).toBe(true);
    expect(mayHoldTable('Date: today\n---\nNotes: none')).toBe(false);
    expect(mayHoldTable('a\n---\n')).toBe(false);
  });

  it('parses every text as the parser with tables does', () => {
    for (const text of ['a\n:-:\n', 'a\n-:', ':\n-', '> a\n> :-:\nb', '- a\n  :-:', 'Time: 10:00\n-- -\n', 'a\r\n:-:\r\n', 'a\r:-:']) {
      expect(toTree(text)).toEqual(withTables.parse(text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(toTree(text)).toEqual(withTables.parse(text));
      }),
      { numRuns: 3000, seed: 7 },
    );
    // 3,000 parses twice over: near vitest's 5 s default on two busy cores, so a wider ceiling (no timing is tested).
  }, 60_000);
});

describe('thousands of emphasis marks or links', () => {
  it('counts `*` and `_` past the limit, and stops short of it on ordinary minutes', () => {
    expect(manyInlineMarks('**Aika:** 5.3.2024 klo 18\n**Paikka:** kerhohuone\n'.repeat(100))).toBe(false);
    expect(manyInlineMarks('**b** _c_ '.repeat(1000))).toBe(true);
    expect(manyInlineMarks('[a](b) '.repeat(4001))).toBe(true);
    expect(manyInlineMarks('[a](b) '.repeat(100))).toBe(false);
  });

  it('reads emphasis below the limit, and leaves it as text with its marks above it: every word stays', () => {
    const strong = (tree: ReturnType<typeof toTree>) => JSON.stringify(tree).includes('"type":"strong"');
    expect(strong(toTree('**Aika:** 5.3.2024\n'))).toBe(true);
    const many = `${'**sana** '.repeat(1500)}\n`;
    const tree = toTree(many);
    expect(strong(tree)).toBe(false);
    expect(JSON.stringify(tree)).toContain('**sana** **sana**');
  });
});
