import { anyMatches, fold } from '../lang/match.js';
import { vocabularies } from '../lang/index.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import type { Header } from './header.js';
import { foldedPhrases, gather, includesAny, wordSet } from './cues.js';
import { isCompoundRole, isName, isNick, roleOf } from './read-people.js';
import { nounShaped } from './read-owners.js';
import { aboutNextMeeting, headSentences } from './read-when.js';
import { resolvePerson } from './resolve-people.js';
import { trimEndWhere, withoutTrailingParen } from './trim.js';
import type { Line } from './types.js';

/** A claim that names hold a role: 2 from a role label, 1 from a sentence or a weak label, 0 from a hint. */
export interface RoleClaim {
  role: string;
  names: string[];
  strength: number;
  /** The names hold a user id read from a sentence: it counts only for someone the minutes list. */
  listedOnly?: boolean;
  /** The meeting chose its officer in the minutes (`Valittiin kokouksen puheenjohtajaksi Aino Aho`). */
  elected?: boolean;
}

/** The roles of the meeting itself, which only someone present can hold. */
const MEETING_ROLES = new Set(['chair', 'secretary']);

/** Roles that several people hold at once, each of them named in the claim. */
const SHARED_ROLES = new Set(['checker', 'teller']);

/** How many lines at each end of the document role sentences are looked for in. */
const HEAD_LINES = 400;
const TAIL_LINES = 100;

/** Each role word of the vocabularies longer than three letters and its role, the first vocabulary's first; made once per list of vocabularies. */
const roleWordsOf = oncePer((vocabs: readonly Vocabulary[]): ReadonlyMap<string, string> => {
  const roles = new Map<string, string>();
  for (const vocab of vocabs) for (const [role, words] of Object.entries(vocab.roles)) for (const word of words) if (!roles.has(word) && word.length > 3) roles.set(word, role);
  return roles;
});

/** Roles stated in sentences: `Seth Tisue (secretary)`, `As chairperson, Jon Pretty ...`. */
export function proseRoles(lines: readonly Line[], header: Header, claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  const roles = roleWordsOf(vocabs);
  // The title of the agenda item the line stands in, once one has begun.
  let section: string | null = null;
  for (const line of lines.slice(0, 200)) {
    const title = itemTitle(line);
    if (title !== null) section = title;
    if (line.text.length > 600) {
      // A report told in one long paragraph or point (`Am Donnerstag fand unsere Jahreshauptversammlung statt. Vor 18 Mitgliedern eröffnete …`) opens with its opening: its head is read for the one who opens.
      // Only its sentences are read, each alone: a header flattened into the paragraph (`Notulist: Directie: …`) is no opening.
      if (line.kind !== 'paragraph' && line.kind !== 'listItem') continue;
      for (const sentence of headSentences(line.text)) for (const said of openingAppositions(sentence, roles, vocabs)) addOpener(said.name, said.role, header, claims);
      continue;
    }
    // The sentence that opens the meeting may be written as a point of a list, or run on below one (`- Der Vorsitzende, ... eröffnet ...`).
    if (line.kind === 'listItem') for (const said of openingAppositions(line.text, roles, vocabs)) addOpener(said.name, said.role, header, claims);
    if ((line.kind === 'paragraph' || line.kind === 'listItem') && title === null && meetingOfficersUnder(section, roles, vocabs)) {
      for (const officer of officersOnLine(line.text, roles, vocabs)) addProse(officer.name, officer.role, header, claims);
    }
    if (line.kind !== 'paragraph') continue;
    for (const m of line.text.matchAll(/ \((\p{L}+)\)/gu)) addProse(nameBefore(line.text.slice(0, m.index), vocabs)[0], roles.get((m[1] ?? '').toLowerCase()), header, claims);
    for (const m of line.text.matchAll(/\b[Aa]s (\p{L}+), /gu)) addProse(namesAfter(line.text.slice(m.index + m[0].length), vocabs)[0], roles.get((m[1] ?? '').toLowerCase()), header, claims);
    for (const said of openingAppositions(line.text, roles, vocabs)) addOpener(said.name, said.role, header, claims);
    for (const said of copulaRoles(line.text, vocabs)) {
      // `Eero toimii sihteerinä`: the Finnish essive names the role too.
      addProse(said.name, roles.get(said.role) ?? roles.get(said.role.replace(/n[aä]$/u, '')), header, claims);
    }
  }
}

/** The number that opens an agenda item written as a paragraph (`2. Election`, `§ 3 Val`, `4 § Valinta`, `1.2 Opening`). */
const ITEM_NUMBER = /^(?:§\s?)?\d{1,3}(?:\.\d{1,2}){0,2}\.?\s?(?:§\s?)?\p{L}/u;

/** The title of an agenda item a line opens (a heading below the title, a numbered point or paragraph), or null. */
function itemTitle(line: Line): string | null {
  if (line.kind === 'heading') return line.depth >= 2 ? line.text : null;
  if (line.kind === 'listItem' && line.itemStart && line.ordinal !== null) return line.text;
  return line.kind === 'paragraph' && ITEM_NUMBER.test(line.text) ? line.text : null;
}

/** A year in a title (`Board for 2027`, `Hallitus vuodelle 2027`): the term of those elected, no meeting's. */
const YEAR = /(?:^|\D)(?:19|20)\d{2}(?:\D|$)/u;

/**
 * Whether the officers on lines of their own under an item are the meeting's: in the header (no item
 * yet), or under an item with no year and no election of offices it does not name (`Mötet öppnat`,
 * `Kokouksen puheenjohtajan ja sihteerin valinta`). Next year's board (`Hallitus vuodelle 2027`) and
 * the officers an annual meeting elects (`Election of officers`) are the body's, not the meeting's.
 */
function meetingOfficersUnder(section: string | null, roles: ReadonlyMap<string, string>, vocabs: readonly Vocabulary[]): boolean {
  if (section === null) return true;
  if (YEAR.test(section)) return false;
  const words = section.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (!words.some((w) => vocabs.some((v) => v.electionWords.includes(w)))) return true;
  return words.some((w) => [...roles.keys()].some((role) => !role.includes(' ') && w.startsWith(role)));
}

/** The most words of a name after its office on a line of their own. */
const MOST_OFFICER_WORDS = 4;

/**
 * A line that is an office and its holder's name and nothing more (`Puheenjohtaja Aino Aho`,
 * `Ordförande Eva Lind`, `Chair Ann Lee`), as a header lists the officers under one another
 * without colons: the office, of one word or two, then capitalised name words only. Its holder
 * must be one the minutes list (`addProse`), so a heading such as `Chair Report` names no one.
 */
function officersOnLine(text: string, roles: ReadonlyMap<string, string>, vocabs: readonly Vocabulary[]): { name: string; role: string }[] {
  const words = text.trim().split(/\s+/u);
  // Most lines open with no office: they are done with before any more is made of them.
  if (!roles.has((words[0] ?? '').toLowerCase()) && !roles.has(words.slice(0, 2).join(' ').toLowerCase())) return [];
  const ands = wordSet(vocabs, 'and');
  // Two offices joined by an "and" word (`Mötesordförande Eva Lind och mötessekreterare Per Holm`): each with its holder, or none at all.
  const parts: string[][] = [[]];
  for (const word of words) {
    if (ands.has(word.toLowerCase()) && (parts[parts.length - 1] as string[]).length > 0) parts.push([]);
    else (parts[parts.length - 1] as string[]).push(word);
  }
  const officers = parts.map((part) => officeThenName(part, roles, vocabs));
  return officers.every((officer) => officer !== null) ? (officers as { name: string; role: string }[]) : [];
}

/** The office and the name of the words of a line or of its part between "and" words, or null. */
function officeThenName(words: readonly string[], roles: ReadonlyMap<string, string>, vocabs: readonly Vocabulary[]): { name: string; role: string } | null {
  if (words.length < 2 || words.length > MOST_OFFICER_WORDS + 2) return null;
  for (const n of [2, 1]) {
    const office = words.slice(0, n).join(' ').toLowerCase();
    // A word for the minutes themselves (`Verslag`, `Notulen`) heads an item about them: no office.
    if (vocabs.some((v) => v.documentWords.includes(office))) return null;
    const role = roles.get(office);
    const name = words.slice(n);
    if (role === undefined || name.length === 0 || name.length > MOST_OFFICER_WORDS) continue;
    return name.every((word) => NAME_WORD.test(word) && !/[.,:;]$/u.test(word)) && /^\p{Lu}/u.test(name[0] as string) ? { name: name.join(' '), role } : null;
  }
  return null;
}

/**
 * The name and role of each role word written before a name in a sentence that opens the meeting
 * (`Mötet öppnades kl. 18.05 av ordförande Lind`, `Kvällens mötesordförande Eva Lind hälsade alla
 * välkomna och förklarade mötet öppnat`, `De voorzitter, Eva de Vries, opent de vergadering`): the
 * one who opens the meeting is named by the office they hold in it.
 */
function openingAppositions(text: string, roles: ReadonlyMap<string, string>, vocabs: readonly Vocabulary[]): { name: string; role: string }[] {
  const folded = fold(text);
  // The phrases folded once per list, not once per line (a paragraph each time folded them all again).
  // A greeting opens it as well (`Obmann Eva Lind begrüßt die Mitglieder`, `Ordförande Eva Lind hälsade alla välkomna`).
  if (!includesAny(folded, openingPhrases(vocabs))) return [];
  const out: { name: string; role: string }[] = [];
  let previous = '';
  for (const word of text.matchAll(/\S+/gu)) {
    const written = word[0].toLowerCase().replace(/,$/u, '');
    const role = roles.get(written);
    const before = previous;
    previous = written;
    // `vice ordförande Anna Holm` is the vice chair: the word before makes another office of two words.
    if (role === undefined || (roles.get(`${before} ${written}`) ?? role) !== role) continue;
    const after = namesAfter(text.slice(word.index + word[0].length), vocabs)[0];
    // A lower-case word after the office may be a user id (`chair jdoe`) or only the sentence going on (`…, 1. Vorsitzender, um 19 Uhr`): a name set before the office wins.
    const name = after !== undefined && /^\p{Lu}/u.test(after) ? after : appositionName(text.slice(0, word.index), vocabs) ?? after;
    if (name !== undefined) out.push({ name, role });
  }
  return out;
}

/** The phrases of opening and the greetings of the vocabularies, folded, in one list: one pass over a line asks for both. Made once per list of vocabularies. */
const openingPhrases = oncePer((vocabs: readonly Vocabulary[]): string[] => [...foldedPhrases(gather(vocabs, 'openedAt')), ...foldedPhrases(gather(vocabs, 'openingWords'))]);

/** A comma, perhaps an ordinal (`1.`, `2.`), and blanks: what parts a name from the office set beside it. */
const APPOSITION_GAP = /,\s*(?:\d{1,2}\.\s*)?$/u;

/**
 * The name an office word stands beside as an apposition, the office after it (`… eröffnete Jonas
 * Keller, 1. Vorsitzender, um 19 Uhr die Versammlung`, `Eva Lind, chair, opened the meeting`): the
 * name right before the comma, in a sentence whose verb may come first, as German puts it second.
 */
function appositionName(before: string, vocabs: readonly Vocabulary[]): string | undefined {
  const gap = APPOSITION_GAP.exec(before);
  return gap === null ? undefined : nameBefore(before.slice(0, gap.index), vocabs)[0];
}

/** Articles that may stand between a verb of being and the role (`Ann is the chair`). */
const ROLE_ARTICLES = new Set(['the', 'den', 'det', 'der', 'die', 'de']);

/**
 * The name and the role word of each `Name copula [article] role` in a text (`Tekla är sekreterare`,
 * `Ann Lee is the chair`): a name of one or two capitalised words, a copula of the vocabularies,
 * the role word closing its clause. Read word by word: a pattern scanned over the text would be
 * quadratic on a run of capitals.
 */
function copulaRoles(text: string, vocabs: readonly Vocabulary[]): { name: string; role: string }[] {
  const copulas = wordSet(vocabs, 'copulas');
  // Most lines hold no copula as a word between two others: they are passed over before being split into words.
  if (!hasInnerWord(text, gather(vocabs, 'copulas'))) return [];
  const words = [...text.matchAll(/\S+/gu)];
  const out: { name: string; role: string }[] = [];
  for (let k = 1; k + 1 < words.length; k++) {
    if (!copulas.has(words[k]?.[0] ?? '')) continue;
    const article = ROLE_ARTICLES.has(words[k + 1]?.[0] ?? '') ? 1 : 0;
    const roleWord = words[k + 1 + article];
    const role = /^\p{L}+/u.exec(roleWord?.[0] ?? '')?.[0];
    if (roleWord === undefined || role === undefined || !closesClause(text.slice((roleWord.index ?? 0) + role.length), vocabs)) continue;
    const last = words[k - 1]?.[0] ?? '';
    const first = words[k - 2]?.[0] ?? '';
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(last)) continue;
    // Two capitalised words may be one name (`Ann Lee`) or a word and a name (`Today Ida`): the pair first, then the last alone.
    if (/^\p{Lu}[\p{L}'’-]+$/u.test(first)) out.push({ name: `${first} ${last}`, role: role.toLowerCase() });
    out.push({ name: last, role: role.toLowerCase() });
  }
  return out;
}

/** Whether one of the words stands in the text with a blank on either side: a word of its own, with a word before and after. */
function hasInnerWord(text: string, words: readonly string[]): boolean {
  for (const word of words) {
    if (word === '') continue;
    for (let at = text.indexOf(word, 1); at > 0; at = text.indexOf(word, at + 1)) if (BLANK.test(text.charAt(at - 1)) && BLANK.test(text.charAt(at + word.length))) return true;
  }
  return false;
}

/** A blank, as `\S` in `copulaRoles` sets words apart. */
const BLANK = /^\s$/u;

/**
 * Whether the role word closes its clause, perhaps with one word more (`Ann is the chair today.`,
 * `Aino on puheenjohtaja ja ...`): `secretary of the tennis club` is another body's role.
 */
function closesClause(rest: string, vocabs: readonly Vocabulary[]): boolean {
  if (/^\s*(?:\p{L}+\s*)?(?:[.,;:!?)]|$)/u.test(rest)) return true;
  const word = (/^\s*(\p{L}+)/u.exec(rest)?.[1] ?? '').toLowerCase();
  return vocabs.some((v) => v.and.includes(word));
}


/**
 * A role claimed by the sentence that opens the meeting: the one who opens it was there, so a full
 * name (two words or more, each capitalised: `Der 1. Vorsitzende, Jonas Keller, eröffnet die
 * Versammlung`) counts when the minutes list no one else, as a report of an annual meeting often
 * does not; a single word needs the list, where it may be a first name.
 */
function addOpener(name: string | undefined, role: string | undefined, header: Header, claims: RoleClaim[]): void {
  if (!name || !role || claims.some((c) => c.role === role)) return;
  if (resolvePerson(name, header.participants) !== null) return addProse(name, role, header, claims);
  const words = name.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w))) return;
  // Beside a list of those present, only one addressed by a title (`The Chairman, Councillor Hale, opened ...`): a chair
  // whom the list leaves out, as councils list the others (`Those in attendance were Councillors ...`).
  if (header.participants.some((p) => p.present) && !HONORIFICS.has(fold(words[0] as string).replace(/\.$/u, ''))) return;
  claims.push({ role, names: [name], strength: 0 });
}

/** The titles and forms of address of every language, folded, without a dot. */
const HONORIFICS = new Set(Object.values(vocabularies).flatMap((v) => v.honorifics.map((h) => fold(h).replace(/\.$/u, ''))));

function addProse(name: string | undefined, role: string | undefined, header: Header, claims: RoleClaim[]): void {
  if (!name || !role || claims.some((c) => c.role === role)) return;
  if (resolvePerson(name, header.participants) === null) return;
  claims.push({ role, names: [name], strength: 0 });
}

interface Phrase {
  text: string;
  /** Its first word, which a line must hold for the phrase to match. */
  first: string;
  role: string;
  before: boolean;
  weak: boolean;
  closing: boolean;
  meetingNext: boolean;
}

/** A clock time after `at` (`at 7:02 PM`, `at 19.30`, `at 14:00:11`, a form's `opened at: 7:02 PM, by`), which may stand inside a role phrase. */
const CLOCK_TIME = / at:? \d{1,2}[:.]\d{2}(?::\d{2})?(?: ?[ap]\.?m\b\.?)?,?/giu;

/** Runs of letters: the words of a lower-case line. */
const LETTERS = /\p{L}+/gu;

/** The first run of letters of a phrase, or '' when it has none. */
function firstWord(text: string): string {
  return text.match(/\p{L}+/u)?.[0] ?? '';
}

/** The role phrases of the vocabularies, longest first so the longest phrase at a place wins. */
const phrasesOf = oncePer((vocabs: readonly Vocabulary[]): Phrase[] =>
  vocabs
    .flatMap((v) => v.rolePhrases.flatMap((p) => [
      ...p.before.map((text) => ({ text, first: firstWord(text), role: p.role, before: true, weak: p.weak ?? false, closing: p.closing ?? false, meetingNext: p.meetingNext ?? false })),
      ...p.after.map((text) => ({ text, first: firstWord(text), role: p.role, before: false, weak: p.weak ?? false, closing: p.closing ?? false, meetingNext: p.meetingNext ?? false })),
    ]))
    .sort((a, b) => b.text.length - a.text.length),
);

/** The phrases by first word, each with its place in the list; those without a word apart. Made once per list. */
const phrasesByFirst = oncePer((phrases: readonly Phrase[]): { byFirst: ReadonlyMap<string, readonly number[]>; always: readonly number[] } => {
  const byFirst = new Map<string, number[]>();
  const always: number[] = [];
  phrases.forEach((phrase, i) => {
    if (phrase.first === '') always.push(i);
    else byFirst.set(phrase.first, [...(byFirst.get(phrase.first) ?? []), i]);
  });
  return { byFirst, always };
});

/**
 * The phrases whose first word is among `words` (or that have none), in the order of the list, each
 * once. Nothing is made for a line none of whose words opens a phrase, as most lines are.
 */
function candidates(phrases: readonly Phrase[], words: readonly string[] | null): Phrase[] {
  const { byFirst, always } = phrasesByFirst(phrases);
  let places: number[] | null = always.length > 0 ? [...always] : null;
  for (const word of words ?? []) {
    const found = byFirst.get(word);
    if (found !== undefined) (places ??= []).push(...found);
  }
  if (places === null) return [];
  // A word written twice gave its phrases twice: each is kept once.
  return places
    .sort((a, b) => a - b)
    .filter((place, k, sorted) => k === 0 || sorted[k - 1] !== place)
    .map((i) => phrases[i] as Phrase);
}

/**
 * Roles given in sentences of the language: elections and offices (`Puheenjohtajaksi valittiin
 * X`, `Till ordförande valdes X`, `Minutes taken by X`, `X führt Protokoll`) and, weaker, who
 * opened or led the meeting (`The meeting was called to order by X`, `X eröffnet die Sitzung`).
 * Weak phrases count only in a line that names the meeting.
 */
export function roleSentences(lines: readonly Line[], claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  const phrases = phrasesOf(vocabs);
  const look = (line: Line, index: number): void => {
    if (line.kind !== 'paragraph' && line.kind !== 'listItem') return;
    // A page flattened into one line (`1.2 Val av mötesordförande Nina Högberg väljs till mötesordförande. 1.3 ...`) is read sentence by sentence in its head.
    if (line.text.length > 500) {
      for (const sentence of flattenedSentences(line.text)) read(sentence);
      return;
    }
    const signed = line.kind === 'paragraph' ? signature(line.text, vocabs) ?? signedBelow(lines, index, phrases, vocabs) : null;
    if (signed) {
      claims.push({ ...signed, strength: 1 });
      return;
    }
    read(line.text);
  };
  const read = (written: string): void => {
    // The time the meeting was called to order may stand inside the phrase (`called to order at 7:02 PM by X`).
    const text = written.replace(CLOCK_TIME, '');
    const lower = text.toLowerCase();
    // Only phrases whose first word the line holds can match: most lines hold none, and are done with before any other test.
    const opened = candidates(phrases, lower.match(LETTERS));
    if (opened.length === 0) return;
    const given = new Set<string>();
    let next: boolean | undefined;
    for (const phrase of opened) {
      if (given.has(phrase.role)) continue;
      const found = phraseAt(lower, phrase.text, vocabs);
      if (found === null) continue;
      // `Vanaf de volgende keer wordt het overleg voorgezeten door X`: a role in the next meeting, not in this one.
      // Asked once, of a line where a phrase stands, before anything is claimed from it.
      next ??= aboutNextMeeting(written, vocabs);
      if (next) return;
      const { at, length } = found;
      if (phrase.weak && !namesMeeting(lower, vocabs)) continue;
      const rest = lower.slice(at + length);
      if (phrase.closing && !closesClause(rest, vocabs)) continue;
      if (phrase.meetingNext && !namesMeeting(rest.trim().split(/\s+/u, 3).join(' '), vocabs)) continue;
      const names = phrase.before ? namesAfter(text.slice(at + length), vocabs) : SHARED_ROLES.has(phrase.role) ? namesBefore(text.slice(0, at), vocabs) : nameBefore(text.slice(0, at), vocabs, true);
      if (names.length === 0) continue;
      const claim: RoleClaim = { role: phrase.role, names, strength: phrase.weak ? 0 : 1 };
      if (names.some((name) => /^\p{Ll}/u.test(name))) claim.listedOnly = true;
      claims.push(claim);
      given.add(phrase.role);
    }
  };
  const head = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < head; i++) look(lines[i] as Line, i);
  electedOfficers(lines, head, claims, vocabs);
  for (let i = Math.max(head, lines.length - TAIL_LINES); i < lines.length; i++) look(lines[i] as Line, i);
}

/** How much of a flattened page's line its role sentences are looked for in: its head, where a meeting elects its officers. */
const FLATTENED_HEAD = 3000;

/** A sentence's end in a flattened page: a stop after a letter, then a capital or the number of the next item (`... mötesordförande. 1.3 Val av ...`). */
const FLATTENED_BREAK = /(?<=\p{L}[.!?])\s+(?=[\p{Lu}\d])/u;

/** The sentences of a flattened page's head short enough to be read for roles, as a line of its own is. */
function flattenedSentences(text: string): string[] {
  return text.slice(0, FLATTENED_HEAD).split(FLATTENED_BREAK).filter((sentence) => sentence.length <= 500);
}

/** An office word and the role it names, longest first, made once per list of vocabularies. */
const officesOf = oncePer((vocabs: readonly Vocabulary[]): { words: string[]; role: string }[] =>
  vocabs
    .flatMap((v) => v.electedAs.offices.flatMap((o) => o.words.map((w) => ({ words: w.toLowerCase().split(' '), role: o.role }))))
    .sort((a, b) => b.words.length - a.words.length),
);

/** The verbs of choosing officers of the vocabularies (`valittiin`, `valdes`, `elected`), made once per list of vocabularies. */
const choosingVerbs = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.electedAs.verbs));

/** The verbs of choosing as a set, and the words that may stand beside one before an office (`kokoukselle`, "and" words); made once per list of vocabularies. */
const choosingWords = oncePer((vocabs: readonly Vocabulary[]): { chooses: ReadonlySet<string>; beside: ReadonlySet<string> } => ({
  chooses: new Set(choosingVerbs(vocabs)),
  beside: new Set(vocabs.flatMap((v) => [...v.electedAs.beside, ...v.and])),
}));

/** The words of a text, lower case, without the stops after them, with commas and semicolons as words of their own; each with where it ends. */
function lowerWords(text: string): { word: string; end: number }[] {
  const out: { word: string; end: number }[] = [];
  for (const m of text.matchAll(/[^\s,;:()]+|[,;]/gu)) {
    const word = m[0].toLowerCase().replace(/(?<![.!?])[.!?]+$/u, '');
    if (word !== '') out.push({ word, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * Officers chosen where the office leads its name (`Valittiin puheenjohtajaksi Aino Lehto ja
 * sihteeriksi Pekka Salo`, `Kokoukselle valittiin puheenjohtajaksi ...`), or in the entries under a
 * lead of choosing (`Valittiin kokoukselle:` / `puheenjohtajaksi Aino Lehto` / `sihteeriksi Pekka
 * Salo`): each office word right after the verb, an "and" word, a comma or a word beside the verb
 * (`kokoukselle`) gives the names after it its role. An office after another word
 * (`hallituksen puheenjohtajaksi`) is not the meeting's.
 */
function electedOfficers(lines: readonly Line[], head: number, claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  const offices = officesOf(vocabs);
  if (offices.length === 0) return;
  const choosing = choosingVerbs(vocabs);
  const { chooses, beside } = choosingWords(vocabs);
  const ands = wordSet(vocabs, 'and');
  const given = new Set(claims.filter((c) => c.strength >= 1).map((c) => c.role));
  // The offices this meeting chose here: a claim another line made first still leaves the choice to be read (see `electedOver`).
  const chosen = new Set<string>();
  let lead = false;
  for (let i = 0; i < head; i++) {
    const line = lines[i] as Line;
    if ((line.kind !== 'paragraph' && line.kind !== 'listItem') || line.text.length > 300) {
      lead = false;
      continue;
    }
    // A line is read only under a lead of choosing or for a verb of choosing, which it then holds as
    // characters: most lines hold none, and are passed over before their words are split.
    if (!lead && !includesAny(line.text.toLowerCase(), choosing)) continue;
    const tokens = lowerWords(line.text);
    const words = tokens.map((t) => t.word);
    const own = words.some((w) => chooses.has(w));
    const entry = lead && !own && officeAt(words, 0, offices) !== null;
    if (!own && !entry) {
      lead = false;
      continue;
    }
    // A lead of choosing that ends in a colon opens the entries under it.
    if (own) lead = /[:：]\s*$/u.test(line.text);
    // Where the first office's name stands before the verb, the later offices each follow their own name (`... ja Eero Salo sihteeriksi`).
    let gapped = -1;
    for (let k = 0; k < words.length; k++) {
      const office = officeAt(words, k, offices);
      if (office === null) continue;
      const before = words[k - 1];
      if (gapped >= 0 && before !== undefined && !chooses.has(before) && !beside.has(before)) {
        const and = lastAnd(words, k, ands);
        const names = and >= gapped && !chosen.has(office.role) ? nameBefore(line.text.slice(0, (tokens[k - 1] as { end: number }).end), vocabs) : [];
        if (names.length > 0 && k - and - 1 === names[0]!.split(/\s+/u).length) {
          claims.push({ role: office.role, names, strength: given.has(office.role) ? 0 : 1, elected: true });
          given.add(office.role);
          chosen.add(office.role);
        }
        continue;
      }
      if (before !== undefined && before !== ',' && before !== ';' && !chooses.has(before) && !beside.has(before)) continue;
      const end = sharedOfficeEnd(words, k + office.words.length, offices, chooses, beside);
      // `Aino Koski valittiin yksimielisesti puheenjohtajaksi ja Eero Salo sihteeriksi`: the office is followed by "and"
      // and the next officer's name, so its own name is the one before the verb of choosing.
      if (end === k + office.words.length && ands.has(words[end] ?? '')) {
        const verb = words.findIndex((w, n) => n < k && chooses.has(w));
        const names = verb > 0 ? nameBefore(line.text.slice(0, (tokens[verb - 1] as { end: number }).end), vocabs) : [];
        if (names.length === 0) continue;
        if (!chosen.has(office.role)) claims.push({ role: office.role, names, strength: given.has(office.role) ? 0 : 1, elected: true });
        given.add(office.role);
        chosen.add(office.role);
        gapped = end;
        continue;
      }
      if (chosen.has(office.role)) continue;
      // A name before the verb of choosing is the first office's (`Aino Aho valittiin kokouksen puheenjohtajaksi, Olli Berg sihteeriksi`):
      // the names after an office are then the next office's, read as a choice only where no other line gave the office.
      const verb = words.findIndex((w, n) => n < k && chooses.has(w));
      const nameFirst = verb > 0 && nameBefore(line.text.slice(0, (tokens[verb - 1] as { end: number }).end), vocabs).length > 0;
      if (nameFirst && given.has(office.role)) continue;
      const last = tokens[end - 1] as { end: number };
      // Names written with a capital only: a user id would be another office word (`ja ääntenlaskijoiksi`).
      const names = namesAfter(line.text.slice(last.end), vocabs).filter((n) => /^\p{Lu}/u.test(n));
      if (names.length === 0) continue;
      claims.push({ role: office.role, names: SHARED_ROLES.has(office.role) ? names : names.slice(0, 1), strength: given.has(office.role) ? 0 : 1, elected: !nameFirst });
      given.add(office.role);
      chosen.add(office.role);
    }
  }
}

/** The place of the last "and" word before `k`, or -1. */
function lastAnd(words: readonly string[], k: number, ands: ReadonlySet<string>): number {
  for (let j = k - 1; j >= 0; j--) if (ands.has(words[j] as string)) return j;
  return -1;
}

/**
 * Where the names of an office begin when offices are joined before one verb of choosing
 * (`Kokouksen puheenjohtajaksi ja sihteeriksi valittiin Mari Salo`): past the "and" words and
 * offices after it and the verb that follows them, so the first office of the chain gives its role
 * to the same names as the last (whose own phrase, `sihteeriksi valittiin`, the role phrases read).
 * Elsewhere the names begin right after the office, as they do after a verb that leads (`Valittiin
 * puheenjohtajaksi Aino Lehto`).
 */
function sharedOfficeEnd(words: readonly string[], end: number, offices: readonly { words: string[]; role: string }[], chooses: ReadonlySet<string>, beside: ReadonlySet<string>): number {
  let at = end;
  for (;;) {
    const next = beside.has(words[at] ?? '') ? officeAt(words, at + 1, offices) : null;
    if (next === null) break;
    at += 1 + next.words.length;
  }
  return at > end && chooses.has(words[at] ?? '') ? at + 1 : end;
}

/** The office whose words stand at a place among the words, or null. */
function officeAt(words: readonly string[], k: number, offices: readonly { words: string[]; role: string }[]): { words: string[]; role: string } | null {
  return offices.find((o) => o.words.every((w, n) => words[k + n] === w)) ?? null;
}

/**
 * The strong phrases that lead a name (`Pöytäkirjan vakuudeksi`, `In fidem`), by their text, the first
 * of the list for each text: a line is compared with all of them in one look-up. Made once per list.
 */
const signingPhrases = oncePer((phrases: readonly Phrase[]): ReadonlyMap<string, Phrase> => {
  const out = new Map<string, Phrase>();
  for (const phrase of phrases) if (phrase.before && !phrase.weak && !out.has(phrase.text)) out.set(phrase.text, phrase);
  return out;
});

/** The stops after a phrase that leads a signature (`,`, `:`, `.`, a blank or a tab). */
function signingStop(code: number): boolean {
  return code === 44 || code === 58 || code === 46 || code === 32 || code === 9;
}

/** The length of the longest phrase of `signingPhrases`, in UTF-16 code units; made once per list. */
const longestSigning = oncePer((phrases: readonly Phrase[]): number => Math.max(0, ...[...signingPhrases(phrases).keys()].map((text) => text.length)));

/**
 * A sign-off over the lines below it (`Respectfully submitted,` / `Jane Doe` / `Recording clerk`):
 * a line holding only a phrase that names a role before a name, then a line of only a name, then
 * perhaps a line of only a role word, which wins over the phrase's.
 */
function signedBelow(lines: readonly Line[], index: number, phrases: readonly Phrase[], vocabs: readonly Vocabulary[]): { role: string; names: string[] } | null {
  const text = (lines[index] as Line).text;
  // A phrase alone on its line is a few words: a longer line (its stops at the end aside) is none, and is not
  // lower-cased to be compared. Lower case never shortens a text, so the bound holds for the raw line.
  if (trimEndWhere(text, signingStop).length > longestSigning(phrases)) return null;
  const phrase = signingPhrases(phrases).get(trimEndWhere(text.toLowerCase(), signingStop));
  const name = lines[index + 1];
  if (!phrase || !name || name.kind !== 'paragraph' || !isName(name.text.trim())) return null;
  const below = lines[index + 2];
  const role = below && below.kind === 'paragraph' && below.text.split(/\s+/).length <= 3 ? roleOf(below.text, vocabs) ?? roleOf(below.text.split(/\s+/).pop() ?? '', vocabs) : null;
  const held = role === 'chair' || role === 'secretary' ? role : phrase.role;
  return { role: held, names: [name.text.trim()] };
}

/**
 * A signature: a line of only a name and a role after a comma (`Mary Jones, Secretary`,
 * `Matti Virta, hallituksen pj.`), perhaps after a closing word (`T. Rebekka, pj.`).
 */
function signature(text: string, vocabs: readonly Vocabulary[]): { role: string; names: string[] } | null {
  if (text.length > 70) return null;
  const comma = text.indexOf(',');
  if (comma < 0) return officeFirst(text, vocabs);
  const name = text.slice(0, comma).replace(/^(?:t\.|terv\.|terveisin|regards|hälsningar|mvh|mfg|gr\.)\s*/i, '').trim();
  const words = text.slice(comma + 1).trim().replace(/\.$/, '').split(/\s+/);
  if (words.length > 3 || !isName(name)) return null;
  const role = roleOf(words.join(' '), vocabs) ?? roleOf(words[words.length - 1] as string, vocabs);
  return role === 'chair' || role === 'secretary' ? { role, names: [name] } : null;
}

/**
 * A signature that writes the office first, abbreviated with its stop (`pj. Aino Lehto`, `siht. Eero
 * Aho`, `ordf. Anna Berg`), as a sign-off under Nordic minutes does: a line of only the office
 * word and a full name. The stop marks the abbreviation of a signature; a spelled-out office before
 * a name (`Puheenjohtaja Aino Lehto`) opens a sentence or a list entry as often.
 */
function officeFirst(text: string, vocabs: readonly Vocabulary[]): { role: string; names: string[] } | null {
  const match = /^(\p{Ll}{2,6}\.)\s+(\p{Lu}.*)$/u.exec(text.trim());
  if (match === null) return null;
  const name = (match[2] as string).trim();
  const role = roleOf(match[1] as string, vocabs);
  return (role === 'chair' || role === 'secretary') && name.includes(' ') && isName(name) ? { role, names: [name] } : null;
}

function wordEdges(text: string, at: number, length: number): boolean {
  return !/[\p{L}\d]/u.test(text.charAt(at - 1)) && !/[\p{L}\d]/u.test(text.charAt(at + length));
}

function namesMeeting(lower: string, vocabs: readonly Vocabulary[]): boolean {
  const words = lower.split(/[^\p{L}-]+/u);
  return vocabs.some((v) => anyMatches(words, v.meetingWords));
}

/** One capitalised word of a name, or a particle inside one. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|af|du|da|di|del|la|le|ten|ter|zu|el|ibn|dos|des|'t)$/u;
const ARTICLES = new Set(['the', 'der', 'die', 'das', 'de', 'het', 'den', 'a', 'an', 'our', 'their', 'its', 'kokouksen', 'mötets']);

/**
 * The names at the start of a text after a phrase: articles and role words first are passed by
 * (`the Vice President, Lawrence`), then names joined by commas or "and" words, up to the
 * sentence's end or the first word that is no name.
 */
function namesAfter(text: string, vocabs: readonly Vocabulary[]): string[] {
  const tokens = text.replace(/\([^()]*\)/g, ' ').split(/(\s+|,)/).filter((t) => t.trim() !== '');
  const names: string[] = [];
  let current: string[] = [];
  let started = false;
  const and = wordSet(vocabs, 'and');
  // `Puheenjohtajaksi valittiin yksimielisesti Aino Lehto`: how the meeting chose stands before whom.
  const consent = wordSet(vocabs, 'consent');
  const stops = wordSet(vocabs, 'stopwords');
  const close = (): void => {
    if (current.length > 0) names.push(current.join(' '));
    current = [];
  };
  for (const raw of tokens) {
    const end = /[.:;!?]$/.test(raw) && !/^\p{Lu}\.$/u.test(raw);
    const token = raw.replace(/(?<![.:;!?])[.:;!?]+$/, '');
    const lower = token.toLowerCase();
    if (token === ',' || and.has(lower)) {
      close();
      if (names.length === 0 && !started) continue;
    } else if (!started && (ARTICLES.has(lower) || roleOf(token, vocabs) !== null || consent.has(lower) || (current.length === 0 && isRoleStart(token, vocabs)))) {
      continue;
    } else if (current.length >= 2 && stops.has(lower)) {
      // A sentence run on without its full stop (`valdes Björn Sjöström Till sekreterare ...`): a name ends before a capitalised stop word.
      break;
    } else if (NAME_WORD.test(token) && current.length < 4) {
      started = true;
      current.push(token);
    } else if (!started && current.length === 0 && names.length === 0 && isNick(token, vocabs)) {
      // A user id (`started by rkowalski`) names someone only if the minutes list them (applyRoles).
      names.push(token);
      break;
    } else {
      break;
    }
    if (end) break;
  }
  close();
  return names.filter((n) => (/^\p{Lu}/u.test(n) || isNick(n, vocabs)) && !roleOf(n, vocabs));
}

/** Whether a word starts a role of two words (`Vice` of "Vice President"). */
function isRoleStart(token: string, vocabs: readonly Vocabulary[]): boolean {
  const lower = token.toLowerCase();
  return vocabs.some((v) => Object.values(v.roles).some((words) => words.some((w) => w.startsWith(`${lower} `))));
}

/**
 * The name at the end of a text before a phrase (`Puheenjohtaja Marko Suovula` gives Marko Suovula).
 * Where `shared`, a verb joined by "and" to the sentence's first verb has that verb's subject
 * (`Eva Lind begrüßt die Gäste und eröffnet die Sitzung`, `Ann Lee welcomed all and called the meeting
 * to order`): the name that opens the sentence.
 */
function nameBefore(text: string, vocabs: readonly Vocabulary[], shared = false): string[] {
  const words = text.replace(/\([^()]*\)\s*$/, '').trim().replace(/,$/, '').split(/\s+/);
  if (shared && words.length > 2 && wordSet(vocabs, 'and').has((words[words.length - 1] as string).toLowerCase())) return openingSubject(text, vocabs);
  const name: string[] = [];
  for (let i = words.length - 1; i >= 0 && name.length < 4; i--) {
    const word = words[i] as string;
    if (!NAME_WORD.test(word) || /[.,:;]$/.test(word)) break;
    name.unshift(word);
  }
  // Capitalised words after an article are a noun, as German writes every noun (`… die Sitzung, begrüßt die Anwesenden`): no name.
  if (ARTICLES.has((words[words.length - 1 - name.length] ?? '').toLowerCase())) return [];
  // A verb that opens the sentence is capitalised like a name (`Valittiin Aino Lehto kokouksen sihteeriksi`).
  // So is an office written before the name (`Mayor Tom Smith called the meeting to order`).
  const title = (word: string): boolean => vocabs.some((v) => (v.honorifics ?? []).includes(word.toLowerCase()));
  // A pronoun that opens the sentence is capitalised too (`Hij opent de vergadering`, `She called the meeting to order`): nobody's name.
  const pronoun = (word: string): boolean => vocabs.some((v) => v.notNames.includes(word.toLowerCase()));
  // A small word that opens the sentence is capitalised too (`With Cllr Lee in the chair, ...`); a particle of a name (`Van Dijk`) is kept.
  const small = (word: string): boolean => !NAME_WORD.test(word.toLowerCase()) && vocabs.some((v) => v.stopwords.includes(word.toLowerCase()));
  // A word of the clock is none either (`Um 19.00 Uhr eröffnet ...`).
  const clock = (word: string): boolean => vocabs.some((v) => v.clockWords.includes(word.toLowerCase()));
  if (name.some(clock)) return [];
  while (name.length > 0 && (pronoun(name[0] as string) || small(name[0] as string) || roleOf(name[0] as string, vocabs) !== null || isCompoundRole(name[0] as string, vocabs) || ARTICLES.has((name[0] as string).toLowerCase()) || opensWithVerb(name[0] as string, vocabs) || title(name[0] as string))) name.shift();
  // A noun built with a noun suffix (`… einer Enthaltung als Protokollant angenommen`) is no name.
  if (name.some((word) => nounShaped(word.toLowerCase(), vocabs))) return [];
  return name.length > 0 && /^\p{Lu}/u.test(name[0] as string) ? [name.join(' ')] : [];
}

/** The most words between the subject that opens a sentence and the "and" before a second verb. */
const SHARED_CLAUSE = 14;

/**
 * The name that opens the last sentence of a text, as the subject of its first verb: capitalised
 * words up to the first word in lower case, read as `nameBefore` reads a name; none where the
 * sentence runs long before its "and".
 */
function openingSubject(text: string, vocabs: readonly Vocabulary[]): string[] {
  const sentence = text.slice(Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '), text.lastIndexOf(': ')) + 1).trim();
  const words = sentence.split(/\s+/);
  if (words.length > SHARED_CLAUSE) return [];
  const verb = words.findIndex((word) => /^\p{Ll}/u.test(word));
  if (verb < 1) return [];
  return nameBefore(words.slice(0, verb).join(' '), vocabs);
}

/**
 * Where a phrase stands in a lower-case line, and its length there: as written (its first place,
 * between word edges), or with its last word, a meeting's (`Sitzung`, `Versammlung`), as the head
 * of a compound (`eröffnet die Mitgliederversammlung`, `opende de ledenvergadering`), as languages
 * that join their nouns name a kind of meeting.
 */
/**
 * Whether the last word of a role phrase is a word of the meeting in a vocabulary (`meeting`,
 * `kokouksen`), which a compound may end with; asked of the same few phrases on every line, so each
 * answer is kept per list of vocabularies.
 */
function meetingHead(head: string, vocabs: readonly Vocabulary[]): boolean {
  const answers = meetingHeads(vocabs);
  let answer = answers.get(head);
  if (answer === undefined) {
    answer = vocabs.some((v) => anyMatches([head], v.meetingWords));
    answers.set(head, answer);
  }
  return answer;
}

/** What `meetingHead` answered, by word; once per list of vocabularies. */
const meetingHeads = oncePer((_vocabs: readonly Vocabulary[]): Map<string, boolean> => new Map());

function phraseAt(lower: string, phrase: string, vocabs: readonly Vocabulary[]): { at: number; length: number } | null {
  const at = lower.indexOf(phrase);
  if (at >= 0 && wordEdges(lower, at, phrase.length)) return { at, length: phrase.length };
  const space = phrase.lastIndexOf(' ');
  const head = phrase.slice(space + 1);
  if (space < 0 || !meetingHead(head, vocabs)) return null;
  const lead = phrase.slice(0, space + 1);
  for (let from = lower.indexOf(lead); from >= 0; from = lower.indexOf(lead, from + 1)) {
    if (/[\p{L}\d]/u.test(lower.charAt(from - 1))) continue;
    const start = from + lead.length;
    const word = /^\p{L}{1,40}/u.exec(lower.slice(start, start + 41))?.[0];
    if (word !== undefined && word.length > head.length && word.endsWith(head) && !/[\p{L}\d]/u.test(lower.charAt(start + word.length))) return { at: from, length: lead.length + word.length };
  }
  return null;
}

/**
 * The names at the end of a text before a phrase of a role many share (`Per Asplund och Örjan
 * Westlund valdes att justera protokollet`, `A, B and C were elected tellers`): the last name, and
 * each name before it joined by a comma or an "and" word.
 */
function namesBefore(text: string, vocabs: readonly Vocabulary[]): string[] {
  const and = wordSet(vocabs, 'and');
  const out: string[] = [];
  let rest = text;
  for (let n = 0; n < 6; n++) {
    const name = nameBefore(rest, vocabs)[0];
    if (name === undefined) break;
    out.unshift(name);
    const cut = withoutTrailingParen(rest).trimEnd();
    const before = cut.slice(0, cut.length - name.length).trimEnd();
    const joiner = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\t')) + 1);
    if (joiner.endsWith(',')) rest = before.slice(0, -1);
    else if (and.has(joiner.toLowerCase())) rest = before.slice(0, before.length - joiner.length);
    else break;
  }
  return out;
}

/** Whether a word is a decision verb of the vocabularies (`Valittiin`, `Elected`), which no name starts with. */
function opensWithVerb(word: string, vocabs: readonly Vocabulary[]): boolean {
  return anyMatches([word.toLowerCase()], gather(vocabs, 'decisionCues'));
}

/**
 * The officer the meeting chose in its minutes holds the office over the one a roster gives it: a
 * general meeting elects its own chair and secretary (`Valittiin kokouksen puheenjohtajaksi Aino Aho`),
 * whoever chairs the association (`Olli Berg, yhdistyksen puheenjohtaja` in the list of those present).
 * Only the meeting's offices, and only for someone listed as present.
 */
function electedOver(participants: Participant[], claims: readonly RoleClaim[], role: string): void {
  if (!MEETING_ROLES.has(role)) return;
  const chosen = claims.find((c) => c.role === role && c.elected === true);
  const name = chosen?.names[0];
  if (name === undefined) return;
  const full = resolvePerson(name, participants);
  const person = participants.find((p) => p.present && (p.name === full || fold(p.name) === fold(name)));
  if (person === undefined || person.roles.includes(role)) return;
  for (const other of participants) other.roles = other.roles.filter((r) => r !== role);
  person.roles.push(role);
}

/** Give each claimed role to its person: the strongest claim wins; one not yet listed is added as present. */
export function applyRoles(participants: Participant[], claims: RoleClaim[]): void {
  // Someone listed as absent neither chaired nor minuted the meeting (`Poissa: Aino Lehto (sihteeri)`
  // is the board's secretary away): the role goes to whoever a sentence or another label names.
  for (const person of participants) if (!person.present) person.roles = person.roles.filter((role) => !MEETING_ROLES.has(role));
  const absent = (name: string | undefined): boolean => {
    const full = name === undefined ? null : resolvePerson(name, participants);
    return participants.some((p) => !p.present && (p.name === full || fold(p.name) === fold(name ?? '')));
  };
  const usable = claims.filter((c) => !MEETING_ROLES.has(c.role) || !absent(c.names[0]));
  const roles = new Set(usable.map((c) => c.role));
  for (const role of roles) {
    electedOver(participants, usable, role);
    if (participants.some((p) => p.roles.includes(role))) continue;
    const best = usable.filter((c) => c.role === role).sort((a, b) => b.strength - a.strength)[0];
    if (!best) continue;
    // A label's further names (`Chairs: Ann Lee, Bo Chan`) took part too: listed as present, the role kept by the first.
    const shared = SHARED_ROLES.has(role);
    const names = shared || best.strength >= 2 ? best.names : best.names.slice(0, 1);
    names.forEach((name, k) => {
      const full = resolvePerson(name, participants);
      const person = participants.find((p) => p.name === full) ?? participants.find((p) => fold(p.name) === fold(name));
      const holds = shared || k === 0;
      if (person) {
        if (holds && !person.roles.includes(role)) person.roles.push(role);
      } else if (!best.listedOnly) {
        participants.push({ name, organization: null, roles: holds ? [role] : [], present: true, handle: name.startsWith('@') ? name : null });
      }
    });
  }
}

/**
 * The person an election item names (`## 2. Val av mötesordförande` / `Marcus Dicander föreslås och
 * väljs.`; `§ 3 Val av mötessekreterare` / `Lisa Berg`; `Mötet föreslog och valde nsg.`): under a
 * title that holds a word of election, a word of the meeting and the word of one role of the meeting,
 * the item's first sentence is only a name, or opens with a name before a word of deciding, or ends
 * with a word of deciding and a name. A title without the meeting's word (`Val av ordförande` at an
 * annual meeting, which elects the association's chair for the year) makes no claim, nor does one
 * for a vice chair or for two roles at once.
 */
export function electionRoles(lines: readonly Line[], claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  for (let i = 0; i + 1 < Math.min(lines.length, HEAD_LINES); i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'heading' && line.kind !== 'paragraph') continue;
    if (line.kind === 'paragraph' && (lines[i - 1]?.block ?? -1) === line.block) continue;
    if (line.text.length > 80) continue;
    const role = electedRole(line.text, vocabs);
    const next = lines[i + 1] as Line;
    if (role === null || (next.kind !== 'paragraph' && next.kind !== 'listItem') || next.text.length > 200) continue;
    const sentence = /^.*?(?:[.!?](?=\s|$)|$)/u.exec(next.text.trim())?.[0] ?? '';
    const names = electedIn(sentence.replace(/[.!?]$/u, '').trim(), vocabs);
    if (names.length !== 1) continue;
    const claim: RoleClaim = { role, names, strength: 1 };
    if (/^\p{Ll}/u.test(names[0] as string)) claim.listedOnly = true;
    claims.push(claim);
  }
}

/** The meeting's role an election title names (`Val av mötesordförande`, `Election of the meeting's secretary`), or null. */
function electedRole(title: string, vocabs: readonly Vocabulary[]): string | null {
  const folded = title.toLowerCase();
  const words = folded.split(/[^\p{L}]+/u).filter(Boolean);
  if (!words.some((w) => vocabs.some((v) => v.electionWords.includes(w)))) return null;
  if (!anyMatches(words, gather(vocabs, 'meetingWords'))) return null;
  // `vice mötesordförande`, `varapuheenjohtaja`: a deputy's office, not the chair's.
  const deputy = vocabs.flatMap((v) => v.labels.viceChair ?? []);
  if (words.some((w) => deputy.some((p) => (p.includes(' ') ? p.split(' ')[0] === w : w === p || (p.length >= 4 && w.includes(p)))))) return null;
  const holds = (field: 'chair' | 'secretary'): boolean =>
    words.some((w) => vocabs.some((v) => [...(v.labels[field] ?? []), ...(v.roles[field] ?? [])].some((r) => !r.includes(' ') && r.length >= 4 && (w === r || w.endsWith(r) || (r.length >= 6 && w.startsWith(r))))));
  const chair = holds('chair');
  const secretary = holds('secretary');
  return chair === secretary ? null : chair ? 'chair' : 'secretary';
}

/** A name of one to four capitalised words (`Lisa Berg`, `Anna van Dijk`). */
const WHOLE_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]+|van|von|de|af|der|den))*$/u;

/** The one person an election's first sentence names: the whole sentence, a name before a word of deciding, or one after it. */
function electedIn(sentence: string, vocabs: readonly Vocabulary[]): string[] {
  if (sentence === '' || sentence.length > 120) return [];
  const cues = [...gather(vocabs, 'decisionCues'), ...gather(vocabs, 'bodyVerbs')];
  const notName = (word: string): boolean => opensWithVerb(word, vocabs) || roleOf(word, vocabs) !== null || vocabs.some((v) => v.bodies.includes(word.toLowerCase()) || v.stopwords.includes(word.toLowerCase()) || v.notNames.includes(word.toLowerCase()));
  if (WHOLE_NAME.test(sentence) && sentence.split(/\s+/).length <= 4 && !sentence.split(/\s+/).some(notName)) return [sentence];
  const words = sentence.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase().replace(/[,;:]$/u, ''));
  const cueAt = lower.findIndex((w) => anyMatches([w], cues));
  if (cueAt < 0) return [];
  const lead = words.slice(0, cueAt);
  const firstLower = lead.findIndex((w) => /^\p{Ll}/u.test(w));
  const name = (firstLower < 0 ? lead : lead.slice(0, firstLower)).join(' ');
  if (name !== '' && WHOLE_NAME.test(name) && name.split(/\s+/).length <= 4 && !name.split(/\s+/).some(notName)) return [name];
  let last = cueAt;
  for (let k = cueAt + 1; k < lower.length; k++) if (anyMatches([lower[k] as string], cues)) last = k;
  const after = namesAfter(words.slice(last + 1).join(' '), vocabs);
  return after.length === 1 ? after : [];
}

/** A word of a name in a roster flattened from a table: a capital, letters in lower case, perhaps a hyphen and more (`Ala-Kyyny`). */
const ROSTER_NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*$/u;

/**
 * The chair and secretary a list of those present names by the office written right after a name,
 * as a table of members (`Nimi Tehtävä`) flattened from a PDF runs them (`Läsnä Aho Aino
 * puheenjohtaja Berg Bo jäsen Lind Eero sihteeri`, `Närvarande Eva Holm ordförande Per Ek
 * ledamot`): two capitalised words, then a role word of the meeting spelled out (six letters or
 * more: an abbreviation may be a column's heading), then no further role word (a column of offices
 * after a column of names, `Aho Aino Berg Bo puheenjohtaja jäsen`, pairs no office with the name
 * before it). An office of another body (`Aho Aino valtuuston puheenjohtaja`) has its body's word
 * between the name and the office, and is passed by. Only a role named so once in the list; the
 * weakest claim, which any label, sentence or signature overrides.
 */
export function rosterRoles(values: readonly string[], claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  const found = new Map<string, string[][]>();
  for (const value of values) {
    const words = value.split(/\s+/u).filter((w) => w !== '');
    for (let k = 2; k < words.length; k++) {
      const written = (words[k] as string).replace(/[,;]$/u, '');
      if (!/^\p{Ll}{6,}$/u.test(written)) continue;
      const role = roleOf(written, vocabs);
      if (!role || !MEETING_ROLES.has(role)) continue;
      const first = words[k - 2] as string;
      const last = words[k - 1] as string;
      if (![first, last].every((w) => ROSTER_NAME_WORD.test(w) && roleOf(w, vocabs) === null)) continue;
      const next = (words[k + 1] ?? '').replace(/[,;.]$/u, '');
      if (next !== '' && roleOf(next, vocabs) !== null) continue;
      found.set(role, [...(found.get(role) ?? []), [`${first} ${last}`]]);
    }
  }
  for (const [role, names] of found) if (names.length === 1) claims.push({ role, names: names[0] as string[], strength: 0 });
}
