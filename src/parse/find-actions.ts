import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { ActionItem } from '../model/action-item.js';
import type { Cue } from '../model/cue.js';
import type { Decision } from '../model/decision.js';
import type { Position } from '../model/position.js';
import { asWritten, gather, textKey, wordSet, wordsOf } from './cues.js';
import type { FindContext } from './parse-minutes.js';
import { monthOf, weekdayOf } from './read-dates.js';
import { readDue } from './read-due.js';
import { isOwnerName, leadingOwners, oneOf, type OwnerMatch, roleSubjects, splitNames, subjectOwners, trailingOwners } from './read-owners.js';
import { holderOf, ownerKind } from './owner-kinds.js';
import { resolvePerson } from './resolve-people.js';
import type { Unit } from './to-units.js';
import type { Line } from './types.js';

/** Regular expressions used for each sentence or name. */
const CAPITAL = /^\p{Lu}/u;
const FULL_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;
/** A word of a folded text, after a blank, a bracket or a dash (only ever used with `matchAll`, which copies it). */
const DONE_WORD = /(?:^|[\s(:*_–—-])(\p{L}+)(?=[\s).!*_,]|$)/gu;

interface Draft {
  text: string;
  owners: string[];
  start: Position;
  unit: Unit;
  cue: Cue;
  done?: boolean;
  dueText?: string;
}

/**
 * The action items of a meeting: explicit markers (`ACTION:`, `TODO`, `Tehtävä:`), task lists,
 * entries of an actions section, rows of a table with task and owner or due columns, and plain
 * sentences whose subject is a person with a task verb (`Minna lähettää ...`, `Alice will ...`)
 * or that use a passive with a deadline (`Marras-joulukuussa ... toimitetaan ...`). Owners resolve
 * to participants' full names; deadlines become date ranges from the meeting's date.
 */
export function findActions(context: FindContext, units: readonly Unit[], decisions: readonly Decision[]): ActionItem[] {
  const decided = new Set(decisions.map((d) => `${d.position.line}:${d.position.column}`));
  const drafts: Draft[] = [];
  let lead: SectionLead = { key: '', owners: null };
  for (const unit of units) {
    if (unit.section === 'proposal') continue;
    if (unit.section === 'actions') {
      const key = `${unit.sectionLabel ?? ''}\n${headingAbove(context.lines)[unit.line] ?? -1}`;
      if (key !== lead.key) lead = { key, owners: headingOwners(unit, context) };
      const named = ownerLabel(unit.text, context);
      if (named !== null) {
        lead.owners = named;
        continue;
      }
      // Any other label (`Cookies:`) opens entries of no one person's.
      if (/[:：][\s*_]*$/u.test(unit.text)) lead.owners = null;
    } else lead = { key: '', owners: null };
    const isDecision = decided.has(`${unit.start.line}:${unit.start.column}`);
    drafts.push(...actionsOf(unit, context, isDecision, lead.owners));
  }
  const actions: ActionItem[] = [];
  const seen = new Set<string>();
  for (const draft of drafts) {
    const resolved = draft.owners.map((o) => readOwner(o, context));
    const owners = [...new Set(resolved.flatMap((o) => (o.kind === 'person' ? [o.name ?? o.written] : o.name !== null ? [o.name] : [])))];
    const key = `${[...owners].sort().join('|')}\n${textKey(draft.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const item = context.drafts[context.itemOf[draft.unit.line] ?? -1];
    actions.push({
      id: `A${actions.length + 1}`,
      item: item?.number ?? null,
      owners,
      text: draft.text,
      due: readDue(draft.dueText ?? draft.text, context.header.date, context.allVocabs),
      status: draft.done || isDone(draft, context) ? 'done' : 'open',
      position: draft.start,
      cue: { ...draft.cue, owner: ownerNote(resolved) },
    });
  }
  return actions;
}

/** The owners a label in an actions section gives the entries after it, until the next label or sub-heading. */
interface SectionLead {
  /** The section and sub-heading the owners hold for. */
  key: string;
  owners: string[] | null;
}

/** For each line, the index of the last heading at or before it (-1 before the first), found once per document. */
const headingAbove = oncePer((lines: readonly Line[]): readonly number[] => {
  let last = -1;
  return lines.map((line, i) => (line.kind === 'heading' ? (last = i) : last));
});

/** The people a sub-heading names (`### Alice`, `### Aino & Eero`) for the entries of an actions section under it, or null. */
function headingOwners(unit: Unit, context: FindContext): string[] | null {
  const index = headingAbove(context.lines)[unit.line] ?? -1;
  const heading = context.lines[index];
  if (heading === undefined) return null;
  const text = heading.text.replace(/[:：]\s*$/, '').trim();
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
function assignedOwners(text: string, context: FindContext): OwnerMatch[] {
  const phrases = gather(context.vocabs, 'assignPhrases');
  if (phrases.length === 0) return [];
  const folded = fold(text);
  const out: OwnerMatch[] = [];
  for (const phrase of phrases.map(fold)) {
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
 * An item under a heading or an item that names one person (`### Chris Beeler`, `- Chris`, a
 * round of updates) whose clause opens with a link and no subject (`Will meet with Anna this week`,
 * `Progress on icons, will meet with Chris`): that person's task. The person must be a participant
 * when the minutes list them. A link to a state (`will be done soon`) is none.
 */
function headingPromise(unit: Unit, text: string, context: FindContext): { owners: string[]; words: string } | null {
  if (unit.kind !== 'item') return null;
  const rest = fold(text);
  const links = gather(context.vocabs, 'speakerLinks');
  const link = links.find((l) => startsClause(rest, l) && !rest.includes(`${l} be `));
  if (link === undefined) return null;
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null;
  const listed = context.header.participants.length >= 2;
  const person = (names: string[] | null): names is string[] => names !== null && names.length === 1 && names.every((n) => known(n) || (!listed && nameShaped(n, context, false)));
  const parent = unit.parentText === null ? null : splitNames(unit.parentText, context.vocabs, known);
  if (unit.parentText !== null) return person(parent) ? { owners: parent, words: asWritten(text, link) } : null;
  const heading = headingOwners(unit, context);
  return person(heading) ? { owners: heading, words: asWritten(text, link) } : null;
}

/** Whether a folded text opens with the words, or has them after a comma or semicolon (`..., will meet`). */
function startsClause(folded: string, words: string): boolean {
  return folded.startsWith(`${words} `) || folded.includes(`, ${words} `) || folded.includes(`; ${words} `);
}

/** A line of an actions section that only names who does the entries after it (`Shelley:`, `All:`), or null. */
function ownerLabel(text: string, context: FindContext): string[] | null {
  const match = /^([^:：]{1,48})[:：]$/u.exec(text.replace(/(?<![\s*_])[\s*_]+$/u, ''));
  const head = match?.[1]?.replace(/^[\s*_]+/u, '').replace(/(?<![\s*_])[\s*_]+$/u, '') ?? '';
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
function nameShaped(name: string, context: FindContext, recurring = true): boolean {
  const words = name.split(' ');
  if (words.length > 2 || !words.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(w))) return false;
  const { lower, capitalised } = wordCounts(context.lines);
  const calendar = (w: string): boolean => monthOf(w.toLowerCase(), context.allVocabs, true) > 0 || weekdayOf(w.toLowerCase(), context.allVocabs, true) >= 0;
  return words.every((w) => !lower.has(fold(w)) && (!recurring || (capitalised.get(fold(w)) ?? 0) >= 2) && !calendar(w));
}

/**
 * The folded words the minutes write in lower case somewhere (common words, no names), and how often
 * each word is written with a capital (a name recurs: in the list of those present, in several
 * items). Found once per document.
 */
const wordCounts = oncePer((lines: readonly Line[]): { lower: ReadonlySet<string>; capitalised: ReadonlyMap<string, number> } => {
  const lower = new Set<string>();
  const capitalised = new Map<string, number>();
  for (const line of lines) {
    if (line.kind === 'code' || line.kind === 'html') continue;
    for (const match of line.text.matchAll(WORD_START)) {
      const word = fold(match[0]);
      if (/^\p{Ll}/u.test(match[0])) lower.add(word);
      else capitalised.set(word, (capitalised.get(word) ?? 0) + 1);
    }
  }
  return { lower, capitalised };
});

/** A word, after no letter or digit. */
const WORD_START = /(?<![\p{L}\p{N}@_])\p{L}[\p{L}'’-]*/gu;

function actionsOf(unit: Unit, context: FindContext, isDecision: boolean, leadOwners: string[] | null): Draft[] {
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null;
  // A name of several words that no participant bears is no person when the minutes list participants.
  const listed = context.header.participants.length >= 2;
  const trusted = (name: string): boolean =>
    known(name) || name.startsWith('@') || (!isDecision && !(listed && name.includes(' ')) && wordsOf(fold(name)).some((w) => context.proper.has(w)));
  const { vocabs } = context;
  if (unit.columns && unit.cells) return tableAction(unit, context, known, trusted);
  const text = unit.text.replace(/^\[[ xX]\]\s*/, '');
  if (/[:：]$/.test(text) || context.agendaLines.has(unit.line)) return [];
  const folded = fold(text);
  if (gather(vocabs, 'nextMeeting').some((phrase) => folded.includes(phrase)) || /^(?:e\.g|i\.e|esim|t\.ex|z\.b|bijv)\b/i.test(text)) return [];
  const self = selfTask(text, context);
  if (self) return [{ text, owners: self.speakers, start: unit.start, unit, cue: { kind: 'grammar', words: self.words } }];
  const own = unit.section === 'actions' || isDecision ? null : headingPromise(unit, text, context);
  if (own) return [{ text, owners: own.owners, start: unit.start, unit, cue: { kind: 'grammar', words: own.words } }];
  const marker = markerRest(text, context);
  if (marker !== null) {
    const owners = ownersIn(marker.rest, context, known, trusted, true);
    return [{ text, owners, start: unit.start, unit, cue: { kind: 'marker', words: marker.marker } }];
  }
  if (!isDecision && (unit.checked !== null || (unit.section === 'actions' && unit.kind !== 'sentence'))) {
    if (unit.section === 'actions' && splitNames(text, vocabs, known) && unit.kind === 'item') return [];
    const owners = ownersIn(text, context, known, trusted, unit.section === 'actions');
    const parent = unit.parentText ? splitNames(unit.parentText, vocabs, known) : null;
    const cue: Cue = unit.checked !== null ? { kind: 'task-list', words: unit.checked ? '[x]' : '[ ]' } : { kind: 'section', words: unit.sectionLabel ?? 'actions' };
    return [{ text, owners: owners.length ? owners : (parent ?? leadOwners ?? []), start: unit.start, unit, cue }];
  }
  if (/\?["”)]*$/.test(text)) return [];
  // The subject of a modal passive (`Aalst zal ingelicht worden`) is told, no doer.
  const passiveAt = isDecision ? null : modalPassive(text, context);
  const passiveFrom = passiveAt === null ? -1 : text.indexOf(passiveAt);
  const patient = (m: OwnerMatch): boolean => passiveFrom >= m.index && passiveFrom < m.index + m.length;
  const subjects = subjectOwners(text, vocabs, known, (name) => trusted(name) || nameShaped(name, context) || (!isDecision && !listed && FULL_NAME.test(name)))
    .filter((m) => !patient(m))
    .filter((m) => m.owners.every(trusted) || m.linked === true)
    .filter((m) => !m.owners.some((o) => gather(vocabs, 'everyone').includes(o.toLowerCase())));
  const roles = [...roleSubjects(text, vocabs), ...assignedOwners(text, context)].filter((r) => !subjects.some((m) => r.index < m.index + m.length && m.index < r.index + r.length));
  if (subjects.length > 0 || roles.length > 0) return splitClauses(text, [...subjects, ...roles].sort((a, b) => a.index - b.index), unit);
  const trailing = unit.kind === 'item' ? assignedAfter(text, trailingOwners(text, vocabs, known), context) : null;
  if (trailing && !trailing.owners.every((n) => trusted(n) || nameShaped(n, context))) return [];
  // A decision that names its doers after a dash (`Use one channel for the docs - Antonio`) is a task too.
  if (trailing && (!isDecision || /^\s*[-–—]/u.test(text.slice(trailing.index)))) return [{ text, owners: trailing.owners, start: unit.start, unit, cue: { kind: 'grammar', words: text.slice(trailing.index, trailing.index + trailing.length).trim() } }];
  const passive = isDecision ? null : (passiveTask(text, context) ?? modalPassive(text, context));
  if (passive !== null) {
    const paren = /\(([^()]+)\)/.exec(text);
    const owners = paren ? subjectOwners(paren[1] ?? '', vocabs, known, trusted).flatMap((m) => m.owners) : [];
    return [{ text, owners, start: unit.start, unit, cue: { kind: 'grammar', words: asWritten(text, passive) } }];
  }
  return [];
}

function splitClauses(text: string, subjects: readonly OwnerMatch[], unit: Unit): Draft[] {
  const cueOf = (match: OwnerMatch): Cue => ({ kind: 'grammar', words: text.slice(match.index, match.index + match.length) });
  if (subjects.length === 1) return [{ text: withParent(stripParens(text), subjects[0]!, unit), owners: subjects[0]!.owners, start: unit.start, unit, cue: cueOf(subjects[0]!) }];
  return subjects.map((match, k) => {
    const end = subjects[k + 1]?.index ?? text.length;
    const from = k === 0 ? 0 : match.index;
    const clause = text.slice(from, end).replace(/(?<![\s,;])[\s,;]*(?:\b(?:ja|and|och|und|en)\s*)?$/u, '').trim();
    return { text: clause, owners: match.owners, start: { line: unit.start.line, column: unit.start.column + from }, unit, cue: cueOf(match) };
  });
}

/** A written owner as read: a person (resolved to a participant or kept), a role and its holder, or a group. */
interface ReadOwner {
  written: string;
  kind: 'person' | 'role' | 'group';
  name: string | null;
}

/** Read one written owner: a group is nobody, a role is the participant who holds it (or nobody), a name is a participant or kept as written. */
function readOwner(written: string, context: FindContext): ReadOwner {
  const kind = written.startsWith('@') ? null : ownerKind(written, context.allVocabs);
  if (kind?.kind === 'group') return { written, kind: 'group', name: null };
  if (kind?.kind === 'role') return { written, kind: 'role', name: holderOf(kind.role, context.header.participants) };
  const name = resolvePerson(written, context.header.participants);
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

/**
 * A nested item that only names who does it (`- Ordförande fixar!`, `- Minna hoitaa.`) takes its
 * task from the item that holds it: the parent's text, then the child's.
 */
function withParent(text: string, subject: OwnerMatch, unit: Unit): string {
  if (unit.kind !== 'item' || unit.parentText === null || subject.index > 0) return text;
  const rest = wordsOf(text.slice(subject.index + subject.length));
  return rest.length === 0 ? `${unit.parentText} – ${text}` : text;
}

/**
 * Owners written after an item outside a list of tasks, when they assign it: after a dash
 * (`... - Antonio`), or in parentheses with an estimate of the work (`(Joel ~0,5h)`) or beside a
 * deadline. A bare name in parentheses after a topic (`Budget update (Eero)`) names who presents
 * it, no task.
 */
function assignedAfter(text: string, trailing: OwnerMatch | null, context: FindContext): OwnerMatch | null {
  if (trailing === null) return null;
  const tail = text.slice(trailing.index);
  if (/^\s*[-–—]/u.test(tail) || ESTIMATE.test(tail)) return trailing;
  return readDue(text, context.header.date, context.vocabs) !== null ? trailing : null;
}

/** An estimate of work: a number of hours, days or points (`~0,5h`, `2 d`, `3pv`). */
const ESTIMATE = /\d\s?(?:h|hrs?|hours?|d|days?|pv|t|min|pts?|sp)\b/iu;

/** How the owners were read: each as written and the participant it names, or why none was resolved. */
function ownerNote(owners: readonly ReadOwner[]): string {
  if (owners.length === 0) return 'nobody named';
  return owners.map(noteOf).join('; ');
}

function noteOf(o: ReadOwner): string {
  if (o.kind === 'group') return `${o.written} (a group, no person)`;
  if (o.kind === 'role') return o.name === null ? `${o.written} (a role nobody holds in this meeting)` : `${o.written} → ${o.name} (holds the role)`;
  return o.name === null ? `${o.written} (no participant of this name; kept as written)` : o.name === o.written ? `${o.name} (participant)` : `${o.written} → ${o.name} (participant)`;
}

function stripParens(text: string): string {
  return /^\(.*\)$/s.test(text) ? text.slice(1, -1).trim() : text;
}

/** Owners of an explicit task: written before it, after it in parentheses, or as its subject. */
function ownersIn(text: string, context: FindContext, known: (name: string) => boolean, trusted: (name: string) => boolean, loose: boolean): string[] {
  const { vocabs } = context;
  const lead = leadingOwners(text, vocabs, known, loose);
  if (lead) return lead.owners;
  const please = /^\s*(?:[A-Z]+:\s*)?([\p{Lu}][\p{L}-]+),\s+please\b/u.exec(text);
  if (please && isOwnerName(please[1] ?? '', vocabs, known)) return [please[1] ?? ''];
  const subjects = subjectOwners(text, vocabs, known, (name) => trusted(name) || nameShaped(name, context, false)).filter((m) => m.linked || m.owners.every(trusted));
  if (subjects.length > 0) return subjects.flatMap((m) => m.owners);
  const trailing = trailingOwners(text, vocabs, known);
  const named = (name: string): boolean => trusted(name) || (loose && nameShaped(name, context, false));
  if (trailing && trailing.owners.every(named)) return trailing.owners;
  if (loose) {
    const after = ownersAfterColon(text, context, known);
    if (after) return after;
    const handles = handleSubjects(text, context);
    if (handles) return handles;
  }
  const single = /^([\p{Lu}][\p{L}-]+|@[\w.-]+)$/u.exec(text.trim());
  return single && isOwnerName(single[1] ?? '', vocabs, known) ? [single[1] ?? ''] : [];
}

/** In a list of tasks, the names after the last colon (`Book the hall: Alice`, `Print flyers: Aino & Eero`), or null. */
function ownersAfterColon(text: string, context: FindContext, known: (name: string) => boolean): string[] | null {
  const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
  if (colon <= 0 || text.length - colon > 48) return null;
  const tail = text.slice(colon + 1).replace(/[\s.!*_]+$/u, '').trim();
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

/** An action marker as written (`ACTION:`, `ACTION Nick -`, `**Action Item:**`, `TODO`, `Tehtävä:`) and the text after it, or null. */
function markerRest(text: string, context: FindContext): { marker: string; rest: string } | null {
  const head = /^[\s*_]*/.exec(text)?.[0].length ?? 0;
  // A marker is written with a capital (`ACTION`, `Todo`): a sentence in lower case has none.
  const markers = CAPITAL.test(text.charAt(head)) ? actionMarkers(context.allVocabs) : [];
  const folded = markers.length > 0 ? fold(text.slice(head, head + 24)) : '';
  for (const marker of markers) {
    if (!folded.startsWith(marker)) continue;
    const after = text.slice(head + marker.length);
    const match = /^[\s*_]*(?:#?\d+[\s*_]*)?(?:[:：]|(?<=\s)(?=[\p{Lu}@]))[\s*_]*([^\s*_].*)$/u.exec(after);
    if (match) return { marker: text.slice(head, head + marker.length), rest: (match[1] ?? '').replace(/^(?:FIXME|TODO|XXX):\s*/i, '') };
  }
  const inner = text.includes('ACTION:') ? /\bACTION:/.exec(text) : null;
  const rest = inner ? text.slice(inner.index + inner[0].length).trimStart() : '';
  return rest !== '' && !/[\n\r\u2028\u2029]/.test(rest) ? { marker: 'ACTION:', rest } : null;
}

/** The action markers of the vocabularies, longest first (so `action item` wins over `action`), sorted once. */
const actionMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] => [...gather(vocabs, 'actionMarkers')].sort((a, b) => b.length - a.length));

function tableAction(unit: Unit, context: FindContext, known: (name: string) => boolean, trusted: (name: string) => boolean): Draft[] {
  const columns = (unit.columns ?? []).map((c) => fold(c).replace(/\(s\)|[*:]/g, '').trim());
  const cells = unit.cells ?? [];
  const find = (key: 'task' | 'owner' | 'due' | 'status'): number => columns.findIndex((c) => context.allVocabs.some((v) => v.columns[key].some((name) => fold(name) === c)));
  const task = find('task');
  const owner = find('owner');
  const due = find('due');
  if (task < 0 || (owner < 0 && due < 0) || !cells[task]) return [];
  const ownerText = owner >= 0 ? (cells[owner] ?? '') : '';
  const named = splitNames(ownerText, context.vocabs, known) ?? [];
  const owners = named.every(trusted) ? named : [];
  const status = find('status');
  const done = status >= 0 && oneOf(fold(cells[status] ?? ''), gather(context.allVocabs, 'doneWords'));
  const cue: Cue = { kind: 'table', words: (unit.columns ?? [])[task] ?? '' };
  return [{ text: cells[task] ?? '', owners, start: unit.start, unit, cue, done, ...(due >= 0 ? { dueText: cells[due] ?? '' } : {}) }];
}

/** The passive task verb a sentence opens with (`Luodaan ...`), or holds together with a deadline; null when none. */
function passiveTask(text: string, context: FindContext): string | null {
  const endings = context.vocabs[0]?.passiveEndings ?? [];
  // A word with a passive ending holds it in the lower-case text: without one, no word needs a look.
  const lower = text.toLowerCase();
  if (!endings.some((e) => lower.includes(e))) return null;
  const words = wordsOf(text);
  const cues = gather(context.vocabs, 'decisionCues');
  const passive = (word: string): boolean => word.length > 5 && endings.some((e) => word.endsWith(e)) && !oneOf(word, cues);
  if (words[0] !== undefined && passive(words[0])) return words[0];
  const verb = words.find(passive);
  return verb !== undefined && readDue(text, context.header.date, context.vocabs) !== null ? verb : null;
}

/**
 * A modal with a passive after it, a task nobody is named for (`ett kalkylark ska läggas upp`,
 * `er zal een bord gemaakt worden`, `das Protokoll muss verschickt werden`): the modal and the
 * passive as written, or null. The passive is a word with a passive ending of the language (or a
 * passive auxiliary) among the eight words after the modal; a verb of being or of reporting
 * (`ska finnas`) is none.
 */
function modalPassive(text: string, context: FindContext): string | null {
  const vocab = context.vocabs[0];
  if (vocab === undefined || vocab.passiveModals.length === 0) return null;
  const words = wordsOf(text);
  const reports = wordSet(context.vocabs, 'reportWords');
  for (let i = 0; i < words.length; i++) {
    const modal = vocab.passiveModals.find((m) => m.split(' ').every((part, k) => words[i + k] === part));
    if (modal === undefined) continue;
    const from = i + modal.split(' ').length;
    for (const word of words.slice(from, from + 8)) {
      const passive = vocab.modalPassives.some((e) => word === e || (e.length <= 3 && word.length > e.length + 2 && word.endsWith(e)));
      if (passive && !reports.has(word)) return asWritten(text, words.slice(i, words.indexOf(word, from) + 1).join(' '));
      if (reports.has(word) && !vocab.modalPassives.includes(word)) break;
    }
  }
  return null;
}

/**
 * The speakers of a promise in chat-style minutes and the promise's words, or null: a first-person
 * promise after any speaker's label (`mk: I will ...`), or a link after the label of one or more
 * people (`Michelle: will send ...`, `John/Matt: needs to ...`, `DH: Let me ask ...`), where the
 * label must name participants or read as names.
 */
function selfTask(text: string, context: FindContext): { speakers: string[]; words: string } | null {
  const match = /^([\p{L}@][\p{L}\d_.@/&+ -]{0,30}?)\s?:\s+(\S.*)$/u.exec(text);
  if (!match) return null;
  const rest = fold(match[2] ?? '').replace(/’/g, "'");
  const written = match[1] ?? '';
  const resolve = (name: string): string => resolvePerson(name, context.header.participants) ?? name;
  const promise = context.vocabs.flatMap((v) => v.selfTasks).find((p) => rest.startsWith(`${p} `));
  if (promise !== undefined && !written.includes(' ')) return { speakers: [resolve(written)], words: `${written}: ${promise}` };
  const link = gather(context.vocabs, 'speakerLinks').find((p) => rest.startsWith(`${p} `) && !rest.startsWith(`${p} be `));
  if (link === undefined) return null;
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null;
  const names = splitNames(written, context.vocabs, known, true);
  if (!names || !names.every((n) => known(n) || n.startsWith('@') || nameShaped(n, context, false))) return null;
  return { speakers: names.map(resolve), words: `${written}: ${asWritten(match[2] ?? '', link)}` };
}

function isDone(draft: Draft, context: FindContext): boolean {
  if (draft.unit.checked === true || draft.unit.struck) return true;
  const done = doneWords(context.allVocabs);
  const folded = fold(draft.text);
  for (const match of folded.matchAll(DONE_WORD)) {
    const word = match[1] ?? '';
    if (done.has(word) && !folded.slice(0, match.index + 1).endsWith('to be ')) return true;
  }
  return false;
}

/** The folded done words of the vocabularies longer than two letters, gathered once per list of vocabularies. */
const doneWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(gather(vocabs, 'doneWords').filter((w) => w.length > 2).map(fold)));
