import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { cleanItemTitle, listItem, type AgendaDraft } from './agenda-draft.js';
import { readItemNumber } from './agenda-number.js';
import { tableEntries } from './agenda-table.js';
import { cleanTitle, valueLines, type Header } from './read-header.js';
import { normalizeLabel } from './read-label.js';
import { trimEndWhere } from './trim.js';
import { aboutNextMeeting } from './read-when.js';
import type { Line } from './types.js';

/** A line that announces an agenda can be a sentence, but not a paragraph. */
const LONGEST_ANNOUNCEMENT = 160;

/**
 * The agenda written as a list: the first list under an agenda label (`Agenda:`, `## Esityslista`,
 * `- Agenda:` with nested items), under a heading that names an agenda (`## Meeting Agenda -
 * 5 May`), or after a sentence that announces it (`Die Tagesordnung wurde wie folgt
 * festgelegt:`). Lists under labels of the same name later on (one per session) are added. Null
 * when there is none, or when the agenda section holds sub-headings (the headings are the items).
 */
export function agendaList(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], ordinals: ReadonlyMap<number, number>): { items: AgendaDraft[]; anchors: number[] } | null {
  let found: { items: AgendaDraft[]; anchors: number[]; key: string } | null = null;
  for (const index of agendaAnchors(lines, header, vocabs)) {
    const key = normalizeLabel((lines[index] as Line).text);
    // Without a label, a short list may be something else about the agenda (`approved with these changes:`).
    const fewest = header.labels.get(index)?.field === 'agenda' ? 1 : 3;
    if (found && key !== found.key) continue;
    const value = captionedList(lines, valueLines(lines, index));
    const inside = firstList(lines, value).filter((j) => (lines[j] as Line).itemStart);
    if (inside.length === 0) {
      // A table row holds more than the item (notes, outcomes): it stays in the notes, the item points at it.
      const rows = tableEntries(lines, value).map((row) => ({ ...listItem(lines, row.index, row.number, row.title), to: row.index }));
      const label = header.labels.get(index);
      const numbered = rows.length === 0 ? numberedLines(lines, index, vocabs) : [];
      const written = numbered.length > 0 ? numbered : rows.length === 0 && label?.field === 'agenda' ? inlineItems(lines, index, label.value, value) : rows;
      if (written.length >= fewest) found ??= { items: written, anchors: [index], key };
      continue;
    }
    const depth = Math.min(...inside.map((j) => (lines[j] as Line).listDepth));
    let top = inside.filter((j) => (lines[j] as Line).listDepth === depth && !/^[^:]{1,40}:\s*https?:\/\//.test((lines[j] as Line).text));
    // Numbered items with bullets between them (notes that missed the indent): the numbered ones are the agenda.
    const ordered = top.filter((j) => ordinals.has(j));
    if (ordered.length >= 2 && ordered.length < top.length) top = ordered;
    top = untilRestart(top, ordinals);
    top = untilSections(lines, top, ordinals, vocabs);
    if (top.filter((j) => holdsNotes(lines, j)).length * 2 > top.length) top = [...top, ...groupsAfter(lines, header, top[top.length - 1] as number)];
    const items = top.map((j) => itemOf(lines, j, ordinals, vocabs)).filter((item): item is AgendaDraft => item !== null);
    if (items.length < fewest) continue;
    if (found) {
      found.items.push(...items);
      found.anchors.push(index);
    } else found = { items, anchors: [index], key };
  }
  return found && { items: found.items, anchors: found.anchors };
}

/**
 * The items of a numbered list up to where its numbers start again (`1. 2. 3.`, then `1.` below),
 * or up to the first numbered item after bullets (`- Opening` / `- Sluiting`, then `1. Opening`):
 * the second one, counting from the start again or with marks of another kind, is another list
 * (the items repeated with their notes), however closely it follows.
 */
function untilRestart(items: number[], ordinals: ReadonlyMap<number, number>): number[] {
  let numbered = ordinals.has(items[0] as number);
  for (let k = 1; k < items.length; k++) {
    const number = ordinals.get(items[k] as number);
    const previous = ordinals.get(items[k - 1] as number);
    if (number !== undefined && previous !== undefined && number <= previous) return items.slice(0, k);
    if (number !== undefined && !numbered && k >= 2) return items.slice(0, k);
    if (number !== undefined) numbered = true;
  }
  return items;
}

/**
 * The items of an agenda list up to a line between them that opens the first item's own section
 * again (`• TOP 8 Verschiedenes` / `TOP 1 | Begrüßung` / `• notes ...`): with no blank line after the
 * list, the minutes of each item, headed by its marked number, run on as lines of the list; a
 * marked number no greater than the item's before it starts the items over, with their notes.
 */
function untilSections(lines: readonly Line[], items: number[], ordinals: ReadonlyMap<number, number>, vocabs: readonly Vocabulary[]): number[] {
  for (let k = 1; k < items.length; k++) {
    const previous = itemNumber(lines, items[k - 1] as number, ordinals, vocabs);
    if (previous === null) continue;
    for (let j = (items[k - 1] as number) + 1; j < (items[k] as number); j++) {
      const line = lines[j] as Line;
      if (line.itemStart) continue;
      const read = readItemNumber(line.text, vocabs);
      const number = read !== null && read.marked && read.number !== null ? Number.parseInt(read.number, 10) : Number.NaN;
      if (number <= previous) return items.slice(0, k);
    }
  }
  return items;
}

/** The whole number an agenda list item shows or writes with its marker (`3.`, `TOP 3`), or null. */
function itemNumber(lines: readonly Line[], index: number, ordinals: ReadonlyMap<number, number>, vocabs: readonly Vocabulary[]): number | null {
  const shown = ordinals.get(index);
  if (shown !== undefined) return shown;
  const read = readItemNumber((lines[index] as Line).text, vocabs);
  const number = read !== null && read.marked && read.number !== null ? Number.parseInt(read.number, 10) : Number.NaN;
  return Number.isNaN(number) ? null : number;
}

/** The lines that can introduce an agenda list, in document order. */
function agendaAnchors(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): number[] {
  const out: number[] = [];
  let topics: TopicsBeside | null = null;
  lines.forEach((line, index) => {
    if (!(header.labels.get(index)?.field === 'agenda' || namesAgenda(line, vocabs)) || underNextMeeting(lines, index, vocabs)) return;
    topics ??= topicsBeside(lines, header);
    if (!topicAmongTopics(lines, index, header, topics)) out.push(index);
  });
  return out;
}

/** The fewest other topics with notes a list must hold beside the agenda's point for that point to be one of them. */
const FEWEST_TOPICS_BESIDE = 2;

/**
 * Whether an agenda label is one point of a list of topics, each with its notes nested under it
 * (`- Opening` / `  - Opened at 8.05` / `- Agenda` / `  - Approved as circulated` / `- Budget` /
 * ...): the point is the item of the meeting that dealt with the agenda, and what is nested under
 * it is its minute, no agenda. A caption of the agenda written as a point ends in a colon (`- Agenda:`),
 * and the points beside it are labels too (`- Attendees`, `- Notes`), not topics with notes.
 */
function topicAmongTopics(lines: readonly Line[], index: number, header: Header, topics: TopicsBeside): boolean {
  const line = lines[index] as Line;
  if (line.kind !== 'listItem' || !line.itemStart || /[:：]\s*$/u.test(line.text)) return false;
  const beside = (topics.counts.get(topics.runOf.get(index) ?? '') ?? 0) - (topicWithNotes(lines, index, header) ? 1 : 0);
  return beside >= FEWEST_TOPICS_BESIDE && !listsTopicsBeside(lines, index, topics);
}

/**
 * Whether the points nested under the agenda's point name the topics beside it (`- Agenda` / `  -
 * Opening` / `  - Budget`, then `- Opening` / `  - notes` / `- Budget` / ...): then it captions the
 * agenda after all, the topics following with their notes. Two such names are enough.
 */
function listsTopicsBeside(lines: readonly Line[], index: number, topics: TopicsBeside): boolean {
  const line = lines[index] as Line;
  const titles = topics.titles.get(topics.runOf.get(index) ?? '') ?? new Set<string>();
  let named = 0;
  // An agenda's points are a short list: past so many lines the points under it are notes, and nested lists are not read again and again.
  const end = Math.min(lines.length, index + 1 + MOST_CAPTIONED_LINES);
  for (let j = index + 1; j < end && (lines[j] as Line).listDepth > line.listDepth; j++) {
    const nested = lines[j] as Line;
    if (nested.itemStart && nested.listDepth === line.listDepth + 1 && titles.has(fold(nested.text))) named++;
    if (named >= FEWEST_TOPICS_BESIDE) return true;
  }
  return false;
}

/** The most lines under an agenda's point read for the topics it names. */
const MOST_CAPTIONED_LINES = 200;

/** The list each point stands in, and the points of each list that are topics with notes, counted and named. */
interface TopicsBeside {
  counts: Map<string, number>;
  runOf: Map<number, string>;
  titles: Map<string, Set<string>>;
}

/** Whether a point of a list holds notes and is no header label (the opening and the closing are topics, though the header reads a time from them). */
function topicWithNotes(lines: readonly Line[], index: number, header: Header): boolean {
  const field = header.labels.get(index)?.field;
  return (field === undefined || field === 'start' || field === 'end') && holdsNotes(lines, index);
}

/**
 * For each point of a list, how many points of its list (itself among them) are topics with notes,
 * and their names: one pass over the lines, each list told apart by its depth and the run of lines it stands in.
 */
function topicsBeside(lines: readonly Line[], header: Header): TopicsBeside {
  const runOf = new Map<number, string>();
  const counts = new Map<string, number>();
  const titles = new Map<string, Set<string>>();
  // The run each depth of list is in: a line shallower than a depth ends the runs below it.
  const open: number[] = [];
  let runs = 0;
  lines.forEach((line, index) => {
    open.length = Math.min(open.length, line.listDepth);
    if (line.kind !== 'listItem' || !line.itemStart) return;
    while (open.length < line.listDepth) open.push(runs++);
    const key = `${line.listDepth}:${open[line.listDepth - 1] as number}`;
    runOf.set(index, key);
    if (!topicWithNotes(lines, index, header)) return;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const named = titles.get(key) ?? new Set<string>();
    named.add(fold(line.text));
    titles.set(key, named);
  });
  return { counts, runOf, titles };
}

/**
 * Whether a line sits in the section of a heading about the next meeting (`## Next meeting` /
 * `#### Agenda` / `1. ...`): that agenda is the next meeting's, not this one's.
 */
function underNextMeeting(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): boolean {
  let depth = (lines[index] as Line).kind === 'heading' ? (lines[index] as Line).depth : 7;
  for (let j = index - 1; j >= 0 && depth > 1; j--) {
    const line = lines[j] as Line;
    if (line.kind !== 'heading' || line.depth >= depth) continue;
    if (aboutNextMeeting(line.text, vocabs)) return true;
    depth = line.depth;
  }
  return false;
}

/**
 * Whether a line names an agenda without being a label: a short heading that ends in an agenda
 * word once its date is gone (`Regular Meeting Agenda - 5 May 2025`) or pairs the agenda with the
 * notes (`Agenda & mötesanteckningar 2021-02-26`), or a line that ends in a
 * colon and speaks of the agenda in any inflection (`The agenda was:`, `Dagordningen fastställdes:`).
 */
export function namesAgenda(line: Line, vocabs: readonly Vocabulary[]): boolean {
  if (qualifiedAgenda(line, vocabs)) return true;
  if (line.kind === 'heading') {
    // Cheap first: no agenda word anywhere, no agenda heading (the dates are costly to take out).
    const folded = fold(line.text);
    if (![...agendaWords(vocabs)].some((w) => folded.includes(w))) return false;
    const written = (cleanTitle(line.text, vocabs) ?? '').split(/\s+/);
    const words = written.map((w) => fold(trimEndWhere(w, (code) => code < 0x80 && !/\w/.test(String.fromCharCode(code)))));
    if (words.length > 6) return false;
    // A page of agenda and notes together (`Agenda & Notes`, `Agenda och anteckningar`): the agenda comes first.
    const paired = agendaWords(vocabs).has(words[0] ?? '') && vocabs.some((v) => v.and.includes(fold(written[1] ?? '')));
    return paired || agendaWords(vocabs).has(words[words.length - 1] ?? '');
  }
  if ((line.kind !== 'paragraph' && line.kind !== 'listItem') || line.text.length > LONGEST_ANNOUNCEMENT || !line.text.endsWith(':')) return false;
  // Inflected forms count (`Dagordningen fastställdes:`, `Die Tagesordnungspunkte:`).
  const words = fold(line.text).match(/\p{L}+/gu) ?? [];
  const known = [...agendaWords(vocabs)];
  return words.some((w) => known.some((k) => w.startsWith(k)));
}

/** The most words a caption of the agenda qualified by its session holds (`Tagesordnung der öffentlichen Sitzung`). */
const QUALIFIED_WORDS = 6;

/**
 * Whether a short line with no sentence mark is the agenda word qualified by the session or part it
 * belongs to (`Tagesordnung der öffentlichen Sitzung`, `Tagesordnung für die Mitgliederversammlung`,
 * `Agenda for the public session`): councils caption the agenda of each session so, without a colon.
 * The agenda word opens the line and a word that joins a title to what it is of follows it; a verb
 * after the agenda word (`Tagesordnung wird genehmigt`) makes a sentence, no caption.
 */
function qualifiedAgenda(line: Line, vocabs: readonly Vocabulary[]): boolean {
  if ((line.kind !== 'paragraph' && line.kind !== 'heading') || line.text.length > LONGEST_ANNOUNCEMENT || /[.!?:;]$/.test(line.text.trimEnd())) return false;
  const words = line.text.trim().split(/\s+/);
  if (words.length < 3 || words.length > QUALIFIED_WORDS || !agendaWords(vocabs).has(fold(words[0] ?? ''))) return false;
  const joiner = (words[1] ?? '').toLowerCase();
  return vocabs.some((v) => v.titleTails.includes(joiner));
}

/** The one-word agenda labels of the vocabularies long enough not to be another word (`agenda`, `tagesordnung`). */
const agendaWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.labels.agenda ?? []).filter((w) => !w.includes(' ') && w.length >= 6).map((w) => fold(w))));

/** One list item as an agenda item: its displayed number or a number written in it (`- TOP 1: Begrüßung`), and its text. */
function itemOf(lines: readonly Line[], index: number, ordinals: ReadonlyMap<number, number>, vocabs: readonly Vocabulary[]): AgendaDraft | null {
  const line = lines[index] as Line;
  // A bold lead names the topic; the words after it are its notes (`**Cookies:** the editor ...`).
  const lead = line.lead === null ? '' : cleanItemTitle(line.lead);
  const byLead = lead !== '' && line.text.length > (line.lead ?? '').length + 1;
  let title = byLead ? lead : withContinuation(lines, index);
  let number: string | null = ordinals.has(index) ? String(ordinals.get(index)) : null;
  if (number === null) {
    const read = readItemNumber(title, vocabs);
    if (read && read.number !== null && (read.marked || read.closed) && read.title !== '') {
      number = read.number;
      title = read.title;
    }
  }
  title = cleanItemTitle(title);
  if (title === '') return null;
  // Titled by its lead, the item shares its line with its notes: the line stays in the notes (nothing lost).
  return byLead ? { ...listItem(lines, index, number, title), to: index } : listItem(lines, index, number, title);
}

/**
 * An item's text with the lines its title runs on to (`2. Budget för` / `nästa år`): lines of the
 * item's own paragraph that open in lower case go on with its words; a capitalised one starts notes.
 */
function withContinuation(lines: readonly Line[], index: number): string {
  const line = lines[index] as Line;
  let text = line.text;
  for (let j = index + 1; j < lines.length && j <= index + MOST_CONTINUED; j++) {
    const next = lines[j] as Line;
    if (next.block !== line.block || next.itemStart || !/^\p{Ll}/u.test(next.text)) break;
    text += ` ${next.text}`;
  }
  return text;
}

/** Lines a title may run on to: a title is a line or two, not a paragraph. */
const MOST_CONTINUED = 2;

/**
 * The agenda list lines among `indices`: the first list, not the sections after it. When
 * sub-headings come first, the lists under them are the agenda only if most of their items hold
 * notes of their own (`### Repo` then `* Issue` with nested notes); lists of plain points are the
 * notes of the sub-headings, which are then the items.
 */
function firstList(lines: readonly Line[], indices: readonly number[]): number[] {
  const start = indices.findIndex((j) => (lines[j] as Line).kind === 'listItem');
  if (start < 0) return [];
  if (indices.slice(0, start).some((j) => (lines[j] as Line).kind === 'heading')) {
    const items = indices.filter((j) => (lines[j] as Line).kind === 'listItem');
    const top = items.filter((j) => (lines[j] as Line).itemStart && (lines[j] as Line).listDepth === 1);
    return top.length > 0 && top.filter((j) => holdsNotes(lines, j)).length * 2 >= top.length ? items : [];
  }
  const out: number[] = [];
  for (let k = start; k < indices.length; k++) {
    const j = indices[k] as number;
    const line = lines[j] as Line;
    if (line.kind === 'heading' || (line.listDepth === 0 && line.kind !== 'code')) break;
    if (line.kind === 'listItem') out.push(j);
  }
  return out;
}

/** A caption over the part of an agenda is a few words, not a sentence. */
const LONGEST_CAPTION = 60;

/**
 * The value of an agenda label with the list its caption heads: councils split their agenda into
 * parts and caption each (`Tagesordnung` / `Öffentlicher Teil` / `1. Eröffnung ...`, `Agenda` /
 * `Open session` / `1. ...`), so a label's value that is one short caption line, no sentence, with a
 * list right after it, goes on with that list. Any other value as it is.
 */
function captionedList(lines: readonly Line[], value: number[]): number[] {
  const only = value.length === 1 ? (value[0] as number) : -1;
  const caption = lines[only];
  const next = lines[only + 1];
  if (caption === undefined || next === undefined || caption.kind !== 'paragraph' || next.kind !== 'listItem' || next.listDepth !== 1) return value;
  if (caption.text.length > LONGEST_CAPTION || /[.!?]$/u.test(caption.text) || !/\p{L}{2}/u.test(caption.text)) return value;
  const out = [only];
  for (let j = only + 1; j < lines.length && (lines[j] as Line).listDepth >= 1; j++) out.push(j);
  return out;
}

/** Whether a list item has lines of its own after its first: a nested list or a paragraph. */
export function holdsNotes(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line;
  let j = index + 1;
  while (j < lines.length && (lines[j] as Line).block === line.block) j++;
  const next = lines[j];
  return next !== undefined && next.listDepth >= line.listDepth && !(next.itemStart && next.listDepth === line.listDepth);
}

/**
 * The items of the lists that go on after an agenda list written as the outline of the notes
 * (its items hold notes): each such list follows a bold or colon-ended group line that is no
 * other label (`**New business:**`, `**Standing items:**`) and starts right after it.
 */
function groupsAfter(lines: readonly Line[], header: Header, last: number): number[] {
  const out: number[] = [];
  let j = last;
  for (;;) {
    while (j < lines.length && (lines[j] as Line).listDepth > 0) j++;
    const group = lines[j];
    const first = lines[j + 1];
    if (!group || !first || group.kind !== 'paragraph' || first.block === group.block) return out;
    if (!(group.bold || group.text.endsWith(':')) || (header.labels.has(j) && header.labels.get(j)?.field !== 'agenda')) return out;
    if (first.kind !== 'listItem' || first.listDepth !== 1) return out;
    for (j += 1; j < lines.length && (lines[j] as Line).listDepth > 0; j++) {
      const line = lines[j] as Line;
      if (line.itemStart && line.listDepth === 1) out.push(j);
    }
  }
}

/** A title written inline is a few words, not a sentence of notes; a paragraph of titles is short. */
const LONGEST_INLINE = 60;
const LONGEST_INLINE_PARAGRAPH = 160;

/**
 * An agenda written out rather than listed: after the label on its line, parts split at commas
 * or semicolons (`Agenda: budget, website, summer party`; three parts at least), or in a short
 * paragraph under the label, one item a sentence (`Budjetti. Kotisivut.`; two at least). Each short.
 */
function inlineItems(lines: readonly Line[], index: number, value: string, below: readonly number[]): AgendaDraft[] {
  let at = index;
  let parts: string[];
  if (value !== '') {
    parts = value.split(/[;,]/);
  } else {
    const first = below[0];
    const line = first === undefined ? undefined : lines[first];
    if (first === undefined || !line || line.kind !== 'paragraph') return [];
    at = first;
    const text = below.filter((j) => (lines[j] as Line).block === line.block).map((j) => (lines[j] as Line).text).join(' ');
    if (text.length > LONGEST_INLINE_PARAGRAPH) return [];
    parts = text.split(/[.!?](?:\s|$)/u);
  }
  const titles = parts.map((part) => part.trim()).filter((part) => part !== '');
  // Two parts after the label may be a remark (`Agenda: approved, with one change`); three are a list.
  if (titles.length < (value !== '' ? 3 : 2) || titles.length > 12 || titles.some((t) => t.length > LONGEST_INLINE || !/\p{L}{2}/u.test(t))) return [];
  // On the label's own line the items share the line, which stays in the notes: the label is kept.
  return titles.map((title) => (at === index ? { ...listItem(lines, at, null, title), to: at } : listItem(lines, at, null, title)));
}

/** A title after a number at most this long: longer, the line is a sentence that opens with a number. */
const LONGEST_NUMBERED_TITLE = 120;

/** The fewest items a run of numbered lines under an agenda caption needs to be the agenda. */
const FEWEST_NUMBERED = 3;

/**
 * The items of an agenda written as plain lines numbered 1, 2, 3 under its caption (`Tagesordnung` /
 * `1 Einwohnerfragestunde` / `2 Bericht des Bürgermeisters`), as text copied out of a PDF or a
 * word processor writes it: no list mark, the number perhaps with no dot, a blank line perhaps after
 * each line. One short line may stand between the caption and the first item (`Öffentlicher Teil`);
 * sub-items (`5.1`) go with their item. The run ends at the first line that is neither; it counts
 * only from three items up, each a short title in capitals, no sentence.
 */
function numberedLines(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const items: AgendaDraft[] = [];
  let expected = 1;
  let skipped = false;
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.kind !== 'paragraph') break;
    const read = readItemNumber(line.text, vocabs);
    const title = read === null ? '' : cleanItemTitle(read.title);
    const [major, minor] = (read?.number ?? '').split('.');
    if (read !== null && minor !== undefined && minor !== '' && Number(major) === expected - 1) continue;
    const item = read !== null && read.number !== null && minor === undefined && Number(major) === expected && title.length <= LONGEST_NUMBERED_TITLE && /^\p{Lu}/u.test(title) && !/[.!?;]$/u.test(title);
    if (!item) {
      // A caption of the session between the agenda's caption and its first item (`Öffentlicher Teil`).
      if (items.length === 0 && !skipped && line.text.length <= 40 && !/\d/u.test(line.text)) {
        skipped = true;
        continue;
      }
      break;
    }
    items.push(listItem(lines, j, read.number, title));
    expected++;
  }
  return items.length >= FEWEST_NUMBERED ? items : [];
}

