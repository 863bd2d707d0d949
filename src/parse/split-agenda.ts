import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import { cleanItemTitle, displayedOrdinals, type AgendaDraft } from './agenda-draft.js';
import { headingItems, sectionEnd, topicHeadings } from './agenda-headings.js';
import { agendaList } from './agenda-list.js';
import { looseTopics } from './agenda-loose.js';
import { runInTopics, standingRunIns } from './agenda-run-in.js';
import { numberedItems } from './agenda-numbered.js';
import { numberedOutline, shortOutline } from './agenda-outline.js';
import { topicTableItems } from './agenda-table.js';
import { chatTopics, summaryTopics } from './agenda-topics.js';
import type { Header } from './read-header.js';
import { normalizeLabel } from './read-label.js';
import { resolvePerson } from './resolve-people.js';
import type { Line } from './types.js';

export type { AgendaDraft } from './agenda-draft.js';

/** The agenda labels as written alone (`Agenda`, `Esityslista`), not ending a longer heading. */
const agendaLabels = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.labels.agenda ?? [])));

/** Title pairs compared at most when an agenda list is matched to headings: a real agenda has tens of items. */
const MOST_PAIRS = 250_000;

/** A line that is only a section mark and its number (`§ 198`, `198 §`). */
const BARE_SECTION = /^(?:§\s?\d{1,4}\.?|\d{1,4}\s?§)$/u;
/** A section mark and its number before a title (`§ 22 Kokouksen laillisuus ja päätösvaltaisuus`): no sentence, no stop at its end. */
const TITLED_SECTION = /^(?:§\s?\d{1,4}\.?|\d{1,4}\s?§)\s+\p{Lu}[^.!?:]{0,100}$/u;

/**
 * Whether a line opens one section of a municipal record published on its own: the section mark
 * alone on its line (`§ 198` over its title), or the mark with its title on a line of its own
 * (`§ 22 Kokouksen laillisuus ja päätösvaltaisuus` between blank lines).
 */
function sectionOnItsOwn(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line;
  const text = line.text.trim();
  if (BARE_SECTION.test(text)) return true;
  const alone = (lines[index - 1]?.block ?? -1) !== line.block && (lines[index + 1]?.block ?? -1) !== line.block;
  return alone && line.kind === 'paragraph' && TITLED_SECTION.test(text);
}

/**
 * Find the agenda items: numbered headings or bold lines (`1. Title / Presenter`, `§ 5`, `TOP 3`),
 * else the topics set in a chat log (`#topic`), else the list under an agenda label (one item each where headings repeat it), else a numbered
 * outline in plain text, else the topic headings of the outline, else the rows of a table with a
 * topic column, else topics written as bold lines or as list points with nested notes, else the
 * one or two numbered items of minutes cut short, else the run-in headings that open paragraphs.
 */
export function splitAgenda(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  return chooseItems(lines, header, vocabs).map((item) => withPresenter(item, header.participants));
}

function chooseItems(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const numbered = withoutListedRun(lines, numberedItems(lines, header, vocabs));
  const ordinals = displayedOrdinals(lines);
  const list = agendaList(lines, header, vocabs, ordinals);
  if (numbered.length === 1 && (lines[numbered[0]!.from] as Line).kind === 'heading') {
    const among = amongTopicHeadings(lines, header, vocabs, numbered[0]!);
    if (among.length > 0) return among;
  }
  if (numbered.length >= 2 || (numbered.length === 1 && (lines[numbered[0]!.from] as Line).kind === 'heading' && !underTopics(lines, header, vocabs, numbered[0]!))) return list ? withListOnly(numbered, list.items) : numbered;
  // One section of a municipal record, published on its own (`§ 198` over its title): the section mark alone on its line is an item.
  if (numbered.length === 1 && sectionOnItsOwn(lines, numbered[0]!.from)) return numbered;
  const topics = chatTopics(lines);
  if (topics.length > 0) return list ? withListOnly(topics, list.items) : topics;
  const summary = summaryTopics(lines);
  if (summary.length > 0) return list ? withListOnly(summary, list.items) : summary;
  const numberedList = numberedOutline(lines, header, vocabs, ordinals);
  const outline = numberedList.length > 0 && underActionsLabel(lines, numberedList[0]!.from, vocabs) ? [] : numberedList;
  if (list && nestedInOutline(outline, list)) return outline;
  // An outline beats an agenda list only where it goes on from it (`Asialista:` then `1. Avaus`, then `2. ...` further down).
  if (outline.length > (list?.items.length ?? 0) && (!list || outline.some((item) => list.items.some((entry) => entry.from === item.from)))) return outline;
  // An agenda list, then the same items numbered again with their notes (`Agenda: 1. Opening 2. ...`, later `1. Opening` / notes): the items with notes.
  if (list && repeats(outline, list.items)) return outline;
  // The agenda list is the outline itself, its minute typed under each title (`Esityslista` / `4. Hyväksytään työjärjestys.` / `Työjärjestys hyväksyttiin.`).
  if (list && minutedList(lines, outline, list.items)) return outline;
  if (list) return withHeadings(lines, header, vocabs, list.items, list.anchors);
  const headings = headingItems(lines, header, vocabs);
  if (headings.length > 0) return headings;
  const rows = topicTableItems(lines, header, vocabs);
  if (rows.length > 0) return rows;
  const loose = looseTopics(lines, header, vocabs);
  if (loose.length > 0) return loose;
  // Minutes cut short after their first numbered item or two (`1. Opening` / notes / `2. Mededelingen` / notes).
  const short = shortOutline(lines, header, vocabs, ordinals);
  // Else topics set as run-in headings (`FINANCE: The Clerk ...`, `Finance – EE presented ...`).
  if (short.length > 0) return short;
  const runIn = runInTopics(lines, header, vocabs);
  // Else the order of business run in as labels (`Call to Order: 7:02 pm`, `Treasurer's Report: ...`, `Mededelingen: geen`).
  return runIn.length > 0 ? runIn : standingRunIns(lines, header, vocabs);
}

/**
 * Numbered items without the run of them that lists the agenda before the same items come again
 * with their notes (`Tagesordnung:` / `TOP 1 Formalia` ... `TOP 5 Sonstiges`, then `TOP 1 Formalia`
 * / notes ...): two items or more on lines one after another, whose numbers and titles the items
 * right after the run repeat in order. Each item once, where its notes are.
 */
function withoutListedRun(lines: readonly Line[], numbered: AgendaDraft[]): AgendaDraft[] {
  const row = (k: number): number => (lines[(numbered[k] as AgendaDraft).from] as Line).start.line;
  let run = numbered.length > 0 ? 1 : 0;
  while (run < numbered.length && row(run) === row(run - 1) + 1) run++;
  if (run < 2 || numbered.length < run * 2) return numbered;
  const same = (a: AgendaDraft, b: AgendaDraft): boolean => a.number === b.number && fold(a.title) === fold(b.title);
  return numbered.slice(0, run).every((item, k) => same(item, numbered[run + k] as AgendaDraft)) ? numbered.slice(run) : numbered;
}

/**
 * Whether the line right above the list a numbered outline starts in names a list of tasks (`Actiepunten uit de vorige
 * vergadering`, `Action items from last week`, `Offene Aufgaben:`): the list holds the tasks and
 * their state, not the items of the meeting.
 */
function underActionsLabel(lines: readonly Line[], from: number, vocabs: readonly Vocabulary[]): boolean {
  let start = from;
  while (start > 0 && (lines[start - 1] as Line).kind === 'listItem') start--;
  const above = lines[start - 1];
  if (above === undefined) return false;
  const text = fold(above.text).replace(/[:.]\s*$/u, '').trim();
  return vocabs.some((v) => (v.labels.actions ?? []).some((label) => text === label || (text.startsWith(`${label} `) && text.length <= label.length + 40)));
}

/**
 * The topic headings of the outline where one of them alone carries a number (`## Opening`,
 * `## 3. Discussie`, `## Rondvraag`): a number slipped into one heading does not make it the only
 * item when at least two unnumbered topics stand beside it. That heading keeps its number and
 * its title without it. Empty when the numbered heading is not among three topics or more.
 */
function amongTopicHeadings(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], numbered: AgendaDraft): AgendaDraft[] {
  const headings = headingItems(lines, header, vocabs);
  if (headings.length < 3 || !headings.some((item) => item.from === numbered.from)) return [];
  return headings.map((item) => (item.from === numbered.from ? { ...item, number: numbered.number, title: numbered.title } : item));
}

/**
 * Whether a lone numbered heading (`### 5.2 Corporate Design`) is a part of one topic among topic
 * headings above its level (`# Raumzugang`, `# Weihnachtsfeier`, ...), so the topics are the agenda.
 */
function underTopics(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], lone: AgendaDraft): boolean {
  const depth = (lines[lone.from] as Line).depth;
  const topics = headingItems(lines, header, vocabs).filter((item) => item.from !== lone.from && (lines[item.from] as Line).depth < depth);
  return topics.length >= 3;
}

/**
 * An agenda list whose items come back as headings is one agenda, not two: each list item that
 * a topic heading repeats (by its words) takes the heading's place, words and body, the list's
 * order and numbers. Where the headings hold far more topics than the list (a partial agenda), the headings
 * are the agenda, numbered from the list where they match it.
 */
function withHeadings(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], list: AgendaDraft[], anchors: readonly number[]): AgendaDraft[] {
  const own = new Set([...anchors, ...list.map((item) => item.from)]);
  const topics = topicHeadings(lines, header, vocabs).filter((j) => !own.has(j));
  if (list.length * topics.length > MOST_PAIRS) return list;
  const used = new Set<number>();
  const matches = list.map((item) => {
    const heading = topics.find((j) => !used.has(j) && sameTopic(item.title, (lines[j] as Line).text));
    if (heading !== undefined) used.add(heading);
    return heading;
  });
  // A list under a line that only ends in `agenda` (`Approve the agenda`), none of whose items the topic headings repeat, is that topic's notes.
  const labelled = anchors.some((j) => agendaLabels(vocabs).has(normalizeLabel((lines[j] as Line).text)));
  if (used.size === 0 && !labelled && topics.length >= 2) return headingItems(lines, header, vocabs);
  if (used.size === 0 || (used.size < 2 && list.length > 1)) return list;
  const byHeadings = headingItems(lines, header, vocabs);
  if (byHeadings.length >= 2 * list.length && [...used].every((j) => byHeadings.some((item) => item.from === j))) {
    return byHeadings.map((item) => ({ ...item, number: list[matches.indexOf(item.from)]?.number ?? item.number }));
  }
  const starts = [...used].sort((a, b) => a - b);
  return list.map((item, k) => {
    const heading = matches[k];
    if (heading === undefined) return item;
    const next = starts.find((j) => j > heading);
    // The heading's own words are the title (its line is the item's); the list's line stays in the notes.
    return { ...item, title: cleanItemTitle((lines[heading] as Line).text), from: heading, to: sectionEnd(lines, heading, next), hasBody: true, position: (lines[heading] as Line).start };
  });
}

/**
 * Numbered items that repeat an agenda list, with the list's items that no numbered item repeats
 * put back in the list's order (`Folgetermin` at the end of the list, never given a heading).
 * An item repeats a list item by its words, else by its number alone where both are numbered
 * and no other item carries that number (`Agendapunt 5:` over the notes of the list's `5.
 * Rondvraag, wvttk`). Unchanged when fewer than half of the list's items are repeated (the list
 * is another one), or when the whole list stands in one item's notes (the agenda read out).
 */
function withListOnly(numbered: AgendaDraft[], list: readonly AgendaDraft[]): AgendaDraft[] {
  if (list.length * numbered.length > MOST_PAIRS) return numbered;
  const used = new Set<number>();
  const matches = list.map((item) => {
    const k = numbered.findIndex((n, i) => !used.has(i) && sameTopic(item.title, n.title));
    if (k >= 0) used.add(k);
    return k;
  });
  list.forEach((item, k) => {
    if (matches[k] !== -1) return;
    const byNumber = onlyWithNumber(numbered, item.number, used);
    if (byNumber < 0) return;
    matches[k] = byNumber;
    used.add(byNumber);
  });
  if (used.size * 2 < list.length || used.size === list.length || readOutUnder(numbered, list)) return numbered;
  const out = [...numbered];
  let after = -1;
  list.forEach((item, k) => {
    const match = matches[k] as number;
    if (match >= 0) after = out.indexOf(numbered[match] as AgendaDraft);
    else out.splice(++after, 0, item);
  });
  return out;
}

/**
 * The index of the one numbered item, not yet matched, that carries this number (`5` of
 * `Agendapunt 5`); -1 when the number is missing, no item carries it, or two items do.
 */
function onlyWithNumber(numbered: readonly AgendaDraft[], number: string | null, used: ReadonlySet<number>): number {
  if (number === null) return -1;
  let found = -1;
  for (let i = 0; i < numbered.length; i++) {
    if ((numbered[i] as AgendaDraft).number !== number) continue;
    if (found >= 0) return -1;
    found = i;
  }
  return found >= 0 && !used.has(found) ? found : -1;
}

/**
 * Whether the whole agenda list stands in the notes of one numbered item (`TOP 4. Verlesung der
 * Tagesordnung` / `Der Vorsitzende verliest die Tagesordnung:` / `1. Begrüßung` ...): the agenda
 * sent out, read at the meeting, while the numbered items are the ones held. What the list holds
 * beyond them was not taken up as an item of its own.
 */
function readOutUnder(numbered: readonly AgendaDraft[], list: readonly AgendaDraft[]): boolean {
  return numbered.some((item) => list.every((entry) => entry.from > item.from && entry.from < item.to));
}

/**
 * Whether an agenda list stands inside one item of a numbered outline, as the points of a talk
 * to come (`6. Overleg met de gemeente` / `Agendapunten:` / `- Groen`, `- Verkeer`): the
 * list's label comes after the outline's first item and fewer than half of the list's items
 * repeat the outline's. That list is the item's notes; the outline is the meeting's agenda.
 */
function nestedInOutline(outline: readonly AgendaDraft[], list: { items: readonly AgendaDraft[]; anchors: readonly number[] }): boolean {
  const first = outline[0];
  if (outline.length < 3 || first === undefined || list.anchors.length === 0 || !list.anchors.every((j) => j > first.from)) return false;
  if (list.items.length * outline.length > MOST_PAIRS) return false;
  const repeated = list.items.filter((entry) => outline.some((item) => sameTopic(entry.title, item.title))).length;
  return repeated * 2 < list.items.length;
}

/**
 * Whether the items of an agenda list are the outline's own items, most with lines of minutes under
 * their titles: minutes often take the agenda sent out, its label kept (`Esityslista`, `Agenda`), and
 * type what was done under each item. Each entry then owns the lines up to the next one; a list of
 * bare titles has none.
 */
function minutedList(lines: readonly Line[], outline: readonly AgendaDraft[], list: readonly AgendaDraft[]): boolean {
  if (outline.length < 2 || outline.length !== list.length || outline.some((item, k) => item.from !== list[k]?.from)) return false;
  const minuted = outline.filter((item) => {
    for (let j = item.from + 1; j < item.to && j < lines.length; j++) if ((lines[j] as Line).text.trim() !== '') return true;
    return false;
  });
  return minuted.length * 2 > outline.length;
}

/**
 * Whether the outline's items are the list's items again, each with the same topic and the same
 * number (or numbered where the list had bullets: `- Opening` / ... then `1. Opening` with its
 * notes), on lines of their own after the list.
 */
function repeats(outline: readonly AgendaDraft[], list: readonly AgendaDraft[]): boolean {
  const last = Math.max(...list.map((entry) => entry.from));
  return outline.length >= 2 && outline.length === list.length && outline.every((item, k) => item.from > last && (item.number === list[k]?.number || list[k]?.number === null) && sameTopic(item.title, list[k]?.title ?? ''));
}

/** The content words of a title, folded: three letters or more. */
function contentWords(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3);
}

/** Whether two words are one word inflected: equal, or one starts the other and shares four letters or more. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Whether a list item and a heading name the same topic: on average half the words of each are in the other. */
export function sameTopic(a: string, b: string): boolean {
  const x = contentWords(a);
  const y = contentWords(b);
  if (x.length === 0 || y.length === 0) return fold(a).trim() === fold(b).trim();
  const inY = x.filter((w) => y.some((v) => sameWord(w, v))).length / x.length;
  const inX = y.filter((w) => x.some((v) => sameWord(w, v))).length / y.length;
  return (inX + inY) / 2 >= 0.5;
}

function withPresenter(item: AgendaDraft, participants: readonly Participant[]): AgendaDraft {
  const slash = /\s\/\s([^/]{2,60})$/.exec(item.title);
  if (slash) {
    const written = (slash[1] ?? '').trim();
    return { ...item, title: item.title.slice(0, slash.index).trim(), presenter: resolvePerson(written, participants) ?? written };
  }
  const handle = /\s\((@[\w.-]+)(?:[^()\w.-][^()]*)?\)$/.exec(item.title);
  if (handle) return { ...item, title: item.title.slice(0, handle.index).trim(), presenter: resolvePerson(handle[1] ?? '', participants) ?? handle[1] ?? null };
  return item;
}
