import { fold } from '../lang/match.js';
import type { RosterPerson } from '../model/roster-person.js';
import { isInflection, nameParts } from './resolve-people.js';

/**
 * The roster person a written name refers to, any case and accents optional: by a handle (`@mmannikko`,
 * or the handle written without its `@`), by the whole name or an alias (`M. Männikkö`, `MM`), by
 * words that are all words of one name or alias, or initials of its other words (`Minna`,
 * `Männikkö`, `Männikkö Minna`, `M. Männikkö`), or by a
 * Finnish or Swedish inflected form of one such word (`Minnalle`, `Männikön`, `Minnas`). Null when
 * nobody fits, or when more than one person does (two Minnas: `Minna` names neither). Initials
 * match only when the roster lists them as an alias.
 */
export function findInRoster(written: string, roster: readonly RosterPerson[]): RosterPerson | null {
  const index = indexOf(roster);
  let answer = index.answers.get(written);
  if (answer === undefined) {
    const found = findUncached(written.trim(), index);
    answer = found === null ? null : (roster[found] ?? null);
    index.answers.set(written, answer);
  }
  return answer;
}

/** The look-up form of a roster, made once per roster. */
interface RosterIndex {
  /** Person by folded name or alias. */
  whole: Map<string, number>;
  /** Person by folded handle with its `@`. */
  handles: Map<string, number>;
  /** Each person's names and aliases as lists of folded words. */
  forms: string[][][];
  answers: Map<string, RosterPerson | null>;
}

const indexes = new WeakMap<readonly RosterPerson[], RosterIndex>();

function indexOf(roster: readonly RosterPerson[]): RosterIndex {
  let index = indexes.get(roster);
  if (index !== undefined) return index;
  index = { whole: new Map(), handles: new Map(), forms: [], answers: new Map() };
  for (const [i, person] of roster.entries()) {
    const names = [person.name, ...(person.aliases ?? [])];
    for (const name of names) if (!index.whole.has(fold(name).trim())) index.whole.set(fold(name).trim(), i);
    for (const handle of person.handles ?? []) if (!index.handles.has(handleKey(handle))) index.handles.set(handleKey(handle), i);
    index.forms.push(names.map(nameParts));
  }
  indexes.set(roster, index);
  return index;
}

function findUncached(written: string, index: RosterIndex): number | null {
  if (written === '') return null;
  if (written.startsWith('@')) return index.handles.get(handleKey(written)) ?? null;
  const whole = index.whole.get(fold(written)) ?? (/\s/.test(written) ? undefined : index.handles.get(handleKey(written)));
  if (whole !== undefined) return whole;
  const words = fold(written).split(/\s+/);
  const within = people(index, (parts) => namesWords(words, parts));
  if (within.length > 0 || words.length !== 1) return within.length === 1 ? (within[0] as number) : null;
  const word = words[0] as string;
  const inflected = people(index, (parts) => parts.some((part) => isInflection(word, part)));
  return inflected.length === 1 ? (inflected[0] as number) : null;
}

/**
 * Whether written words are words of a name: each a word of it, or an initial (`H.`, `H`) of
 * another of its words, with at least one whole word (`H. Tuikka` for Heidi Tuikka).
 */
function namesWords(words: readonly string[], parts: readonly string[]): boolean {
  const whole = words.filter((word) => !INITIAL.test(word));
  if (whole.length === 0 || !whole.every((word) => parts.includes(word))) return false;
  return words.every((word) => !INITIAL.test(word) || parts.some((part) => !whole.includes(part) && part.startsWith(word.charAt(0))));
}

/** One letter, with or without a full stop: an initial. */
const INITIAL = /^\p{L}\.?$/u;

/** The people one of whose names or aliases passes `test` on its folded words. */
function people(index: RosterIndex, test: (parts: readonly string[]) => boolean): number[] {
  const out: number[] = [];
  index.forms.forEach((forms, person) => {
    if (forms.some(test)) out.push(person);
  });
  return out;
}

/** A handle as it is looked up: folded, with one leading `@`. */
function handleKey(handle: string): string {
  return `@${fold(handle.replace(/^@/, ''))}`;
}
