import { fold, matchesAny, sharedStart } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { byFirstWord, gather, hasPhrase, wordSet } from './cues.js';
import { ownerKind } from './owner-kinds.js';
import { isName, splitTopLevel } from './read-people.js';
import { afterBreak, isBlank as isBlankCode, trimEndWhere } from './trim.js';

/** Owners named in a task's text, and where in the text the task itself starts. */
export interface OwnerMatch {
  owners: string[];
  /** Whether a link word (`will`, `to`, `hoitaa`) joined the names to the task, rather than a verb's ending alone. */
  linked?: boolean;
  /** Offset of the match in the text. */
  index: number;
  /** Length of the matched span (names and the link word). */
  length: number;
}

const HANDLE = /^@[\w.-]+(?:\/[\w.-]+)?$/;
const WORD = /[\p{L}\p{N}@_'’./-]+/gu;

/** Whether a written string can stand for a person: a capitalised name or an @handle, never a stop word. */
export function isOwnerName(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean, loose = false): boolean {
  const name = text.trim();
  if (HANDLE.test(name)) return true;
  const lower = name.toLowerCase().replace(/’/g, "'");
  if (wordSet(vocabs, 'notNames').has(lower) || wordSet(vocabs, 'everyone').has(lower)) return false;
  // A name never opens with an article or a stop word (`Der Vorstand`, `The Board`), nor names a role or a group.
  const first = lower.split(' ', 1)[0] ?? '';
  if (first !== lower && (wordSet(vocabs, 'notNames').has(first) || wordSet(vocabs, 'articles').has(first))) return false;
  if (ownerKind(name, vocabs) !== null) return false;
  // A verb of saying, thinking or wishing (`Voitaisiin`, `Could`) opens a sentence, no name.
  if (wordSet(vocabs, 'reportWords').has(lower)) return false;
  // Nor does a word of voting or its outcome (`Voted: to approve ...`, `Carried: ...`).
  if (wordSet(vocabs, 'voteWords').has(lower) || wordSet(vocabs, 'carried').has(lower)) return false;
  // A word in capitals is an acronym (`TBD`, `API`), unless it is a participant's initials (`ALB` of Ann Lisa Berg).
  if (/^[\p{Lu}\d]{3,}$/u.test(name)) return known(name);
  if (known(name)) return true;
  // A word built with a suffix that makes nouns (`Auswertung`, `Geschäftsführung`, `Gemeinschaft`) names a thing, no person.
  if (name.split(' ').some((word) => nounShaped(word.toLowerCase(), vocabs))) return false;
  // A word for tasks (`Kehitystoimenpiteet`, `Action items`) heads a list of them, and a compound whose
  // tail is lower case (`Discord-kanava`, `Standard-kysely`) names a thing: a double name capitalises both parts.
  if (namesTasks(lower, vocabs) || name.split(' ').some(lowerTail)) return false;
  // A word that ends in a hyphen is the first part of a compound whose tail another word shares
  // (`de Strafrecht-, Migratie- en Jeugdketen`, `Vor- und Nachbereitung`): no name.
  if (/-$/u.test(name)) return false;
  if (loose && /^[\p{L}][\p{L}\d_.-]{1,24}$/u.test(name)) return true;
  return isName(name) && name.split(' ').length <= 3;
}

/**
 * Whether a lower-case word ends in one of the noun-forming suffixes of the vocabularies with a stem
 * of five letters or more before it (`auswertung`, not the surname `hartung`).
 */
export function nounShaped(word: string, vocabs: readonly Vocabulary[]): boolean {
  return vocabs.some((v) => v.nounSuffixes.some((suffix) => word.length >= suffix.length + 5 && word.endsWith(suffix)));
}

/** Whether a lower-case text holds a task word: apart in English (`action items`), inside a compound elsewhere (`jatkotoimenpiteet`). */
function namesTasks(lower: string, vocabs: readonly Vocabulary[]): boolean {
  return vocabs.some((v) => v.taskWords.some((word) => (v.code === 'en' ? lower === word || lower.startsWith(`${word} `) || lower.startsWith(`${word}s`) : lower.includes(word))));
}

/** Whether a capitalised word goes on in lower case after a hyphen (`Discord-kanava`), as a compound does and a double name (`Anna-Liisa`) does not. */
function lowerTail(word: string): boolean {
  const hyphen = word.indexOf('-');
  return hyphen > 0 && /^\p{Lu}/u.test(word) && /^\p{Ll}/u.test(word.slice(hyphen + 1, hyphen + 2));
}

/**
 * The names a clause opens with (`Linda and Carrie work with Rory`, `Bo does the newsletter`): its
 * run of capitalised words and joins, read as names, with how many words follow the run. Null when
 * the clause opens with no capital, the run ends in a join, or a part of it is no name.
 */
export function openingNames(clause: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean): { names: string[]; after: number } | null {
  const words = clause.trim().split(/\s+/u);
  const ands = new Set(gather(vocabs, 'and'));
  let k = 0;
  while (k < words.length && (/^\p{Lu}/u.test(words[k] as string) || (k > 0 && ands.has((words[k] as string).toLowerCase())))) k++;
  if (k === 0 || ands.has((words[k - 1] as string).toLowerCase())) return null;
  const names = splitNames(words.slice(0, k).join(' '), vocabs, known);
  return names === null ? null : { names, after: words.length - k };
}

/** Split a run of names (`Daniel/Peter`, `SKoT, Nick`, `Carol and Pablo`) into names, or null if any part is no name. */
export function splitNames(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean, loose = false): string[] | null {
  // A mention of a full name (`@Ravi Shah`, an editor's person chip) is the name.
  const parts = splitTopLevel(text, /,|\/|&|\+|\b(?:and|ja|och|und|en|or|tai|eller|oder)\b/)
    .filter((p) => p !== '')
    .map((p) => (/^@\p{Lu}\S* \p{Lu}/u.test(p) ? p.slice(1) : p));
  if (parts.length === 0 || parts.length > 6) return null;
  return parts.every((p) => isOwnerName(p, vocabs, known, loose && parts.length === 1)) ? parts : null;
}

/** The number of an action item before its owners: letters and digits (`AI-3`, `A12`, `AP 2.1`) or `#4`, then a blank. */
const ACTION_NUMBER = /^(?:\p{Lu}{1,3}[- ]?\d{1,3}(?:\.\d{1,2})?|#\d{1,3})[.:)]? (?=\S)/u;

/**
 * Owners written before the task: `@bob: ...`, `Minna: ...`, `SKoT, Nick: ...`, `Daniel - ...`,
 * `ACTION Nick - ...`, or (with `loose`) a nickname before a colon, as in `mmccool: ...`.
 */
export function leadingOwners(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean, loose: boolean): OwnerMatch | null {
  const lead = splitLead(text);
  if (!lead) return null;
  // An action's number before its owners (`AI-3 Ann + Bo:`, `A12 Ann:`, `#4 Ann:`) is no part of them.
  const names = splitNames(lead.names.replace(ACTION_NUMBER, ''), vocabs, known, loose);
  return names ? { owners: names, index: 0, length: text.length - lead.rest.length } : null;
}

/**
 * `Names: rest` or `Names - rest` (also `–`, `—`): the names (at most 48 characters, no colon or
 * long dash) before the first separator, and the rest after it, or null. A scan in one pass, where
 * the regular expression /^\s*([^:–—]{1,48}?)\s*(?::|\s[-–—]\s)\s*(\S.*)$/s would backtrack
 * over blanks (cubic on a long run of them).
 */
export function splitLead(text: string): { names: string; rest: string } | null {
  const from = text.length - text.trimStart().length;
  let lastWord = -1;
  for (let k = from; k < text.length; k++) {
    const char = text[k] as string;
    const dashed = (char === '-' || char === '–' || char === '—') && k - 1 > from && isBlank(text[k - 1]) && isBlank(text[k + 1]);
    // A line that opens with a link (`https://...`) has a scheme before its colon, no names.
    if (char === ':' && text[k + 1] === '/' && text[k + 2] === '/') return null;
    if (char === ':' || dashed) {
      const names = text.slice(from, dashed ? k - 1 : k).trimEnd();
      const rest = text.slice(dashed ? k + 2 : k + 1).trimStart();
      return names !== '' && rest !== '' ? { names, rest } : null;
    }
    if (char === '–' || char === '—') return null;
    if (!isBlank(char)) lastWord = k;
    if (lastWord - from >= 48) return null;
  }
  return null;
}

function isBlank(char: string | undefined): boolean {
  return char !== undefined && isBlankCode(char.charCodeAt(0));
}

/** Owners in a trailing parenthesis (`(Antti, Jenni ~1h)`, `(@codebytere)`) or after a dash (`— Name, by Friday`). */
export function trailingOwners(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean): OwnerMatch | null {
  const paren = /\(([^()]{1,80})\)[\s*.]*$/u.exec(text);
  if (paren) {
    const inner = (paren[1] ?? '').replace(/~\s*[\d,.]+\s*\p{L}*/gu, '').replace(/(?<![\s,])[\s,]+$/, '');
    const names = inner ? splitNames(inner, vocabs, known) : null;
    if (names) return { owners: names, index: paren.index, length: paren[0].length };
  }
  const leadingParen = /^\(([^()]{1,40})\)\s+\S/u.exec(text);
  if (leadingParen) {
    const names = splitNames(leadingParen[1] ?? '', vocabs, known);
    if (names) return { owners: names, index: 0, length: (leadingParen[1] ?? '').length + 2 };
  }
  return arrowOwners(text, vocabs, known) ?? dashedOwners(text, vocabs, known);
}

/** The arrows that hand a note to the people after them (`Ausschreibung auf Twitter → Elena`, `Send the draft -> Ann`). */
const HAND_ARROWS = ['→', '⇒', '->', '=>'];

/**
 * Participants after the last arrow that ends a note (`Ausschreibung auf Twitter → Elena`,
 * `Gesprächsangebot verschicken → Paul und Alina`): notes hand a point to whoever is to take it up
 * by an arrow and their names. Only names of the meeting's participants count: an arrow leads as
 * often to a place or a channel (`Nochmal bewerben → Social Media`) or to what follows (`→ kann
 * abgeschickt werden`).
 */
function arrowOwners(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean): OwnerMatch | null {
  const end = trimEndWhere(text, (code) => code === 0x20 || code === 0x2e || code === 0x21);
  let at = -1;
  let arrow = '';
  for (const a of HAND_ARROWS) {
    const k = end.lastIndexOf(a);
    if (k > at) {
      at = k;
      arrow = a;
    }
  }
  // A note before the arrow, and a short list of names after it.
  if (at <= 0 || end.length - at > 48 || !/\p{L}/u.test(end.slice(0, at))) return null;
  const names = splitNames(end.slice(at + arrow.length).trim(), vocabs, known);
  return names !== null && names.every((n) => known(n) || HANDLE.test(n)) ? { owners: names, index: at, length: text.length - at } : null;
}

/** A name list after the last dash of a text (`... - Antonio`, `— Olli or Maya`, `- Adriana or Tiff to do`); a group (`- all`) gives no owner. */
function dashedOwners(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean): OwnerMatch | null {
  const end = trimEndWhere(text, (code) => code === 0x20 || code === 0x2e || code === 0x21);
  const dash = Math.max(end.lastIndexOf(' - '), end.lastIndexOf(' – '), end.lastIndexOf(' — '));
  if (dash <= 0 || end.length - dash > 48) return null;
  const tail = withoutSuffix(end.slice(dash + 3).trim(), [' to do', ' will do', ' to follow up', ' to handle']);
  if (tail === '') return null;
  const role = roleSubjects(tail, vocabs)[0];
  if (role?.index === 0) return { owners: role.owners, index: dash, length: text.length - dash };
  const kind = ownerKind(tail, vocabs);
  const names = kind === null ? splitNames(tail, vocabs, known) : kind.kind === 'role' ? [tail] : [];
  return names ? { owners: names, index: dash, length: text.length - dash } : null;
}

/**
 * Owners as the subject of a task sentence, at the start of any clause: names followed by a link
 * (`Alice will`, `Tommy to`, `Minna hoitaa`, `Anna skickar`, `Wim gaat`) or by a present-tense verb
 * of the language (`Minna lähettää`, `Isa kouluttaa`, `Philip guckt`). Reports in the past tense
 * (`esitteli`, `presented`) never match. Every match in the text, in order.
 */
export function subjectOwners(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean, trusted: (name: string) => boolean = known): OwnerMatch[] {
  return subjectsFrom(text, vocabs, known, trusted, false);
}

/**
 * The match of `subjectOwners` that opens the text (index 0), or null: names, then their link,
 * right at the start (`Ann will ...`). Only the first word is tried as a subject's start, as a match
 * after it could never open the text.
 */
export function subjectAtStart(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean): OwnerMatch | null {
  const first = subjectsFrom(text, vocabs, known, known, true)[0];
  return first !== undefined && first.index === 0 ? first : null;
}

/** `subjectOwners`, or with `firstOnly` only a subject that starts at the first word. */
function subjectsFrom(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean, trusted: (name: string) => boolean, firstOnly: boolean): OwnerMatch[] {
  // A short remark in parentheses after a name (`Wayne (VE3CZO) will`, `Shelley (xy352) to`) stands outside the sentence.
  const tokens = wordsAndStarts(text.includes('(') ? blankRemarks(text) : text);
  const { words, starts } = tokens;
  const out: OwnerMatch[] = [];
  let lower: readonly string[] | null = null;
  const end = firstOnly ? Math.min(1, words.length) : words.length;
  for (let i = 0; i < end; i++) {
    // A participant listed by a lower-case user id (`lpaz to bisect ...`) is a subject as a name is.
    // (The participant is looked up last, after the clause test: most lower-case words open no clause.)
    const capital = startsCapitalised(words[i]!);
    if (!capital && (!handleShaped(words[i]!) || commonWords(vocabs).has(words[i]!))) continue;
    const opens = clauseStart(text, starts[i]!, i === 0, vocabs);
    if (opens === false) continue;
    const handle = !capital && known(words[i]!);
    if (!capital && !handle) continue;
    // The tail of a shared compound (`de Verkeers-, Milieu- en Bouwketen`) ends the words its first parts began: no name.
    const lead = opens === 'and' ? text.slice(Math.max(0, starts[i]! - 40), starts[i]!) : '';
    if (lead.includes('-') && /\p{L}-\s+\S+\s+$/u.test(lead)) continue;
    let reach = 1;
    while (!handle && reach < 7 && i + reach < words.length - 1 && /^(?:[\p{Lu}@]|and$|ja$|och$|und$|en$|&$)/u.test(words[i + reach]!)) reach++;
    for (let span = Math.min(reach, words.length - i - 1); span >= 1; span--) {
      // A link is a few words long: only those words after the names are read.
      lower ??= lowerWords(tokens);
      if (namesGoOn(text, words, starts, i + span, known)) continue;
      // In a that-clause of a language that puts the verb last (`dass Paul die Rechnung prüft`), the verb is read there.
      const final = opens === 'that' && vocabs[0]?.verbFinalClauses === true ? clauseEnd(text, starts, i + span) : -1;
      // `Sami ja muut valmennuspäälliköt kirjaavat ...`: the others of a group after the name, then the verb of them all.
      const others: number = final >= 0 ? 0 : othersAfter(lower.slice(i + span, i + span + 5), vocabs);
      const following = final >= 0 ? lower.slice(final, final + 1) : lower.slice(i + span + others, i + span + others + 8);
      // Without a link after them, the words are no subject whoever they name (a known person only widens the links).
      if (linkAfter(following, vocabs, true, span >= 3 || others > 0) === 0) continue;
      // A link is written in lower case: a capitalised word right after a name is more of the name
      // (`Otso Jousimaa`, `Anouk Smit`); after a colon or a dash it opens what the person does (`Santtu: Tutkii`).
      // After a comma a capitalised word goes on with a list (`Aloita, Lopeta, Jatka`), no verb either.
      if (startsCapitalised(words[i + span]!) && /^[\s,]+$/u.test(text.slice(starts[i + span - 1]! + words[i + span - 1]!.length, starts[i + span]!))) continue;
      const nameText = text.slice(starts[i]!, starts[i + span - 1]! + words[i + span - 1]!.length);
      const names = splitNames(nameText, vocabs, known);
      if (!names || !names.every((n) => trusted(n) && (known(n) || /^[\p{Lu}@]/u.test(n)))) continue;
      const link = linkAfter(following, vocabs, names.some(known), names.length >= 2 || others > 0);
      if (link === 0) continue;
      // After a speaker's label the modal is the speaker's own (`Ann: would rather wait`), no reported future;
      // In a sentence with a condition it is the conditional (`if the grant came through, Ann would hire ...`).
      if (final < 0 && wordSet(vocabs, 'reportedFuture').has(following[0] as string) && (text.slice(starts[i + span - 1]! + words[i + span - 1]!.length, starts[i + span + others]!).includes(':') || lower.some((w) => conditionalWords(vocabs).has(w)))) continue;
      if (final < 0 && link === 1 && statedState(text, starts, lower, i + span + others, vocabs)) continue;
      const last = final >= 0 ? final : i + span + others + link - 1;
      // A word shaped as a verb right before a colon ends a label (`Styrelsens ledamöter:`, `Förbundets ledamöter: Eva Berg, ...`), no deed.
      if (link === 1 && text.charAt(starts[last]! + words[last]!.length) === ':' && !linkWords(vocabs).some((parts) => parts.length === 1 && parts[0] === lower![last])) continue;
      // `to` links a name to a verb, written in lower case (`Call to Order`, `Assistant to Treasurer` are no tasks);
      // before a number it bounds an amount or a date (`Limited to 15 mins`, `Postponed to 5 May`), no verb either.
      if (lower[last] === 'to' && words[last + 1] !== undefined && (startsCapitalised(words[last + 1]!) || /^\p{N}/u.test(words[last + 1]!))) continue;
      // A capitalised `To` and one verb before a comma opens a speaker's sentence as a frame (`DAF: To summarize, ...`), no task.
      if (lower[last] === 'to' && startsCapitalised(words[last]!) && words[last + 1] !== undefined && text.charAt(starts[last + 1]! + words[last + 1]!.length) === ',') continue;
      // After `and`, a bare `to` joins an object to its verb (`invited Lars and Bill to present`), no subject.
      if (opens === 'and' && link === 1 && lower[i + span] === 'to') continue;
      const linked = linkWords(vocabs).some((parts) => parts.every((p, k) => following[k] === p));
      out.push({ owners: names, index: starts[i]!, length: starts[last]! + words[last]!.length - starts[i]!, linked });
      i = last;
      break;
    }
  }
  return out;
}

/**
 * How many words after a name join a group of others to it (`ja muut valmennuspäälliköt`, `and the
 * other coaches`, `och de andra tränarna`): a word for `and`, a word for `the others`, and the
 * group's noun; 0 when the words after the name are not so.
 */
function othersAfter(rest: readonly string[], vocabs: readonly Vocabulary[]): number {
  if (!vocabs.some((v) => v.and.includes(rest[0] ?? ''))) return 0;
  for (const phrase of gather(vocabs, 'othersWords')) {
    const parts = phrase.split(' ');
    if (parts.every((p, k) => rest[1 + k] === p) && rest[1 + parts.length] !== undefined) return 2 + parts.length;
  }
  return 0;
}

/**
 * Whether the word at `at` goes on with the name before it rather than being its verb: a
 * participant's surname after a first name (`Anouk Smit`, whose `Smit` ends like a Dutch verb),
 * capitalised and with only a blank before it. A capital after a colon (`Santtu: Tutkii`) opens the task.
 */
function namesGoOn(text: string, words: readonly string[], starts: readonly number[], at: number, known: (name: string) => boolean): boolean {
  const word = words[at];
  if (word === undefined || at === 0 || !startsCapitalised(word)) return false;
  const gap = text.slice(starts[at - 1]! + words[at - 1]!.length, starts[at]!);
  return /^\s+$/u.test(gap) && known(word);
}

/**
 * The text with each short parenthesis right after a word and before a blank (a remark about the
 * name before it: an id, a call sign, a team) turned into blanks, so offsets stay the same.
 */
function blankRemarks(text: string): string {
  let out = text;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const before = text.charAt(open - 1) === ' ' ? open - 2 : open - 1;
    if (before < 0 || !/\p{L}/u.test(text.charAt(before))) continue;
    const close = text.indexOf(')', open);
    if (close < 0 || close - open > 31 || close - open < 2 || text.charAt(close + 1) !== ' ') continue;
    const inner = text.slice(open + 1, close);
    if (inner.includes('(') || inner.includes('\n')) continue;
    const from = before + 1;
    out = out.slice(0, from) + ' '.repeat(close + 1 - from) + out.slice(close + 1);
  }
  return out;
}

/**
 * A role as the subject of a task, at the start of any clause: an optional article, the role's
 * words, and a link or a present-tense verb (`The Treasurer will`, `puheenjohtaja lähettää`,
 * `Kassören skickar`, `die Vorsitzende klärt`). The owner is the role as written, for the caller
 * to resolve to the role's holder or to nobody. A group as subject (`the group will`) is a plan of
 * the whole body, too vague to be taken for a task.
 */
export function roleSubjects(text: string, vocabs: readonly Vocabulary[]): OwnerMatch[] {
  const tokens = wordsAndStarts(text);
  const { words, starts } = tokens;
  const lower = lowerWords(tokens);
  const articles = wordSet(vocabs, 'articles');
  const thatWords = wordSet(vocabs, 'thatWords');
  // Asked of the whole text once, on first need: where its first word of condition stands, and whether it leaves a decision open.
  let conditionAt: number | undefined;
  let open: boolean | undefined;
  const out: OwnerMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    // `that` opens the clause the role is the subject of (`agreed that the Clerk will`), no article of it.
    if (thatWords.has(lower[i]!)) continue;
    const from = articles.has(lower[i]!) ? i + 1 : i;
    // Most words open no role: those are passed over before the clause test and the look-ups below.
    if (!mayOpenRole(lower, from, vocabs)) continue;
    // Only a name opens a clause after `and`: a role there is more often one of a list (`the chair and secretary`).
    // The that-clause of a decision opens with its subject (`agreed that the Treasurer will pay ...`); English drops
    // the `that` after the verb (`It was agreed the Clerk would write ...`). What was told or asked so is no task.
    const start = clauseStart(text, starts[i]!, i === 0, vocabs);
    if (start !== true && !(decidedClause(lower, i, start === 'that', vocabs) && !(open ??= leavesOpen(lower, vocabs)))) continue;
    for (let span = 3; span >= 1; span--) {
      if (from + span >= words.length) continue;
      const written = text.slice(starts[i]!, starts[from + span - 1]! + words[from + span - 1]!.length);
      if (ownerKind(lower.slice(from, from + span).join(' '), vocabs)?.kind !== 'role') continue;
      // A capital after the office is its holder's name in apposition (`Der Vorsitzende Horst Wendland begrüßt`, `Ordförande Jesper
      // Lindén öppnade`), never the verb: the name is the subject, read as names are, and `Horst` or `Jesper` no present tense.
      if (/^\p{Lu}/u.test(words[from + span] as string)) continue;
      // An office is held by a person: its reported future tells a deed (`the Clerk would write to ...`), as a participant's does.
      const link = linkAfter(lower.slice(from + span, from + span + 8), vocabs, false, false, true);
      if (link === 0) continue;
      // After a condition the modal is the conditional (`If the grant is refused, the Clerk would reapply`); an `if` after it
      // asks (`would contact the church to ask if ...`).
      if (wordSet(vocabs, 'reportedFuture').has(lower[from + span] as string) && (conditionAt ??= firstCondition(lower, vocabs)) < i) continue;
      const last = from + span + link - 1;
      out.push({ owners: [written], index: starts[i]!, length: starts[last]! + words[last]!.length - starts[i]!, linked: true });
      i = last;
      break;
    }
  }
  return out;
}

/**
 * Whether a role (as `ownerKind` reads one, of one to three words, with a word after it) can start
 * at word `from` of a sentence's lower-case words: the word is a one-word role or the first word of
 * a two-word role; an article or an empty word (the role then starts one word later) is let through.
 * A test that never says no where `ownerKind` could say role, only cheaper.
 */
function mayOpenRole(lower: readonly string[], from: number, vocabs: readonly Vocabulary[]): boolean {
  if (from + 1 >= lower.length) return false;
  const word = lower[from] as string;
  const { single, pairFirst, articles } = roleOpeners(vocabs);
  return word === '' || articles.has(word) || pairFirst.has(word) || matchesAny(word, single);
}

/** The small words of the vocabularies, which no user id is read as even where a participant's initials spell one (`tom` of Tina O. Mills). */
const commonWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> =>
  new Set(vocabs.flatMap((v) => [...v.stopwords, ...v.notNames, ...v.articles, ...v.and, ...v.dueLeads, ...v.next, ...v.everyone])));

/** The role entries of the vocabularies by shape, once per list of vocabularies: one-word entries, and the first words of longer ones (`deputy town clerk`). */
const roleOpeners = oncePer((vocabs: readonly Vocabulary[]) => {
  const single: string[] = [];
  const pairFirst = new Set<string>();
  for (const vocab of vocabs) {
    for (const stems of Object.values(vocab.ownerRoles)) {
      for (const entry of stems) {
        const parts = entry.split(' ');
        if (parts.length === 1) single.push(entry);
        else pairFirst.add(parts[0] as string);
      }
    }
  }
  return { single, pairFirst, articles: wordSet(vocabs, 'articles') };
});

/** A text's words and starts, with their lower-case forms once asked for. */
interface Tokens {
  text: string;
  words: string[];
  starts: number[];
  lower: string[] | null;
}

/** The tokens made last: `subjectOwners` and `roleSubjects` read the same sentence one after the other. */
let lastTokens: Tokens = { text: '', words: [], starts: [], lower: [] };

/** The lower-case words of tokens, made once. */
function lowerWords(tokens: Tokens): readonly string[] {
  return (tokens.lower ??= tokens.words.map((w) => w.toLowerCase()));
}

/**
 * The words of a text, without the dots and colons after them, and the offset where each starts
 * (the arrays are shared with the next caller of the same text: never changed).
 */
function wordsAndStarts(text: string): Tokens {
  if (text === lastTokens.text) return lastTokens;
  lastTokens = { text, ...splitWords(text), lower: null };
  return lastTokens;
}

/** `wordsAndStarts` made afresh: matched as plain strings (cheaper than a match object for each word) and found again in order. */
function splitWords(text: string): { words: string[]; starts: number[] } {
  const words = text.match(WORD) ?? [];
  const starts: number[] = [];
  let at = 0;
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    // Only characters outside words stand between two matches, so the next match is the next occurrence.
    at = text.indexOf(word, at);
    starts.push(at);
    at += word.length;
    words[k] = trimEndWhere(word, isDotOrColon);
  }
  return { words, starts };
}

const CAPITAL_START = /^[\p{Lu}@]/u;

/** Whether a word starts with a capital letter or `@`, as CAPITAL_START says; ASCII is decided without it. */
function startsCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || code === 0x40;
  return CAPITAL_START.test(word);
}

/**
 * Whether the words before word `at` are a decision that a clause follows (`It was agreed that` / `Sovittiin, että` before a
 * `that`, or `It was agreed` itself where English drops it): a cue of deciding, no word of choosing (`was elected Chair to
 * ...`). The caller asks `leavesOpen` of the text as well (`It was not agreed ...`).
 */
function decidedClause(lower: readonly string[], at: number, that: boolean, vocabs: readonly Vocabulary[]): boolean {
  const verb = lower[at - (that ? 2 : 1)];
  // A cue ending in `*` stands for the words it opens (`päätettiin*`, `beslutades*`).
  if (verb === undefined || !matchesAny(verb, gather(vocabs, 'decisionCues')) || wordSet(vocabs, 'choosingWords').has(verb)) return false;
  // Without its `that`, only after an impersonal phrase of deciding (`it was agreed`), not after a thing decided (`The precept was agreed the Clerk ...`).
  return that || impersonalPhrases(vocabs).some((words) => words.every((word, k) => lower[at - words.length + k] === word));
}

/** Whether a text leaves a decision open (`It was not agreed ...`, `no decision`): no clause of it is decided. */
function leavesOpen(lower: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  return hasPhrase(lower.join(' '), gather(vocabs, 'undecided'));
}

/** The index of a text's first word of condition (`if`, `jos`, `om`), or its length where it has none. */
function firstCondition(lower: readonly string[], vocabs: readonly Vocabulary[]): number {
  const at = lower.findIndex((word) => conditionalWords(vocabs).has(word));
  return at < 0 ? lower.length : at;
}

/** The phrases of deciding of three words or more (`it was agreed`), each as its words: an impersonal subject and the verb. */
export const impersonalPhrases = oncePer((vocabs: readonly Vocabulary[]): readonly string[][] =>
  gather(vocabs, 'decisionPhrases').map((phrase) => phrase.split(' ')).filter((words) => words.length >= 3),
);

/**
 * Whether a word at `index` opens a clause: the text's start, after a mark of a clause (`,` `;`
 * `:` `(` a dash, a full stop), or (`'and'`) after a word of the vocabularies' `and` (`... and
 * Antti will bring`, `... ja Riku tuo`).
 */
function clauseStart(text: string, index: number, first: boolean, vocabs: readonly Vocabulary[]): boolean | 'and' | 'that' {
  if (first) return true;
  if (afterBreak(text, Math.max(0, index - 6), index)) return true;
  // The word before, whole: it starts the text or follows a blank within the last twelve characters.
  const from = Math.max(0, index - 12);
  const word = /(?:^|\s)(\p{L}+)\s+$/u.exec(text.slice(from, index));
  const whole = word !== null && (word.index > 0 || from === 0);
  if (!whole) return false;
  const before_ = (word[1] as string).toLowerCase();
  // `Sovittiin, että Eero hoitaa ...`, `agreed that Bob will ...`: a that-clause opens with its subject.
  if (wordSet(vocabs, 'thatWords').has(before_)) return 'that';
  return wordSet(vocabs, 'and').has(before_) ? 'and' : false;
}

/**
 * Whether the auxiliary at word `at` tells a state rather than a deed: a language that puts the verb
 * last closes a future with the verb (`Anna wird die Flyer bestellen`), so when the word that ends the
 * clause is not shaped as an infinitive or a participle (`Unterkunft wird schwierig, ...`) the
 * auxiliary is the copula and the subject is described, no doer. Modals and `gaan` are left alone:
 * a phrase may follow their verb (`Edwin gaat een poll maken over de datum`).
 */
function statedState(text: string, starts: readonly number[], lower: readonly string[], at: number, vocabs: readonly Vocabulary[]): boolean {
  const primary = vocabs[0];
  const word = lower[at];
  if (primary?.verbFinalClauses !== true || word === undefined || !primary.auxiliaries.includes(word)) return false;
  const end = clauseEnd(text, starts, at);
  const last = end < 0 ? undefined : lower[end];
  const verbShaped = (ending: string): boolean => last !== undefined && last.length >= ending.length + 3 && last.endsWith(ending);
  return !(primary.pluralEndings.some(verbShaped) || primary.presentEndings.some(verbShaped));
}

/** The index of the last word of the clause that word `from` stands in: the word before the next comma, stop or end. */
function clauseEnd(text: string, starts: readonly number[], from: number): number {
  const start = starts[from];
  if (start === undefined) return -1;
  const stop = /[,.;:!?()]/.exec(text.slice(start));
  const end = stop === null ? text.length : start + stop.index;
  let last = from;
  while (last + 1 < starts.length && (starts[last + 1] as number) < end) last++;
  return last > from ? last : -1;
}

/** Whether two words are one verb in two forms: a start of five letters or more shared, at most three letters after it in either. */
function oneStem(a: string, b: string): boolean {
  const shared = sharedStart(a, b);
  return shared >= 5 && a.length - shared <= 3 && b.length - shared <= 3;
}

/**
 * How many words after a standing body (`Hallitus`, `Styrelsen`, `Der Vorstand`) say what it is to do:
 * its link or a verb of the present that does a deed (`selvittää`, `undersöker`, `prüft`), not one of
 * telling, deciding or choosing (`Styrelsen beslutar` decides). 0 where none does.
 */
export function bodyDeed(rest: readonly string[], vocabs: readonly Vocabulary[]): number {
  const verb = rest[0] ?? '';
  if (wordSet(vocabs, 'choosingWords').has(verb) || matchesAny(verb, gather(vocabs, 'decisionCues'))) return 0;
  // Another tense of a verb of deciding (`hyväksyy` beside `hyväksyi`) tells what the body may decide, no deed.
  if ([...wordSet(vocabs, 'bodyVerbs')].some((decides) => oneStem(verb, decides))) return 0;
  return linkAfter(rest, vocabs, false, false, true);
}

/**
 * How many words of `rest` form a link to a task (0 when none). `knownPerson` says the subject is a participant, `holder`
 * that it is a person or an office, whose reported future is a deed (`would ask`).
 */
function linkAfter(rest: readonly string[], vocabs: readonly Vocabulary[], knownPerson: boolean, plural = false, holder = knownPerson): number {
  const reports = wordSet(vocabs, 'reportWords');
  // A report of several words (`tar upp`: raises a topic) outweighs a link it starts with (`tar`: takes).
  if (reportPhrases(vocabs).some((parts) => parts.every((p, k) => rest[k] === p))) return 0;
  // A separable verb whose particle comes a word or more later is a task (`vraagt een vergunning aan`);
  // before an article the word is a preposition (`fragt nach den Kapazitäten an der Uni`).
  if (particleVerbs(vocabs).some(([verb, particle]) => rest[0] === verb && separated(rest, particle as string, vocabs))) return 1;
  if (reportParticleVerbs(vocabs).some(([verb, particle]) => rest[0] === verb && (rest[1] === particle || separated(rest, particle as string, vocabs)))) return 0;
  if (wordSet(vocabs, 'reportedFuture').has(rest[0] as string)) return reportedDeed(rest, vocabs, holder) ? 1 : 0;
  const told = toldOwnDeed(rest, vocabs);
  if (told > 0) return reportedDeed(rest.slice(told - 1), vocabs, holder) ? told : 0;
  let best = 0;
  for (const parts of linksByFirstWord(vocabs).get(rest[0] as string) ?? []) {
    if (parts.length > best && parts.every((p, k) => rest[k] === p)) best = parts.length;
  }
  if (best > 0) {
    if (rest[best - 1] === 'to' && (rest[best] === 'be' || rest[best] === 'the')) return 0;
    // `will be` tells a state (`Ada will be away`), unless a longer link names a duty (`will be responsible for`).
    if ((rest[best - 1] === 'will' || rest[best - 1] === 'shall') && rest[best] === 'be') return 0;
    return best;
  }
  const verb = rest[0];
  const primary = vocabs[0];
  // A word joined by a hyphen to the words before it (`Glad, Sad, Mad -tekniikkaa`) is a compound's tail, no verb.
  if (verb === undefined || primary === undefined || verb.length < 3 || verb.startsWith('-') || reports.has(verb)) return 0;
  // A word of choosing after a name (`… und Ute Berg wiedergewählt`, `Niall elected unopposed`) tells who was chosen: the body chose, the person does nothing.
  if (wordSet(vocabs, 'choosingWords').has(verb)) return 0;
  // A common word that only ends like a verb (`derzeit`, `selbst`, `statt`) follows a noun, not a name.
  if (wordSet(vocabs, 'stopwords').has(verb)) return 0;
  // The auxiliary of the passive or of becoming after one subject (`Loghi wordt nog onderzocht`,
  // `Piet wordt voorzitter`) makes it undergo, not do. After several, German `werden` may be the future.
  if (!plural && wordSet(vocabs, 'auxiliaries').has(verb)) return 0;
  // A word that only ends like a verb and is followed by an auxiliary is a participle of the passive
  // (`... Anschrift und Geburtsdatum benannt werden`, `... FSR-Sachen vorgestellt werden`): the words before it undergo it.
  if (primary.auxiliaries.includes(rest[1] ?? '')) return 0;
  if (primary.presentEndings.some((ending) => ending.length >= 3 && verb === ending)) return 1;
  if (separableParticiple(verb, primary)) return 0;
  const ok =
    primary.presentEndings.some((ending) => ending.length < 3 && verb.endsWith(ending) && verb.length >= ending.length + 2) ||
    (plural && primary.pluralEndings.some((ending) => verb.endsWith(ending) && verb.length >= ending.length + 3));
  return ok && (knownPerson || verb.length > 4) ? 1 : 0;
}

/**
 * Whether a word is the past participle of a separable verb (`ingezet`, `opgestart`, `afgerond`,
 * `meegenomen`): a particle of the language, then `ge`, then a stem of three letters or more,
 * ending as a participle does. A present verb built so is one of giving (`aangeeft`, `opgeven`),
 * whose stem itself opens with `ge`.
 */
function separableParticiple(word: string, vocab: Vocabulary): boolean {
  if (!/(?:[td]|en)$/u.test(word)) return false;
  return (vocab.participleParticles ?? []).some((particle) => {
    if (!word.startsWith(`${particle}ge`) || word.length < particle.length + 5) return false;
    const stem = word.slice(particle.length);
    return !stem.startsWith('geef') && !stem.startsWith('geven');
  });
}

/**
 * How many words tell, in reported speech, a deed the speaker is to do (`said she would`, `said
 * that he would`, `sa att hon skulle`): a word of reporting, a joining word at most, a pronoun of
 * one person and the modal of the reported future, whose verb `reportedDeed` judges. 0 otherwise:
 * another subject after the report (`said the fee would rise`) tells of no deed of the speaker's.
 */
function toldOwnDeed(rest: readonly string[], vocabs: readonly Vocabulary[]): number {
  if (!wordSet(vocabs, 'reportWords').has(rest[0] as string)) return 0;
  const pronouns = wordSet(vocabs, 'personPronouns');
  const at = pronouns.has(rest[1] as string) ? 1 : wordSet(vocabs, 'stopwords').has(rest[1] as string) && pronouns.has(rest[2] as string) ? 2 : 0;
  return at > 0 && wordSet(vocabs, 'reportedFuture').has(rest[at + 1] as string) ? at + 2 : 0;
}

/**
 * Whether the modal of the reported future opens a deed (`Tom would ask the coach firm for
 * prices`, `Anna skulle kontakta kommunen`): minutes in the past tense write a participant's task
 * so, and an office's (`the Clerk would write`). Only after a participant or an office, since a thing or a group does as well (`the fee would rise`), and
 * not before a word of a state, a wish or a question (`would be`, `would like`, `would it`).
 */
function reportedDeed(rest: readonly string[], vocabs: readonly Vocabulary[], knownPerson: boolean): boolean {
  // An adverb between (`would also like`, `would really prefer`) leaves the word after it to decide.
  const next = rest[1] === 'also' || rest[1]?.endsWith('ly') ? rest[2] : rest[1];
  return knownPerson && next !== undefined && /^\p{L}/u.test(next) && !wordSet(vocabs, 'reportedFutureNot').has(next);
}

/** The folded conditional words of the vocabularies, gathered once per list of vocabularies. */
export const conditionalWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.conditionals ?? []).map(fold)));

/** The report words of several words, each as its words. */
const reportPhrases = oncePer((vocabs: readonly Vocabulary[]): string[][] => gather(vocabs, 'reportWords').filter((w) => w.includes(' ')).map((w) => w.split(' ')));

/** Whether a particle stands two words or more after the verb and before no article. */
function separated(rest: readonly string[], particle: string, vocabs: readonly Vocabulary[]): boolean {
  const articles = wordSet(vocabs, 'articles');
  for (let k = 2; k < rest.length; k++) if (rest[k] === particle && !articles.has(rest[k + 1] ?? '')) return true;
  return false;
}

/** The separable verbs of the vocabularies, each as its verb and particle. */
const particleVerbs = oncePer((vocabs: readonly Vocabulary[]): string[][] => gather(vocabs, 'particleVerbs').map((w) => w.split(' ')));

/** The separable verbs that report only with their particle, each as its verb and particle. */
const reportParticleVerbs = oncePer((vocabs: readonly Vocabulary[]): string[][] => vocabs.flatMap((v) => v.reportParticleVerbs ?? []).map((w) => w.split(' ')));

/** The owner links of the vocabularies (`will`, `is going to`), each as its words. */
const linkWords = oncePer((vocabs: readonly Vocabulary[]): string[][] => gather(vocabs, 'ownerLinks').map((link) => link.split(' ')));

/** The owner links by their first word, so that a sentence's next word is compared only with the links it can open. */
const linksByFirstWord = oncePer((vocabs: readonly Vocabulary[]): Map<string, string[][]> => byFirstWord(linkWords(vocabs), (parts) => parts[0] as string));

const HANDLE_SHAPE = /^\p{Ll}[\p{Ll}\d_.-]{2,31}$/u;

/**
 * Whether a word is shaped like a lower-case user id, as HANDLE_SHAPE says: asked of nearly every
 * word of every sentence, so an ASCII word is decided a character at a time, without the regex.
 */
function handleShaped(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 0x80) return HANDLE_SHAPE.test(word);
    const lower = code >= 0x61 && code <= 0x7a;
    if (k === 0 ? !lower : !(lower || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2e || code === 0x2d)) return false;
  }
  // All ASCII: its length in characters is the regex's count.
  return word.length >= 3 && word.length <= 32;
}

function isDotOrColon(code: number): boolean {
  return code === 0x2e || code === 0x3a;
}

/** Whether a lower-case word is one of the stems. */
export function oneOf(word: string, stems: readonly string[]): boolean {
  return matchesAny(word, stems);
}

/** `text` without the first of the suffixes it ends with (compared in lower case), trimmed. */
function withoutSuffix(text: string, suffixes: readonly string[]): string {
  const lower = text.toLowerCase();
  const suffix = suffixes.find((s) => lower.endsWith(s));
  return suffix === undefined ? text : text.slice(0, text.length - suffix.length).trim();
}
