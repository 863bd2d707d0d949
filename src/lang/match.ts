/**
 * Whether a lower-case word matches a vocabulary entry: exactly, or by stem when the entry ends
 * in `*` (`kevä*` matches `keväällä`).
 */
export function matchesWord(word: string, entry: string): boolean {
  if (entry.endsWith('*')) return word.startsWith(entry.slice(0, -1));
  return word === entry;
}

/** The index of the first entry list that holds a match for the word, or -1. */
export function indexOfWord(word: string, lists: readonly (readonly string[])[]): number {
  for (let i = 0; i < lists.length; i++) {
    if ((lists[i] as readonly string[]).some((entry) => matchesWord(word, entry))) return i;
  }
  return -1;
}

/** Whether a lower-case phrase starts with one of the entries (whole words; `*` stems allowed). */
export function startsWithPhrase(phrase: string, entries: readonly string[]): string | null {
  let best: string | null = null;
  for (const entry of entries) {
    const stem = entry.endsWith('*') ? entry.slice(0, -1) : entry;
    if (!phrase.startsWith(stem)) continue;
    const next = phrase.charAt(stem.length);
    const whole = entry.endsWith('*') || next === '' || !/[\p{L}\p{N}]/u.test(next);
    if (whole && (best === null || stem.length > best.length)) best = stem;
  }
  return best;
}

const folded = new Map<string, string>();

/** Fold a string for loose comparison: lower case, diacritics removed, NFKC. Short strings are memoised. */
export function fold(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = /^[\x20-\x7e]*$/.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/[\p{M}\p{Cf}]+/gu, '').normalize('NFKC').toLowerCase();
  if (text.length <= 64) {
    if (folded.size > 100_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}
