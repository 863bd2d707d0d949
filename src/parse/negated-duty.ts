import { fold, matchesWord } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { byFirstWord, foldedPhrases, gather, hasPhrase, wordsOf } from './cues.js';

/**
 * Whether a sentence states a negated obligation (`Dan should not print ...`, `Nycklarna får inte
 * lämnas ut`, `Das Sparbuch soll nicht aufgelöst werden`, `ei saa maksaa`, `moeten niet ...`): a
 * modal with its negation beside it forbids a deed or rules it out, and what nobody is to do is
 * no task. A negation apart from the modal (`soll ... nicht vor Freitag verschicken`) bears on a
 * time or a thing, and the deed stays a task.
 */
export function forbidsDeed(text: string, vocabs: readonly Vocabulary[]): boolean {
  const { phrases, byFirst } = forbiddingPhrases(vocabs);
  if (phrases.length === 0) return false;
  const folded = fold(text);
  const words = wordsOf(folded.includes('’') ? folded.replace(/’/g, "'") : folded);
  for (let i = 0; i < words.length; i++) {
    // Most words open no phrase: only those that do are compared, with the phrases they open.
    const opening = byFirst === null ? phrases : byFirst.get(words[i] as string);
    if (opening?.some((phrase) => phrase.every((part, k) => words[i + k] !== undefined && matchesWord(words[i + k] as string, part)))) return true;
  }
  return false;
}

/**
 * The negated modals of the vocabularies as lists of folded words (`ska inte` reads `ska`, `inte`),
 * and by their first word where none opens with a stem (`kein*`), else null; once per list of vocabularies.
 */
const forbiddingPhrases = oncePer((vocabs: readonly Vocabulary[]): { phrases: string[][]; byFirst: Map<string, string[][]> | null } => {
  const phrases = gather(vocabs, 'negatedModals').map((p) => wordsOf(fold(p)) as string[]);
  if (phrases.some((phrase) => (phrase[0] ?? '*').endsWith('*'))) return { phrases, byFirst: null };
  return { phrases, byFirst: byFirstWord(phrases, (phrase) => phrase[0] as string) };
});

/**
 * Whether a sentence says a state has ended (`Jan und Eva stehen nicht länger zur Wahl`, `Bo
 * is no longer available`): what someone no longer does is a change reported, no task.
 */
export function endsState(text: string, vocabs: readonly Vocabulary[]): boolean {
  const phrases = foldedPhrases(gather(vocabs, 'noLonger'));
  return phrases.length > 0 && hasPhrase(fold(text), phrases);
}
