import { matchesWord } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';

const WORD = /[\p{L}\p{N}'’@_-]+/gu;

/** The lower-case words of a text, punctuation dropped. */
export function wordsOf(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/** Whether any of the first `count` words matches one of the stems. */
export function leadingCue(words: readonly string[], stems: readonly string[], count: number): boolean {
  return words.slice(0, count).some((word) => stems.some((stem) => !stem.includes(' ') && !stem.endsWith(':') && matchesWord(word, stem)));
}

/** Whether the text holds one of the phrases as whole words. */
export function hasPhrase(text: string, phrases: readonly string[]): boolean {
  const padded = ` ${wordsOf(text).join(' ')} `;
  return phrases.some((phrase) => padded.includes(` ${wordsOf(phrase).join(' ')} `) && wordsOf(phrase).length > 0);
}

/** Whether the text holds any of the words (stems allowed). */
export function hasWord(words: readonly string[], stems: readonly string[]): boolean {
  return words.some((word) => stems.some((stem) => matchesWord(word, stem)));
}

type WordList = { [K in keyof Vocabulary]: Vocabulary[K] extends string[] ? K : never }[keyof Vocabulary];

/** The union of one word list of several vocabularies. */
export function gather(vocabs: readonly Vocabulary[], key: WordList): string[] {
  return vocabs.flatMap((v) => v[key]);
}

/** Whether two texts say nearly the same: Dice overlap of their content words. */
export function similar(a: string, b: string, threshold = 0.9): boolean {
  const x = new Set(wordsOf(a).filter((w) => w.length > 2));
  const y = new Set(wordsOf(b).filter((w) => w.length > 2));
  if (x.size === 0 || y.size === 0) return false;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size) >= threshold;
}
