import { oncePer } from './once-per.js';

/**
 * Whether a lower-case word matches a vocabulary entry: exactly, or by stem when the entry ends
 * in `*` (`kevä*` matches `keväällä`).
 */
export function matchesWord(word: string, entry: string): boolean {
  if (entry.endsWith('*')) return word.startsWith(entry.slice(0, -1));
  return word === entry;
}

/**
 * An entry list split for look-up: its whole words in a set, its `*` stems (without the star) by
 * the two characters they open with (`leadKey`), so that a word is compared only with the stems it
 * can start with, and the stems shorter than two characters, which any word may start with.
 */
interface EntryIndex {
  words: ReadonlySet<string>;
  byLead: ReadonlyMap<number, readonly string[]>;
  short: readonly string[];
}

/** The look-up form of an entry list, made once per list (vocabulary lists never change). */
const entryIndex = oncePer((entries: readonly string[]): EntryIndex => {
  const words = new Set<string>();
  const byLead = new Map<number, string[]>();
  const short: string[] = [];
  for (const entry of entries) {
    if (!entry.endsWith('*')) {
      words.add(entry);
      continue;
    }
    const stem = entry.slice(0, -1);
    if (stem.length < 2) short.push(stem);
    else {
      const key = leadKey(stem);
      const list = byLead.get(key);
      if (list) list.push(stem);
      else byLead.set(key, [stem]);
    }
  }
  return { words, byLead, short };
});

/** The two UTF-16 code units a text of two or more opens with, as one number. */
function leadKey(text: string): number {
  return text.charCodeAt(0) * 0x10000 + text.charCodeAt(1);
}

/** Whether a lower-case word matches any of the entries, as `matchesWord` would for each, without a scan of the whole words. */
export function matchesAny(word: string, entries: readonly string[]): boolean {
  return matchesIndex(word, entryIndex(entries));
}

/** `matchesAny` for many words: the look-up form of the entries is found once. */
export function anyMatches(words: readonly string[], entries: readonly string[], count = words.length): boolean {
  const index = entryIndex(entries);
  for (let i = 0; i < count && i < words.length; i++) if (matchesIndex(words[i] as string, index)) return true;
  return false;
}

function matchesIndex(word: string, { words, byLead, short }: EntryIndex): boolean {
  if (words.has(word)) return true;
  for (const stem of short) if (word.startsWith(stem)) return true;
  // A stem of two characters or more starts only words of as many that open with its first two.
  if (word.length < 2 || byLead.size === 0) return false;
  const near = byLead.get(leadKey(word));
  if (near !== undefined) for (const stem of near) if (word.startsWith(stem)) return true;
  return false;
}

/** Several entry lists in one index: each whole word with the first list that holds it, and the `*` stems in list order. */
interface ListsIndex {
  words: ReadonlyMap<string, number>;
  stems: readonly { stem: string; list: number }[];
}

/** The look-up form of several entry lists (the months, the weekdays), made once per list of lists. */
const listsIndex = oncePer((lists: readonly (readonly string[])[]): ListsIndex => {
  const words = new Map<string, number>();
  const stems: { stem: string; list: number }[] = [];
  lists.forEach((entries, list) => {
    for (const entry of entries) {
      if (entry.endsWith('*')) stems.push({ stem: entry.slice(0, -1), list });
      else if (!words.has(entry)) words.set(entry, list);
    }
  });
  return { words, stems };
});

/** The index of the first entry list that holds a match for the word, or -1. */
export function indexOfWord(word: string, lists: readonly (readonly string[])[]): number {
  const { words, stems } = listsIndex(lists);
  const whole = words.get(word) ?? -1;
  for (const { stem, list } of stems) {
    if (whole >= 0 && list >= whole) break;
    if (word.startsWith(stem)) return list;
  }
  return whole;
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

/**
 * Whether a text folds, blanks trimmed, to one of the entries (folded already): `entries.includes(
 * fold(text).trim())`, without folding a text too long to be any of them. Each ASCII character but a
 * blank stays one character of the fold and inside its trimmed ends, so a text with more of them
 * than the longest entry has characters is none; only texts with no more are folded.
 */
export function foldsToOneOf(text: string, entries: readonly string[]): boolean {
  const longest = longestEntry(entries);
  let kept = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f && ++kept > longest) return false;
  }
  return entries.includes(fold(text).trim());
}

/** The length of the longest entry of a list, found once per list. */
const longestEntry = oncePer((entries: readonly string[]): number => entries.reduce((most, entry) => Math.max(most, entry.length), 0));

const folded = new Map<string, string>();

/**
 * Fold a string for loose comparison: lower case, diacritics removed, NFKC. Text in Latin letters
 * and common punctuation is folded a character at a time; other short strings are memoised.
 */
export function fold(text: string): string {
  // Several finders fold the same sentence one after another (actions, hand-overs, markers), with
  // a name or a phrase folded between them: the last few texts are kept, not only the last one.
  for (let k = 0; k < RECENT_FOLDS; k++) if (recentTexts[k] === text) return recentFolds[k] as string;
  const result = foldFresh(text);
  recentTexts[nextRecent] = text;
  recentFolds[nextRecent] = result;
  nextRecent = (nextRecent + 1) % RECENT_FOLDS;
  return result;
}

/** How many of the texts folded last `fold` keeps: a sentence, and the names and phrases read within it. */
const RECENT_FOLDS = 4;

/** The texts folded last and their folds, in a ring; `nextRecent` is the slot written next. */
const recentTexts: string[] = new Array<string>(RECENT_FOLDS).fill('');
const recentFolds: string[] = new Array<string>(RECENT_FOLDS).fill('');
let nextRecent = 0;

/** `fold` without the memory of the text before. */
function foldFresh(text: string): string {
  const simple = foldByCharacter(text);
  if (simple !== null) return simple;
  const short = text.length <= 64;
  const known = short ? folded.get(text) : undefined;
  if (known !== undefined) return known;
  const result = foldWhole(text);
  if (short) {
    if (folded.size > 100_000) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** The fold by its definition: the normalisations and the removal of marks and format characters. */
function foldWhole(text: string): string {
  return text.normalize('NFKD').replace(/[\p{M}\p{Cf}]+/gu, '').normalize('NFKC').toLowerCase();
}

/**
 * The fold of a text whose characters each fold alone (`foldsAlone`), from the folds of its
 * characters; null for any other text. The same as `foldWhole`, without normalising the text.
 * ASCII text is only lower-cased; other text is lower-cased whole once, and then each character
 * outside ASCII gives way to the fold of its lower case (the same as its own fold: the unit test
 * checks every such character), the text between copied in runs.
 */
function foldByCharacter(text: string): string | null {
  const at = text.search(NOT_ASCII);
  if (at < 0) return text.toLowerCase();
  const lower = text.toLowerCase();
  // `İ` is the one character folding alone whose lower case is longer: the places would shift.
  if (lower.length !== text.length) return foldEach(text);
  let out = '';
  let from = 0;
  for (let i = at; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (!foldsAlone(code)) return null;
    const low = lower.charCodeAt(i);
    const folded = characterFold(low);
    if (folded.length === 1 && folded.charCodeAt(0) === low) continue;
    out += lower.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** A character outside ASCII. */
const NOT_ASCII = /[^\u0000-\u007f]/u;

/** `foldByCharacter` a character at a time, each part lower-cased alone. */
function foldEach(text: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (!foldsAlone(code)) return null;
    out += text.slice(from, i).toLowerCase() + characterFold(code);
    from = i + 1;
  }
  return from === 0 ? text.toLowerCase() : out + text.slice(from).toLowerCase();
}

/**
 * Whether a character folds the same in any text: ASCII, the Latin letters up to U+024F, general
 * punctuation and currency signs. None of them composes with a neighbour once marks are gone, and
 * none has a lower case that depends on context (test/unit/fold.test.ts checks every pair).
 */
export function foldsAlone(code: number): boolean {
  return code < 0x250 || (code >= 0x2000 && code < 0x2070) || (code >= 0x20a0 && code < 0x20d0);
}

const characterFolds = new Map<number, string>();

/** The fold of one character that folds alone, found once. */
function characterFold(code: number): string {
  let result = characterFolds.get(code);
  if (result === undefined) {
    result = foldWhole(String.fromCharCode(code));
    characterFolds.set(code, result);
  }
  return result;
}

/** How many characters two words share at their start. */
export function sharedStart(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}
