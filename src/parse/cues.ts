import { anyMatches, fold, matchesAny } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

const WORD = /[\p{L}\p{N}'’@_-]+/gu;

const recentWords = new Map<string, readonly string[]>();

/**
 * The lower-case words of a text, punctuation dropped. The finders ask for the words of the same
 * sentence several times (cue, phrase, key), so recent answers are kept: the array is shared and
 * must not be changed.
 */
export function wordsOf(text: string): readonly string[] {
  // Most often the text asked last again: compared before the map, which hashes a new string whole.
  if (text === lastWords.text) return lastWords.words;
  let words = recentWords.get(text);
  if (words === undefined) {
    words = text.toLowerCase().match(WORD) ?? [];
    if (recentWords.size >= 4096) recentWords.clear();
    recentWords.set(text, words);
  }
  lastWords.text = text;
  lastWords.words = words;
  return words;
}

/** The text `wordsOf` was asked last and its words. */
const lastWords: { text: string; words: readonly string[] } = { text: '', words: [] };

/**
 * How many words `wordsOf(text)` holds, counted up to `limit` (a text of more gives `limit`): the
 * same words, found one at a time and no further than needed, so that asking whether a long
 * paragraph is one word or a few costs only its first words, and nothing is kept.
 */
export function wordCount(text: string, limit: number): number {
  // Lower-casing keeps each character a word's or not, but `İ`, whose lower case adds a dot that
  // splits its word in two: only then may the lower-case text hold more words than the text.
  const count = countWords(text, limit);
  return count < limit && text.includes('\u0130') ? countWords(text.toLowerCase(), limit) : count;
}

/** Words of a text counted up to `limit`, with WORD searched step by step (its place reset before and after: `match` in `wordsOf` shares it). */
function countWords(text: string, limit: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < limit && WORD.exec(text) !== null) count++;
  WORD.lastIndex = 0;
  return count;
}

/** Whether any of the first `count` words matches one of the stems. */
export function leadingCue(words: readonly string[], stems: readonly string[], count: number): boolean {
  return anyMatches(words, singleWordStems(stems), count);
}

/** The first of the first `count` words that matches one of the stems, or null: the word `leadingCue` found. */
export function leadingCueWord(words: readonly string[], stems: readonly string[], count: number): string | null {
  const single = singleWordStems(stems);
  for (let i = 0; i < count && i < words.length; i++) if (anyMatches([words[i] as string], single)) return words[i] as string;
  return null;
}

/** The stems of a list that are one word (no phrase, no `Label:`), found once per list. */
const singleWordStems = oncePer((stems: readonly string[]): string[] => stems.filter((stem) => !stem.includes(' ') && !stem.endsWith(':')));

/** Whether the text holds one of the phrases as whole words. */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  return findPhrase(text, phrases) !== null;
}

/** The first of the phrases the text holds as whole words (as its words joined by a blank), or null. */
export function findPhrase(text: string, phrases: readonly string[]): string | null {
  const words = wordsOf(text);
  const { byFirst, bit } = phraseIndex(phrases);
  // Most sentences open no phrase of a list: one bit, found with the other lists' in one pass over the sentence, says so.
  if (bit !== 0 && (openedLists(words) & bit) === 0) return null;
  for (let i = 0; i < words.length; i++) {
    const starting = byFirst.get(words[i] as string);
    if (starting === undefined) continue;
    for (const phrase of starting) if (followsAt(words, i, phrase.words)) return phrase.joined;
  }
  return null;
}

/** Whether `words` hold the phrase's words from `at` on. */
function followsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** A list of phrases ready for `findPhrase`: its phrases by first word, and the list's bit in `openerBits` (0 past the 31st list). */
interface PhraseIndex {
  byFirst: Map<string, { words: string[]; joined: string }[]>;
  bit: number;
}

/**
 * For each word that opens a phrase of a list `findPhrase` was given, the bits of those lists:
 * the finders ask several lists of the same sentence in turn (`weDecided`, `decisionPhrases`,
 * `weWill`, ...), and one pass over its words answers for all of them which can match at all.
 */
const openerBits = new Map<string, number>();

/** How many phrase lists hold a bit in `openerBits`; a bit is one of 31, so later lists are searched without. */
let listsWithBits = 0;

/** The phrases of a list as their words and those words joined by a blank (what `findPhrase` answers), by first word, made once per list. */
const phraseIndex = oncePer((phrases: readonly string[]): PhraseIndex => {
  const entries = phrases.map((phrase) => [...wordsOf(phrase)]).filter((words) => words.length > 0).map((words) => ({ words, joined: words.join(' ') }));
  const byFirst = byFirstWord(entries, (entry) => entry.words[0] as string);
  const bit = listsWithBits < 31 ? 1 << listsWithBits++ : 0;
  if (bit !== 0) for (const first of byFirst.keys()) openerBits.set(first, (openerBits.get(first) ?? 0) | bit);
  return { byFirst, bit };
});

/** The bits of the lists some phrase of which a sentence's word opens, for the words asked last (a list added since counts too). */
function openedLists(words: readonly string[]): number {
  if (words === lastOpened.words && lastOpened.lists === listsWithBits) return lastOpened.bits;
  let bits = 0;
  for (const word of words) bits |= openerBits.get(word) ?? 0;
  lastOpened.words = words;
  lastOpened.lists = listsWithBits;
  lastOpened.bits = bits;
  return bits;
}

/** The words `openedLists` was asked last, how many lists held bits then, and its answer. */
const lastOpened: { words: readonly string[]; lists: number; bits: number } = { words: [], lists: 0, bits: 0 };

/**
 * Entries grouped by the word each opens with, in their order within each group: a sentence's
 * word is then compared only with the phrases it can open.
 */
export function byFirstWord<T>(entries: readonly T[], firstOf: (entry: T) => string): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const entry of entries) {
    const first = firstOf(entry);
    const list = index.get(first);
    if (list) list.push(entry);
    else index.set(first, [entry]);
  }
  return index;
}

/** Whether a word holds a letter, as /\p{L}/u says; a word that opens with an ASCII letter, the common case, is told without the pattern. */
export function hasLetter(word: string): boolean {
  const code = word.charCodeAt(0) | 0x20;
  return (code >= 0x61 && code <= 0x7a) || LETTER.test(word);
}

const LETTER = /\p{L}/u;

/** The words that hold a letter, in order, or null when more than `most` do: the count stops at the first word too many. */
export function letteredWords(words: readonly string[], most: number): string[] | null {
  const out: string[] = [];
  for (const word of words) if (hasLetter(word) && out.push(word) > most) return null;
  return out;
}

/** Whether one word is any of the words (stems allowed): `hasWord([word], stems)` without the array. */
export function isWord(word: string, stems: readonly string[]): boolean {
  return matchesAny(word, stems);
}

/** Whether the text holds any of the words (stems allowed). */
export function hasWord(words: readonly string[], stems: readonly string[]): boolean {
  return anyMatches(words, stems);
}

type WordList = { [K in keyof Vocabulary]-?: Vocabulary[K] extends string[] ? K : never }[keyof Vocabulary];

/** A value made from one word list of several vocabularies, once per list of vocabularies and word list. */
function perWordList<T>(make: (vocabs: readonly Vocabulary[], key: WordList) => T): (vocabs: readonly Vocabulary[], key: WordList) => T {
  const lists = oncePer((_vocabs: readonly Vocabulary[]) => new Map<WordList, T>());
  return (vocabs, key) => {
    const values = lists(vocabs);
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = make(vocabs, key)));
    return value;
  };
}

/** The union of one word list of several vocabularies, computed once per list of vocabularies. */
export const gather: (vocabs: readonly Vocabulary[], key: WordList) => string[] = perWordList((vocabs, key) => vocabs.flatMap((v) => v[key]));

/** A list of phrases folded (`ei enää`, `nicht länger`), for texts folded the same way; made once per list. */
export const foldedPhrases = oncePer((phrases: readonly string[]): string[] => phrases.map(fold));

/**
 * Whether the text holds any of the phrases anywhere, as `phrases.some((p) => text.includes(p))`
 * says (part of a word counts: `eröffnet` in `eröffnete`), in one pass over the text instead of one
 * per phrase: only where the two characters a phrase opens with stand is it compared. The finders
 * ask this of every line at the top (`openedAt`, `nextMeeting`), and a search per phrase cost more
 * than the rest of their reading.
 */
export function includesAny(text: string, phrases: readonly string[]): boolean {
  const { pairs, byPair, short } = phrasePairs(phrases);
  if (short) return phrases.some((phrase) => text.includes(phrase));
  let previous = text.charCodeAt(0);
  for (let i = 0; i + 1 < text.length; i++) {
    const next = text.charCodeAt(i + 1);
    const key = pairKey(previous, next);
    if (pairs[key] !== 0) for (const phrase of byPair.get(key) as string[]) if (text.startsWith(phrase, i)) return true;
    previous = next;
  }
  return false;
}

/**
 * The phrases of a list by the hash of the two characters each opens with, and a mark for each such
 * hash (a typed array, cheaper to ask than the map at every character); `short` where a phrase has
 * fewer than two characters. Made once per list.
 */
const phrasePairs = oncePer((phrases: readonly string[]): { pairs: Uint8Array; byPair: Map<number, string[]>; short: boolean } => {
  const pairs = new Uint8Array(PAIR_KEYS);
  const byPair = new Map<number, string[]>();
  for (const phrase of phrases) {
    if (phrase.length < 2) continue;
    const key = pairKey(phrase.charCodeAt(0), phrase.charCodeAt(1));
    pairs[key] = 1;
    byPair.set(key, [...(byPair.get(key) ?? []), phrase]);
  }
  return { pairs, byPair, short: phrases.some((phrase) => phrase.length < 2) };
});

/** How many keys `pairKey` gives. */
const PAIR_KEYS = 1 << 16;

/** A hash of two UTF-16 code units, below PAIR_KEYS. */
function pairKey(first: number, second: number): number {
  return ((first * 31) ^ second) & (PAIR_KEYS - 1);
}

/** `gather` as a set, for look-ups of whole words; made once per list of vocabularies. */
export const wordSet: (vocabs: readonly Vocabulary[], key: WordList) => ReadonlySet<string> = perWordList((vocabs, key) => new Set(gather(vocabs, key)));

/**
 * The words of presence and of absence of the vocabularies (`present`, `läsnä`; `absent`, `poissa`)
 * as sets, made once per list of vocabularies: the attendance readers ask of every word of a
 * sentence whether it is one.
 */
export const attendanceWords = oncePer((vocabs: readonly Vocabulary[]): { present: ReadonlySet<string>; absent: ReadonlySet<string> } => ({
  present: new Set(vocabs.flatMap((v) => v.attendance.present)),
  absent: new Set(vocabs.flatMap((v) => v.attendance.absent)),
}));

/** A key for near-identical texts: their first ten content words (trailing remarks do not count). */
export function textKey(text: string): string {
  return wordsOf(text).filter((w) => w.length > 2).slice(0, 10).join(' ');
}

/** Lower-case words of `text` (as `wordsOf` gives them) as the text writes them, when the case change kept their length. */
export function asWritten(text: string, words: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return words;
  const at = lower.indexOf(words);
  return at < 0 ? words : text.slice(at, at + words.length);
}
