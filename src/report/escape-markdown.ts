import { escapeTerminal } from './escape.js';

/**
 * Put text from the minutes on one line (runs of whitespace and control characters become one
 * space), backslash-escape the ASCII punctuation that could start Markdown or GFM syntax, and show
 * bidirectional controls and invisible characters as `\u{202E}` (see `escapeTerminal`), so that it
 * cannot end a list item, start a heading, link, emphasis, HTML or a table.
 */
export function escapeMarkdown(text: string): string {
  const line = text.replace(/[\s\u0000-\u001F\u007F-\u009F]+/g, ' ').trim();
  return escapeTerminal(line.replace(/[\\`*_[\]<>#|~&$!]/g, '\\$&'));
}
