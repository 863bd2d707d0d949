/**
 * Characters that must never reach a terminal raw: C0 controls (TAB and LF included), DEL,
 * C1 controls, the Arabic letter mark, zero-width and directional marks (U+200B-U+200F),
 * line and paragraph separators, bidirectional embeddings and overrides (U+202A-U+202E),
 * word joiner, invisible operators and isolates (U+2060-U+2069), deprecated format
 * characters (U+206A-U+206F), the byte order mark, and lone surrogates.
 */
const unsafe =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u206F\uFEFF\uD800-\uDFFF]/gu;

/**
 * Make text from the minutes safe to print on a terminal: every control character, escape
 * sequence introducer, bidirectional control and zero-width character becomes visible text
 * (`\x1b` for C0, DEL and C1 controls; `\u{202E}` for the rest); everything else, backslashes
 * included, is left as it is.
 */
export function escapeTerminal(text: string): string {
  return text.replace(unsafe, show);
}

/** Show one unsafe character as an escape that a person can read. */
function show(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  if (code <= 0x9f) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\u{${code.toString(16).toUpperCase()}}`;
}
