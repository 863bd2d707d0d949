import { anyMatches, fold } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';
import { oncePer } from '../lang/once-per.js';
import { asWritten, byFirstWord, foldedPhrases, gather, includesAny, wordSet } from './cues.js';
import { holderOf, ownerKind } from './owner-kinds.js';
import type { FindContext } from './find-context.js';
import { monthOf, weekdayOf } from './read-dates.js';
import { isOwnerName, leadingOwners, type OwnerMatch, roleSubjects, splitNames, subjectOwners, trailingOwners } from './read-owners.js';
import { resolvePerson, resolveShortName } from './resolve-people.js';
import type { Unit } from './to-units.js';
import { isBlank, trimEndWhere } from './trim.js';
import type { Line } from './types.js';

/** The owners a label in an actions section gives the entries after it, until the next label or sub-heading. */
export interface SectionLead {
  /** The section and sub-heading the owners hold for. */
  key: string;
  owners: string[] | null;
}

/** For each line, the index of the last heading at or before it (-1 before the first), found once per document. */
export const headingAbove = oncePer((lines: readonly Line[]): readonly number[] => {
  let last = -1;
  return lines.map((line, i) => (line.kind === 'heading' ? (last = i) : last));
});

/** The people a sub-heading names (`### Alice`, `### Aino & Eero`) for the entries of an actions section under it, or null. */
export function headingOwners(unit: Unit, context: FindContext): string[] | null {
  const index = headingAbove(context.lines)[unit.line] ?? -1;
  const heading = context.lines[index];
  if (heading === undefined) return null;
  const text = heading.text.trim().replace(/[:：]$/, '').trim();
  if (fold(text) === fold(unit.sectionLabel ?? '')) return null;
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null;
  const names = splitNames(text, context.vocabs, known);
  // A heading of two capitalised words not among the participants is more likely a topic than a person.
  return names && names.every((n) => known(n) || (!n.includes(' ') && nameShaped(n, context))) ? names : null;
}

/**
 * Owners written in an inflected case before a phrase that hands them a task (`Jussille annettiin
 * tehtäväksi ...`, `Annan vastuulle jää ...`, `Erik ålades att ...`): each owner as the participant
 * the inflected form names, else the name without its case ending.
 */
export function assignedOwners(text: string, context: FindContext): OwnerMatch[] {
  const phrases = foldedPhrases(gather(context.vocabs, 'assignPhrases'));
  if (phrases.length === 0) return [];
  const folded = fold(text);
  // Most sentences hold none of the phrases: one pass over the sentence says so before a search for each.
  if (!includesAny(folded, phrases)) return [];
  const out: OwnerMatch[] = [];
  for (const phrase of phrases) {
    if (!folded.includes(phrase)) continue;
    for (let at = folded.indexOf(` ${phrase}`); at > 0; at = folded.indexOf(` ${phrase}`, at + 1)) {
      const before = /(?:^|[\s,(])(\p{Lu}[\p{L}'’-]*(?::\p{L}+)?)$/u.exec(text.slice(Math.max(0, at - 40), at));
      const written = before?.[1];
      if (written === undefined || wordSet(context.vocabs, 'notNames').has(written.toLowerCase())) continue;
      const known = resolvePerson(written, context.header.participants) !== null;
      const base = known ? written : written.replace(/:?(?:lle|lla|lta|ltä|llä|n)$/u, '');
      if (!known && !nameShaped(base, context, false)) continue;
      const index = at - written.length;
      const length = at + 1 + phrase.length - index;
      const same = out.find((m) => m.index === index);
      if (same) same.length = Math.max(same.length, length);
      else out.push({ owners: [base], index, length, linked: true });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Owners named right after a verb that hands them a task (`asked Bob to`, `directed the Treasurer
 * to`, `beauftragt Paul`, `gav Olle i uppdrag`, `pyysi Eeroa`): each vocabulary's `assignVerbs`,
 * written `verb … tail`, where `…` stands for the person and the tail, if any, must follow them. A
 * person is a participant (a Finnish name also without its case ending) or a role.
 */
export function assigneesAfter(text: string, context: FindContext): OwnerMatch[] {
  const found: { match: OwnerMatch; order: number }[] = [];
  const folded = fold(text);
  eachHandOver(folded, context, ({ tail, order }, at, from) => {
    // A sentence's first word is its subject, not a verb handing over to what follows it.
    if (at === 0) return false;
    const person = personAt(text.slice(from), context);
    if (person === null) return false;
    const after = folded.slice(from + person.length).replace(/^[\s,]+/u, '');
    if (tail !== '' && !after.startsWith(tail)) return false;
    found.push({ match: { owners: [person.owner], index: from, length: person.length, linked: true }, order });
    return false;
  });
  // In the text's order, and where two verbs hand over at the same place, in the vocabulary's.
  return found.sort((a, b) => a.match.index - b.match.index || a.order - b.order).map((f) => f.match);
}

/**
 * The verb of a hand-over to a group rather than a person (`Styrelsen ger i uppdrag åt FK att ...`,
 * `Årsmötet gav i uppdrag till styrelsen att ...`, `Mötet gav styrelsen i uppdrag att ...`): a
 * pattern of `assignVerbs` whose place for the person holds one to three words naming a group of
 * the vocabularies (`styrelsen`, `arbetsgruppen`) or a body's initials (`FK`). The task is the
 * group's, nobody named; null where none.
 */
export function handedToGroup(text: string, context: FindContext): string | null {
  const folded = fold(text);
  const groups = gather(context.vocabs, 'groups');
  let handed: string | null = null;
  eachHandOver(folded, context, ({ verb, tail }, _at, from) => {
    if (tail === '') return false;
    const end = folded.indexOf(` ${tail}`, from);
    if (end < 0 || end - from > 60) return false;
    const written = text.slice(from, end).split(/\s+/u).filter(Boolean);
    if (written.length === 0 || written.length > 3) return false;
    if (!written.some((word) => anyMatches([word.toLowerCase()], groups) || /^\p{Lu}{2,5}$/u.test(word))) return false;
    handed = asWritten(text, verb);
    return true;
  });
  return handed;
}

/**
 * Calls `visit` at each hand-over verb of a folded text (`assignVerbs`, `gav … i uppdrag`), in the
 * text's order: with the pattern, where the verb starts and where the words after it start; each
 * word start is looked at once, trying only the verbs the word there opens. Stops when `visit`
 * answers true.
 */
function eachHandOver(folded: string, context: FindContext, visit: (pattern: { verb: string; tail: string; order: number }, at: number, from: number) => boolean): void {
  const patterns = assignPatterns(gather(context.vocabs, 'assignVerbs'));
  if (patterns.length === 0) return;
  const byFirst = patternsByFirstWord(patterns);
  // A verb is only visited where it stands with a blank after it: a sentence holding no verb so is passed over in one scan.
  if (!includesAny(folded, verbsAndBlank(patterns))) return;
  for (let at = 0, space = folded.indexOf(' '); space >= 0; at = space + 1, space = folded.indexOf(' ', at)) {
    for (const pattern of byFirst.get(folded.slice(at, space)) ?? []) {
      if (folded.startsWith(`${pattern.verb} `, at) && visit(pattern, at, at + pattern.verb.length + 1)) return;
    }
  }
}

/** Each hand-over verb with the blank after it, as `eachHandOver` finds it, once per list. */
const verbsAndBlank = oncePer((patterns: readonly { verb: string }[]): string[] => patterns.map(({ verb }) => `${verb} `));

/** The hand-over verbs by the first word of the verb, each with its place in the list, once per list. */
const patternsByFirstWord = oncePer((patterns: readonly { verb: string; tail: string }[]): Map<string, { verb: string; tail: string; order: number }[]> =>
  byFirstWord(patterns.map(({ verb, tail }, order) => ({ verb, tail, order })), (pattern) => pattern.verb.split(' ', 1)[0] as string));

/** The participant or role a text opens with (`Bob`, `the Treasurer`, `Eeroa`): its owner and written length, or null. */
function personAt(text: string, context: FindContext): { owner: string; length: number } | null {
  const articles = wordSet(context.vocabs, 'articles');
  // A role is written in lower case in most languages (`uppdrog åt sekreteraren att`, `directed the treasurer to`).
  const lower = /^(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u.exec(text);
  if (lower) {
    const [, first = '', second] = lower;
    if (ownerKind(first, context.vocabs)?.kind === 'role') return { owner: first, length: first.length };
    if (second !== undefined && articles.has(first) && ownerKind(second, context.vocabs)?.kind === 'role') return { owner: second, length: (lower[0] as string).length };
  }
  const words = /^(?:\p{L}+\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}/u.exec(text)?.[0].split(/\s+/u) ?? [];
  for (let span = words.length; span >= 1; span--) {
    const written = words.slice(0, span).join(' ');
    const bare = articles.has((words[0] as string).toLowerCase()) ? words.slice(1, span).join(' ') : written;
    if (bare === '' || !/^\p{Lu}/u.test(bare)) continue;
    if (ownerKind(bare.toLowerCase(), context.vocabs)?.kind === 'role') return { owner: written, length: written.length };
    for (const name of [bare, bare.replace(/(?:ta|tä|a|ä|n)$/u, '')]) {
      if (name !== '' && resolvePerson(name, context.header.participants) !== null) return { owner: name, length: written.length };
    }
  }
  return null;
}

/**
 * The doer after a modal in a verb-second clause, where a fronted phrase puts the modal before its
 * subject (`Till nästa möte ska Anna boka lokalen`, `Bis Freitag soll Till ...`, `Volgende week
 * zal Wim ...`): a participant or a role right after a modal of the meeting's language that does
 * not open the sentence, and a verb in lower case after them.
 */
export function invertedSubjects(text: string, context: FindContext): OwnerMatch[] {
  const modals = (context.vocabs[0]?.passiveModals ?? []).filter((m) => !m.includes(' '));
  if (modals.length === 0) return [];
  const folded = fold(text);
  const out: OwnerMatch[] = [];
  for (const modal of modals) {
    for (let at = folded.indexOf(` ${modal} `); at > 0; at = folded.indexOf(` ${modal} `, at + 1)) {
      const from = at + modal.length + 2;
      const person = personAt(text.slice(from), context);
      if (person === null) continue;
      if (!/^\s+\p{Ll}/u.test(text.slice(from + person.length))) continue;
      out.push({ owners: [person.owner], index: from, length: person.length, linked: true });
    }
  }
  return out;
}

/** The hand-over verbs as their folded verb and tail, once per list. */
const assignPatterns = oncePer((written: readonly string[]): { verb: string; tail: string }[] =>
  written.map((entry) => {
    // Split before folding: folding writes `…` as three dots.
    const [verb = '', tail = ''] = entry.split('…').map((part) => fold(part).trim());
    return { verb, tail };
  }));

/** A line of an actions section that only names who does the entries after it (`Shelley:`, `All:`), or null. */
export function ownerLabel(text: string, context: FindContext): string[] | null {
  // A line that is only a participant's full name (`**Kai Berg**`, as Fireflies groups its action items) heads that person's tasks.
  const whole = trimEndWhere(text, isMark).replace(/^[\s*_]+/u, '');
  const person = whole.includes(' ') ? resolvePerson(whole, context.header.participants) : null;
  if (person !== null && fold(person) === fold(whole)) return [person];
  const match = /^([^:：]{1,48})[:：]$/u.exec(trimEndWhere(text, isMark));
  const head = trimEndWhere(match?.[1]?.replace(/^[\s*_]+/u, '') ?? '', isMark);
  if (head === '') return null;
  if (ownerKind(head, context.allVocabs)?.kind === 'group') return [];
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null;
  const names = splitNames(head, context.vocabs, known, true);
  // A label of several capitalised words not among the participants (`Message Signatures:`) is a topic.
  return names && names.every((n) => known(n) || n.startsWith('@') || (!n.includes(' ') && (nameShaped(n, context, false) || /^\p{Ll}[\p{L}\d_.-]{1,24}$/u.test(n)))) ? names : null;
}

/**
 * Whether a capitalised word or two not among the participants read as a name: none of its words is
 * written in lower case anywhere in the minutes (`Speak` when `speak to` stands elsewhere is a verb)
 * or names a month or a weekday, and (when `recurring`, for prose outside a list of tasks) each is
 * written more than once, as names recur and a capitalised sentence opener (`Forgot to`) seldom does.
 */
export function nameShaped(name: string, context: FindContext, recurring = true): boolean {
  const words = name.split(' ');
  if (words.length > 2 || !words.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(w))) return false;
  const { lower, capitalised } = wordCounts(context.lines);
  const calendar = (w: string): boolean => monthOf(w.toLowerCase(), context.allVocabs, true) > 0 || weekdayOf(w.toLowerCase(), context.allVocabs, true) >= 0;
  const own = minutesWords(context.vocabs);
  return words.every((w) => !lower.has(fold(w)) && (!recurring || (capitalised.get(fold(w)) ?? 0) >= 2) && !calendar(w) && !own.has(w.toLowerCase()));
}

/**
 * The words minutes use of themselves, which open a line with a capital and are nobody's name:
 * a decision's cue (`Resolved: to approve ...`), a meeting word (`Call to order`), a one-word label.
 */
const minutesWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => [
  ...v.decisionCues, ...v.meetingWords, ...Object.values(v.labels).flat(),
].filter((w) => !w.includes(' ')))));

/**
 * The folded words the minutes write in lower case somewhere (common words, no names), and how often
 * each word is written with a capital (a name recurs: in the list of those present, in several
 * items). Found once per document.
 */
export const wordCounts = oncePer((lines: readonly Line[]): { lower: ReadonlySet<string>; capitalised: ReadonlyMap<string, number> } => {
  const lower = new Set<string>();
  const capitalised = new Map<string, number>();
  for (const line of lines) {
    if (line.kind === 'code' || line.kind === 'html') continue;
    // The words as plain strings (`match` with the global flag), no match object for each.
    for (const written of line.text.match(WORD_START) ?? []) {
      const word = fold(written);
      if (startsLowerCase(written)) lower.add(word);
      else capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
    }
  }
  return { lower, capitalised };
});

/** A word, after no letter or digit. */
const WORD_START = /(?<![\p{L}\p{N}@_])\p{L}[\p{L}'’-]*/gu;

const LOWER_START = /^\p{Ll}/u;

/** Whether a word starts with a lower-case letter, as LOWER_START says; an ASCII letter is decided without it (this runs for every word of a document). */
function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER_START.test(word);
}

/** A written owner as read: a person (resolved to a participant or kept), a role and its holder, or a group. */
export interface ReadOwner {
  written: string;
  kind: 'person' | 'role' | 'group';
  name: string | null;
}

/** Read one written owner: a group is nobody, a role is the participant who holds it (or nobody), a name is a participant or kept as written. */
export function readOwner(written: string, context: FindContext): ReadOwner {
  const kind = written.startsWith('@') ? null : ownerKind(written, context.allVocabs);
  if (kind?.kind === 'group') return { written, kind: 'group', name: null };
  if (kind?.kind === 'role') return { written, kind: 'role', name: holderOf(kind.role, context.header.participants) };
  // `Cllr Quayle`, `Dr Kapoor`: resolvePerson reads the name after the title; a short first name (`Dom`) only for one read as a person.
  const name = resolvePerson(written, context.header.participants) ?? resolveShortName(written, context.header.participants);
  if (name !== null) return { written, kind: 'person', name };
  const holder = sectionHolders(context.lines).get(fold(written));
  return holder === undefined ? { written, kind: 'person', name: null } : { written, kind: 'role', name: resolvePerson(holder, context.header.participants) ?? holder };
}

/**
 * The people the headings of the minutes name in parentheses for a part of the work (`## Backend
 * (Sean)`, `### Treasurer (Jane Roe)`): the folded heading words and the name, found once per document.
 * An owner written as such words (`Backend: ...`) is the person named there.
 */
const sectionHolders = oncePer((lines: readonly Line[]): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const line of lines) {
    if (line.kind !== 'heading') continue;
    const text = line.text.trimEnd();
    const open = text.lastIndexOf('(');
    if (!text.endsWith(')') || open < 2 || text.length - open > 42) continue;
    const name = text.slice(open + 1, -1).trim();
    const words = fold(text.slice(0, open)).replace(/^[\d.\s]+/, '').trim();
    if (words === '' || words.length > 40 || !/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u.test(name)) continue;
    out.set(words, name);
  }
  return out;
});

/** How the owners were read: each as written and the participant it names, or why none was resolved. */
export function ownerNote(owners: readonly ReadOwner[]): string {
  if (owners.length === 0) return 'nobody named';
  return owners.map(noteOf).join('; ');
}

function noteOf(o: ReadOwner): string {
  if (o.kind === 'group') return `${o.written} (a group, no person)`;
  if (o.kind === 'role') return o.name === null ? `${o.written} (a role nobody holds in this meeting)` : `${o.written} → ${o.name} (holds the role)`;
  return o.name === null ? `${o.written} (no participant of this name; kept as written)` : o.name === o.written ? `${o.name} (participant)` : `${o.written} → ${o.name} (participant)`;
}

/** Owners of an explicit task: written before it, after it in parentheses, or as its subject. */
export function ownersIn(text: string, context: FindContext, known: (name: string) => boolean, trusted: (name: string) => boolean, loose: boolean): string[] {
  const { vocabs } = context;
  const field = ownerField(text, context, known);
  if (field) return field;
  const bracketed = bracketOwners(text, context, known);
  if (bracketed) return bracketed;
  const leading = leadingMention(text, known);
  if (leading) return [leading];
  const mentioned = trailingMentions(text, known);
  if (mentioned) return mentioned;
  const lead = leadingOwners(text, vocabs, known, loose);
  if (lead) return lead.owners;
  const handle = handleMention(text);
  if (handle) return [handle];
  const please = /^\s*(?:[A-Z]+:\s*)?([\p{Lu}][\p{L}-]+),\s+please\b/u.exec(text);
  if (please && isOwnerName(please[1] ?? '', vocabs, known)) return [please[1] ?? ''];
  const subjects = [
    ...subjectOwners(text, vocabs, known, (name) => trusted(name) || nameShaped(name, context, false)).filter((m) => m.linked || m.owners.every(trusted)),
    ...roleSubjects(text, vocabs),
  ];
  if (subjects.length > 0) return subjects.flatMap((m) => m.owners);
  const trailing = trailingOwners(text, vocabs, known);
  const named = (name: string): boolean => trusted(name) || (loose && nameShaped(name, context, false));
  if (trailing && trailing.owners.every(named)) return trailing.owners;
  if (loose) {
    const after = ownersAfterColon(text, context, known);
    if (after) return after;
    const handles = handleSubjects(text, context);
    if (handles) return handles;
    // After a marker, a participant who opens the sentence is its subject whatever the verb (`Actiepunt: Wouter vraagt offertes aan`).
    const opener = /^([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?) \p{Ll}/u.exec(text.trim());
    if (opener && known(opener[1] ?? '')) return [opener[1] ?? ''];
  }
  const single = /^([\p{Lu}][\p{L}-]+|@[\w.-]+)$/u.exec(text.trim());
  return single && isOwnerName(single[1] ?? '', vocabs, known) ? [single[1] ?? ''] : [];
}

/**
 * A participant mentioned by full name at the start of a task, as an editor's people chip writes
 * it (`@Luis Ortega revise the brief`): the longest run of capitalised words after the `@` that
 * names a participant, or null.
 */
function leadingMention(text: string, known: (name: string) => boolean): string | null {
  const match = /^\s*@(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/u.exec(text);
  if (!match) return null;
  const words = (match[1] ?? '').split(' ');
  for (let n = words.length; n >= 2; n--) {
    const name = words.slice(0, n).join(' ');
    if (known(name)) return name;
  }
  return null;
}

/** The names in square brackets that open a task (`[Ravi Patel] Revised plan: ...`). */
const LEADING_BRACKET = /^\s*\[([^[\]]{2,60})\]\s/u;

/**
 * The owners an AI summary's next steps name in square brackets before the task, as Google Meet's
 * "Suggested next steps" write them (`[Ravi Patel] Revised plan: Send the plan.`): participants, or
 * full names of capitalised words; a tag in brackets (`[WIP]`, `[Blocked]`) is no owner. Null if none.
 */
function bracketOwners(text: string, context: FindContext, known: (name: string) => boolean): string[] | null {
  const inside = LEADING_BRACKET.exec(text)?.[1];
  if (inside === undefined) return null;
  const names = splitNames(inside, context.vocabs, known);
  const fullName = (n: string): boolean => /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,3}$/u.test(n.trim());
  return names && names.every((n) => known(n) || fullName(n)) ? names : null;
}

/**
 * The people the mentions closing a task name, as an editor's task list assigns it (`Order the
 * badges @Lee`, `Renew the domain @Tom Berg.`, `Fix the build @Robert J @Ana K`, a link after them
 * left aside: `Open a PR @Jo W https://...`): the participant each mention names, or, where no
 * participant bears the name, the mention's one or two capitalised words as written (a people chip
 * is a person whether or not the notes list them). Null when no mention closes the task.
 */
function trailingMentions(text: string, known: (name: string) => boolean): string[] | null {
  // The run closes the task: its last few hundred characters hold it, however long the line.
  const tokens = text.slice(-300).trim().split(/\s+/);
  if (text.length > 300) tokens.shift();
  let end = tokens.length;
  while (end > 0 && /^<?https?:\/\//.test(tokens[end - 1] as string)) end--;
  const names: string[] = [];
  let words: string[] = [];
  for (let i = end - 1; i >= 0; i--) {
    const token = i === end - 1 ? (tokens[i] as string).replace(/[.!]$/, '') : (tokens[i] as string);
    if (token.startsWith('@')) {
      const name = mentionName([token.slice(1), ...words], known);
      if (name === null) break;
      names.unshift(name);
      words = [];
    } else if (words.length < 2 && /^\p{Lu}[\p{L}'’-]*$/u.test(token)) words.unshift(token);
    else break;
  }
  return names.length > 0 ? names : null;
}

/** The name a mention's words give: the longest run of them naming a participant, else all of them when they are one or two capitalised words (`Robert J`), else null. */
function mentionName(words: readonly string[], known: (name: string) => boolean): string | null {
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(words[0] ?? '')) return null;
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (known(name)) return name;
  }
  return words.length <= 2 ? words.join(' ') : null;
}

/**
 * A user handle that opens a task before its verb or closes it (`@bo book the room`, `Fix the CI
 * @alice-k`), as the task lists of GitHub, GitLab and chat tools assign a task by mention: the
 * handle as written, `@` and all. Null when the task holds no such mention.
 */
function handleMention(text: string): string | null {
  return (HANDLE_FIRST.exec(text) ?? HANDLE_LAST.exec(text))?.[1] ?? null;
}

const HANDLE_FIRST = /^\s*(@[\p{L}\d][\p{L}\d_-]{0,38})\s+\p{Ll}/u;
const HANDLE_LAST = /\s\(?(@[\p{L}\d][\p{L}\d_-]{0,38})\)?[.!]?\s*$/u;

/** The owner labels of the vocabularies (`owner`, `assigned to`, `responsible`), longest first, once per list. */
const ownerFieldLabels = oncePer((vocabs: readonly Vocabulary[]): string[] => [...new Set(vocabs.flatMap((v) => v.columns.owner))].sort((a, b) => b.length - a.length));

/** Where a task's fields part: a bracket, a bar, a semicolon or a dash between blanks (`Book the hall - Owner: Tom, Due: May 2`). */
const FIELD_END = /[;()[\]|\n]| [-–—] /u;

/**
 * The owners a task names in a field of its own, as meeting tools and templates write it after the
 * task (`Book the hall - Owner: Tom, Due: May 2`, `Send the sheet (Assigned to: Lee)`): the names
 * after an owner label and its colon, up to the next field (`Due:`), a bracket or a dash; or null.
 * A group (`Owner: All members`) is nobody.
 */
function ownerField(text: string, context: FindContext, known: (name: string) => boolean): string[] | null {
  const lower = text.toLowerCase();
  for (const label of ownerFieldLabels(context.vocabs)) {
    let at = lower.indexOf(`${label}:`);
    while (at > 0 && /[\p{L}\p{N}]/u.test(lower.charAt(at - 1))) at = lower.indexOf(`${label}:`, at + 1);
    if (at < 0) continue;
    // Only the field's own words: cut at the next field's label (a part with a colon, `Due: May 2`).
    const tail = text.slice(at + label.length + 1).split(FIELD_END)[0] ?? '';
    const parts = tail.split(',');
    const next = parts.findIndex((p) => p.includes(':'));
    const names = trimEndWhere((next < 0 ? parts : parts.slice(0, next)).join(','), (code) => isMark(code) || code === 0x2e).replace(/^[\s*_]+/u, '').trim();
    if (names === '') return null;
    if (ownerKind(names, context.allVocabs)?.kind === 'group') return [];
    const owners = splitNames(names, context.vocabs, known);
    return owners && owners.every((n) => known(n) || n.startsWith('@') || nameShaped(n, context, false)) ? owners : null;
  }
  return null;
}

/** In a list of tasks, the names after the last colon (`Book the hall: Alice`, `Print flyers: Aino & Eero`), or null. */
function ownersAfterColon(text: string, context: FindContext, known: (name: string) => boolean): string[] | null {
  const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
  if (colon <= 0 || text.length - colon > 48) return null;
  const tail = trimEndWhere(text.slice(colon + 1), (code) => isMark(code) || code === 0x2e || code === 0x21).trim();
  if (tail === '') return null;
  if (ownerKind(tail, context.allVocabs)?.kind === 'group') return [];
  const names = splitNames(tail, context.vocabs, known);
  return names && names.every((n) => known(n) || n.startsWith('@') || nameShaped(n, context, false)) ? names : null;
}

/**
 * In a list of tasks, lower-case handles as the subject of a link (`jo and sam to draft the
 * budget`, `mk will ask`): the handles, or null. Words of the language (`we`, `all`) are no handles.
 */
function handleSubjects(text: string, context: FindContext): string[] | null {
  const words = text.trim().split(/\s+/, 12);
  const handles: string[] = [];
  const joins = new Set([',', ...gather(context.vocabs, 'and')]);
  const links = new Set(['to', 'will', ...gather(context.vocabs, 'ownerLinks').filter((l) => !l.includes(' '))]);
  const stop = wordSet(context.vocabs, 'notNames');
  // Handles alternate with joins (`jo and sam`, `jo, sam`): two words in a row are a phrase (`reach out to`).
  let joined = true;
  for (const raw of words) {
    const word = raw.replace(/,$/, '');
    if (handles.length > 0 && links.has(word)) return joined ? null : handles;
    if (joins.has(word)) {
      joined = true;
      continue;
    }
    if (!joined || !/^\p{Ll}[\p{Ll}\d_.-]{1,15}$/u.test(word) || stop.has(word) || ownerKind(word, context.allVocabs) !== null || links.has(word)) return null;
    handles.push(word);
    joined = raw.endsWith(',');
    if (handles.length > 4) return null;
  }
  return null;
}

/** Blanks and the emphasis marks `*` and `_` around a label. */
function isMark(code: number): boolean {
  return isBlank(code) || code === 0x2a || code === 0x5f;
}
