import type { FieldName, Vocabulary } from '../lang/types.js';
import { fieldOf } from './read-label.js';

/**
 * The values front matter gives a header field, in the order written: under the field's own key
 * (`title`, `date`), or under a key the vocabularies read as that field's label, as a site written in
 * the minutes' language names its keys (`titel`, `datum`, `pvm`, `tijd`). Empty when none.
 */
export function matterValues(frontMatter: Record<string, unknown> | null, fields: readonly FieldName[], vocabs: readonly Vocabulary[]): unknown[] {
  if (frontMatter === null) return [];
  const out: unknown[] = [];
  for (const [key, value] of Object.entries(frontMatter)) {
    const field = (fields as readonly string[]).includes(key) ? key : fieldOf(key.replace(/[_-]+/gu, ' ').toLowerCase(), vocabs, false, true);
    if (field !== null && (fields as readonly string[]).includes(field)) out.push(value);
  }
  return out;
}
