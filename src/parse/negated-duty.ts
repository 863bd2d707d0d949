import { fold, matchesWord } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { byFirstWord, foldedPhrases, gather, hasPhrase, includesAny, wordsOf } from './cues.js';

/**
 * Whether a sentence states a negated obligation (`Dan should not print ...`, `Nycklarna får inte
 * lämnas ut`, `Das Sparbuch soll nicht aufgelöst werden`, `ei saa maksaa`, `moeten niet ...`): a
 * modal with its negation beside it forbids a deed or rules it out, and what nobody is to do is
 * no task. A negation apart from the modal (`soll ... nicht vor Freitag verschicken`) bears on a
 * time or a thing, and the deed stays a task.
 */
export function forbidsDeed(text: string, vocabs: readonly Vocabulary[]): boolean {
  const { phrases, byFirst, keys } = forbiddingPhrases(vocabs);
  if (phrases.length === 0) return false;
  const folded = fold(text);
  const apostrophes = folded.includes('’') ? folded.replace(/’/g, "'") : folded;
  // Most sentences hold no negation at all: one pass over the text for the phrases' keys says so before its words are split.
  if (!includesAny(apostrophes, keys)) return false;
  const words = wordsOf(apostrophes);
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
const forbiddingPhrases = oncePer((vocabs: readonly Vocabulary[]): { phrases: string[][]; byFirst: Map<string, string[][]> | null; keys: string[] } => {
  const phrases = gather(vocabs, 'negatedModals').map((p) => wordsOf(fold(p)) as string[]);
  const keys = requiredParts(phrases);
  if (phrases.some((phrase) => (phrase[0] ?? '*').endsWith('*'))) return { phrases, byFirst: null, keys };
  return { phrases, byFirst: byFirstWord(phrases, (phrase) => phrase[0] as string), keys };
});

/**
 * For each phrase, one of its words (a stem without its `*`) that a text holding the phrase must
 * hold as characters, the word shared by the most phrases chosen (`nicht` for `soll nicht` and
 * `darf nicht`, `not` for `cannot` too): a text with none of them holds none of the phrases. A
 * phrase with no word gives the empty key, which every text holds.
 */
function requiredParts(phrases: readonly (readonly string[])[]): string[] {
  const literals = phrases.map((phrase) => phrase.map((part) => (part.endsWith('*') ? part.slice(0, -1) : part)));
  const covers = (key: string): number => literals.filter((parts) => parts.some((part) => part.includes(key))).length;
  const keys = new Set<string>();
  for (const parts of literals) {
    let best = '';
    let most = -1;
    for (const part of parts) {
      const count = covers(part);
      if (count > most || (count === most && part.length > best.length)) [best, most] = [part, count];
    }
    keys.add(best);
  }
  return [...keys];
}

/**
 * Whether a sentence says what nobody or nothing is to do or undergo (`Inga privata saker ska
 * diskuteras på mötet`, `Ingen behöver adjungeras`, `Niemand zal de zaal afhuren`): its
 * subject is a word of none, and a modal of the language stands in the same clause, before any
 * comma or word that joins a second main clause (`Geen bezwaar, Koen zal ...`, `Ingen av oss har
 * tid och Tyra ska ...` go on with a task of their own). No task.
 */
export function nobodyIsTo(text: string, vocabs: readonly Vocabulary[]): boolean {
  const { none, firsts, joins, modals } = noneWords(vocabs);
  if (none.length === 0) return false;
  const body = text.replace(/^[\s*_•·–-]+/u, '');
  // Most sentences open with no word of none: only then is the clause read.
  const first = fold(/^\p{L}+/u.exec(body)?.[0] ?? '');
  if (first === '' || !firsts.has(first)) return false;
  const cut = body.search(/[,;:]/u);
  const all = wordsOf(fold(cut < 0 ? body : body.slice(0, cut)));
  if (!none.some((parts) => parts.every((part, k) => all[k] === part))) return false;
  // The clause ends where a second main clause is joined on (`Ingen av oss har tid och Tyra ska ...`).
  const end = all.findIndex((w, k) => k > 0 && joins.has(w));
  const words = end < 0 ? all : all.slice(0, end);
  return words.some((w) => modals.has(w));
}

/** What `nobodyIsTo` looks for, folded, made once per list of vocabularies: the words of none as their words, their first words, the words that join a clause, the modals' first words. */
const noneWords = oncePer((vocabs: readonly Vocabulary[]) => {
  const none = vocabs.flatMap((v) => v.noneSubjects ?? []).map((n) => fold(n).split(' '));
  return {
    none,
    firsts: new Set(none.map((parts) => parts[0] as string)),
    joins: new Set(vocabs.flatMap((v) => v.clauseJoins ?? []).map(fold)),
    modals: new Set(gather(vocabs, 'passiveModals').map((m) => fold(m.split(' ')[0] as string))),
  };
});

/**
 * Whether a sentence says a state has ended (`Jan und Eva stehen nicht länger zur Wahl`, `Bo
 * is no longer available`): what someone no longer does is a change reported, no task.
 */
export function endsState(text: string, vocabs: readonly Vocabulary[]): boolean {
  const phrases = foldedPhrases(gather(vocabs, 'noLonger'));
  if (phrases.length === 0) return false;
  const folded = fold(text);
  // A folded text is in lower case, so a phrase it holds as words it holds as characters, each of its
  // words: one pass for one word of each phrase passes over most sentences before their words are split.
  return includesAny(folded, longestWords(phrases)) && hasPhrase(folded, phrases);
}

/** The longest word of each phrase, as `wordsOf` splits it (`longer` of `no longer`, `enää` of `ei enää`); made once per list. */
const longestWords = oncePer((phrases: readonly string[]): string[] =>
  phrases.map((phrase) => wordsOf(phrase).reduce((best, word) => (word.length > best.length ? word : best), '')).filter((word) => word !== ''),
);
