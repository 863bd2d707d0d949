/**
 * Trims that scan from the end of a string, in time proportional to what they remove: on hot
 * paths (every line's label candidates) they replace patterns like /(?<![…])[…]+$/, which are
 * linear but test every position of the string.
 */

/** Whether a UTF-16 code unit is whitespace as `\s` means it in JavaScript. */
export function isBlank(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** `text` without the run of trailing code units that `drop` accepts. */
export function trimEndWhere(text: string, drop: (code: number) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * `text` from its first letter to its last, as `text.replace(/^\P{L}+|\P{L}+$/gu, '')` gives it (empty
 * where it holds no letter), in linear time: that pattern tries its trailing run at every character
 * of a long run of non-letters, the square of the run.
 */
export function trimNonLetters(text: string): string {
  const start = text.search(A_LETTER);
  if (start < 0) return '';
  let end = text.length;
  while (end > start) {
    // One code point back: a surrogate pair is one character, as the pattern's `u` flag reads it.
    const low = text.charCodeAt(end - 1);
    const from = low >= 0xdc00 && low <= 0xdfff && end - 2 >= 0 && (text.charCodeAt(end - 2) & 0xfc00) === 0xd800 ? end - 2 : end - 1;
    if (A_LETTER.test(text.slice(from, end))) break;
    end = from;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

const A_LETTER = /\p{L}/u;

/** `text` without a parenthetical remark at its end and the blanks around it: as /\s*\([^()]*\)\s*$/. */
export function withoutTrailingParen(text: string): string {
  const trimmed = trimEndWhere(text, isBlank);
  if (!trimmed.endsWith(')')) return text;
  const open = trimmed.lastIndexOf('(', trimmed.length - 2);
  if (open < 0 || trimmed.indexOf(')', open) !== trimmed.length - 1) return text;
  return trimEndWhere(trimmed.slice(0, open), isBlank);
}

/** Emoji, their joiners and variation selectors, and blanks at the start of a text. */
const PICTOGRAPHS_BEFORE = /^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u;

/**
 * A code unit of an emoji at the end of a text, or a blank: a surrogate (emoji beyond the first
 * plane), a joiner, a variation selector, or a symbol of the first plane's pictograph blocks.
 */
function isPictographTail(code: number): boolean {
  return isBlank(code) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfe0f || code === 0x200d || (code >= 0x2300 && code <= 0x27bf) || (code >= 0x2b00 && code <= 0x2bff);
}

/** A heading or label without the emoji around it (`✅ Action items`, `Decisions 🎯` read `Action items`, `Decisions`). */
export function withoutPictographs(text: string): string {
  if (/^[\p{L}\p{N}#*_(]/u.test(text) && !isPictographTail(text.charCodeAt(text.length - 1))) return text;
  return trimEndWhere(text.replace(PICTOGRAPHS_BEFORE, ''), isPictographTail);
}

/**
 * A word set letter-spaced as typewritten minutes set their headings (`T a g e s o r d n u n g`,
 * `N i e d e r s c h r i f t`) written as the word; any other text as it is.
 */
export function unspaced(text: string): string {
  const bare = text.trim();
  return /^\p{L}(?: \p{L}){3,}$/u.test(bare) ? bare.replaceAll(' ', '') : text;
}

/**
 * Whether the text from `from` to `to` ends with a mark that opens a clause, blanks after it
 * allowed: a comma, semicolon, colon, opening parenthesis, arrow or dash, or a sentence's end with
 * a blank after it. As /(?:[,;:(→]|->|[-–—])\s*$/u or /[.!?]\s+$/ on that slice, by a scan back.
 */
export function afterBreak(text: string, from: number, to: number): boolean {
  let at = to;
  while (at > from && isBlank(text.charCodeAt(at - 1))) at--;
  if (at === from) return false;
  const mark = text.charAt(at - 1);
  if (',;:(→-–—'.includes(mark)) return true;
  if (mark === '>') return at - 2 >= from && text.charAt(at - 2) === '-';
  return at < to && '.!?'.includes(mark);
}
