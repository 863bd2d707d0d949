import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parse Markdown (or plain text, which is Markdown too) into an mdast tree with positions. */
export function toTree(text: string): Root {
  return processor.parse(text);
}
