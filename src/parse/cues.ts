import { matchesWord } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';

const WORD = /[\p{L}\p{N}'’@_-]+/gu;

const recentWords = new Map<string, readonly string[]>();

/**
 * The lower-case words of a text, punctuation dropped. The finders ask for the words of the same
 * sentence several times (cue, phrase, key), so recent answers are kept: the array is shared and
 * must not be changed.
 */
export function wordsOf(text: string): readonly string[] {
  let words = recentWords.get(text);
  if (words === undefined) {
    words = text.toLowerCase().match(WORD) ?? [];
    if (recentWords.size >= 4096) recentWords.clear();
    recentWords.set(text, words);
  }
  return words;
}

/** Whether any of the first `count` words matches one of the stems. */
export function leadingCue(words: readonly string[], stems: readonly string[], count: number): boolean {
  return words.slice(0, count).some((word) => stems.some((stem) => !stem.includes(' ') && !stem.endsWith(':') && matchesWord(word, stem)));
}

/** Whether the text holds one of the phrases as whole words. */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  const padded = ` ${wordsOf(text).join(' ')} `;
  return normalized(phrases).some((phrase) => padded.includes(phrase));
}

const normalizedPhrases = new WeakMap<readonly string[], string[]>();

function normalized(phrases: readonly string[]): string[] {
  let out = normalizedPhrases.get(phrases);
  if (!out) {
    out = phrases.map((phrase) => wordsOf(phrase).join(' ')).filter(Boolean).map((phrase) => ` ${phrase} `);
    normalizedPhrases.set(phrases, out);
  }
  return out;
}

/** Whether the text holds any of the words (stems allowed). */
export function hasWord(words: readonly string[], stems: readonly string[]): boolean {
  return words.some((word) => stems.some((stem) => matchesWord(word, stem)));
}

type WordList = { [K in keyof Vocabulary]: Vocabulary[K] extends string[] ? K : never }[keyof Vocabulary];

const gathered = new WeakMap<readonly Vocabulary[], Map<WordList, string[]>>();

/** The union of one word list of several vocabularies, computed once per list of vocabularies. */
export function gather(vocabs: readonly Vocabulary[], key: WordList): string[] {
  let lists = gathered.get(vocabs);
  if (!lists) {
    lists = new Map();
    gathered.set(vocabs, lists);
  }
  let words = lists.get(key);
  if (!words) {
    words = vocabs.flatMap((v) => v[key]);
    lists.set(key, words);
  }
  return words;
}


/** A key for near-identical texts: their first ten content words (trailing remarks do not count). */
export function textKey(text: string): string {
  return wordsOf(text).filter((w) => w.length > 2).slice(0, 10).join(' ');
}
