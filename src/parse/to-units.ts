import type { FieldName, Vocabulary } from '../lang/types.js';
import { SUB_ITEM_MARK } from './agenda-number.js';
import { actionMarkers, decisionMarkers, leadingMarker, opensTaskHeading } from './decision-markers.js';
import type { Position } from '../model/position.js';
import type { Header } from './read-header.js';
import { valueLines } from './read-header.js';
import type { Line } from './types.js';
import { isBlank } from './trim.js';

/** A piece of text a finder judges on its own: a sentence, a list item, a table row. */
export interface Unit {
  text: string;
  start: Position;
  /** Index of the unit's first line. */
  line: number;
  kind: 'sentence' | 'item' | 'row' | 'line';
  checked: boolean | null;
  struck: boolean;
  cells: string[] | null;
  /** For a table row, the header cells of its table. */
  columns: string[] | null;
  /** The section label the unit stands under ('actions', 'decisions', 'proposal', 'agenda'), or null. */
  section: FieldName | null;
  /** The words of that section's heading or label as written (`Action items`), or null. */
  sectionLabel: string | null;
  /** The text of the list item that holds this one, for nested lists. */
  parentText: string | null;
  /** Index of the unit's block, to tell neighbours apart. */
  block: number;
}

/** A text that opens with a lower-case letter: the rest of a sentence begun on the line before. */
const LOWER_START = /^\p{Ll}/u;

/** A line that is only an item's number with its mark (`§ 5`, `5 §`, `§5.`). */
const BARE_NUMBER = /^(?:§\s?\d{1,3}\.?|\d{1,3}\s?§)$/u;

const SECTIONS = new Set<FieldName>(['actions', 'decisions', 'proposal', 'agenda']);

/**
 * Cut the document into units: each list item, each table row, each line of a section that lists
 * actions, and each sentence of a paragraph (sentences end at `.`, `!`, `?` except after an
 * abbreviation or inside a date). Header lines and code are left out. `titles` are the lines that
 * open an agenda item: where such a line starts a paragraph or a list item that goes on (`§ 3 Ekonomi`
 * with the notes on the next lines, no blank line between), the title is a unit of its own and the
 * lines after it are read as the item's sentences. A next line in lower case goes on with the title's
 * sentence (`2.1 Valitaan` / `sihteeri: X`) and stays joined to it. Of those, the `runOn` lines carry the
 * item's notes after its title (`4.FOOTPATH SIGNS. Two signs have fallen.`) and are read as sentences.
 */
export function toUnits(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], titles: ReadonlySet<number> = new Set(), runOn: ReadonlySet<number> = new Set()): Unit[] {
  const sections = sectionOf(lines, header, vocabs);
  const stops: Stops = { words: new Set(vocabs.flatMap((v) => v.abbreviations)), clock: new Set(vocabs.flatMap((v) => v.timeWords)), joiners: new Set(vocabs.flatMap((v) => v.compoundJoiners)) };
  const clauses = new Set(vocabs.flatMap((v) => v.resolutionClauses));
  const stopwords = new Set(vocabs.flatMap((v) => [...v.stopwords, ...v.and]));
  const markers = [...decisionMarkers(vocabs), ...actionMarkers(vocabs)];
  const nil = new Set(vocabs.flatMap((v) => v.nilValues ?? []));
  const itemText = new Map<number, string>();
  const units: Unit[] = [];
  let columns: string[] | null = null;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as Line;
    let j = i + 1;
    // A line the header read (`Aanwezig: ...` under a bold title, no blank line between) is no
    // sentence of the body: a block is cut where such lines start and end.
    const consumed = header.consumed.has(i);
    while (j < lines.length && (lines[j] as Line).block === line.block && line.kind !== 'tableRow' && header.consumed.has(j) === consumed) j++;
    if (consumed || line.kind === 'code' || line.kind === 'html' || line.kind === 'heading') {
      // A heading that is a label of decisions with its value (`### Besluit: ...`) records one; one that opens with an action marker (`##### Actie: Pieter agendeert ...`), a task.
      const label = line.kind === 'heading' ? header.labels.get(i) : undefined;
      if (label?.field === 'decisions' && label.value) units.push(unitOf(line, i, line.text, line.start, 'line', sections[i] ?? { field: 'decisions', label: line.text }, null));
      else if (line.kind === 'heading' && opensTaskHeading(line.text, vocabs, header.participants)) units.push(unitOf(line, i, line.text, line.start, 'line', sections[i] ?? null, null));
      i = j;
      continue;
    }
    const group = lines.slice(i, j);
    const parent = line.parentItem >= 0 ? (itemText.get(line.parentItem) ?? null) : null;
    const section = sections[i] ?? null;
    if (titles.has(i) && j === i + 1 && line.kind === 'paragraph' && line.lead !== null && line.text.startsWith(line.lead) && line.text.length > line.lead.length + 1) {
      // The bold lead is the item's title, the rest of its line the notes (`**3. Budget** Ann sends ...`).
      const rest = line.text.slice(line.lead.length).trim();
      units.push(unitOf(line, i, line.lead, line.start, 'line', section, parent));
      const notes: Line = { ...line, text: rest, start: { line: line.start.line, column: line.start.column + line.text.indexOf(rest) } };
      for (const sentence of splitSentences([notes], stops, clauses)) units.push(unitOf(line, i, sentence.text, sentence.start, 'sentence', section, parent));
      i = j;
      continue;
    }
    // A section's label alone on a line of its paragraph (`Nämndens beslut` / `Nämnden godkänner ...`) heads the lines under it,
    // up to the next label alone in the paragraph (`Päätösehdotus` / `... valitaan ...` / `Päätös` / `Hyväksyttiin.`), which heads its own.
    // So does one on a line of a numbered item's body at the margin (`3. Dak` / `De offertes zijn besproken.` / `Besluit:` / `Het dak ...`), as text typed in a word processor sets it.
    const labelled = line.kind === 'paragraph' || line.kind === 'listItem' ? labelCuts(lines, header, sections, i, j) : [];
    // The items' own lines in the paragraph (`§ 4` / `Mötets avslutande`, text wrapped by hand) cut it as well.
    const heads = labelled.length > 0 && line.kind === 'paragraph' ? [...new Set([...labelled, ...titleCuts(lines, i, j, titles, null)])].sort((a, b) => a - b) : labelled;
    if (heads.length > 0) {
      let from = i;
      if (line.kind === 'listItem') {
        itemText.set(line.block, line.text);
        if (titles.has(i)) {
          units.push(unitOf(line, i, line.text, line.start, 'item', section, parent));
          from = i + 1;
        }
      }
      // Under a label of tasks each line is a task of its own, as under a heading (`Next steps` / `Ann: book the hall` / `Bo: ...`),
      // unless the lines run on from each other (sentences wrapped at a width, read as the prose they are).
      const flush = (to: number): void => {
        if (to <= from) return;
        const under = sections[from] ?? null;
        const body = lines.slice(from, to);
        if (under?.field === 'actions' && !body.some((l, k) => k > 0 && wrapped((body[k - 1] as Line).text, l.text))) taskLines(body, from, under, parent, units);
        else for (const sentence of splitSentences(body, stops, clauses)) units.push(unitOf(lines[from] as Line, from, sentence.text, sentence.start, 'sentence', under, parent));
      };
      for (const k of heads) {
        flush(k);
        units.push(unitOf(lines[k] as Line, k, (lines[k] as Line).text, (lines[k] as Line).start, 'line', sections[k] ?? null, parent));
        from = k + 1;
      }
      flush(j);
      i = j;
      continue;
    }
    // In a section of tasks each line is read on its own already, a name in bold heading the tasks under it.
    const cuts = line.kind === 'tableRow' ? [] : titleCuts(lines, i, j, titles, section?.field !== 'actions' ? stopwords : null);
    if (cuts.length > 0) {
      if (line.kind === 'listItem') itemText.set(line.block, line.text);
      // Lines before the first title, then each title alone and the lines up to the next as sentences;
      // an outline's sub-item in a list item's body (`a. motion to approve ...`) starts sentences of its own.
      const subs = line.kind === 'listItem' ? subItems(group).map(([from]) => i + from).filter((k) => k > i) : [];
      const pieces = [i, ...cuts.flatMap((k) => [k, k + 1]), ...subs, j].sort((a, b) => a - b).filter((k, n, all) => n === 0 || k > (all[n - 1] as number));
      for (let n = 0; n + 1 < pieces.length; n++) {
        const from = pieces[n] as number;
        const to = pieces[n + 1] as number;
        const first = lines[from] as Line;
        // A title that runs on into its notes on its line (`4.FOOTPATH SIGNS. Two signs have fallen.`) is read as sentences.
        if (cuts.includes(from) && !runOn.has(from)) units.push(unitOf(first, from, first.text, first.start, first.kind === 'listItem' && from === i ? 'item' : 'line', sections[from] ?? null, parent));
        else if (cuts.includes(from)) for (const sentence of splitSentences([first], stops, clauses)) units.push(unitOf(first, from, sentence.text, sentence.start, 'sentence', sections[from] ?? null, parent));
        else {
          const body = subs.includes(from) ? [withoutSubItemMark(first), ...lines.slice(from + 1, to)] : lines.slice(from, to);
          for (const sentence of splitSentences(body, stops, clauses)) units.push(unitOf(first, from, sentence.text, sentence.start, 'sentence', sections[from] ?? null, parent));
        }
      }
      i = j;
      continue;
    }
    if (line.kind === 'listItem') {
      itemText.set(line.block, line.text);
      // An outline's sub-items under the entry (`2. Minutes reviewed` / `a. motion to approve ...` / `b. second: ...`) are entries of their own.
      for (const [from, to] of subItems(group)) {
        // The sub-item's mark is no word of it (`-motion to approve` reads `motion to approve`).
        const first = from > 0 ? withoutSubItemMark(lines[i + from] as Line) : (lines[i + from] as Line);
        // A line of the entry's body that opens with a marker (`- Flaky tests ...` / `  Decision: quarantine them.`) starts statements of its own.
        const marked = markedLines(group, from, to, markers, nil);
        const text = joinLines([first.text, ...group.slice(from + 1, marked[0] ?? to).map((l) => l.text)], stops.joiners);
        units.push(unitOf(first, i + from, text, first.start, 'item', section, parent));
        marked.forEach((k, n) => {
          for (const sentence of splitSentences(group.slice(k, marked[n + 1] ?? to), stops, clauses)) units.push(unitOf(group[k] as Line, i + k, sentence.text, sentence.start, 'sentence', section, parent));
        });
      }
    } else if (line.kind === 'tableRow') {
      if (line.header) columns = line.cells;
      else units.push({ ...unitOf(line, i, line.text, line.start, 'row', section, parent), columns });
    } else if (section?.field === 'actions') {
      taskLines(group, i, section, parent, units);
    } else {
      for (const sentence of splitSentences(group, stops, clauses)) units.push(unitOf(line, i, sentence.text, sentence.start, 'sentence', section, parent));
    }
    i = j;
  }
  return units;
}

/**
 * The lines of a section of tasks (`group`, from line `from`) as units, one task a line; a line in
 * lower case after one with no stop goes on with its task (a paragraph wrapped by hand).
 */
function taskLines(group: readonly Line[], from: number, section: SectionHit, parent: string | null, units: Unit[]): void {
  group.forEach((l, k) => {
    const last = units[units.length - 1];
    if (k > 0 && last !== undefined && wrapped((group[k - 1] as Line).text, l.text)) units[units.length - 1] = { ...last, text: `${last.text} ${l.text.trim()}` };
    else units.push(unitOf(l, from + k, l.text, l.start, 'line', section, parent));
  });
}

/**
 * The lines of a paragraph or of a list item's body (lines `from` to `to`) that are a section's label alone with lines of
 * that section after them in the paragraph (`Päätösehdotus`, `Päätös`, `Nämndens beslut`): each
 * heads the lines under it, up to the next.
 */
function labelCuts(lines: readonly Line[], header: Header, sections: readonly (SectionHit | undefined)[], from: number, to: number): number[] {
  if (to - from < 2) return [];
  const out: number[] = [];
  for (let k = from; k + 1 < to; k++) {
    const label = header.labels.get(k);
    const kind = (lines[k] as Line).kind;
    const own = kind === 'paragraph' || (kind === 'listItem' && !(lines[k] as Line).itemStart);
    if (label !== undefined && label.value === '' && SECTIONS.has(label.field) && sections[k + 1]?.field === label.field && own) out.push(k);
    // So does the sentence that announces the tasks after it (`Further actions, at the end of the meeting:`).
    else if (label === undefined && own && sections[k]?.field !== 'actions' && sections[k + 1]?.field === 'actions' && /[:：]\s*$/u.test((lines[k] as Line).text)) out.push(k);
  }
  return out;
}

/**
 * The pieces of a list item's lines, as offsets into them: the item's own lines, then each line of
 * its body that opens with the mark of an outline's level (`a. `, `ii. `, `-second:`) with the
 * lines that go on from it. One piece where no such mark opens a line, or where the first mark is
 * no level's first (`a.`, `i.` or a dash). A letter in parentheses' style (`a) ... b) ...`)
 * counts the parts of one sentence run on over lines, as a word processor's outline does not:
 * those lines stay one entry.
 */
function subItems(group: readonly Line[]): [number, number][] {
  const starts = [0];
  for (let k = 1; k < group.length; k++) {
    const mark = SUB_ITEM_MARK.exec((group[k] as Line).text)?.[0];
    if (mark !== undefined && !mark.includes(')')) starts.push(k);
  }
  const first = starts.length > 1 ? (group[starts[1] as number] as Line).text : '';
  if (!/^(?:[ai]\.|[-·•])/u.test(first)) return [[0, group.length]];
  return starts.map((from, n) => [from, starts[n + 1] ?? group.length]);
}

/**
 * The lines of a list entry's body (`group[from, to)`, after its first line) that open with a
 * decision's or a task's marker (`Decision: ...`, `Konsens: ...`, `ACTION: ...`), as offsets into
 * the group: notes typed under a point state their outcome on a line of its own.
 */
function markedLines(group: readonly Line[], from: number, to: number, markers: readonly string[], nil: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let k = from + 1; k < to; k++) {
    const rest = leadingMarker((group[k] as Line).text, markers)?.rest;
    // A marker with nothing under it (`Decision: none yet, ...`, `Aufgabe: entfällt.`) states none; `Konsens: keine Deployments mehr ...` states one.
    const clause = rest === undefined ? [] : (rest.toLowerCase().split(/[,.;:!]/u)[0] ?? '').split(/\s+/u).filter(Boolean);
    if (rest !== undefined && !(nil.has(clause[0] ?? '') && clause.length <= 2)) out.push(k);
  }
  return out;
}

/** A line without the outline's sub-item mark it opens with (`a. `, `-`), its start moved past the mark. */
function withoutSubItemMark(line: Line): Line {
  const mark = SUB_ITEM_MARK.exec(line.text)?.[0].length ?? 0;
  return mark === 0 ? line : { ...line, text: line.text.slice(mark), start: { line: line.start.line, column: line.start.column + mark } };
}

/**
 * Whether a line goes on with the one before it: it opens with a word in lower case that labels
 * nothing (`mmccool: Clean up ...` opens a task of its own), and the one before ends with no stop,
 * colon or semicolon.
 */
function wrapped(before: string, line: string): boolean {
  return /^\p{Ll}[\p{L}\p{N}'’-]*(?![\p{L}\p{N}'’-]|\s?[:：])/u.test(line.trimStart()) && !/[.!?:;：]\s*$/u.test(before);
}

/** A section a line stands under: its field and the words of its heading or label. */
interface SectionHit {
  field: FieldName;
  label: string;
}

function unitOf(line: Line, index: number, text: string, start: Position, kind: Unit['kind'], section: SectionHit | null, parentText: string | null): Unit {
  return { text: text.trim(), start, line: index, kind, checked: line.checked, struck: line.struck, cells: line.cells, columns: null, section: section?.field ?? null, sectionLabel: section?.label ?? null, parentText, block: line.block };
}

/** For each line, the action/decision/proposal section label it stands under. */
function sectionOf(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): (SectionHit | undefined)[] {
  const out: (SectionHit | undefined)[] = [];
  // English writes a task word apart (`actions`, not `transactions`); the other languages join it into compounds (`työtehtäviä`).
  const taskWords = vocabs.flatMap((v) => v.taskWords.map((word) => ({ word, apart: v.code === 'en' })));
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (line.kind !== 'paragraph' || !/:\s*$/.test(line.text) || (next?.kind !== 'listItem' && next?.kind !== 'paragraph')) return;
    // Only the sentence that announces the list can call it tasks: a task word in a sentence before it
    // (`Tärkeimmäksi tehtäväksi katsottiin X. Keskusteluissa tuodaan esiin seuraavaa:`) names none of its entries.
    const lower = lastSentence(line.text).toLowerCase();
    if (!taskWords.some((w) => (w.apart ? startsWord(lower, w.word) : lower.includes(w.word)))) return;
    const hit: SectionHit = { field: 'actions', label: line.text.replace(/:\s*$/, '') };
    for (let j = index + 1; j < lines.length && continuesTasks(lines, j, line.listDepth); j++) out[j] = hit;
  });
  for (const [index, label] of header.labels) {
    if (!SECTIONS.has(label.field) || label.value !== '') continue;
    const hit: SectionHit = { field: label.field, label: labelWords((lines[index] as Line).text) };
    for (const j of valueLines(lines, index)) {
      // An actions section holds its sub-headings (`### Alice` and Alice's tasks); other sections end at a heading.
      if ((lines[j] as Line).kind === 'heading' && label.field !== 'actions') break;
      if (out[j] === undefined || (lines[index] as Line).kind !== 'heading') out[j] = hit;
    }
  }
  return out;
}

/**
 * The title lines among lines `from` to `to` (one paragraph or list item) that stand apart from the
 * lines after them: a title that has further lines of the block after it (or before it), and whose
 * next line does not go on in lower case. Given the stop words of the languages (outside a section
 * of tasks), a line wholly in bold as well, and a paragraph's short first line that the writer broke
 * (`headOfParagraph`).
 */
function titleCuts(lines: readonly Line[], from: number, to: number, titles: ReadonlySet<number>, heads: ReadonlySet<string> | null): number[] {
  if (to - from < 2) return [];
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    // A line wholly in bold that ends in no stop heads the lines under it as a heading would (`**Item 3 – Website**` / `Bo will ...`).
    const line = lines[k] as Line;
    const bold = line.bold && line.kind === 'paragraph' && k + 1 < to && !/[:：.!?]\s*$/u.test(line.text);
    if (!titles.has(k) && !(heads !== null && (bold || (k === from && headOfParagraph(lines, from, to, heads))))) continue;
    const next = lines[k + 1];
    // A next line in lower case goes on with the title, unless it opens a sub-item (`4. NEW BUSINESS` / `a. Resolution ...`).
    if (k + 1 < to && next !== undefined && LOWER_START.test(next.text) && !ENUMERATOR.test(next.text)) continue;
    out.push(k);
    // A bare number (`§ 5`) has its title on the next line, which is no note either.
    if (BARE_NUMBER.test((lines[k] as Line).text) && k + 1 < to) out.push(k + 1);
  }
  return out;
}

/** The longest a paragraph's first line may be to head the lines under it. */
const HEAD_WORDS = 6;

/**
 * Whether a plain paragraph's first line is the topic of the lines under it (`Garden` / `Ann will fix
 * the fence.`, `Piha` / `Outi selvittää asian.`), as notes typed without blank lines set a topic over
 * what was said: a few words with no punctuation at the end and no stop word last, over a sentence
 * that opens with a capital and ends with a stop, the break the writer's (the line had room for the
 * next word, as in `oneStatementALine`).
 */
function headOfParagraph(lines: readonly Line[], from: number, to: number, stopwords: ReadonlySet<string>): boolean {
  const line = lines[from] as Line;
  const next = lines[from + 1] as Line;
  if (line.kind !== 'paragraph' || line.bold || /[.!?:;,–—-]\s*$/u.test(line.text) || !/^[\p{Lu}\d]/u.test(next.text) || !/[.!?]\s*$/u.test(next.text)) return false;
  const words = line.text.trim().split(/\s+/);
  if (words.length > HEAD_WORDS || stopwords.has((words[words.length - 1] as string).toLowerCase())) return false;
  let width = SHORTEST_WRAP;
  for (let k = from; k < to; k++) width = Math.max(width, (lines[k] as Line).text.length);
  const word = /^\S+/u.exec(next.text)?.[0] ?? '';
  return line.text.length + 1 + word.length <= width;
}

/** The last sentence of a text: what follows its last full stop, exclamation or question mark and a blank. */
function lastSentence(text: string): string {
  const end = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '));
  return end < 0 ? text : text.slice(end + 2);
}

/** Whether a lower-case text holds `word` at the start of one of its words (`actions` in `further actions:`, not in `transactions`). */
function startsWord(lower: string, word: string): boolean {
  for (let at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
    if (at === 0 || !/\p{L}/u.test(lower.charAt(at - 1))) return true;
  }
  return false;
}

/** A short label before a colon that opens a line (`Shelley:`, `All:`, `Alice & Bob:`). */
const LEAD_LABEL = /^[\p{L}@][\p{L}\d @&/.+-]{0,40}:/u;

/**
 * Whether line `j` still belongs to a list of tasks announced by a line ending in a colon: a list
 * item, a further line of the same paragraph, or a new paragraph that opens with a short label
 * (`Shelley:` and that person's tasks under it), nested deeper than the label's own list item.
 */
function continuesTasks(lines: readonly Line[], j: number, depth: number): boolean {
  const line = lines[j] as Line;
  // A label inside a list item announces the list nested under it: the item's next sibling is past it.
  if (line.kind === 'listItem') return line.listDepth > depth;
  if (line.kind !== 'paragraph') return false;
  const previous = lines[j - 1] as Line;
  return previous.block === line.block || LEAD_LABEL.test(line.text);
}

/** The words of a label line without its colon. */
function labelWords(text: string): string {
  const colon = text.indexOf(':');
  return (colon > 0 ? text.slice(0, colon) : text).trim();
}

/** One sentence of a paragraph and where it starts. */
export interface Sentence {
  text: string;
  start: Position;
}

/**
 * What opens a line of its own in a paragraph of a log or of scribed notes: a speaker (`<alice>`,
 * `Alice:`), a time stamp (`[12:03]`, `12:03`), a command (`#agreed`), a marker (`RESOLUTION:`) or
 * an arrow before the outcome of the lines above (`=> ...`, `→ ...`).
 */
const LINE_LEAD = /^(?:(?:=>|⇒|→|⟶|-->|->)\s|<[^<>\s]{1,30}>|\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s|#\p{L}{2,20}\s|\p{L}[\p{L}\p{N}'’_-]{0,30}(?: [\p{L}\p{N}'’_-]{1,30}){0,3}:\s)/u;

/**
 * A letter or small roman numeral in parentheses, or a small letter or roman numeral and a dot, that
 * opens a line (`a) ...`, `(b) ...`, `(iv) ...`, `a. ...`): the sub-items of a minute, each a
 * sentence of its own however the line before it ends. A capital and a dot is an initial (`A. Lee`).
 */
const ENUMERATOR = /^(?:\(?(?:[a-zA-Z]|[ivx]{2,4})\)|(?:[a-z]|[ivx]{2,4})\.)\s/u;

/**
 * Split the lines of a paragraph into sentences. A line that opens with a speaker, a time stamp, a
 * command or a marker starts a sentence of its own, as in a pasted chat log. A full stop ends a
 * sentence unless it follows an abbreviation (`ym.`, `e.g.`), a single letter or a number (`4.
 * krs`, `8.11.2019`), or the next word starts in lower case. A parenthesised sentence (`(Minna
 * lähettää ...)`) stands on its own.
 */
/**
 * Whether a line of a paragraph opens a sentence of its own (see `LINE_LEAD`). A lead in lower case
 * after a line that ends in no punctuation goes on with that line (`§ 2 Val av` / `sekreterare:
 * Tove Hed valdes.`): a wrapped sentence, not a speaker.
 */
function opensLine(line: Line, before: Line): boolean {
  if (ENUMERATOR.test(line.text)) return true;
  if (!LINE_LEAD.test(line.text)) return false;
  return !/^\p{Ll}/u.test(line.text) || /[.!?:;)\]]\s*$/u.test(before.text);
}

export function splitSentences(lines: readonly Line[], stops: Stops, clauses: ReadonlySet<string> = new Set()): Sentence[] {
  if (lines.length < 2) return splitRun(lines, stops);
  const out: Sentence[] = [];
  const statements = oneStatementALine(lines);
  let from = 0;
  for (let k = 1; k <= lines.length; k++) {
    if (k < lines.length && !statements && !opensLine(lines[k] as Line, lines[k - 1] as Line) && !opensClause(lines, k, clauses) && !afterRemark(lines, k) && !afterNamesLine(lines, k) && !afterUnwrapped(lines, k)) continue;
    out.push(...splitRun(lines.slice(from, k), stops));
    from = k;
  }
  return out;
}

/** No tool wraps prose at more characters than this: a longer line ends where its writer ended it. */
const LONGEST_TOOL_WRAP = 140;

/**
 * Whether line `k` starts a statement of its own after a line longer than any wrap (see
 * `LONGEST_TOOL_WRAP`), as pages saved from a wiki or a word processor keep a statement a line
 * with the bullets lost and no full stops (`... werten wir das Fest aus` / `wir wollen die Wahl
 * nachholen; ...`): the break is the writer's even where the next line opens in lower case. A line
 * that ends in a comma, a colon or a dash goes on in the next.
 */
function afterUnwrapped(lines: readonly Line[], k: number): boolean {
  const before = (lines[k - 1] as Line).text.trimEnd();
  return before.length > LONGEST_TOOL_WRAP && !/[,;:–—-]$/u.test(before);
}

/** A short line of capitalised words with no stop at its end (`ACTIE Hennie`, `Actie: Jan, Piet`, `Action – Ian Mc Kenzie`). */
const NAMES_LINE = /^\p{Lu}[\p{L}.'’-]*(?::| [-–—])?(?:,? \p{Lu}[\p{L}.'’-]*){0,4}$/u;

/**
 * Whether line `k` follows a short line of capitalised words that stands between two sentences
 * (`... na te denken.` / `ACTIE Hennie` / `De OR gaat ...`): a marker and the names it hands the task
 * above to, set on a line of its own. Wrapped prose fills its lines; this line stops short with no
 * stop, so the break after it is the writer's and the next line starts a sentence.
 */
function afterNamesLine(lines: readonly Line[], k: number): boolean {
  if (k < 2) return false;
  const names = (lines[k - 1] as Line).text.trim();
  return names.length <= 40 && NAMES_LINE.test(names) && /[.!?]\s*$/u.test((lines[k - 2] as Line).text) && /^\p{Lu}/u.test((lines[k] as Line).text);
}

/**
 * Whether a paragraph is written one statement a line with no full stops (`Kerstin valdes till
 * ordförande` / `Tiina valdes till sekreterare` / `Mötet avslutades`): three lines or more, each
 * after the first opening with a capital or a digit where the line before it ends a sentence, or ends
 * in no punctuation and had room for the next line's first word. A wrapped paragraph fills its lines and goes on in
 * lower case; these lines stop short, so each break is the writer's. Lines typed by hand vary in
 * length, and one of them may come near the longest with a short word after it (`Ehdokkaat
 * esiteltiin, ja päätettiin että tarvitaankin suljettu lippuäänestys` / `Mio valittiin ...`): up to
 * a quarter of the breaks may lack the room, where every break of a wrapped paragraph lacks it.
 */
/** Prose is wrapped at this many characters or more: a paragraph of shorter lines was broken by hand. */
const SHORTEST_WRAP = 60;

function oneStatementALine(lines: readonly Line[]): boolean {
  if (lines.length < 3) return false;
  // A loop, not a spread: a paragraph may hold more lines than a call takes arguments.
  const width = lines.reduce((widest, l) => Math.max(widest, l.text.length), SHORTEST_WRAP);
  let full = 0;
  for (let k = 1; k < lines.length; k++) {
    const text = (lines[k] as Line).text;
    if (!/^[\p{Lu}\d]/u.test(text)) return false;
    const before = (lines[k - 1] as Line).text;
    if (/[,;:]\s*$/u.test(before)) return false;
    if (/[.!?]\s*$/u.test(before)) continue;
    const word = /^\S+/u.exec(text)?.[0] ?? '';
    if (before.length + 1 + word.length > width) full++;
  }
  return full * 4 <= lines.length - 1;
}

/**
 * Whether line `k` is one of a resolution's clauses written one a line (`Mötet beslutade` / `att
 * hålla ...` / `att Sara ansvarar ...`): it opens with a clause word, and so does a line beside it,
 * or the line before ends in a colon. One clause alone goes on with the line before it.
 */
function opensClause(lines: readonly Line[], k: number, clauses: ReadonlySet<string>): boolean {
  if (clauses.size === 0 || !opensWithClause(lines[k], clauses)) return false;
  return opensWithClause(lines[k - 1], clauses) || opensWithClause(lines[k + 1], clauses) || /[:：]\s*$/u.test((lines[k - 1] as Line).text);
}

/**
 * Whether line `k` starts a sentence after a line that ends in a remark in parentheses written
 * after a full stop (`Das Fest ist am 8. Juli. (4 Ja, 0 Nein)` / `Dieter kauft ...`): the remark
 * closes the sentence before it, and the capital opens the next.
 */
function afterRemark(lines: readonly Line[], k: number): boolean {
  return /[.!?]\s*\([^()]{1,80}\)\s*$/u.test((lines[k - 1] as Line).text) && /^\p{Lu}/u.test((lines[k] as Line).text);
}

/**
 * Whether a unit opens a resolution's wording (`That the minutes be approved`, `That leave of absence
 * be granted`, `att hålla ...`): a clause word, not followed by a word that makes a clause word which
 * is also a pronoun the pronoun (`That is the third one`, `That concluded the business`).
 */
export function opensWording(line: Pick<Line, 'text'> | undefined, clauses: ReadonlySet<string>, vocabs: readonly Vocabulary[]): boolean {
  if (line === undefined || !opensWithClause(line, clauses)) return false;
  const next = (/^\S+\s+(\S+)/u.exec(line.text)?.[1] ?? '').toLowerCase();
  return !vocabs.some((v) => v.pronounFollowers?.includes(next));
}

/** Whether a line opens with a clause word and a blank (`att köpa`, not `Att:`). */
export function opensWithClause(line: Pick<Line, 'text'> | undefined, clauses: ReadonlySet<string>): boolean {
  if (line === undefined) return false;
  const space = line.text.indexOf(' ');
  return space > 0 && clauses.has(line.text.slice(0, space).toLowerCase());
}

function splitRun(lines: readonly Line[], stops: Stops): Sentence[] {
  const out: Sentence[] = [];
  const starts: number[] = [];
  // The lines' texts, each line's own piece with the blank before it, joined once at the end: the joined text is never cut or read while it grows.
  const parts: string[] = [];
  let length = 0;
  for (const line of lines) {
    const previous = parts.length > 0 ? (parts[parts.length - 1] as string) : '';
    if (parts.length > 0 && brokenWord(previous, line.text, stops.joiners)) {
      // A word broken at the line before's end: its hyphen goes, and no blank comes between its halves.
      parts[parts.length - 1] = previous.slice(0, -1);
      length -= 1;
      starts.push(length);
      parts.push(line.text);
      length += line.text.length;
      continue;
    }
    const piece = (length === 0 ? '' : ' ') + line.text;
    starts.push(length);
    parts.push(piece);
    length += piece.length;
    if (length > starts[starts.length - 1]! && piece !== line.text) starts[starts.length - 1]! += 1;
  }
  const text = parts.join('');
  {
    let from = 0;
    const boundary = /(?<![.!?])([.!?]+)(["”’)]*)\s+(?=[("“]?[\p{Lu}\d@])|(?<!\s)\s+(?=\()/gu;
    for (const match of text.matchAll(boundary)) {
      const end = match.index + (match[1]?.length ?? 0) + (match[2]?.length ?? 0);
      if (match[1] && !isSentenceEnd(text, match.index, stops)) continue;
      if (!match[1] && !/^\([\p{Lu}]/u.test(text.slice(match.index + match[0].length)) ) continue;
      if (!match[1] && !closesSentence(text, match.index + match[0].length)) continue;
      push(out, lines, starts, text, from, end);
      from = match.index + match[0].length;
    }
    push(out, lines, starts, text, from, text.length);
  }
  return out;
}

function push(out: Sentence[], lines: readonly Line[], starts: readonly number[], text: string, from: number, to: number): void {
  const piece = text.slice(from, to);
  let trimmed = piece.trim();
  if (trimmed === '') return;
  let at = from + piece.length - piece.trimStart().length;
  // The sub-item's letter is no word of its sentence (`c) Eva books the hall.` reads `Eva books the hall.`), so its subject opens it.
  const mark = enumeratorBefore(trimmed);
  if (mark > 0) {
    trimmed = trimmed.slice(mark);
    at += mark;
  }
  let k = starts.length - 1;
  while (k > 0 && (starts[k] as number) > at) k--;
  const line = lines[k] as Line;
  const offset = at - (starts[k] as number);
  const sameLine = line.start.line === line.end.line;
  out.push({ text: trimmed, start: { line: line.start.line, column: sameLine ? line.start.column + Math.max(0, offset) : line.start.column } });
}

/**
 * The length of the sub-item mark that opens a sentence (see `ENUMERATOR`) with the blanks after it,
 * where a capital follows (`a) Jill bakar ...`, `(b) The hall ...`); 0 where none does, so that a
 * lower-case run-on (`a) och sedan ...`) keeps its mark.
 */
function enumeratorBefore(sentence: string): number {
  const mark = ENUMERATOR.exec(sentence)?.[0];
  if (mark === undefined) return 0;
  let end = mark.length;
  while (end < sentence.length && isBlank(sentence.charCodeAt(end))) end++;
  return /^\p{Lu}/u.test(sentence.slice(end, end + 1)) ? end : 0;
}

/** A word of one letter. */
const ONE_LETTER = /^\p{L}$/u;

/** The words after which a full stop ends no sentence, the words that lead to a time of day (`kl.`, `klo`, `at`), and the words for "and" and "or" that follow a compound's shared hyphen. */
interface Stops {
  words: ReadonlySet<string>;
  clock: ReadonlySet<string>;
  joiners: ReadonlySet<string>;
}

/** The end of a line broken inside a word: a lower-case letter, then a hyphen. */
const BROKEN_END = /^\p{Ll}-$/u;

/** A line's first word: its letters up to a blank or a stop. */
const FIRST_WORD = /^\p{Ll}+/u;

/**
 * Whether a line ends in a word broken by a hyphen that the next line finishes (`... durch
 * einstimmigen Beschluss festge-` / `stellt.`, `over- / schreden`), as a word processor or a PDF
 * hyphenates justified text: a lower-case letter right before the hyphen, the next line going on
 * in lower case. Not where the next line opens with a word for "and" or "or": the hyphen then
 * stands for a tail two compounds share (`Bau-` / `und Planungsausschuss`), and stays.
 */
function brokenWord(before: string, next: string, joiners: ReadonlySet<string>): boolean {
  if (!BROKEN_END.test(before.slice(-2))) return false;
  const word = FIRST_WORD.exec(next)?.[0];
  return word !== undefined && !joiners.has(word);
}

/** Lines of one text joined: a word broken by a hyphen at a line's end made whole (see `brokenWord`), else a blank between. */
function joinLines(texts: readonly string[], joiners: ReadonlySet<string>): string {
  let joined = texts[0] ?? '';
  for (let k = 1; k < texts.length; k++) {
    const text = texts[k] as string;
    joined = brokenWord(texts[k - 1] as string, text, joiners) ? joined.slice(0, -1) + text : `${joined} ${text}`;
  }
  return joined;
}

function isSentenceEnd(text: string, dot: number, stops: Stops): boolean {
  const tail = text.slice(Math.max(0, dot - 24), dot);
  if (/[)"”’\]]$/.test(tail)) return true;
  const before = /(?<![\p{L}\p{N}.])([\p{L}\p{N}.]+)$/u.exec(tail)?.[1] ?? '';
  const word = before.toLowerCase();
  // `4. krs`, `am 12. Mai`: an ordinal; a score, an amount or an hour (`passed 5-0.`, `$50.`, `€ 10.`,
  // `kl. 23.`) ends its sentence.
  if (/^\d{1,2}$/.test(word) && (/(?:[-–/:$€£]|[$€£] )$/u.test(tail.slice(0, tail.length - before.length)) || stops.clock.has(wordBefore(tail, before.length)))) return true;
  if (word === '' || /^\d{1,2}$/.test(word) || ONE_LETTER.test(word)) return false;
  if (stops.words.has(word) || stops.words.has(word.replace(/\.$/, ''))) return false;
  return !/\d\.\d/.test(word) || /\d{4}$/.test(word);
}

/** The word in lower case before the last `skip` characters of a tail and the blank before them, its full stop kept (`kl.`). */
function wordBefore(tail: string, skip: number): string {
  const rest = tail.slice(0, tail.length - skip);
  if (!rest.endsWith(' ')) return '';
  return /(?<![\p{L}.])[\p{L}.]+$/u.exec(rest.trimEnd())?.[0].toLowerCase() ?? '';
}

/** Whether a parenthesis opening at `index` holds a whole sentence that ends the paragraph's clause. */
function closesSentence(text: string, index: number): boolean {
  const close = text.indexOf(')', index);
  if (close < 0) return false;
  const inner = text.slice(index + 1, close);
  return /[.!?]$/.test(inner.trim()) && inner.split(/\s+/).length >= 3;
}
