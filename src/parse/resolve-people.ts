import { vocabularies } from '../lang/index.js';
import { fold } from '../lang/match.js';
import type { Participant } from '../model/participant.js';

/**
 * The full participant name that a written name refers to: the full name, a first name, a surname
 * or a Finnish or Swedish inflected form of one (`Minnalle`, `Isan`, `Männikön`), case- and
 * diacritic-insensitively. Null when no participant, or more than one, fits.
 */
export function resolvePerson(written: string, participants: readonly Person[]): string | null {
  const index = indexOf(participants);
  const cached = index.answers.get(written);
  if (cached !== undefined) return cached;
  const answer = resolveUncached(written, participants, index);
  index.answers.set(written, answer);
  return answer;
}

type Person = Pick<Participant, 'name'> & { handle?: string | null | undefined; alias?: string | null | undefined };

interface PeopleIndex {
  /** How many people the index was built from; a longer list is indexed again. */
  size: number;
  folded: string[];
  /** The first letters of each folded name's words (`ml` of Mia Lloyd), as minutes write a person by initials. */
  initials: string[];
  parts: string[][];
  answers: Map<string, string | null>;
}

const indexes = new WeakMap<readonly Person[], PeopleIndex>();

/** The folded names and name parts of a participant list, built once per list (and again when it grows). */
function indexOf(participants: readonly Person[]): PeopleIndex {
  const known = indexes.get(participants);
  if (known && known.size === participants.length) return known;
  const folded = participants.map((p) => fold(p.name));
  const index: PeopleIndex = {
    size: participants.length,
    folded,
    initials: folded.map((name) => name.split(/[\s_-]+/).map((w) => w.charAt(0)).join('')),
    parts: participants.map((p) => nameParts(p.name)),
    answers: new Map(),
  };
  indexes.set(participants, index);
  return index;
}

function resolveUncached(written: string, participants: readonly Person[], index: PeopleIndex): string | null {
  if (written.startsWith('@')) {
    // A handle is written beside the name, or in a column of user ids with or without its `@` (`| GitHub |`).
    const bare = fold(written.slice(1));
    const byHandle = participants.filter((p) => (p.handle ? fold(p.handle) === fold(written) : p.alias ? fold(p.alias).replace(/^@/, '') === bare : false));
    if (byHandle.length === 1) return (byHandle[0] as Person).name;
    if (participants.some((p) => p.name === written)) return written;
    // An editor's people chip (Confluence, Notion, Slack, Teams) writes `@` before the display name
    // (`@Alice`, `@Alice Smith`): a capitalised mention that is nobody's handle names the person.
    const display = written.slice(1);
    return /^\p{Lu}/u.test(display) && !participants.some((p) => p.handle) ? resolveUncached(display, participants, index) : null;
  }
  const target = withoutHonorifics(fold(written).trim());
  if (target === '') return null;
  const byAlias = participants.filter((p) => p.alias !== undefined && p.alias !== null && fold(p.alias) === target);
  if (byAlias.length === 1) return (byAlias[0] as Person).name;
  const exact = participants.filter((_, i) => index.folded[i] === target);
  if (exact.length === 1) return (exact[0] as Person).name;
  const titled = target.split(/\s+/);
  // A surname's prefix is written apart or joined (`Mc Kenzie` / `McKenzie`, `De Vries` / `DeVries`): the same name.
  const glued = titled.length >= 2 ? participants.filter((_, i) => (index.folded[i] as string).includes(' ') && (index.folded[i] as string).replace(/\s+/g, '') === titled.join('')) : [];
  if (glued.length === 1) return (glued[0] as Person).name;
  // A title before a name (`Dr Kapoor`, `Cllr Quayle`) is no part of the participant's name.
  const words = titled.length >= 2 && HONORIFICS.has((titled[0] as string).replace(/\.$/, '')) ? titled.slice(1) : titled;
  const candidates = participants.filter((_, i) => words.every((w) => (index.parts[i] as string[]).includes(w)));
  if (candidates.length === 1) return (candidates[0] as Person).name;
  if (candidates.length > 1) return null;
  if (words.length === 2) return byInitial(words[0] as string, words[1] as string, participants, index) ?? byFirstInitial(words[0] as string, words[1] as string, participants, index);
  if (words.length !== 1) return null;
  const word = words[0] as string;
  const inflected = participants.filter((_, i) => (index.parts[i] as string[]).some((part) => isInflection(word, part)));
  if (inflected.length === 1) return (inflected[0] as Person).name;
  const marked = byMarkedInitials(written.trim(), participants, index);
  if (marked !== undefined) return marked;
  if (!/^\p{L}{2,3}$/u.test(word)) return null;
  const initials = participants.filter((_, i) => index.initials[i] === word);
  return initials.length === 1 ? (initials[0] as Pick<Participant, 'name'>).name : null;
}

/**
 * The participant named by initials with a small letter after them that tells two surnames apart
 * (`MLl` for Mia Lloyd beside Mia Lund, whose initials are `MLu`): the capitals are the first letters
 * of the name's words, the small letter the second letter of its last word. Undefined when the
 * written word is not so shaped, null when no one or more than one fits.
 */
function byMarkedInitials(written: string, participants: readonly Person[], index: PeopleIndex): string | null | undefined {
  const shape = /^(\p{Lu}{2,3})(\p{Ll})$/u.exec(written);
  if (!shape) return undefined;
  const capitals = fold(shape[1] as string);
  const small = fold(shape[2] as string);
  const fits = participants.filter((_, i) => index.initials[i] === capitals && lastWord(index.folded[i] as string).charAt(1) === small);
  return fits.length === 1 ? (fits[0] as Person).name : null;
}

/** The last word of a folded name (`lloyd` of `mia lloyd`). */
function lastWord(folded: string): string {
  const words = folded.split(/[\s_-]+/);
  return words[words.length - 1] ?? '';
}

/**
 * The initials an owner is written by, kept as written where they name a person though not one
 * participant: more than one participant bears them (`ML` beside Mia Lloyd and Mia Lund), or the
 * list of those present is itself written in initials (`Present: AB, CD, EF`), so that initials
 * no one on it bears (`GH`) name a person too. Null for any other word: a word in capitals is an
 * acronym (`API`, `TBD`) where the participants are listed by name.
 */
export function initialsOwner(written: string, participants: readonly Person[]): string | null {
  const word = written.trim();
  if (!/^\p{Lu}{2,3}\p{Ll}?$/u.test(word)) return null;
  const index = indexOf(participants);
  const capitals = fold(word.replace(/\p{Ll}$/u, ''));
  const bearers = index.initials.filter((initials) => initials === capitals);
  if (bearers.length > 1) return word;
  const initialled = participants.filter((p) => /^\p{Lu}{2,3}\p{Ll}?$/u.test(p.name)).length;
  return participants.length >= 2 && initialled * 2 > participants.length ? word : null;
}

/**
 * The one participant named by a first name and the initial of the surname (`Sari S.` for Sari
 * Salonen beside Sari Kantonen), as minutes tell apart two people of one first name; else null.
 */
function byInitial(first: string, initial: string, participants: readonly Person[], index: PeopleIndex): string | null {
  const letter = initial.replace(/\.$/u, '');
  if (!/^\p{L}$/u.test(letter)) return null;
  const fits = participants.filter((_, i) => {
    const parts = (index.folded[i] as string).split(/\s+/);
    return parts.length >= 2 && parts[0] === first && (parts[parts.length - 1] as string).startsWith(letter);
  });
  return fits.length === 1 ? (fits[0] as Person).name : null;
}

/**
 * The participant written by the initial of the first name and the whole surname (`T. Best`,
 * `Cr T Best` for Tom Best), as councils write a member in the text below a list of full names:
 * exactly one participant whose first word begins with the letter and whose last word is the surname.
 */
function byFirstInitial(initial: string, surname: string, participants: readonly Person[], index: PeopleIndex): string | null {
  const letter = initial.replace(/\.$/u, '');
  if (!/^\p{L}$/u.test(letter) || surname.length < 2) return null;
  const fits = participants.filter((_, i) => {
    const parts = (index.folded[i] as string).split(/\s+/);
    return parts.length >= 2 && (parts[0] as string).length > 1 && (parts[0] as string).startsWith(letter) && parts[parts.length - 1] === surname;
  });
  return fits.length === 1 ? (fits[0] as Person).name : null;
}

/**
 * The participant a short form of a first name refers to (`Dom` for Dominic Green, `Bert` for
 * Bertrand Zauhar): a single word of three letters or more that begins exactly one participant's
 * first name and is not that whole name. Kept apart from `resolvePerson`, whose answer also decides
 * whether a capitalised word is a person at all: a sentence-initial `Will` or `May` must not become
 * William or Maya because one took part. Use it only to name someone already read as a person.
 */
export function resolveShortName(written: string, participants: readonly Person[]): string | null {
  const word = withoutHonorifics(fold(written).trim());
  if (!/^\p{L}{3,}$/u.test(word)) return null;
  const index = indexOf(participants);
  const fits = participants.filter((_, i) => {
    const first = (index.parts[i] as string[])[0] ?? '';
    return first.length > word.length && first.startsWith(word);
  });
  return fits.length === 1 ? (fits[0] as Person).name : null;
}

/**
 * The participant a full name refers to when the list of those present wrote one of its two parts
 * as an initial (`M Mansell` or `Cllr. M Mansell` for Margaret Mansell, `Alex D.` for Alex Dixon):
 * lists of attendance abbreviate so, and the notes then name the person in full. The other part
 * must be the same word; exactly one participant may fit. Null when the written name is no two
 * capitalised words or none fits.
 */
export function abbreviatedIn(written: string, participants: readonly Person[]): string | null {
  const words = written.trim().split(/\s+/);
  if (words.length !== 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) return null;
  const [first, last] = words.map((w) => fold(w)) as [string, string];
  const index = indexOf(participants);
  const initial = (part: string, word: string): boolean => /^\p{L}\.?$/u.test(part) && word.startsWith(part.charAt(0));
  const fits = participants.filter((_, i) => {
    const parts = (index.folded[i] as string).split(/\s+/).filter((p) => !HONORIFICS.has(p.replace(/\.$/, '')));
    if (parts.length !== 2) return false;
    const [a, b] = parts as [string, string];
    return (a === first && initial(b, last)) || (b === last && initial(a, first));
  });
  return fits.length === 1 ? (fits[0] as Person).name : null;
}

/** Titles and forms of address of every language, folded (`frau`, `mevrouw`, `kyrkoherde`). */
const HONORIFICS = new Set(Object.values(vocabularies).flatMap((v) => v.honorifics.map((h) => fold(h))));

/**
 * A folded name without the titles and forms of address before it (`frau wolf` gives `wolf`,
 * `wethouder peter veenstra` gives `peter veenstra`, `clerk linda britton` gives `linda britton`);
 * a title alone stays as it is.
 */
export function withoutHonorifics(name: string): string {
  let rest = name;
  for (let space = rest.indexOf(' '); space > 0 && (HONORIFICS.has(rest.slice(0, space)) || officeBeforeName(rest, space)); space = rest.indexOf(' ')) rest = rest.slice(space + 1).trimStart();
  return rest;
}

/** Offices of every language, folded, one word each (`clerk`, `treasurer`, `supervisor`). */
const OFFICES = new Set(Object.values(vocabularies).flatMap((v) => [...(v.jobTitles ?? []), ...Object.values(v.roles).flat()].filter((w) => !w.includes(' ')).map((w) => fold(w))));

/** Whether the first word of a folded name is an office written before a full name (`clerk linda britton`): two words or more follow it. */
function officeBeforeName(rest: string, space: number): boolean {
  return OFFICES.has(rest.slice(0, space)) && rest.slice(space + 1).trim().includes(' ');
}

/** The folded parts of a name: words, and the halves of hyphenated words ("phoebe-jean" gives "phoebe" too). */
export function nameParts(name: string): string[] {
  const words = fold(name).replace(/[_()]/g, ' ').split(/\s+/).filter(Boolean);
  return [...words, ...words.flatMap((w) => (w.includes('-') ? w.split('-') : []))];
}

/** Whether `word` is `name` with a case ending, allowing consonant gradation (`männikön` of `männikkö`). */
export function isInflection(word: string, name: string): boolean {
  if (name.length < 3 || word.length <= name.length - 1) return false;
  for (const stem of stems(name)) {
    if (!word.startsWith(stem)) continue;
    const ending = word.slice(stem.length).replace(/^[:']/, '');
    if (ENDINGS.has(ending)) return true;
  }
  return false;
}

/** A name and its weak-grade stems: `männikkö` gives `männikö` (as in `Männikön`), `tuomimäki` gives `tuomimäe`. */
function stems(name: string): string[] {
  const out = [name];
  const doubled = /([kpt])\1([aeiouyäö])$/u.exec(name);
  if (doubled) out.push(name.slice(0, doubled.index) + (doubled[1] ?? '') + (doubled[2] ?? ''));
  if (/ki$/.test(name)) out.push(`${name.slice(0, -2)}e`);
  if (/nen$/.test(name)) out.push(`${name.slice(0, -3)}se`);
  if (/ine$/.test(name)) out.push(`${name.slice(0, -2)}se`);
  if (/[aeiouyäö]$/.test(name)) out.push(name.slice(0, -1));
  return out;
}

/** Case endings of Finnish and Swedish names (after the stem), and the possessive `s` of English. */
const ENDINGS = new Set(
  ('n a ä ta tä lla llä lta ltä lle ssa ssä sta stä an än en in on un yn hin han hen ksi na nä kin nkin lle:kin lta:kin ' +
    's ’s ns lle n:kin a:n n:lle n:ltä n:lta jen iden itten ille illa ilta e en:').split(' '),
);
