import { anyMatches } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** The shortest meeting word that may close a compound (`wijkraadsvergadering`, `hallituksenkokous`). */
const COMPOUND_STEM = 6;

/** Whether words name a meeting: a meeting word, or a compound that holds one of six letters or more. */
export function holdsMeetingWord(words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  if (vocabs.some((v) => anyMatches(words, v.meetingWords))) return true;
  const stems = compoundStems(vocabs);
  // Every stem has COMPOUND_STEM letters or more: a word of no more holds none with letters to spare.
  return words.some((word) => word.length > COMPOUND_STEM && stems.some((stem) => word.length > stem.length && word.includes(stem)));
}

/** Whether a text's words name a meeting (see `holdsMeetingWord`). */
export function mentionsMeeting(text: string, vocabs: readonly Vocabulary[]): boolean {
  return holdsMeetingWord(text.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean), vocabs);
}

/** The meeting words of the vocabularies without their `*`, made once per list of vocabularies. */
export const meetingStems = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.meetingWords.map((w) => w.replace('*', '').toLowerCase())));

/** The meeting words of six letters or more without their `*`, made once per list of vocabularies. */
const compoundStems = oncePer((vocabs: readonly Vocabulary[]): string[] => meetingStems(vocabs).filter((stem) => stem.length >= COMPOUND_STEM));
