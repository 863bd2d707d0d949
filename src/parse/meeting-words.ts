import { anyMatches } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** The shortest meeting word that may close a compound (`wijkraadsvergadering`, `hallituksenkokous`). */
const COMPOUND_STEM = 6;

/** Whether words name a meeting: a meeting word, or a compound that holds one of six letters or more. */
export function holdsMeetingWord(words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  if (vocabs.some((v) => anyMatches(words, v.meetingWords))) return true;
  const stems = compoundStems(vocabs);
  return words.some((word) => stems.some((stem) => word.length > stem.length && word.includes(stem)));
}

/** The meeting words of six letters or more without their `*`, made once per list of vocabularies. */
const compoundStems = oncePer((vocabs: readonly Vocabulary[]): string[] =>
  vocabs.flatMap((v) => v.meetingWords.map((w) => w.replace('*', ''))).filter((stem) => stem.length >= COMPOUND_STEM));
