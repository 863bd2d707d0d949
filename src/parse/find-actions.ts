import { fold, sharedStart } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { ActionItem } from '../model/action-item.js';
import type { Cue } from '../model/cue.js';
import type { Decision } from '../model/decision.js';
import type { Position } from '../model/position.js';
import { foldedPromises, groupPassive, headingPromise, holdsStandingWord, infinitivePassive, modalPassive, passiveTask, presentDeedPassive, selfTask } from './action-grammar.js';
import { holdsOffice } from './action-office.js';
import { heldEvent } from './held-event.js';
import { holdsMeetingWord, meetingStems } from './meeting-words.js';
import { ownerKind } from './owner-kinds.js';
import { nextMeetingDate, nextMeetingDue } from './next-meeting-due.js';
import { endsState, forbidsDeed, nobodyIsTo } from './negated-duty.js';
import { passiveAgents } from './passive-agent.js';
import { delegationOnly } from './action-delegation.js';
import { assignedOwners, assigneesAfter, handedToGroup, headingAbove, headingOwners, invertedSubjects, nameShaped, ownerLabel, ownerNote, ownersIn, readOwner, type SectionLead } from './action-owners.js';
import { asWritten, byFirstWord, gather, includesAny, textKey, wordCount, wordSet, wordsOf } from './cues.js';
import { isProposed } from './decision-grammar.js';
import { arrowedPerson, outcomeArrow } from './decision-markers.js';
import { EMPTY_CELL } from './decision-tables.js';
import type { AgendaDraft } from './agenda-draft.js';
import type { FindContext } from './find-context.js';
import type { Line } from './types.js';
import { readDue } from './read-due.js';
import { rowPieces } from './row-pieces.js';
import { fieldOf } from './read-label.js';
import { weekdayOf } from './read-dates.js';
import { bodyDeed, conditionalWords, impersonalPhrases, oneOf, openingNames, type OwnerMatch, roleSubjects, splitLead, splitNames, subjectOwners, trailingOwners } from './read-owners.js';
import { sentencesOf } from './read-attendance.js';
import { abbreviatedIn, initialsOwner, resolvePerson } from './resolve-people.js';
import { opensWithClause, type Unit } from './to-units.js';
import { isBlank, trimEndWhere } from './trim.js';

/** Regular expressions used for each sentence or name. */
const CAPITAL = /^\p{Lu}/u;

const FULL_NAME = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u;

/** A question mark that ends a text, before any closing quotes or brackets. */
const QUESTION_END = /\?["”)]*$/u;

/** The end of a sentence and the capital that opens the next one. */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}/u;

/** The abbreviation that opens an example (`e.g.`, `esim.`, `t.ex.`, `z.B.`, `bijv.`). */
const EXAMPLE = /^[\s*_-]*(?:e\.g|i\.e|esim|t\.ex|z\.b|bijv)\b/iu;

/** A line that is only a web link. */
const BARE_LINK = /^\s*<?https?:\/\/[^\s>]+>?\s*$/u;

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
  const tasked = new Set<Unit>();
  let lead: SectionLead = { key: '', owners: null };
  let previous: { unit: Unit; drafts: number } | null = null;
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
      if (/[:：]$/u.test(trimEndWhere(unit.text, (code) => isBlank(code) || code === 0x2a || code === 0x5f))) lead.owners = null;
    } else lead = { key: '', owners: null };
    const isDecision = decided.has(`${unit.start.line}:${unit.start.column}`);
    const found = withDelegations(actionsOf(unit, context, isDecision, lead.owners), context);
    // `Er moet een nieuwe kerstboom komen.` / `Actie: Rennie`: the marker hands the sentence above, no task by itself, to the names.
    const handed: boolean = found.length === 1 && previous !== null && previous.drafts === 0 && unit.block - previous.unit.block <= 1 && markerOfNames(found[0] as Draft, context) && !isItemTitle(previous.unit, previous.unit.text, context);
    // `PAT testing needs to be done. JC to arrange.`: a delegation with no object hands on the matter the sentence before it states.
    const delegated: Draft[] | null = !handed && previous !== null ? delegation(found, previous, drafts, context) : null;
    if (delegated !== null) {
      drafts.push(...delegated);
      previous = { unit, drafts: delegated.length };
      continue;
    }
    drafts.push(...(handed && previous ? [{ ...(found[0] as Draft), text: previous.unit.text, start: previous.unit.start, unit: previous.unit }] : found));
    if (found.length > 0) tasked.add(unit);
    previous = { unit, drafts: found.length };
  }
  const named = namedAmongTasks(units, tasked, decided, context);
  // Each in its place among the others, after the last task that starts before it: the two runs, each in order, merged in one pass.
  if (named.length > 0) {
    const merged: Draft[] = [];
    let n = 0;
    for (const draft of drafts) {
      while (n < named.length && before((named[n] as Draft).start, draft.start)) merged.push(named[n++] as Draft);
      merged.push(draft);
    }
    for (; n < named.length; n++) merged.push(named[n] as Draft);
    // A loop, not a spread: a long list holds more tasks than a call takes arguments.
    drafts.length = 0;
    for (const draft of merged) drafts.push(draft);
  }
  const actions: ActionItem[] = [];
  const seen = new Set<string>();
  const earlier: EarlierTasks = new Map();
  // The next meeting's date, looked for once a task needs it.
  let nextDate: { date: string | null } | undefined;
  for (const draft of withOwnerLines(drafts, context)) {
    // A template's placeholder under `Action items` (`N/A`, `None`, `-`) is no task.
    if (EMPTY_CELL.test(draft.text.trim())) continue;
    const resolved = draft.owners.map((o) => readOwner(o, context));
    const owners = [...new Set(resolved.flatMap((o) => (o.kind === 'person' ? [o.name ?? o.written] : o.name !== null ? [o.name] : [])))];
    const key = `${[...owners].sort().join('|')}\n${textKey(draft.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const item = context.drafts[context.itemOf[draft.unit.line] ?? -1];
    const due = readDue(draft.dueText ?? draft.text, context.header.date, context.allVocabs) ?? nextMeetingDue(draft.dueText ?? draft.text, () => (nextDate ??= { date: nextMeetingDate(context.lines, context.header.date, context.allVocabs) }).date, context.allVocabs);
    const mine = contentWords(draft.text, owners, context);
    const listed = draft.cue.kind !== 'grammar';
    const found = sameTask(earlier, owners, mine, listed);
    // Tasks that differ by a number (`check room 101`, `check room 102`) are two.
    const twin = found !== undefined && sameNumbers(found.text, draft.text) ? found : undefined;
    if (twin !== undefined) {
      twin.due ??= due;
      // An actions list at the end names the owner the prose left out (`Actiepunt: ... wordt gedeeld`, then `| ... | Frank |`).
      if (twin.owners.length === 0 && owners.length > 0) {
        twin.owners = owners;
        remember(earlier, owners, twin, mine, listed);
      }
      continue;
    }
    const action: ActionItem = {
      id: `A${actions.length + 1}`,
      item: item?.number ?? null,
      owners,
      text: draft.text,
      due,
      status: draft.done || isDone(draft, context) ? 'done' : 'open',
      position: draft.start,
      cue: { ...draft.cue, owner: ownerNote(resolved) },
    };
    actions.push(action);
    remember(earlier, owners, action, mine, listed);
  }
  return actions;
}

/** The words of reporting, being and having done of the vocabularies, gathered once per list of vocabularies. */
const reportOrDone = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set([...gather(vocabs, 'reportWords'), ...gather(vocabs, 'copulas'), ...gather(vocabs, 'doneWords')]));

/** Whether a text opens with a few words and a colon (`Ada: will call`, `Tim/Joe: needs to`). */
function colonLed(text: string): boolean {
  const lead = splitLead(text);
  return lead !== null && text.charAt(text.indexOf(lead.names) + lead.names.length) === ':';
}

/** Whether the numbers of one text are all in the other (`room 101` is no `room 102`; a time stamp added to one is no matter). */
function sameNumbers(a: string, b: string): boolean {
  const x: string[] = a.match(/\d+/gu) ?? [];
  const y: string[] = b.match(/\d+/gu) ?? [];
  return x.every((n) => y.includes(n)) || y.every((n) => x.includes(n));
}

/** Whether position `a` comes before position `b` in the text. */
function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}

/**
 * The entries of a list of tasks that name their doer before a colon (`- Jaakko vastaa pysäköinnistä` /
 * `- Urpo hankkii järjestyksenvalvojat` / `- Raili: lehdistötiedote paikallislehdille`): where two
 * entries or more of a list are tasks, and at least half of it, an entry that is a participant's
 * name (or a name that recurs in the minutes), a colon and what they do is theirs as well, as a list of tasks shortens one. Entries of an
 * actions section are read as such already; a question, or a report (a word of reporting, being or having done), is none.
 */
function namedAmongTasks(units: readonly Unit[], tasked: ReadonlySet<Unit>, decided: ReadonlySet<string>, context: FindContext): Draft[] {
  const out: Draft[] = [];
  const { lines, header } = context;
  let run: Unit[] = [];
  const flush = (): void => {
    // The tasks are sentences (`- Aino hankkii ...`), not a speaker's notes (`- Ada: will call ...` / `- John: thanks, ...`), where a name and a colon tell who spoke.
    const done = run.filter((u) => tasked.has(u) && !colonLed(u.text)).length;
    if (done >= 2 && done * 2 >= run.length) {
      for (const unit of run) {
        if (tasked.has(unit) || decided.has(`${unit.start.line}:${unit.start.column}`) || /\?\s*$/u.test(unit.text)) continue;
        const lead = splitLead(unit.text);
        // A name and a colon, not a dash (`Monzo - continue to use their space`), and a task, not a report (`Ebba: utvärderingarna är inne`, `Wilma: bokslutet klart`).
        if (lead === null || !colonLed(unit.text) || wordsOf(lead.rest).length < 2 || wordsOf(lead.rest).some((w) => reportOrDone(context.allVocabs).has(w))) continue;
        const names = lead.names.split(/[,&/+]/u).map((n) => n.trim());
        // Each a participant, or a name written as one that recurs in the minutes (`Ahmed`, where no list of participants names him).
        const owners = names.map((n) => resolvePerson(n, header.participants) ?? (nameShaped(n, context) ? n : null));
        if (owners.some((o) => o === null)) continue;
        out.push({ text: unit.text, owners: owners as string[], start: unit.start, unit, cue: { kind: 'grammar', words: `${lead.names}:` } });
      }
    }
    run = [];
  };
  for (const unit of units) {
    const line = lines[unit.line] as Line;
    const last = run[run.length - 1];
    const lastLine = last === undefined ? undefined : (lines[last.line] as Line);
    // Notes nested under an entry belong to it: the list goes on after them.
    if (last !== undefined && line.listDepth > (lastLine as Line).listDepth) continue;
    const sibling = unit.kind === 'item' && unit.section !== 'actions' && line.listDepth > 0 && (lastLine === undefined || (line.listDepth === lastLine.listDepth && line.parentItem === lastLine.parentItem));
    if (!sibling) flush();
    if (unit.kind === 'item' && unit.section !== 'actions' && line.listDepth > 0) run.push(unit);
  }
  flush();
  return out;
}

/** Whether a folded sentence opens by reporting a question (`De vraag was hoe`, `Frågan är om`). */
function reportsQuestion(folded: string, vocabs: readonly Vocabulary[]): boolean {
  return reportedQuestions(vocabs).some((q) => folded.startsWith(q));
}

const reportedQuestions = oncePer((vocabs: readonly Vocabulary[]): string[] => gather(vocabs, 'reportedQuestions').map((q) => fold(q)));

/**
 * The blocks of list items that have items nested under them, other than examples (`e.g., a label`),
 * which illustrate the item above instead of dividing it.
 */
const heads = oncePer((context: FindContext): Set<number> => new Set(context.lines.filter((l) => l.parentItem >= 0 && !EXAMPLE.test(l.text)).map((l) => l.parentItem)));

/**
 * The drafts with an owner's line (`Ansvarig: Mohammed`, `Verantwortlich: Jana`, after the task in
 * its paragraph: `Åtgärd: Beställa tvättmaskin. Ansvarig: Mohammed`) given to the task before it
 * that has no owner, instead of standing as a task of its own.
 */
function withOwnerLines(drafts: readonly Draft[], context: FindContext): Draft[] {
  const out: Draft[] = [];
  for (const draft of drafts) {
    const previous = out[out.length - 1];
    if (previous && previous.owners.length === 0 && previous.unit.block === draft.unit.block && draft.owners.length > 0 && ownerLine(draft, context)) {
      out[out.length - 1] = { ...previous, owners: draft.owners };
      continue;
    }
    // A marker and names after a task (`Hennie neemt dit mee.` / `ACTIE Hennie`) hand that task out: no task of their own.
    if (previous && draft.unit.block - previous.unit.block <= 1 && markerOfNames(draft, context) && draft.unit !== previous.unit) {
      if (previous.owners.length === 0) out[out.length - 1] = { ...previous, owners: draft.owners };
      if (previous.owners.length === 0 || sameNames(previous.owners, draft.owners)) continue;
    }
    out.push(draft);
  }
  return out;
}

/**
 * The people an owner's label gives when nothing else follows it (`Ansvarig: Olle Vik`, `Owner: Ann
 * Lee, Bo Chan`, `Vastuu: Minna Mäki.`): the label of the owner column says the words after it are
 * names. Empty for any other marker, or where a part is no name.
 */
function ownerFieldNames(marker: { marker: string; rest: string }, context: FindContext, known: (name: string) => boolean): string[] {
  const label = fold(marker.marker).trim();
  if (!context.allVocabs.some((v) => v.columns.owner.includes(label))) return [];
  return splitNames(marker.rest.trim().replace(/[.;]$/u, '').trim(), context.vocabs, known) ?? [];
}

/**
 * A marker and names closing a paragraph after its last sentence or a dash (`... will be posted on
 * the board. Action: Ruth`, `Postcards - Action: Tom`), as the owners' column of a table reads when
 * flattened into the item's line: the sentences before it are the task, the names its owners, an
 * office its holder (`Action: Clerk`), or nobody for a group (`Action: all`). Null unless the words
 * after the marker are only that.
 */
function closingMarker(text: string, context: FindContext, known: (name: string) => boolean): { task: string; owners: string[]; marker: string } | null {
  const stop = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '));
  // Or after a dash, as a point of a list hands itself on (`Postcards - Action: Tom`).
  const dash = Math.max(text.lastIndexOf(' - '), text.lastIndexOf(' – '), text.lastIndexOf(' — '));
  const at = Math.max(stop, dash);
  if (at <= 0 || text.length - at > 64) return null;
  const marker = markerRest(text.slice(at + (at === dash ? 3 : 2)), context);
  if (marker === null) return null;
  // After a dash, a label of who answers for a topic (`Hemsidan - Ansvarig: Karin`, `Budget - Vastuu: Matti`) names its keeper, not a task's.
  if (at === dash && ownerColumns(context.allVocabs).has(fold(marker.marker).trim())) return null;
  const rest = trimEndWhere(marker.rest, (code) => isBlank(code) || code === 0x2e);
  const named = participantsOnly(rest, context, known);
  // An office (`Action: Clerk`) names whoever holds it; a group (`Action: all`, `Action: Committee`) nobody.
  const kind = named.length > 0 ? null : ownerKind(rest, context.allVocabs);
  if (named.length === 0 && kind === null && !gather(context.vocabs, 'everyone').includes(rest.toLowerCase())) return null;
  // A point handed on after a dash keeps its marker: the point alone may be one word (`Postcards`).
  return { task: at === dash ? text : text.slice(0, at + 1), owners: named.length > 0 ? named : kind?.kind === 'role' ? [rest] : [], marker: marker.marker };
}

/**
 * The participants a marker's rest names and nothing else (`Action – Ian Mc Kenzie`, `ACTION: Ann
 * Lee and Bo Chan`): the marker set after a paragraph hands it to them. Empty where a word is no
 * participant's name, so a task of its own after the marker keeps its own reading.
 */
function participantsOnly(rest: string, context: FindContext, known: (name: string) => boolean): string[] {
  const names = splitNames(trimEndWhere(rest, (code) => isBlank(code) || code === 0x2e || code === 0x3b), context.vocabs, known);
  return names !== null && names.length > 0 && names.every(known) ? names : [];
}

/**
 * Whether a draft is an action marker and names only (`Actie: Treja`, `ACTIE Hennie`, `Action: Bob
 * and Ann`, or a body: `ACTIE OR`): set on the line after the task it hands to them, as minutes with
 * a column of owners read when flattened.
 */
function markerOfNames(draft: Draft, context: FindContext): boolean {
  if (draft.cue.kind !== 'marker') return false;
  if (!actionMarkers(context.allVocabs).includes(fold(draft.cue.words).trim())) return false;
  const at = draft.text.indexOf(draft.cue.words);
  if (at < 0 || draft.text.slice(0, at).replace(/[\s*_]/gu, '') !== '') return false;
  const rest = trimEndWhere(draft.text.slice(at + draft.cue.words.length).replace(/^[\s:：*_–—-]+/u, ''), (code) => isBlank(code) || code === 0x2e || code === 0x3b || code === 0x2a || code === 0x5f);
  const words = rest.split(/[\s,/&+]+/u).filter((w) => w !== '');
  const ands = gather(context.vocabs, 'and');
  // The whole body in lower case (`Action: all`) names no one, yet hands the task above on as a name would.
  const everyone = words.length === 1 && gather(context.vocabs, 'everyone').includes((words[0] ?? '').toLowerCase());
  if (everyone) return true;
  if (words.length === 0 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w) || ands.includes(w.toLowerCase()))) return false;
  // The words name participants, a body or an office (`ACTIE OR`), not a task in one word (`Actie: Bellen`).
  if (draft.owners.length === 0) return ownerKind(rest, context.allVocabs) !== null;
  return draft.owners.every((name) => resolvePerson(name, context.header.participants) !== null || ownerKind(name, context.allVocabs) !== null);
}

/**
 * The drafts a delegation with no object of its own (`JC to arrange.`, `Clerk to action`) leaves,
 * or null when the unit is no such delegation: the matter the sentence just before it in the same
 * paragraph states, as a task of the delegation's owners; nothing of its own where that sentence is a
 * task already (`Clerk to put the report on the website. Clerk to action`), which takes these owners
 * if it has none.
 */
function delegation(found: readonly Draft[], previous: { unit: Unit; drafts: number }, drafts: Draft[], context: FindContext): Draft[] | null {
  const draft = found[0];
  if (found.length !== 1 || draft === undefined || previous.unit.block !== draft.unit.block || !delegates(draft, context)) return null;
  if (previous.drafts === 0) {
    if (isItemTitle(previous.unit, previous.unit.text, context)) return null;
    return [{ ...draft, text: `${previous.unit.text} ${draft.text}`, start: previous.unit.start, unit: previous.unit }];
  }
  const earlier = drafts.slice(drafts.length - previous.drafts);
  if (!earlier.every((d) => d.owners.length === 0 || sameOwners(d.owners, draft.owners, context))) return null;
  for (const task of earlier) if (task.owners.length === 0) task.owners = [...draft.owners];
  return [];
}

/**
 * The drafts of one unit with its delegations of no object joined to the matter before them: one
 * after a task of the same unit (`Clerk to put the report on the website. Clerk to action`) adds
 * nothing but its owners, where the task has none; one after a sentence of no task takes that
 * sentence as its matter. One that opens the unit is left for the unit before it.
 */
function withDelegations(found: Draft[], context: FindContext): Draft[] {
  if (found.length === 0 || !found.some((d) => delegates(d, context))) return found;
  const out: Draft[] = [];
  for (const draft of found) {
    const before = out[out.length - 1];
    if (!delegates(draft, context)) out.push(draft);
    else if (before !== undefined && (before.owners.length === 0 || sameOwners(before.owners, draft.owners, context))) {
      if (before.owners.length === 0) before.owners = [...draft.owners];
    } else if (before !== undefined) out.push(draft);
    else {
      // Only a whole sentence before it (one that ends in a stop) states its matter.
      const at = draft.unit.text.indexOf(draft.text);
      const opening = at > 0 ? draft.unit.text.slice(0, at).trimEnd() : '';
      const matter = /[.!?]$/u.test(opening) ? lastSentence(opening) : '';
      out.push(matter === '' ? draft : { ...draft, text: `${matter} ${draft.text}` });
    }
  }
  return out;
}

/** Whether two lists of written owners stand for the same people once read (`the Clerk` and `Clerk`, `JC` and `Janet`). */
function sameOwners(a: readonly string[], b: readonly string[], context: FindContext): boolean {
  const read = (names: readonly string[]): string[] => names.map((n) => { const o = readOwner(n, context); return o.name ?? o.written; });
  return sameNames(read(a), read(b));
}

/** Whether a draft is a delegation with no object of its own (`JC to arrange.`) to people, an office or a body the minutes know. */
function delegates(draft: Draft, context: FindContext): boolean {
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null || initialsOwner(name, context.header.participants) !== null || ownerKind(name, context.allVocabs) !== null;
  return delegationOnly(draft.text, draft.owners, context.allVocabs, known);
}

/** The last sentence of a text (after its last `. `, `! ` or `? `), trimmed; the whole text when it has one sentence. */
function lastSentence(text: string): string {
  const body = text.trimEnd();
  let from = 0;
  for (let k = body.length - 2; k > 0; k--) {
    if ((body[k] === '.' || body[k] === '!' || body[k] === '?') && /\s/u.test(body[k + 1] ?? '')) {
      from = k + 1;
      break;
    }
  }
  return body.slice(from).trim();
}

/** Whether two lists of owners name the same people, in any order. */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name) => b.some((other) => fold(other) === fold(name) || fold(other).startsWith(`${fold(name)} `) || fold(name).startsWith(`${fold(other)} `)));
}

/** Whether a draft is only an owner's label and names (`Ansvarig: Mohammed`, `Wie: Jan en Piet`). */
function ownerLine(draft: Draft, context: FindContext): boolean {
  if (draft.cue.kind !== 'marker') return false;
  const label = fold(draft.cue.words).trim();
  if (!context.allVocabs.some((v) => v.columns.owner.includes(label))) return false;
  const rest = draft.text.slice(draft.text.indexOf(draft.cue.words) + draft.cue.words.length).replace(/^[\s:：*_]+/u, '');
  return wordsOf(rest).length <= 4;
}

/** The tasks found so far by their owners (sorted, joined), each with its content words and whether a list of tasks gave it; the latest `LOOK_BACK` of each. */
type EarlierTasks = Map<string, { action: ActionItem; content: Set<string>; listed: boolean }[]>;

/** How many earlier tasks of the same owners a task is compared with: a summary repeats a meeting's tasks, never thousands. */
const LOOK_BACK = 64;

/** The content words of a task: words of three letters or more, not the owners' names, stop words, links or deadline words. */
function contentWords(text: string, owners: readonly string[], context: FindContext): Set<string> {
  const names = new Set(owners.flatMap((o) => wordsOf(fold(o))));
  const stops = stopwords(context.allVocabs);
  return new Set(wordsOf(fold(text)).filter((w) => /^\p{L}{3,}$/u.test(w) && !names.has(w) && !stops.has(w)));
}

/** The most content words of a task compared as a summary's restatement (each word against each of the other's). */
const LONGEST_SUMMED = 24;

/** The fewest letters two forms of a word share at their start to be one word inflected (`undersöka`, `undersöker`). */
const SHORTEST_STEM = 5;
/** The most letters past the shared start the shorter form may end in (`-a` / `-er`, `-en` / `-ing`). */
const LONGEST_ENDING = 3;

/** Whether two content words are one word: the same, one the other's start (`budget`, `budgets`), or one stem inflected two ways. */
function sameWord(a: string, b: string): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  const shared = sharedStart(a, b);
  return shared >= SHORTEST_STEM && shared + LONGEST_ENDING >= Math.min(a.length, b.length);
}

/**
 * The action already found that a task repeats, as minutes repeat their tasks in a summary list
 * (`@sam will write the upgrade guide.` and later `- [ ] @sam — upgrade guide`): the same owners
 * (one at least), and every content word of the shorter text in the longer, owners' names aside.
 * Where the notes wrote it and a list of tasks after them sums it up (a table, a checklist, an
 * actions section), the list says it in words of its own
 * (`Tove undersöker om man kan byta till digitala bokningstavlor.`, then `| Undersöka digitala
 * bokningstavlor | Tove |`): two content words shared are enough, half the shorter's at least and its
 * longest among them (`Piet vraagt offertes op voor een nieuwe vaatwasser` is no `offertes nieuwe koelkast`).
 */
function sameTask(earlier: EarlierTasks, owners: readonly string[], mine: ReadonlySet<string>, listed: boolean): ActionItem | undefined {
  const repeats = ({ content: theirs, listed: summed }: { content: Set<string>; listed: boolean }): boolean => {
    const [short, long] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine];
    if (short.size < 2) return false;
    // A summary's entry is a few words: a long text is compared word for word only, each word with the other's once.
    if (short.size > LONGEST_SUMMED) return [...short].every((w) => long.has(w));
    const shared = [...short].filter((w) => long.has(w) || [...long].some((l) => sameWord(l, w)));
    if (shared.length === short.size) return true;
    // The longest word of the shorter says most what the task is about (`vaatwasser`, not `offertes`): it must be shared.
    const longest = [...short].reduce((a, b) => (b.length > a.length ? b : a));
    return listed && !summed && shared.length >= 2 && shared.length * 2 >= short.size && shared.includes(longest);
  };
  // A task with owners may repeat one the minutes wrote without them (an actions list after the notes): three content words at least, then.
  // Two tasks without owners are never one: the same words may stand for two documents' tasks.
  const strict = (task: { content: Set<string>; listed: boolean }): boolean => Math.min(task.content.size, mine.size) >= 3 && repeats(task);
  if (owners.length === 0) return undefined;
  return (earlier.get(ownersKey(owners))?.find(repeats) ?? earlier.get('')?.find(strict))?.action;
}

/** Keep a task among the earlier ones of its owners, the oldest let go past `LOOK_BACK`. */
function remember(earlier: EarlierTasks, owners: readonly string[], action: ActionItem, content: Set<string>, listed: boolean): void {
  const key = ownersKey(owners);
  const list = earlier.get(key) ?? [];
  list.push({ action, content, listed });
  if (list.length > LOOK_BACK) list.shift();
  earlier.set(key, list);
}

function ownersKey(owners: readonly string[]): string {
  return [...owners].sort().join('\n');
}

/**
 * Whether a word is the name of a weekday or its abbreviation (`Mi.`, `Fri`, `ma`): a date with its
 * weekday in parentheses (`Am 21.6. (Mi.) soll ...`) puts one where a name may stand, but no person
 * is called so. (Months are left out: `Jan` is a name as well.)
 */
function calendarWord(name: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(name);
  return words.length === 1 && weekdayOf(words[0] as string, vocabs, true) >= 0;
}

/** The stop words of the vocabularies, with the links of owners (`will`, `to`) and the words of deadlines (`by`, `May`, `Friday`), made once. */
const stopwords = oncePer((vocabs: readonly Vocabulary[]): Set<string> =>
  new Set(vocabs.flatMap((v) => [...v.stopwords, ...v.dueLeads, ...v.next, ...v.months.flat(), ...v.weekdays.flat(), ...v.ownerLinks].flatMap((l) => wordsOf(fold(l))))));

function actionsOf(unit: Unit, context: FindContext, isDecision: boolean, leadOwners: string[] | null): Draft[] {
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null || initialsOwner(name, context.header.participants) !== null;
  // A name of several words that no participant bears is no person when the minutes list participants.
  const listed = context.header.participants.length >= 2;
  const trusted = (name: string): boolean =>
    known(name) || name.startsWith('@') || abbreviatedIn(name, context.header.participants) !== null || (!isDecision && !(listed && name.includes(' ')) && !calendarWord(name, vocabs) && wordsOf(fold(name)).some((w) => context.proper.has(w)));
  const { vocabs } = context;
  if (unit.columns && unit.cells) {
    const tabled = tableAction(unit, context, known, trusted);
    // A row of minutes kept as a table with no column of tasks: each sentence of its cells is read as running text.
    return tabled.length > 0 ? tabled : rowPieces(unit, context).flatMap((piece) => actionsOf(piece, context, isDecision, leadOwners));
  }
  const text = unit.text.replace(/^\[[ xX]\]\s*/, '');
  // A bare link (`https://github.com/org/repo/pull/12`) under a task is its reference, no task of its own.
  if (/[:：]$/.test(text) || BARE_LINK.test(text) || ((context.agendaLines.has(unit.line) || isItemTitle(unit, text, context)) && !wholeMinute(text)) || repeatsAgendaTitle(unit, text, context)) return [];
  const folded = fold(text);
  if (aboutNextMeeting(folded, vocabs) || EXAMPLE.test(text)) return [];
  const self = selfTask(text, context);
  if (self) return [{ text, owners: self.speakers, start: unit.start, unit, cue: { kind: 'grammar', words: self.words } }];
  const own = unit.section === 'actions' || isDecision ? null : headingPromise(unit, text, context);
  if (own) return [{ text, owners: own.owners, start: unit.start, unit, cue: { kind: 'grammar', words: own.words } }];
  // `=> Bo does the newsletter`: the arrow hands the point to the participant it opens with.
  const arrow = isDecision ? null : outcomeArrow(text);
  const handed = arrow === null ? null : arrowedPerson(arrow.rest, known);
  if (arrow !== null && handed !== null) {
    // `=> Bo and Cy do the raffle`: all the people the arrow hands it to.
    const named = openingNames(arrow.rest, vocabs, known)?.names ?? [];
    const owners = named.length > 1 && named.every(known) ? named : [handed];
    return [{ text, owners, start: unit.start, unit, cue: { kind: 'marker', words: arrow.arrow } }];
  }
  const closing = isDecision || unit.section === 'agenda' ? null : closingMarker(text, context, known);
  if (closing !== null) return [{ text: closing.task, owners: closing.owners, start: unit.start, unit, cue: { kind: 'marker', words: closing.marker } }];
  const marker = markerRest(text, context);
  if (marker !== null) {
    // A marker over several tasks in a row, each opened by its people (`=> Owen drafts the policy, Fatima sets up the alias`): each theirs.
    const series = assignmentSeries(marker.rest, context, known);
    if (series !== null) return series.map(({ owners, part }) => ({ text: part, owners, start: unit.start, unit, cue: { kind: 'marker', words: marker.marker } }));
    // A marker and names only (`Action: Bob Marsh and Cy Dee`, `Action: BM / CD`) hands the task to all of them.
    const only = participantsOnly(marker.rest, context, known);
    const owners = only.length > 0 ? only : ownersIn(marker.rest, context, known, trusted, true);
    const named = owners.length > 0 ? owners : ownerFieldNames(marker, context, known);
    return [{ text, owners: named, start: unit.start, unit, cue: { kind: 'marker', words: marker.marker } }];
  }
  // A checklist under the agenda ticks off the topics covered (`- [x] Review open RFCs`): no tasks.
  if (unit.section === 'agenda' && unit.checked !== null) return [];
  if (!isDecision && (unit.checked !== null || (unit.section === 'actions' && unit.kind !== 'sentence'))) {
    if (unit.section === 'actions' && splitNames(text, vocabs, known) && unit.kind === 'item') return [];
    // A question under an actions heading (`- how long is the data kept?`) asks, and nobody is to do it yet;
    // a task that a question follows (`Ask the venue. Can we stay late?`) is still a task.
    if (unit.checked === null && QUESTION_END.test(text) && !SENTENCE_BREAK.test(text)) return [];
    const series = unit.section === 'actions' ? assignmentSeries(text, context, known) : null;
    if (series !== null) return series.map(({ owners, part }) => ({ text: part, owners, start: unit.start, unit, cue: { kind: 'section', words: unit.sectionLabel ?? 'actions' } }));
    const owners = ownersIn(text, context, known, trusted, unit.section === 'actions');
    // An entry with entries of its own under an actions heading (`- Kubeflow` / `  - involvement`), and no one's, is their topic, no task.
    // One that speaks of the future (`JZF will help get materials ready`) is a task still.
    if (unit.section === 'actions' && unit.checked === null && owners.length === 0 && heads(context).has(context.lines[unit.line]?.block ?? -1) && !includesAny(folded, gather(vocabs, 'futureAuxiliaries'))) return [];
    const parent = unit.parentText ? splitNames(unit.parentText, vocabs, known) : null;
    const cue: Cue = unit.checked !== null ? { kind: 'task-list', words: unit.checked ? '[x]' : '[ ]' } : { kind: 'section', words: unit.sectionLabel ?? 'actions' };
    return [{ text, owners: owners.length ? owners : (parent ?? leadOwners ?? labelOwners(unit, context, known) ?? []), start: unit.start, unit, cue }];
  }
  // `De vraag was hoe de adressering zal gebeuren`: a question reported, not asked, is no task either.
  if (QUESTION_END.test(text) || reportsQuestion(folded, vocabs) || underReport(unit, context)) return [];
  // A proposal nobody has carried yet (`Ehdotettiin, että retki tehdään syksyllä`) gives no task.
  if (!isDecision && isProposed(wordsOf(text), context.allVocabs)) return [];
  // What nobody is to do (`Dan should not print ...`, `ska inte förväxlas`) is no task.
  if (forbidsDeed(text, vocabs) || nobodyIsTo(text, vocabs)) return [];
  // What someone no longer does (`Adi steht nicht mehr zur Verfügung`) is a change reported, no task.
  if (endsState(text, vocabs)) return [];
  // The subject of a modal passive (`Aalst zal ingelicht worden`) is told, no doer.
  const passiveAt = isDecision ? null : modalPassive(text, context);
  const passiveFrom = passiveAt === null ? -1 : text.indexOf(passiveAt);
  const patient = (m: OwnerMatch): boolean => passiveFrom >= m.index && passiveFrom < m.index + m.length;
  const subjects = subjectOwners(withoutClauseWord(text, context), vocabs, known, (name) => trusted(name) || nameShaped(name, context) || (!isDecision && !listed && FULL_NAME.test(name)))
    .filter((m) => !patient(m))
    .filter((m) => m.owners.every(trusted) || m.linked === true)
    .filter((m) => !m.owners.some((o) => gather(vocabs, 'everyone').includes(o.toLowerCase())))
    .filter((m) => !presenter(text, m, context) && !servesMeeting(text, m, context))
    .map((m) => withCoordinatedHead(text, m, context, known));
  const roles = [...roleSubjects(text, vocabs), ...assignedOwners(text, context), ...assigneesAfter(text, context), ...invertedSubjects(text, context)].filter((r) => !subjects.some((m) => r.index < m.index + m.length && m.index < r.index + r.length));
  // Who takes or keeps an office (`Karin übernimmt das Amt der Kassiererin`) is reported, no task.
  const doers = [...subjects, ...roles].filter((m) => !holdsOffice(text, m, vocabs));
  if (doers.length < subjects.length + roles.length && doers.length === 0) return [];
  if (doers.length > 0) return splitClauses(text, doers.sort((a, b) => a.index - b.index), unit, vocabs).map((draft) => withPartner(draft, context, known, trusted));
  const decided = isDecision ? decidedDoers(text, context, known) : null;
  if (decided !== null) return [{ text, owners: decided.owners, start: unit.start, unit, cue: { kind: 'grammar', words: decided.words } }];
  const trailing = unit.kind === 'item' || opensWithPromise(text, context) ? assignedAfter(text, trailingOwners(text, vocabs, known), context) : null;
  if (trailing && !trailing.owners.every((n) => trusted(n) || nameShaped(n, context))) return [];
  // `Treasurer - Tony`, `Kassör: Olle Berg`: an office and who holds it, as an election's result is listed, no task.
  if (trailing && officeWords(context.vocabs).has(fold(trimEndWhere(text.slice(0, trailing.index), (code) => isBlank(code) || DASH_OR_COLON.has(code))))) return [];
  // A decision that names its doers after a dash (`Use one channel for the docs - Antonio`) is a task too.
  if (trailing && (!isDecision || /^\s*[-–—]/u.test(text.slice(trailing.index)))) {
    const words = text.slice(trailing.index, trailing.index + trailing.length).trim();
    // A note handed on by an arrow (`… → Elena`) is marked so, as a label marks a task.
    return [{ text, owners: trailing.owners, start: unit.start, unit, cue: { kind: HANDED.test(words) ? 'marker' : 'grammar', words } }];
  }
  // `Styrelsen ger i uppdrag åt FK att ...`: a task handed to a group, decided or not, is the group's.
  const group = handedToGroup(text, context);
  if (group !== null) return [{ text, owners: [], start: unit.start, unit, cue: { kind: 'grammar', words: group } }];
  // `Het bestuur zal dit nader bekijken`, `The committee will review the policy`: a body takes the task on, and no person is named for it.
  const taken = isDecision ? null : bodyTask(text, context);
  if (taken !== null) return [{ text, owners: [], start: unit.start, unit, cue: { kind: 'grammar', words: taken } }];
  const ours = isDecision ? null : datedGroupTask(text, context);
  if (ours !== null) return [{ text, owners: [], start: unit.start, unit, cue: { kind: 'grammar', words: ours } }];
  const passive = isDecision ? settledTask(text, context) : taskPassive(text, context);
  if (passive !== null) {
    const paren = /\(([^()]+)\)/.exec(text);
    const named = paren ? subjectOwners(paren[1] ?? '', vocabs, known, trusted).flatMap((m) => m.owners) : [];
    // `Fika ska inhandlas av Sanna och Henrik`: the doers after the passive's preposition of the agent.
    const written = asWritten(text, passive);
    const owners = named.length > 0 ? named : passiveAgents(text, vocabs, known, Math.max(0, text.indexOf(written)));
    return [{ text, owners, start: unit.start, unit, cue: { kind: 'grammar', words: written } }];
  }
  return [];
}

/**
 * The passive a decided matter opens with when the group settles on a deed (`Tehdään kerholle
 * esite`, `Hankitaan uusi kahvinkeitin`): Finnish minutes write what the group is to do as its
 * passive, and the matter is both decided and the group's task, nobody named. Only a passive of a
 * deed the phrasebook lists: the meeting's own acts (`Hylätään hakemus`, `Siirretään asia`,
 * `Otetaan jäseniksi`), conduct (`Jatketaan näin`) and aims are decided, no task; nor a standing rule
 * or a condition (`Tehdään jatkossakin näin`, `Tarjotaan kahvit joka kokouksessa`, `..., jos rahaa
 * jää`): nothing is to be done once. Null otherwise.
 */
function settledTask(text: string, context: FindContext): string | null {
  const passive = groupPassive(text, context);
  if (passive === null) return null;
  if (!deedPassives(context.vocabs).has(passive.toLowerCase())) return null;
  return holdsStandingWord(text, context.vocabs) ? null : passive;
}

/** The passives of a deed of the vocabularies (see `settledTask`), made once per list of vocabularies. */
const deedPassives = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.deedPassives ?? [])));

/** The most names before a subject that `withCoordinatedHead` joins to it. */
const MOST_HEADS = 3;

/** A capitalised word, then an and-word or a comma, at the end of the text before a subject (`Lina och `, `Wil, `). */
const COORDINATED_HEAD = /(?:^|[^\p{L}\p{N}'-])(\p{Lu}[\p{L}'-]*)(?:\s*,\s*|\s+(\p{L}+|&)\s+)$/u;

/**
 * A subject with the names coordinated before it (`Lina och Bosse kontaktar Grönt AB`, `Wil, Nancy
 * gaan erheen`, `Ann and Bo will call`): names joined by an and-word or a comma share the verb
 * after the last of them, so all are its owners. The reading of subjects may keep only the last
 * name where the first is not vouched for (a name that opens a sentence is no proper noun by its
 * place, and minutes without a list of those present name nobody in advance), and a task of two
 * would go to one. Only a single capitalised word that is a participant's name, or before an
 * and-word has a name's shape (never written in lower case, no month, weekday or word of minutes),
 * joins: `Vorstand und Paul` is no pair of people where the minutes write `vorstand` in lower case.
 */
function withCoordinatedHead(text: string, match: OwnerMatch, context: FindContext, known: (name: string) => boolean): OwnerMatch {
  let current = match;
  for (let k = 0; k < MOST_HEADS; k++) {
    const before = text.slice(Math.max(0, current.index - 40), current.index);
    const found = COORDINATED_HEAD.exec(before);
    if (found === null) break;
    const [, head = '', and] = found;
    if (and !== undefined && !gather(context.vocabs, 'and').includes(and.toLowerCase())) break;
    // After a comma only a participant joins: a topic is written so before its doer as well (`Spring Fair, AB will finalize`).
    if (current.owners.includes(head) || !(known(head) || (and !== undefined && nameShaped(head, context, false)))) break;
    const index = current.index - before.length + (found.index ?? 0) + found[0].indexOf(head);
    current = { ...current, owners: [head, ...current.owners], index, length: current.index + current.length - index };
  }
  return current;
}

/**
 * The doers a decision names in the clause that hands out its task (`Besloten wordt dat Nico er
 * aandacht voor zal vragen`, `Beslöts att Anna ska boka lokalen`): the names right after the word
 * that opens a that-clause, then a modal of what is to be done within the clause, with an active
 * verb (no auxiliary of a passive or a state: `dat Nieuwstad de volgende locatie zal zijn`). A
 * decision so worded names its doers even where the minutes list nobody present, so a name no
 * participant bears counts where it has the shape of one. The names and the words from the that-word to the modal, or null.
 */
function decidedDoers(text: string, context: FindContext, known: (name: string) => boolean): { owners: string[]; words: string } | null {
  const { vocabs } = context;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (!wordSet(vocabs, 'thatWords').has(m[0].toLowerCase())) continue;
    let from = (m.index ?? 0) + m[0].length;
    while (from < text.length && isBlank(text.charCodeAt(from))) from++;
    if (!/^\p{Lu}/u.test(text.charAt(from))) continue;
    // A clause is read no further than a sentence's length: a run-on line of a megabyte is not sliced again per word.
    const clause = text.slice(from, from + 300).split(/[.;:!?]/u)[0] ?? '';
    const opening = openingNames(clause, vocabs, known);
    if (opening === null || !opening.names.every((n) => known(n) || nameShaped(n, context, false))) continue;
    const words = wordsOf(clause);
    const modal = words.findIndex((w) => wordSet(vocabs, 'passiveModals').has(w));
    if (modal < 0 || modal > 10 || words.some((w) => wordSet(vocabs, 'auxiliaries').has(w) || wordSet(vocabs, 'copulas').has(w))) continue;
    const end = clause.toLowerCase().indexOf(words[modal] as string) + (words[modal] as string).length;
    return { owners: opening.names, words: `${m[0]} ${clause.slice(0, end)}` };
  }
  return null;
}

/**
 * The pronoun and verb a note of what `we` do by a set day opens with (`Wir laden die Interessierten
 * zu einem Gespräch am 17. April ein`): the group's own task, nobody named, as the Finnish passive
 * with a time is. Only a day the text names with its number counts (`am 17. April`, `bis 30.09.`):
 * without one, `wir` with the present states a plan or a habit of the group, too vague for a task. A
 * verb of reporting, a modal or an auxiliary after the pronoun (`Wir haben …`, `Wir sollten …`)
 * makes none, nor does holding an event (`Wir treffen uns am 5. Mai`).
 */
function datedGroupTask(text: string, context: FindContext): string | null {
  const vocab = context.vocabs[0];
  // The present of `we` ends as the plural does in German and Dutch (`wir laden`, `wij nodigen`): the plural endings find it.
  if (vocab === undefined || vocab.pluralEndings.length === 0) return null;
  const words = wordsOf(text);
  const [we, verb] = words;
  if (we === undefined || verb === undefined || !vocab.wePronouns.includes(we)) return null;
  const { presentEndings, pluralEndings } = vocab;
  const plural = pluralEndings.some((e) => verb.length >= e.length + 3 && verb.endsWith(e)) || presentEndings.includes(verb);
  const blocked = wordSet(context.vocabs, 'reportWords').has(verb) || vocab.auxiliaries.includes(verb) || vocab.passiveModals.includes(verb) || wordSet(context.vocabs, 'stopwords').has(verb);
  if (!plural || blocked || words[2] === 'uns') return null;
  const due = readDue(text, context.header.date, context.vocabs);
  if (due === null || !/\d/u.test(due.text)) return null;
  return asWritten(text, `${we} ${verb}`);
}

/**
 * A task a body of the organisation takes on (`Het bestuur zal dit nader bekijken`, `The committee
 * will review the policy`, `Der Vorstand wird das prüfen`, `Styrelsen ska se över kostnaderna`,
 * `Styrelsen kommer att undersöka saken`): the sentence opens with the body, after an article where
 * the language writes one, and goes on with an auxiliary of what it is to do (`zal`, `will`, `ska`),
 * then the deed; a standing body with a verb of the present that does a deed (`Hallitus selvittää`). A body is a collective, so the task has no owner. The meeting itself
 * is no doer (`De vergadering gaat akkoord`), nor is a body told or held (`Het bestuur zal
 * ingelicht worden`, `Het bestuur zal op 5 mei vergaderen`). The body's words and the link, or null.
 */
function bodyTask(text: string, context: FindContext): string | null {
  // A dash typed against the sentence (`-Het bestuur zal ...`) is a bullet, no part of its first word.
  const sentence = text.replace(/^[-–—•*]+/u, '');
  const words = wordsOf(sentence);
  const article = wordSet(context.vocabs, 'articles').has(words[0] ?? '');
  // After an article, the body may be its initials (`De OR gaat`, `The PTA will`) or carry one adjective (`Het dagelijks bestuur`).
  for (const at of article ? [1, 2] : [0]) {
    const body = words[at];
    if (body === undefined || holdsMeetingWord([body], context.vocabs)) continue;
    const initials = article && at === 1 && INITIALS.test(sentence.split(/\s+/u)[1] ?? '');
    if (!initials && !isBody(body, context.vocabs)) continue;
    // A standing body may do it in the present (`Hallitus selvittää ...`, `Styrelsen undersöker ...`, `Der Vorstand prüft ...`).
    const link = linkAt(words, at + 1, context.vocabs) || (actingBody(body, context.vocabs) ? bodyDeed(words.slice(at + 1, at + 9), context.vocabs) : 0);
    if (link === 0 || words.length < at + 1 + link + 1) return null;
    if (modalPassive(sentence, context) !== null || heldEvent(sentence, context) !== null || meetsAt(words.slice(at + 1), context)) return null;
    return asWritten(text, words.slice(0, at + 1 + link).join(' '));
  }
  return null;
}

/** Whether a word names a standing body that takes on tasks as a whole (the phrasebook's `actingBodies`). */
function actingBody(word: string, vocabs: readonly Vocabulary[]): boolean {
  return vocabs.some((v) => (v.actingBodies ?? []).includes(word));
}

/** A body written by its initials (`OR`, `PTA`, `MR`). */
const INITIALS = /^\p{Lu}{2,5}$/u;

/**
 * Whether the words say that the body meets (`zal op 5 mei vergaderen`, `will meet again in May`,
 * `ska sammanträda i maj`): a verb that shares its stem with a meeting word (`vergader-` of
 * `vergadering`, `meet` of `meeting`). That a body meets is nobody's deed.
 */
function meetsAt(words: readonly string[], context: FindContext): boolean {
  const stems = meetingStems(context.vocabs);
  return words.some((w) => w.length >= 4 && stems.some((m) => w !== m && sharedStart(w, m) >= Math.max(4, m.length - 3)));
}


/** Whether a word is a body of the vocabularies (`bestuur`, `committee`, `styrelsen`) or a compound that ends in one (`kascommissie`, `Dorpsraad`). */
function isBody(word: string, vocabs: readonly Vocabulary[]): boolean {
  const bodies = bodyWords(vocabs);
  if (bodies.has(word)) return true;
  for (const body of bodies) if (body.length >= 5 && word.length >= body.length + 3 && word.endsWith(body)) return true;
  return false;
}

/** The bodies of the vocabularies written as one word, lower-case, once per list of vocabularies. */
const bodyWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(gather(vocabs, 'bodies').filter((b) => !b.endsWith('*') && !b.includes(' ')).map((b) => b.toLowerCase())));

/** How many words a future auxiliary (`zal`, `is going to`, `kommer att`) spans at `from`; 0 where none stands there. */
function linkAt(words: readonly string[], from: number, vocabs: readonly Vocabulary[]): number {
  let best = 0;
  for (const link of linksByFirstWord(vocabs).get(words[from] ?? '') ?? []) {
    if (link.length > best && link.every((w, k) => words[from + k] === w)) best = link.length;
  }
  return best;
}

/** The future auxiliaries of the vocabularies as lists of words, by their first word, once per list of vocabularies. */
const linksByFirstWord = oncePer((vocabs: readonly Vocabulary[]): ReadonlyMap<string, readonly string[][]> =>
  byFirstWord(gather(vocabs, 'futureAuxiliaries').map((link) => link.toLowerCase().split(/\s+/u).filter(Boolean)).filter((words) => words.length > 0), (words) => words[0] as string),
);

/**
 * A line of a task list that assigns several tasks in a row, each clause opening with the
 * participants who do it and their verb (`Gary take pictures of the truck, Linda and Carrie work with
 * Rory on the grant, Ray speak with Jennifer`): each clause a task of its own people. Null unless
 * two clauses or more, every one of them so opened: participants, or names the minutes write more
 * than once, then a word in lower case.
 */
function assignmentSeries(text: string, context: FindContext, known: (name: string) => boolean): { owners: string[]; part: string }[] | null {
  const parts = text.split(/,\s+/u);
  if (parts.length < 2) return null;
  const out: { owners: string[]; part: string }[] = [];
  for (const raw of parts) {
    const part = raw.trim().replace(/[.;]$/u, '');
    const opening = openingNames(part, context.vocabs, known);
    if (opening === null || opening.after < 2 || !opening.names.every((n) => known(n) || nameShaped(n, context))) return null;
    out.push({ owners: opening.names, part });
  }
  return out;
}

/** The longest note of a thing and its deadline with no verb. */
const LONGEST_NOMINAL = 8;

/**
 * A task written as a noun and its deadline, with no verb (`Käyttöönotto viimeistään marraskuun
 * alussa.`, `Anmälan senast 15/3.`, `Rückmeldung spätestens Freitag.`): the thing to be done, then a
 * word that sets the latest time for it, then a time. Nobody is named: the words of the noun and the
 * deadline word, or null.
 */
function nominalDeadline(text: string, context: FindContext): string | null {
  const words = wordsOf(text);
  if (words.length > LONGEST_NOMINAL || words.length < 3) return null;
  const latest = gather(context.vocabs, 'latestWords');
  if (!latest.includes(words[1] as string) || !/^\p{L}+$/u.test(words[0] as string) || resolvePerson(words[0] as string, context.header.participants) !== null) return null;
  return readDue(text, context.header.date ?? ANY_DAY, context.vocabs) === null ? null : asWritten(text, `${words[0]} ${words[1]}`);
}

/** A date to read times against only to tell whether a text names one. */
const ANY_DAY = '2001-01-01';

/**
 * The passive a task nobody is named for is read from (`Luodaan galleria`, `ska skickas ut`), or
 * null. A verb of holding with a time is none (`Kokous pidetään 5.3.`, `Städdagen ska hållas i
 * april`): when an event is held is nobody's deed. Another passive in the sentence still makes a
 * task (`aika, milloin tapaaminen pidetään, sovitaan 29.11.`).
 */
function taskPassive(text: string, context: FindContext): string | null {
  const passive = passiveTask(text, context) ?? modalPassive(text, context) ?? infinitivePassive(text, context) ?? nominalDeadline(text, context) ?? presentDeedPassive(text, context);
  const held = passive === null ? null : heldEvent(text, context);
  if (passive === null || held === null) return passive;
  const verb = wordsOf(held);
  if (!wordsOf(passive).some((word) => verb.includes(word))) return passive;
  // The passive of holding blanked (the text's length kept), so that only another passive is found.
  const at = text.indexOf(passive);
  if (at < 0) return null;
  const rest = text.slice(0, at) + ' '.repeat(passive.length) + text.slice(at + passive.length);
  return passiveTask(rest, context) ?? modalPassive(rest, context);
}

/**
 * Whether a numbered item's line is a whole minute, not a title (`10. Seuraavasta kokouksesta
 * päätettiin, että Ville kutsuu kokouksen koolle.`): a sentence of five words or more that ends with
 * a full stop records what was done under the number, as it does for the decisions.
 */
function wholeMinute(text: string): boolean {
  return /[^.]\.$/u.test(text.trim()) && wordsOf(text).length >= 5;
}

/** Whether a unit is the title of the agenda item it opens (`• Määrätään jäsenmaksut` over its notes): a topic, no task. */
function isItemTitle(unit: Unit, text: string, context: FindContext): boolean {
  const item = context.drafts[context.itemOf[unit.line] ?? -1];
  return item !== undefined && item.hasBody && item.from === unit.line && asTitle(text) === asTitle(item.title);
}

/**
 * Whether a line says no more than the title of an item of the agenda list (`Blockers to delivery`
 * or `- Budget review - Ann` under the list's item of that title): minutes that list the agenda
 * first head each item's notes with its title repeated as a plain line or a list item, and a title
 * is no task.
 */
function repeatsAgendaTitle(unit: Unit, text: string, context: FindContext): boolean {
  if (context.agendaLines.size === 0 || context.agendaLines.has(unit.line)) return false;
  return listTitles(context.drafts).has(asTitle(text));
}

/**
 * The titles of the items of an agenda list (items without a body) as `asTitle` gives them, made
 * once per document's items: every unit of the notes is compared with them, and folding each title
 * again per unit cost the items times the units.
 */
const listTitles = oncePer((drafts: readonly AgendaDraft[]): ReadonlySet<string> => new Set(drafts.filter((d) => !d.hasBody).map((d) => asTitle(d.title))));

/** A title folded, without blanks around it or a full stop at its end. */
function asTitle(text: string): string {
  const folded = fold(text).trim();
  return folded.endsWith('.') ? folded.slice(0, -1).trimEnd() : folded;
}

/**
 * A resolution's clause with its clause word blanked (`att Sara ansvarar för ...` gives `    Sara
 * ansvarar för ...`), so that the person after it stands first, as a subject does; offsets kept.
 */
function withoutClauseWord(text: string, context: FindContext): string {
  const clauses = wordSet(context.vocabs, 'resolutionClauses');
  if (!opensWithClause({ text }, clauses)) return withoutOfficeBeforeName(text, context);
  const space = text.indexOf(' ');
  return ' '.repeat(space) + text.slice(space);
}

/** The first words of a sentence, with where each starts: enough for an article and an office of three words before a name. */
const OPENING_WORDS = /\S+/gu;

/**
 * A sentence with the office that opens it before its holder's name blanked (`Der Vorsitzende Horst
 * Wendland begrüßt ...`, `Ordförande Jesper Lindén öppnade mötet`), so that the name stands first
 * and is read as the subject, with all that tells a name's report or duty from its task; offsets kept.
 */
function withoutOfficeBeforeName(text: string, context: FindContext): string {
  const opening: { word: string; at: number }[] = [];
  for (const match of text.matchAll(OPENING_WORDS)) {
    opening.push({ word: match[0], at: match.index });
    if (opening.length === 5) break;
  }
  const from = context.vocabs.some((v) => v.articles.includes((opening[0]?.word ?? '').toLowerCase())) ? 1 : 0;
  for (let span = 3; span >= 1; span--) {
    const next = opening[from + span];
    if (next === undefined || !/^\p{Lu}\p{Ll}/u.test(next.word)) continue;
    const office = opening.slice(from, from + span).map((o) => o.word.toLowerCase()).join(' ');
    if (ownerKind(office, context.vocabs)?.kind === 'role') return ' '.repeat(next.at) + text.slice(next.at);
  }
  return text;
}

/**
 * Whether a folded sentence is about the next meeting (`Volgende vergadering: 4 juni`, `Nästa möte
 * hålls ...`), which is no task. The next meeting as a deadline, after a word that leads one
 * (`voor de volgende vergadering`, `till nästa möte`, `before the next meeting`), is part of a task.
 */
function aboutNextMeeting(folded: string, vocabs: readonly Vocabulary[]): boolean {
  const { articles, leads, phrases } = nextMeetingWords(vocabs);
  // Most sentences hold none of the phrases: one pass says so before each is searched for its place.
  if (!includesAny(folded, phrases)) return false;
  return phrases.some((phrase) => {
    const at = folded.indexOf(phrase);
    if (at < 0) return false;
    const before = wordsOf(folded.slice(Math.max(0, at - 40), at)).filter((w, k, all) => k < all.length - 1 || !articles.has(w));
    const lead = before[before.length - 1];
    return lead === undefined || !leads.has(lead);
  });
}

/** The words `aboutNextMeeting` looks for, folded as a sentence is (`nästa möte` reads `nasta mote`); once per list of vocabularies. */
const nextMeetingWords = oncePer((vocabs: readonly Vocabulary[]) => {
  const articles = new Set(gather(vocabs, 'articles').map(fold));
  // `bring the mock-up to the next meeting`: a preposition makes the meeting the task's goal or time, not its subject.
  const leads = new Set([...gather(vocabs, 'dueLeads'), ...vocabs.flatMap((v) => v.nextMeetingLeads ?? [])].map(fold).filter((w) => !articles.has(w)));
  return { articles, leads, phrases: gather(vocabs, 'nextMeeting').map(fold) };
});

function splitClauses(text: string, subjects: readonly OwnerMatch[], unit: Unit, vocabs: readonly Vocabulary[]): Draft[] {
  const cueOf = (match: OwnerMatch): Cue => ({ kind: 'grammar', words: text.slice(match.index, match.index + match.length) });
  if (subjects.length === 1) {
    const own = unit.kind === 'item' ? fromSentence(text, subjects[0]!.index, vocabs) : null;
    if (own !== null) return [{ text: own, owners: subjects[0]!.owners, start: unit.start, unit, cue: cueOf(subjects[0]!) }];
    return [{ text: withParent(stripParens(text), subjects[0]!, unit), owners: subjects[0]!.owners, start: unit.start, unit, cue: cueOf(subjects[0]!) }];
  }
  return subjects.map((match, k) => {
    const end = subjects[k + 1]?.index ?? text.length;
    const from = k === 0 ? 0 : match.index;
    const clause = text.slice(from, end).replace(/(?<![\s,;])[\s,;]*(?:\b(?:ja|and|och|und|en)\s*)?$/u, '').trim();
    return { text: clause, owners: match.owners, start: { line: unit.start.line, column: unit.start.column + from }, unit, cue: cueOf(match) };
  });
}

/**
 * A list entry of several sentences from the sentence that holds the word at `at` on (`Financiën: ... Het doel is kapot.
 * Ellen gaat kijken wat dit kost. Klaar voor 1 mei.` gives the last two): the notes before the task are dropped, those after
 * it (a deadline, a status) kept. The sentence before stays where the task points back to it or says too little alone
 * (`Kim gaat dit navragen.`, `Tom will.`) or answers its question (`Should we switch vendor? Ann to check the contract.`),
 * and so on back while each leans so on the one before. Null where nothing before the task is dropped.
 */
function fromSentence(text: string, at: number, vocabs: readonly Vocabulary[]): string | null {
  const starts: number[] = [];
  const leans: boolean[] = [];
  let from = 0;
  let asked = false;
  for (const sentence of sentencesOf(text, vocabs)) {
    const start = text.indexOf(sentence, from);
    if (start < 0) return null;
    from = start + sentence.length;
    starts.push(start);
    const words = wordsOf(fold(sentence));
    // A sentence leans on the one before where it opens by pointing back to it, says too little alone, or answers its question.
    leans.push(asked || words.length <= SHORT_TASK || anaphorWords(vocabs).has(words[0] ?? ''));
    asked = sentence.endsWith('?');
    if (at >= from) continue;
    // The task's sentence leans on the one before where any of its words points back (`Kim gaat dit navragen`); the sentences
    // before it, only as above (`... pads for the defibrillator were supplied. This was checked. Clerk to contact.`).
    let first = starts.length - 1;
    if (first > 0 && (leans[first] || words.some((word) => anaphorWords(vocabs).has(word)))) first--;
    while (first > 0 && leans[first]) first--;
    const begin = starts[first] ?? 0;
    return begin === 0 ? null : text.slice(begin).trim();
  }
  return null;
}

/** The most words of a task's sentence that says too little without the one before it (`Tom will.`, `Bo fixar det.`). */
const SHORT_TASK = 3;

/** The folded words that point back to the sentence before, gathered once per list of vocabularies. */
const anaphorWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(gather(vocabs, 'anaphors').map(fold)));

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
 * deadline, or after a first-person promise (`Tarkistan jäsenlistan (Riku)`). A bare name in parentheses after a topic (`Budget update (Eero)`) names who presents
 * it, no task.
 */
function assignedAfter(text: string, trailing: OwnerMatch | null, context: FindContext): OwnerMatch | null {
  if (trailing === null) return null;
  const tail = text.slice(trailing.index);
  if (/^\s*(?:[-–—→⇒]|=>)/u.test(tail) || ESTIMATE.test(tail) || opensWithPromise(text, context)) return trailing;
  return readDue(text, context.header.date, context.vocabs) !== null ? trailing : null;
}

/** Whether a text opens with a first-person promise (`Tarkistan ...`, `I will ...`): a name after it in parentheses is who speaks, and does it. */
function opensWithPromise(text: string, context: FindContext): boolean {
  const folded = fold(text);
  return foldedPromises(context.vocabs).some((p) => folded.startsWith(`${p} `));
}

/** An arrow that hands a note to the names after it (`→ Elena`, `-> Ann`). */
const HANDED = /^(?:[→⇒]|->|=>)/u;

/** An estimate of work: a number of hours, days or points (`~0,5h`, `2 d`, `3pv`). */
const ESTIMATE = /\d\s?(?:h|hrs?|hours?|d|days?|pv|t|min|pts?|sp)\b/iu;

function stripParens(text: string): string {
  return /^\(.*\)$/s.test(text) ? text.slice(1, -1).trim() : text;
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
    // The owner in parentheses right after the marker, as code comments write it (`TODO(cy): fix the site`), leads the rest as `cy: ...` would.
    const named = OWNED_MARKER.exec(after)?.slice(1) ?? recipientOf(after, context);
    if (named) return { marker: text.slice(head, head + marker.length), rest: `${named[0]}: ${named[1]}` };
    // A dash between spaces stands for the colon as well (`Action – Ian`, `ACTION - JS`): minutes typed in a word processor write it so.
    const match = /^[\s*_]*(?:#?\d+[\s*_]*)?(?:[:：]|(?<=\s)[-–—](?=\s)|(?<=\s)(?=[\p{Lu}@]))[\s*_]*([^\s*_].*)$/u.exec(after);
    if (match && titleAfter(after, match[1] ?? '', context)) return null;
    if (match) return { marker: text.slice(head, head + marker.length), rest: (match[1] ?? '').replace(/^(?:FIXME|TODO|XXX):\s*/i, '') };
  }
  const inner = text.includes('ACTION:') ? /\bACTION:/.exec(text) : null;
  const rest = inner ? text.slice(inner.index + inner[0].length).trimStart() : '';
  return rest !== '' && !/[\n\r\u2028\u2029]/.test(rest) ? { marker: 'ACTION:', rest } : null;
}

/**
 * Whether the words after a marker word with no colon or dash between them only go on a title in
 * title case (`Action Overview`, `Task Scheduling`, `Action Item Review`): capitalised words, none
 * in capitals or after an `@`, that name no participant. A heading over a list of tasks is written
 * so; a task handed to someone names a person there, or goes on to say what is to be done.
 */
function titleAfter(after: string, rest: string, context: FindContext): boolean {
  if (rest.length > 80 || /^[\s*_]*[:：\-–—]/u.test(after)) return false;
  const words = trimEndWhere(rest, (code) => isBlank(code) || TITLE_END.has(code)).split(' ');
  if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}[\p{L}-]*$/u.test(w))) return false;
  return resolvePerson(words.join(' '), context.header.participants) === null && words.every((w) => resolvePerson(w, context.header.participants) === null);
}

/** Marks a title may end in (`**`, `_`, a colon, a full stop). */
const TITLE_END = new Set([...'*_:：.'].map((c) => c.charCodeAt(0)));

/**
 * The name a marker hands its task to with a preposition, then a colon and the task (`Auftrag an
 * Joda: ...`, `Aufgabe für Anna Berg: ...`, `Action for Bob: ...`): the name and the task as
 * OWNED_MARKER's groups give them, or null when no preposition of the vocabularies follows the marker.
 */
function recipientOf(after: string, context: FindContext): string[] | null {
  const named = TO_RECIPIENT.exec(after);
  return named && gather(context.allVocabs, 'taskRecipients').some((word) => fold(word) === fold(named[1] ?? '')) ? named.slice(2) : null;
}

/** A word, then a name of a few words ending in a colon, then the task (`für Anna Berg: Raum buchen`). */
const TO_RECIPIENT = /^\s+(\p{L}+)\s+(@?\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2})[:：]\s*(\S.*)$/u;

/** A name in parentheses glued to a marker, then a colon and the task (`(cy): fix the site`, `(Ann Lee): book the hall`). */
const OWNED_MARKER = /^\((@?[\p{L}][\p{L}\d_.' -]{0,38})\)[:：]\s*(\S.*)$/u;

/** The names of each kind of table column (`Action`, `Owner`, ...) in every vocabulary, folded, made once per list of vocabularies: each row of a table asked them again. */
const columnNames = oncePer((vocabs: readonly Vocabulary[]): Record<'task' | 'owner' | 'due' | 'status', ReadonlySet<string>> => {
  const folded = (key: 'task' | 'owner' | 'due' | 'status'): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.columns[key]).map((name) => fold(name)));
  return { task: folded('task'), owner: folded('owner'), due: folded('due'), status: folded('status') };
});

/** The action markers of the vocabularies, folded as the text is (`zuständig` reads `zustandig`), longest first (so `action item` wins over `action`), sorted once. */
const actionMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] => [...new Set(gather(vocabs, 'actionMarkers').map(fold))].sort((a, b) => b.length - a.length));

function tableAction(unit: Unit, context: FindContext, known: (name: string) => boolean, trusted: (name: string) => boolean): Draft[] {
  const columns = (unit.columns ?? []).map((c) => fold(c).replace(/\(s\)|[*:]/g, '').trim());
  const cells = unit.cells ?? [];
  const find = (key: 'task' | 'owner' | 'due' | 'status'): number => {
    const names = columnNames(context.allVocabs)[key];
    const exact = columns.findIndex((c) => names.has(c));
    return exact >= 0 ? exact : columns.findIndex((c) => abbreviatedColumn(c, context.allVocabs) === key);
  };
  const task = find('task');
  const owner = find('owner');
  const due = find('due');
  if (owner < 0 && due < 0) return actionsColumn(unit, context, known, trusted);
  if (task < 0 || !cells[task]) return [];
  const ownerText = owner >= 0 ? (cells[owner] ?? '') : '';
  const named = splitNames(ownerText, context.vocabs, known) ?? [];
  // The owner column says who: a name written there is a person's even where no attendee list names them (`| Actie | Verantwoordelijke |`, `| Piet |`).
  const owners = named.every((name) => trusted(name) || nameShaped(name, context, false)) ? named : [];
  const status = find('status');
  const done = status >= 0 && oneOf(fold(cells[status] ?? ''), gather(context.allVocabs, 'doneWords'));
  const cue: Cue = { kind: 'table', words: (unit.columns ?? [])[task] ?? '' };
  return [{ text: cells[task] ?? '', owners, start: unit.start, unit, cue, done, ...(due >= 0 ? { dueText: cells[due] ?? '' } : {}) }];
}

/** The fewest letters an abbreviated column heading keeps (`Resp.`, `Vast.`); shorter ones name too many words. */
const SHORTEST_ABBREVIATION = 3;

/**
 * The field a column heading names by abbreviation, as tables typed in a word processor cut their
 * headings to fit (`Resp.` for responsible, `Verantw.` for verantwortlich, `Ansv.` for ansvarig):
 * the heading ends in a full stop and is the start of column words of one field only, else null.
 */
function abbreviatedColumn(column: string, vocabs: readonly Vocabulary[]): 'task' | 'owner' | 'due' | 'status' | null {
  if (!column.endsWith('.')) return null;
  const stem = column.slice(0, -1).trim();
  if (stem.length < SHORTEST_ABBREVIATION || !/^\p{L}+$/u.test(stem)) return null;
  const keys = abbreviationKeys(vocabs).get(stem) ?? null;
  return keys !== null && keys.size === 1 ? ([...keys][0] as 'task' | 'owner' | 'due' | 'status') : null;
}

/**
 * For each start of a one-word column name of the vocabularies (folded), the fields whose names
 * start so: made once per list of vocabularies, so a heading is looked up, not compared with every name.
 */
const abbreviationKeys = oncePer((vocabs: readonly Vocabulary[]): ReadonlyMap<string, ReadonlySet<string>> => {
  const out = new Map<string, Set<string>>();
  for (const key of ['task', 'owner', 'due', 'status'] as const) {
    for (const name of vocabs.flatMap((v) => v.columns[key]).map(fold)) {
      if (!/^\p{L}+$/u.test(name)) continue;
      for (let end = SHORTEST_ABBREVIATION; end < name.length; end++) {
        const stem = name.slice(0, end);
        const keys = out.get(stem) ?? new Set<string>();
        keys.add(key);
        out.set(stem, keys);
      }
    }
  }
  return out;
});

/**
 * A row of a table of topics whose column of actions stands beside the others (`| Nr | Onderwerp |
 * Besluit | Actie |`, `| Punkt | Ärende | Åtgärd |`): the cell under the column the language calls
 * its actions is a task, its owner read from its words as in a section of actions (`Pieter stuurt
 * de begroting rond`, `Budget (Erik)`). A column of a task's bare fields (`Wat`, `Beskrivning`)
 * without a column of owners or deadlines is no such column.
 */
function actionsColumn(unit: Unit, context: FindContext, known: (name: string) => boolean, trusted: (name: string) => boolean): Draft[] {
  const columns = unit.columns ?? [];
  const owners = ownerColumns(context.allVocabs);
  const names = (name: string): boolean => {
    const key = fold(name);
    return !owners.has(key) && (actionMarkers(context.allVocabs).includes(key) || fieldOf(name, context.allVocabs, false, true) === 'actions');
  };
  const at = columns.findIndex((c) => names(c.replace(/[*:]/g, '').trim()));
  // A column of decisions and actions together (`Besluit / actie`, `Decision/Action`) holds a task only where a person is its subject.
  const mixed = at >= 0 ? -1 : columns.findIndex((c) => c.includes('/') && c.split('/').some((part) => names(part.replace(/[*:]/g, '').trim())));
  const column = at >= 0 ? at : mixed;
  const text = column >= 0 ? (unit.cells?.[column]?.trim() ?? '') : '';
  // A cell of both written over several lines (`Besluit: ... <br> Koen reserveert ...`) is read line by line (see `rowPieces`).
  if (text === '' || EMPTY_CELL.test(text) || (at < 0 && /<br\b/iu.test(text))) return [];
  const found = ownersIn(text, context, known, trusted, at >= 0);
  if (at < 0 && found.length === 0) return [];
  const doers = found.length > 0 || at < 0 ? found : rowPerson(unit, context, known, trusted);
  return [{ text, owners: doers, start: unit.start, unit, cue: { kind: 'table', words: columns[column] ?? '' } }];
}

/**
 * The person a row of a table of tasks names in a column of people (`| Name | Unikey | ToDo |`,
 * `| Ann Lee | al12 | Book the hall |`): teams that share out the work write each member's row
 * with their task, so the row's person owns it. Only a name (a participant, or shaped as one) in
 * a column the language heads with its word for a person's name (`Name`, `Nimi`, `Namn`, `Naam`).
 */
function rowPerson(unit: Unit, context: FindContext, known: (name: string) => boolean, trusted: (name: string) => boolean): string[] {
  const heads = personColumns(context.allVocabs);
  const at = (unit.columns ?? []).findIndex((c) => heads.has(fold(c).replace(/[*:]/g, '').trim()));
  const cell = at < 0 ? '' : (unit.cells?.[at]?.trim() ?? '');
  const names = cell === '' ? null : splitNames(cell, context.vocabs, known);
  return names && names.every((n) => trusted(n) || nameShaped(n, context, false)) ? names : [];
}

/** The folded headings of columns of people (`Name`, `Nimi`), gathered once per list of vocabularies. */
const personColumns = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.personColumns).map(fold)));

/** The folded names of owner columns (`Owner`, `Ansvarig`, `Wie`), gathered once per list of vocabularies. */
const ownerColumns = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.columns.owner).map(fold)));

/**
 * The owners a section's label names: in parentheses at its end (`TODOs (FL):` gives FL each task
 * under it), or before its task word (`Tiff to do:`, `Anna's actions:`, as a sub-heading of a name
 * heads that person's tasks); else null.
 */
function labelOwners(unit: Unit, context: FindContext, known: (name: string) => boolean): string[] | null {
  if (unit.section !== 'actions' || unit.sectionLabel === null) return null;
  const inside = /\(([^()]{1,40})\)\s*$/u.exec(unit.sectionLabel)?.[1];
  if (inside === undefined) return namesBeforeTaskWord(unit.sectionLabel, context);
  const names = splitNames(inside, context.vocabs, known);
  return names && names.every(known) ? names : null;
}

/** The most words of a label that names its people before its task word (`Aino ja Eero: tehtävät`). */
const MOST_LABEL_WORDS = 8;

/** The people a label names before its task word (`Tiff to do`, `Anna's actions`), or null when it opens with the task word (`Action items`). */
function namesBeforeTaskWord(label: string, context: FindContext): string[] | null {
  const words = label.trim().split(/\s+/u);
  if (words.length > MOST_LABEL_WORDS) return null;
  const taskWords = gather(context.vocabs, 'taskWords');
  const at = words.findIndex((_, index) => taskWords.some((task) => fold(words.slice(index).join(' ')).startsWith(task)));
  if (at <= 0) return null;
  const owners = ownerLabel(`${words.slice(0, at).join(' ').replace(/(?:['’]s|[,:])$/u, '')}:`, context);
  // A participant, a handle or a name the minutes write again: a word before the task word (`Outcome action items`) mostly qualifies the tasks.
  const known = (name: string): boolean => name.startsWith('@') || resolvePerson(name, context.header.participants) !== null || nameShaped(name, context);
  return owners !== null && owners.length > 0 && owners.every(known) ? owners : null;
}

function isDone(draft: Draft, context: FindContext): boolean {
  if (draft.unit.checked === true || draft.unit.struck) return true;
  const done = doneWords(context.allVocabs);
  const lower = draft.text.toLowerCase();
  for (const match of lower.matchAll(DONE_WORD)) {
    const word = match[1] ?? '';
    const folded = fold(word);
    const before = lower.slice(0, match.index + 1);
    // Folding forgives a missing accent (`utfort`), never adds one's loss: German `klärt` is no Swedish `klart`.
    if (!done.has(folded) || (folded !== word && !writtenDoneWords(context.allVocabs).has(word))) continue;
    if (!before.endsWith('to be ') && !afterOwnerLink(fold(before), context.allVocabs) && !inCondition(fold(before), context.allVocabs) && !inDecidingPhrase(lower, match.index + match[0].length - word.length, word, context.allVocabs)) return true;
  }
  return false;
}

/**
 * Whether the word at `at` is a word of a phrase of deciding written around it (`It was resolved the Chair would write ...`):
 * the body decided the task, nothing of it is done yet.
 */
function inDecidingPhrase(lower: string, at: number, word: string, vocabs: readonly Vocabulary[]): boolean {
  // Only a phrase of three words or more, which is the body's deciding (`it was resolved`); `resolved to everyone's
  // satisfaction` tells the task done.
  return impersonalPhrases(vocabs).some((words) => {
    const k = words.indexOf(word);
    if (k < 0) return false;
    const before = k === 0 ? 0 : words.slice(0, k).join(' ').length + 1;
    return before <= at && lower.startsWith(words.join(' '), at - before);
  });
}

/** The done words of the vocabularies as written, in lower case. */
const writtenDoneWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(gather(vocabs, 'doneWords').map((w) => w.toLowerCase())));

/** The folded done words of the vocabularies longer than two letters, gathered once per list of vocabularies. */
const doneWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(gather(vocabs, 'doneWords').filter((w) => w.length > 2).map(fold)));

/**
 * Whether a text ends with a link that hands a task on (`to`, `will`, `needs to`): a done word
 * after it is the verb of the task (`PB to complete the form`, `Bob will close the ticket`), no status.
 */
function afterOwnerLink(before: string, vocabs: readonly Vocabulary[]): boolean {
  const words = before.trimEnd().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const lastTwo = words.slice(-2).join(' ');
  const links = ownerLinkWords(vocabs);
  return links.has(last) || links.has(lastTwo);
}

/** Whether a conditional word stands within the four words before a done word (`when this is done`, `once finished`): a condition, no status. */
function inCondition(before: string, vocabs: readonly Vocabulary[]): boolean {
  const conditions = conditionalWords(vocabs);
  return wordsOf(before).slice(-4).some((w) => conditions.has(w));
}


/** The folded owner links of the vocabularies, gathered once per list of vocabularies. */
const ownerLinkWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(gather(vocabs, 'ownerLinks').map(fold)));

/**
 * Whether a short line names who will report or present (`Alice will report on the budget`,
 * `Eero esittelee tilanteen`), as an agenda writes its presenters: a verb of reporting right after
 * the link, in a line of at most eight words.
 */
function presenter(text: string, match: OwnerMatch, context: FindContext): boolean {
  // The length first: asked of every subject of a long run-on line, the words after each would be read again and again.
  if (wordCount(text, 9) > 8) return false;
  const after = wordsOf(text.slice(match.index + match.length))[0];
  return after !== undefined && oneOf(after, context.vocabs[0]?.reportWords ?? []);
}

/** The names of offices of the vocabularies (`treasurer`, `vice president`, `kassör`), folded; made once per list. */
const officeWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => Object.values(v.ownerRoles).flat().map(fold))));

/** A colon and the dashes that part an office from its holder (`Treasurer - Tony`, `Kassör: Olle`). */
const DASH_OR_COLON = new Set([0x3a, 0x2d, 0x2013, 0x2014]);

/**
 * A task with the partner its subject does it with (`Denise gaat de borrel samen met Sandra regelen`,
 * `Ann will book the hall together with Bo Chan`): the person named right after the language's
 * words for `together with` is an owner too, where the minutes name them as a person (a
 * participant, or a name the text uses as one), not an office or a group.
 */
function withPartner(draft: Draft, context: FindContext, known: (name: string) => boolean, person: (name: string) => boolean): Draft {
  const lower = draft.text.toLowerCase();
  for (const phrase of gather(context.vocabs, 'togetherWith')) {
    const at = lower.indexOf(`${phrase} `);
    if (at < 0 || (at > 0 && /[\p{L}\p{N}]/u.test(lower.charAt(at - 1)))) continue;
    const [first, second] = draft.text.slice(at + phrase.length + 1).split(/[\s,.;:!?()]+/u);
    // Two words only as a participant's full name (`Bo Chan`); one as any name the text uses for a person (`Sandra`).
    const name = first !== undefined && second !== undefined && known(`${first} ${second}`) ? `${first} ${second}` : first !== undefined && /^\p{Lu}/u.test(first) && person(first) ? first : null;
    if (name !== null && !draft.owners.includes(name)) return { ...draft, owners: [...draft.owners, name] };
  }
  return draft;
}

/**
 * Whether a short sentence says what its subject does for the meeting itself (`Ryan will
 * facilitate`, `Mark to take notes`, `Johan notuleert`, `Eva för protokollet`, `Aino toimii
 * sihteerinä`): one of the language's meeting duties right after the subject or a future
 * auxiliary, and after it nothing but words of this meeting (`today`, `this meeting`). A role in
 * the meeting, no task; a duty with an object of its own (`will chair the hiring panel`, `leidt de
 * vergadering met de gemeente`) or a second deed (`will take minutes and circulate them`) is a task.
 */
function servesMeeting(text: string, match: OwnerMatch, context: FindContext): boolean {
  if (wordCount(text, 12) > 11) return false;
  // The span ends with the names or with the word that links them (`Ryan will`, `Johan notuleert`): the duty may start with either.
  const after = wordsOf(text.slice(match.index + match.length));
  const link = wordsOf(text.slice(match.index, match.index + match.length)).at(-1);
  return dutyOpens(after.join(' '), context) || (link !== undefined && dutyOpens([link, ...after].join(' '), context));
}

/**
 * Whether words open with a meeting duty, after a future auxiliary or `to` or not, and only words
 * of this meeting follow it, or another's duty joined by `and` (`leder mötet och Olle för protokollet`).
 */
function dutyOpens(words: string, context: FindContext, joined = false): boolean {
  const auxiliary = [...gather(context.vocabs, 'futureAuxiliaries'), 'to'].find((aux) => words.startsWith(`${aux} `));
  const rest = auxiliary === undefined ? words : words.slice(auxiliary.length + 1);
  const duty = gather(context.vocabs, 'meetingDuties').find((phrase) => rest === phrase || rest.startsWith(`${phrase} `));
  if (duty === undefined) return false;
  const after = rest.slice(duty.length + 1);
  const here = wordSet(context.vocabs, 'thisMeetingWords');
  if (after.split(' ').every((word) => word === '' || here.has(word))) return true;
  const [and, , ...other] = after.split(' ');
  return !joined && and !== undefined && gather(context.vocabs, 'and').includes(and) && dutyOpens(other.join(' '), context, true);
}

/**
 * Whether an entry stands under a heading or an item that reports what went on (`What went well`,
 * `Mikä meni hyvin`, `Erledigt`): what it says was done or liked, no task.
 */
function underReport(unit: Unit, context: FindContext): boolean {
  const heading = context.lines[headingAbove(context.lines)[unit.line] ?? -1];
  const titles = [heading?.text, unit.parentText].filter((t): t is string => t !== undefined && t !== null);
  const sections = reportSections(context.allVocabs);
  const plain = plainHeadingAbove(unit.line, context.lines);
  if (plain !== null) titles.push(plain);
  return titles.some((t) => sections.has(plainTitle(t)));
}

/**
 * The nearest line above that stands alone as a short paragraph of a few words without closing
 * punctuation, the heading of plain text (`Perustelut`, `Sachverhalt`), or null.
 */
function plainHeadingAbove(index: number, lines: readonly Line[]): string | null {
  const own = lines[index]?.block;
  const above = plainHeadings(lines);
  let at = above[index] ?? -1;
  // A line that is its own plain heading looks above itself.
  if (at >= 0 && (lines[at] as Line).block === own) at = above[at - 1] ?? -1;
  return at < 0 ? null : (lines[at] as Line).text;
}

/** For each line, the index of the last plain-text heading at or before it (-1 before the first), found once per document. */
const plainHeadings = oncePer((lines: readonly Line[]): readonly number[] => {
  let last = -1;
  return lines.map((line, i) => {
    const alone = line.kind === 'paragraph' && line.listDepth === 0 && lines[i - 1]?.block !== line.block && lines[i + 1]?.block !== line.block;
    if (alone && wordCount(line.text, 5) <= 4 && !/[.:;,!?]$/u.test(line.text)) last = i;
    return last;
  });
});

/** A title folded, with only its letters, blanks, `'` and `-`, blanks made single: as report headings are written in the vocabularies. */
function plainTitle(title: string): string {
  // Every unit under one heading asks for the same few titles (its heading, its list's parent, a plain heading), in turn.
  let plain = plainTitles.get(title);
  if (plain === undefined) {
    plain = fold(title).replace(/[^\p{L}\s'-]+/gu, ' ').replace(/\s+/g, ' ').trim();
    if (plainTitles.size >= 1024) plainTitles.clear();
    plainTitles.set(title, plain);
  }
  return plain;
}

/** The titles `plainTitle` made lately, and what it made of each. */
const plainTitles = new Map<string, string>();

/** The folded headings of report parts of the vocabularies, as a set. */
const reportSections = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(gather(vocabs, 'reportSections').map(fold)));
