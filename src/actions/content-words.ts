import { vocabularies } from '../lang/index.js';
import { fold } from '../lang/match.js';
import type { ActionItem } from '../model/action-item.js';
import { isInflection } from '../parse/resolve-people.js';

const WORD = /[\p{L}\p{N}]+/gu;

/** Words that say when or whether, not what: deadline prepositions in the languages read. */
const deadlineWords = ['by', 'until', 'before', 'due', 'deadline', 'mennessä', 'asti', 'saakka', 'senast', 'innan', 'till', 'bis', 'spätestens', 'voor', 'uiterlijk'];

/** Folded single words that carry no content: stopwords, done words and action markers of every language. */
const ignored = new Set(
  [...Object.values(vocabularies).flatMap((v) => [...v.stopwords, ...v.doneWords, ...v.actionMarkers, ...v.and]), ...deadlineWords]
    .filter((word) => !/[\s*]/.test(word))
    .map(fold),
);

/** Characters kept of each word: a crude stem that makes `budget` and `budgets` one word. */
const stemLength = 5;

/**
 * The content words of an action, to compare two sightings of one task: its text folded (lower
 * case, no diacritics) without the deadline as written, numbers, words shorter than three letters,
 * stopwords, done words and action markers of every language, and the owners' names in any
 * inflected form; each word cut to its first five letters. Unique, in order of appearance.
 */
export function contentWords(action: Pick<ActionItem, 'text' | 'owners' | 'due'>): string[] {
  const text = action.due === null ? action.text : action.text.replace(action.due.text, ' ');
  const names = action.owners.flatMap((owner) => words(fold(owner)));
  const kept = new Set<string>();
  for (const word of words(fold(text))) {
    if (word.length < 3 || /^\p{N}+$/u.test(word) || ignored.has(word)) continue;
    if (names.some((name) => word === name || isInflection(word, name))) continue;
    kept.add(word.slice(0, stemLength));
  }
  return [...kept];
}

function words(text: string): string[] {
  return text.match(WORD) ?? [];
}
