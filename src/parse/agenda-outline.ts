import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { bodyItem, cleanItemTitle, closeRanges, type AgendaDraft } from './agenda-draft.js';
import { letterRank, readItemLetter, readItemNumber, romanValue, SUB_ITEM_MARK } from './agenda-number.js';
import type { Header } from './read-header.js';
import { fieldLines, ITEM_NUMBER_ALONE } from './header.js';
import { findPhrase, gather, leadingCueWord, wordsOf } from './cues.js';
import { actionMarkers, leadingMarker } from './decision-markers.js';
import { fieldOf } from './read-label.js';
import { sentencesOf } from './read-attendance.js';
import { isBlank } from './trim.js';
import type { Line } from './types.js';

interface Candidate {
  index: number;
  /** The whole number (`3` of `3.2`). */
  major: number;
  /** Whether the number has a sub-number (`3.2`). */
  sub: boolean;
  number: string;
  title: string;
  /** Whether notes follow the title on the item's own line (`5. Ekonomi. Föreningen har god ekonomi.`). */
  noted?: boolean;
  /** Whether the title stands on the line under the number (`5` / `Ekonomi:`): the notes start after it. */
  below?: boolean;
  /** Whether the title is set in capitals before the notes on its line (`1.APOLOGIES FOR ABSENCE. Cllr ...`): a heading, not a point of a list. */
  capitals?: boolean;
}

interface Link {
  length: number;
  previous: number;
}

/** A title longer than this is a sentence that happens to start with a number, not an item. */
const LONGEST_TITLE = 120;

/**
 * The items of minutes numbered in plain text, the way pads and mail write them: numbered lines
 * and top-level numbered list items (`1. Avaus`, `2.1 Valitaan`, `3) ...`, a bare `1)` before
 * its text) that count up 1, 2, 3 through the document with notes between them. The longest such
 * run wins; a sub-numbered line (`2.1`) is an item only where no whole `2` is written. Empty when
 * the run is shorter than three or most items have nothing under them (a plain numbered list).
 */
export function numberedOutline(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], ordinals: ReadonlyMap<number, number>): AgendaDraft[] {
  const run = countedOutline(lines, header, vocabs, ordinals);
  // Else minutes numbered by the council's own reference (`1262 APOLOGIES FOR ABSENCE`, `22.01 To receive apologies`, `23/165 Declarations`).
  return run.length > 0 ? run : councilMinutes(lines, header, vocabs);
}

function countedOutline(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], ordinals: ReadonlyMap<number, number>): AgendaDraft[] {
  const numbered = outlineCandidates(lines, header, vocabs, ordinals);
  // Minutes that number nothing may letter their items (`A. Opening`, `B. Reports`); beside numbers, letters mark sub-items.
  const all = numbered.length > 0 ? numbered : letteredCandidates(lines, header);
  const whole = new Set(all.filter((c) => !c.sub).map((c) => c.major));
  const candidates = all.filter((c) => !c.sub || !whole.has(c.major));
  const counted = longestRun(candidates);
  const restarted = restartedRun(lines, candidates, vocabs);
  // `1. Opening` / `1. Vaststellen agenda` / `1. Mededelingen` / notes / `1. Rondvraag`: a loose list shows 1, 2, 3, but the run goes on past it.
  const within = restarted.length > counted.length && counted.every((c) => restarted.some((r) => r.index === c.index));
  let chain = within || new Set(counted.map((c) => c.major)).size < 3 ? restarted : counted;
  // English councils number their minutes on through the year (`59. To receive apologies`, `60. Declarations`): a run of whole numbers may start past 1.
  if (new Set(chain.map((c) => c.major)).size < 3) chain = runningMinutes(lines, candidates, header.date);
  if (new Set(chain.map((c) => c.major)).size < 3) return [];
  let gaps = 0;
  let filled = 0;
  // Notes on an item's own line count where the run holds the standing items of an agenda: a numbered list of tasks or outcomes writes sentences too.
  const framed = standingItems(chain, vocabs) >= 2;
  for (let k = 0; k + 1 < chain.length; k++) {
    gaps++;
    if (((chain[k] as Candidate).noted && (framed || (chain[k] as Candidate).capitals === true)) || notesBetween(lines, (chain[k] as Candidate).index + ((chain[k] as Candidate).below ? 1 : 0), (chain[k + 1] as Candidate).index)) filled++;
  }
  // Real minutes write nothing under many items (`1. Opening`, `2. Mededelingen`, `10. Rondvraag`): a run with notes under some items that holds the standing items of an agenda is one all the same.
  if (filled * 2 < gaps && (filled === 0 || standingItems(chain, vocabs) < 2) && !recordsActs(lines, chain, vocabs)) {
    if (!framesMeeting(lines, chain, vocabs) || !afterHeader(lines, (chain[0] as Candidate).index, header)) return [];
    // Each item is the sentence of what was done: its title is the topic before a colon or dash, or its first sentence; what follows is its notes.
    return closeRanges(chain.map((c) => bodyItem(lines, c.index, c.number, minuteLead(minuteText(lines, c), vocabs))), lines.length);
  }
  return closeRanges(chain.map((c) => bodyItem(lines, c.index, c.number, c.title)), lines.length);
}

/** A short run's title is one line of a few words: longer, or with a sentence inside, it is a point of the notes. */
const LONGEST_SHORT_TITLE = 100;

/**
 * The first items of minutes cut short, as an excerpt or the first page of a long record gives
 * them: one or two numbered titles, counting from 1, each alone on its line with notes under it
 * (`1. Opening` / `De voorzitter opent ...` / `2. Mededelingen` / notes). Too short a run for
 * `numberedOutline`, which wants three; the notes under every title, the title with no sentence in
 * it, and no other whole number written in the document make it the agenda all the same. Empty
 * where any of that fails, or a label of outcomes or tasks announces the run (`Beslut:` over
 * `1. Budget godkänd`). Callers ask for it only where nothing else was found.
 */
export function shortOutline(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], ordinals: ReadonlyMap<number, number>): AgendaDraft[] {
  const whole = outlineCandidates(lines, header, vocabs, ordinals).filter((c) => !c.sub);
  if (whole.length === 0 || whole.length > 2 || whole.some((c, k) => c.major !== k + 1)) return [];
  const titled = whole.every((c, k) => {
    const text = (lines[c.index] as Line).text;
    const next = whole[k + 1]?.index ?? lines.length;
    const marked = (lines[c.index] as Line).kind === 'listItem' || /^\d{1,3}[.)]/u.test(text);
    return marked && !c.noted && !c.below && !agendaLabel(c.title, vocabs) && c.title.length <= LONGEST_SHORT_TITLE && /^\p{Lu}/u.test(c.title) && !/[.!?]\s/u.test(c.title) && !text.includes(': ') && notesBetween(lines, c.index, next);
  });
  if (!titled || announcedOutcomes(lines, (whole[0] as Candidate).index, vocabs)) return [];
  return closeRanges(whole.map((c) => bodyItem(lines, c.index, c.number, c.title.replace(/\.$/u, ''))), lines.length);
}

/** Whether a title is only the agenda's label (`1. Dagorde:` over the items lettered under it). */
function agendaLabel(title: string, vocabs: readonly Vocabulary[]): boolean {
  const text = fold(title).replace(/[:.]\s*$/u, '').trim();
  return vocabs.some((v) => (v.labels.agenda ?? []).includes(text));
}

/** Words at most in a label above a run (`Öffentlicher Teil:`); a longer line ending in a colon is a sentence announcing a list (`Folgende Mitglieder wurden gewählt:`). */
const MOST_LABEL_WORDS = 3;

/**
 * Whether the line right above a run announces it as a list: a label of decisions or tasks
 * (`Beslut:`, `Actions:`), or a sentence closed by a colon (`Folgende Mitglieder wurden gewählt:`).
 */
function announcedOutcomes(lines: readonly Line[], from: number, vocabs: readonly Vocabulary[]): boolean {
  const above = lines[from - 1];
  if (above === undefined) return false;
  if (/:\s*$/u.test(above.text) && above.text.trim().split(/\s+/u).length > MOST_LABEL_WORDS) return true;
  const text = fold(above.text).replace(/[:.]\s*$/u, '').trim();
  return vocabs.some((v) => [...(v.labels.decisions ?? []), ...(v.labels.actions ?? [])].some((label) => text === label || text.endsWith(` ${label}`)));
}

/**
 * Whether lines stand between two items that are notes under the first: not only the first item's
 * own sentence wrapped onto the next lines of its list item (`1. The tests were run on the`, `staging
 * server.`). A line that opens a sentence of its own, even in the same paragraph (plain text writes
 * `1. Opening` and its notes with no blank line between), is a note.
 */
function notesBetween(lines: readonly Line[], item: number, next: number): boolean {
  const block = (lines[item] as Line).block;
  for (let k = item + 1; k < next; k++) {
    const line = lines[k] as Line;
    if (line.block !== block || (line.kind === 'listItem' && line.itemStart) || !wrapsOn((lines[k - 1] as Line).text, line.text)) return true;
  }
  return false;
}

/**
 * Whether a line goes on with the sentence of the line before it: that line stops mid-sentence
 * (no full stop, colon or semicolon at its end) and this one opens in lower case or with a mark of
 * a word (`/healthz`, a quote), not as a bullet (`* done`), a number, a label (`sihteeri: Anna`)
 * or the mark of a sub-item that a word processor's outline letters in lower case under its
 * numbered item (`2. Minutes reviewed` / `a. motion to approve`, `i. request for funds`).
 */
function wrapsOn(before: string, line: string): boolean {
  if (/[.!?:;]$/u.test(before) || line.includes(': ') || SUB_ITEM_MARK.test(line)) return false;
  return /^[\p{Ll}/"'“‘(`]/u.test(line);
}

/**
 * Items each written `1.` with their notes between them, unindented (`1. Avaus` / notes / `1.
 * Talous` / notes): Markdown ends the list at each paragraph, so every item shows 1, but the writer
 * counted on the numbers running on, as they do in a list without notes (a word processor's or a
 * web page's numbering, lost in the text). Three such items or more, each with notes under it but
 * the last, or holding two standing items of an agenda where some have none (`1. Opening` / `1.
 * Vaststellen agenda` / `1. Mededelingen` / notes), are numbered by their place. Empty otherwise.
 */
function restartedRun(lines: readonly Line[], candidates: readonly Candidate[], vocabs: readonly Vocabulary[]): Candidate[] {
  const ones = candidates.filter((c) => !c.sub && (lines[c.index] as Line).kind === 'listItem' && (lines[c.index] as Line).ordinal === 1);
  if (ones.length < 3) return [];
  const spaced = ones.every((c, k) => k + 1 >= ones.length || (ones[k + 1] as Candidate).index - c.index >= 2);
  const items = [...ones.slice(0, 1), ...firstListGoesOn(lines, candidates, ones), ...ones.slice(1)];
  const run = items.map((c, k) => ({ ...c, major: k + 1, number: String(k + 1) }));
  return spaced || standingItems(run, vocabs) >= 2 ? run : [];
}

/**
 * Whether a run is the numbered paragraphs of formal minutes that write each item as the sentence
 * recording what the meeting did on it (`2. Dagordningen föredrogs och godkändes.`, `3. Till
 * justerare valdes Eva Ek.`, `4. Hyväksyttiin kokouksen esityslista.`), with nothing under most of
 * them: the run counts from 1, no heading follows its start, no label announces it (`Beslut:` over a
 * list of outcomes), and half its items or more, three at least, open with a decision cue, as the
 * decisions read them. The items between the acts may be topics with their notes after a colon on
 * the same line (`5. Ekonomi: Kassan är god.`), as such minutes write the items that were talked
 * over: those count with the acts where two acts at least stand in the run.
 */
function recordsActs(lines: readonly Line[], chain: readonly Candidate[], vocabs: readonly Vocabulary[]): boolean {
  if (!standsAlone(lines, chain)) return false;
  const cues = gather(vocabs, 'decisionCues');
  const reach = vocabs[0]?.decisionCueReach ?? 4;
  const acts = chain.filter((c) => leadingCueWord(wordsOf((lines[c.index] as Line).text), cues, reach) !== null).length;
  const topics = acts >= 2 ? chain.filter((c) => c.noted === true && COLON_LEAD.test((lines[c.index] as Line).text)).length : 0;
  return acts + topics >= 3 && (acts + topics) * 2 >= chain.length;
}

/**
 * Whether a run is the numbered paragraphs of minutes that record the meeting from its opening to
 * its close, an item a paragraph, each the sentence of what was done on it and nothing under most
 * (`1. Apologies were received from Cllr Lee.` / `2. The minutes of the last meeting were signed.` /
 * ... / `8. There being no further business the meeting closed at 8.45 pm.`), as parish councils and
 * small associations write them. The run stands alone (see `standsAlone`; nor does a label without
 * its colon, `Decisions`, or a bold line stand right above it, and no bold topic line follows its
 * start), no item is led by the marker of an outcome or a task (`Agreed: ...`, `Action: ...`), and
 * two of its items at least are the frame of a meeting, one of them its first or its last: the first
 * opening it or the last closing it in the words minutes use (`openedAt`, `closedAt`, as whole
 * words), an item whose topic is a standing item of an agenda (`Apologies`, `Övriga frågor`), or a
 * sentence holding one of several words (`The minutes of the previous meeting were read`). A list of
 * tasks, outcomes or steps that merely ends `Meeting closed at 9.` is none.
 */
function framesMeeting(lines: readonly Line[], chain: readonly Candidate[], vocabs: readonly Vocabulary[]): boolean {
  if (!standsAlone(lines, chain) || !unlabelled(lines, chain, vocabs)) return false;
  if (chain.some((c) => leadingMarker(minuteText(lines, c), outcomeMarkers(vocabs)) !== null)) return false;
  const last = chain.length - 1;
  const framed = chain.map((c, k) => {
    const text = minuteText(lines, c);
    return (
      standingTopic(minuteLead(text, vocabs), vocabs) ||
      findPhrase(text, severalWordFrame(vocabs)) !== null ||
      (k === 0 && findPhrase(text, gather(vocabs, 'openedAt')) !== null) ||
      (k === last && findPhrase(text, gather(vocabs, 'closedAt')) !== null)
    );
  });
  return framed.filter(Boolean).length >= 2 && (framed[0] === true || framed[last] === true);
}

/**
 * Whether the line right above a run's first item is the minutes' header (their title, a field, the
 * attendance) or the run opens the text: minutes written as numbered paragraphs start their record
 * right under it. A run under a sentence or a topic of the notes (`The AGM will follow this running
 * order.`, `Nieuws uit de wijk`) is a list inside them: a draft agenda for another meeting, a
 * programme, the news.
 */
function afterHeader(lines: readonly Line[], first: number, header: Header): boolean {
  const above = lines[first - 1];
  if (above === undefined) return true;
  return header.consumed.has(first - 1) || header.labels.has(first - 1) || fieldLines(header).has(above.start.line) || (above.kind === 'heading' && above.depth === 1);
}

/** The standing items of an agenda that are several words (`matters arising`, `övriga frågor`), made once. */
const severalWordFrame = oncePer((vocabs: readonly Vocabulary[]): string[] => agendaFrame(vocabs).filter((words) => words.includes(' ')));

/** Words at most in a topic read as a standing item with words after it (`Apologies for absence`); a longer line is a sentence (`Welcome pack for new volunteers approved`). */
const MOST_STANDING_WORDS = 4;

/**
 * Whether an item's topic is a standing item of an agenda: its words, a few more that make no clause
 * (`Apologies for absence`, not `Opening the cupboard by the kitchen door`), or its words as the
 * subject of a sentence that records it (`Apologies were received from Cllr Ash`).
 */
function standingTopic(lead: string, vocabs: readonly Vocabulary[]): boolean {
  if (!isStandingItem(lead, vocabs)) return false;
  const words = wordsOf(lead);
  if (words.length <= MOST_STANDING_WORDS || agendaFrame(vocabs).includes(words.join(' '))) return true;
  const said = fold(lead);
  const frame = agendaFrame(vocabs).filter((entry) => said.startsWith(entry)).sort((a, b) => b.length - a.length)[0] ?? '';
  const next = words[frame.split(' ').length];
  return next !== undefined && gather(vocabs, 'auxiliaries').includes(next);
}

/** The whole text of a numbered minute: a point of a numbered list holds it all; a paragraph's item, its text after the number. */
function minuteText(lines: readonly Line[], candidate: Candidate): string {
  const line = lines[candidate.index] as Line;
  return line.kind === 'listItem' && line.text !== '' ? line.text : candidate.title;
}

/** The markers that lead an outcome or a task (`Agreed`, `Action`, `Beslut`, `Tehtävät`), folded, made once per list of vocabularies. */
const outcomeMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] => [...actionMarkers(vocabs), ...vocabs.flatMap((v) => [...(v.labels.decisions ?? []), ...(v.labels.actions ?? [])]).map(fold)]);

/**
 * Whether nothing marks a run as one section's list: the line right above is no bold line and no
 * label of a section without its colon (`Decisions`, `Beslut`, `Sovitut tehtävät` typed alone on the
 * line), and no line set wholly in bold, a topic of the minutes, follows the run's start.
 */
function unlabelled(lines: readonly Line[], chain: readonly Candidate[], vocabs: readonly Vocabulary[]): boolean {
  const first = (chain[0] as Candidate).index;
  const above = lines[first - 1];
  if (above !== undefined && (above.bold || fieldOf(above.text, vocabs) !== null)) return false;
  return !lines.slice(first).some((line) => line.bold && line.kind === 'paragraph' && line.listDepth === 0);
}

/**
 * Whether a run stands as the minutes' own outline: it counts from 1, three items at least; no
 * section heading or label right above it announces a list (`## Beslut`, `Beslut:`; the minutes'
 * title, `# Protokoll ...`, does not); and no heading follows its start (headings below it make it
 * one section's list, the headings the items).
 */
function standsAlone(lines: readonly Line[], chain: readonly Candidate[]): boolean {
  const first = chain[0];
  if (first?.major !== 1 || chain.length < 3) return false;
  const before = lines[first.index - 1];
  const said = before?.text.trimEnd() ?? '';
  if (before !== undefined && ((before.kind === 'heading' && before.depth > 1) || said.endsWith(':') || said.endsWith('：'))) return false;
  return !lines.slice(first.index).some((line) => line.kind === 'heading');
}

/**
 * The items that go on counting the first list before the numbering starts again (`1. Opening`,
 * `2. Agenda`, `3. Notulen` in one list, then notes, then `1. Post` / notes / `1. Rondvraag`):
 * the page's first list kept its own numbers, and the later ones, each cut off by notes, go on
 * from its last. The candidates right after the first `1`, numbered 2, 3, ... with no line of
 * notes between them; empty where the first `1` has notes under it or no such item follows.
 */
function firstListGoesOn(lines: readonly Line[], candidates: readonly Candidate[], ones: readonly Candidate[]): Candidate[] {
  const first = ones[0] as Candidate;
  const out: Candidate[] = [];
  let last = first;
  for (const c of candidates) {
    if (c.index <= first.index) continue;
    const line = lines[c.index] as Line;
    if (c.sub || line.kind !== 'listItem' || line.ordinal !== out.length + 2 || c.index !== last.index + 1) break;
    out.push(c);
    last = c;
  }
  return out;
}

/** How many of the run's titles open with a standing item of an agenda (`Opening`, `Rondvraag en sluiting`). */
function standingItems(chain: readonly Candidate[], vocabs: readonly Vocabulary[]): number {
  return chain.filter((c) => isStandingItem(c.title, vocabs)).length;
}

/** Whether a title opens with a standing item of an agenda (`Opening`, `Rondvraag en sluiting`, `Notulen vorige vergadering`). */
export function isStandingItem(text: string, vocabs: readonly Vocabulary[]): boolean {
  return opensWith(text, agendaFrame(vocabs));
}

/** The standing agenda items of the vocabularies, folded, made once. */
export const agendaFrame = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.agendaFrame).map(fold));

function outlineCandidates(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[], ordinals: ReadonlyMap<number, number>): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, index) => {
    // A numbered line is no header label, whatever its last word (`2.2 Uudet jäsenet`): only the lines read as a label's value are left out.
    // A number alone on its line is no value of the label above it (`Närvarande:` / names / `1` / `Mötets öppnande:`): it opens the item below.
    const roman = bareRoman(line);
    if ((header.consumed.has(index) && !header.labels.has(index) && !ITEM_NUMBER_ALONE.test(line.text.trim()) && roman === null) || line.quoteDepth > 0 || line.kind === 'code' || line.kind === 'html' || line.kind === 'tableRow') return;
    const ordinal = ordinals.get(index);
    if (ordinal !== undefined && line.listDepth === 1) {
      const next = lines[index + 1];
      const own = line.text !== '';
      const capitals = own ? capitalsBeforeNotes(line.text) : '';
      const lead = capitals !== '' ? capitals : own ? titleBeforeNotes(line.text) : '';
      const title = lead !== '' ? lead : own ? line.text : next && (next.kind === 'paragraph' || next.kind === 'listItem') ? firstSentence(next.text) : '';
      if (title !== '') out.push({ index, major: ordinal, sub: false, number: String(ordinal), title: cleanItemTitle(title), noted: lead !== '', capitals: capitals !== '' });
      return;
    }
    if (line.kind === 'listItem' && line.itemStart && line.listDepth > 1) return;
    if (roman !== null) {
      const below = titleBelow(lines, index, vocabs);
      if (below !== '') out.push({ index, major: roman, sub: false, number: String(roman), title: below, below: true });
      return;
    }
    const read = readItemNumber(line.text, vocabs);
    if (!read || read.number === null) return;
    const bareNumber = read.title === '' && /^\d{1,3}$/u.test(line.text.trim());
    // A marker and a number alone (`Ad 3`, `Agendapunt 3`) refer to the item the agenda listed under that number.
    const referred = read.title === '' && read.marked && !bareNumber ? (listedTitles(lines).get(Number(read.number)) ?? '') : '';
    if (referred !== '') {
      out.push({ index, major: Number(read.number), sub: false, number: read.number, title: referred });
      return;
    }
    const below = bareNumber || (read.title === '' && read.marked) ? titleBelow(lines, index, vocabs) : '';
    if (below !== '') {
      out.push({ index, major: Number(read.number), sub: false, number: read.number, title: below, below: true });
      return;
    }
    // `2)` alone, its title the first sentence under it: that line's other sentences are the item's notes.
    const alone = read.title === '' ? markedAlone(lines, index) : '';
    if (alone !== '') {
      out.push({ index, major: Number(read.number), sub: false, number: read.number, title: alone });
      return;
    }
    // `1.APOLOGIES FOR ABSENCE. Cllr Eaves ...`: a title in capitals runs into the item's notes on its line, as council minutes typed up set it.
    const head = line.kind === 'paragraph' && read.closed ? capitalsBeforeNotes(read.title) : '';
    if (head !== '') {
      out.push({ index, major: Number(read.number.split('.')[0]), sub: read.number.includes('.'), number: read.number, title: head, noted: true, capitals: true });
      return;
    }
    const bare = cleanItemTitle(read.title);
    if (bare === '' || bare.length > LONGEST_TITLE || !/^["'“„(\p{L}]/u.test(bare)) return;
    if (!(read.closed || read.marked || read.number.includes('.') || bareTitle(lines, index, bare))) return;
    const [major, minor] = read.number.split('.');
    out.push({ index, major: Number(major), sub: minor !== undefined, number: read.number, title: bare });
  });
  return out;
}

/** Lines and top-level list items that open with a letter as their mark (`A. Opening`, `b) Reports`), ranked by the letter's place. */
function letteredCandidates(lines: readonly Line[], header: Header): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((line, index) => {
    if (header.consumed.has(index) || line.quoteDepth > 0 || (line.kind !== 'paragraph' && !(line.kind === 'listItem' && line.listDepth === 1))) return;
    const read = readItemLetter(line.text);
    const title = read === null ? '' : cleanItemTitle(read.title);
    if (read === null || read.number === null || title === '' || title.length > LONGEST_TITLE) return;
    out.push({ index, major: letterRank(read.number), sub: false, number: read.number, title });
  });
  return out;
}

/** How many items must count up one by one before the count may step over a number written nowhere. */
const RUN_BEFORE_GAP = 3;

/**
 * The longest run of candidates numbered 1, 2, 3 ... in document order (a run may start at 0 or
 * 1); sub-numbers `2.1`, `2.2` stand together for a missing `2`, and a number written nowhere may be
 * stepped over after three. Ties go to the later run, which
 * holds the notes rather than a list of titles before them. Linear in the candidates.
 */
function longestRun(candidates: readonly Candidate[], anyStart = false): Candidate[] {
  const links: Link[] = [];
  const bestEnd = new Map<number, number>();
  const bestSubEnd = new Map<number, number>();
  const written = new Set(candidates.map((c) => c.major));
  const lengthAt = (k: number | undefined): number => (k === undefined ? 0 : (links[k] as Link).length);
  candidates.forEach((c, k) => {
    let previous = bestEnd.get(c.major - 1);
    // A number written nowhere in the minutes (an item dropped when the agenda was typed up: `5. Roadmap`, `7. Website`) leaves a gap the count steps over, once a count of three stands.
    if (previous === undefined && c.major > 2 && !written.has(c.major - 1) && lengthAt(bestEnd.get(c.major - 2)) >= RUN_BEFORE_GAP) previous = bestEnd.get(c.major - 2);
    if (c.sub) {
      const sameMajor = bestSubEnd.get(c.major);
      if (sameMajor !== undefined && lengthAt(sameMajor) >= lengthAt(previous)) previous = sameMajor;
    }
    const length = previous === undefined ? (c.major <= 1 || anyStart ? 1 : 0) : lengthAt(previous) + 1;
    links.push({ length, previous: previous ?? -1 });
    if (length === 0) return;
    if (length >= lengthAt(bestEnd.get(c.major))) bestEnd.set(c.major, k);
    if (c.sub && length >= lengthAt(bestSubEnd.get(c.major))) bestSubEnd.set(c.major, k);
  });
  let end = -1;
  links.forEach((link, k) => {
    if (link.length > 0 && link.length >= (end < 0 ? 0 : (links[end] as Link).length)) end = k;
  });
  const chain: Candidate[] = [];
  for (let k = end; k >= 0; k = (links[k] as Link).previous) chain.push(candidates[k] as Candidate);
  return chain.reverse();
}

/**
 * The run of minutes numbered on through the council's year, as English parish and town councils
 * number them (`59. To receive apologies`, `60. Declarations of interest`, `61. Planning`): whole
 * numbers, each closed by its stop (`59.`) and opening its paragraph or a point of a numbered list,
 * counting up one by one from wherever the year has got to, each on a line of the file of its own.
 * Three at least; empty otherwise. A bare number (`24 June`, `250 Members`) is no minute's.
 */
function runningMinutes(lines: readonly Line[], candidates: readonly Candidate[], date: string | null): Candidate[] {
  const closed = candidates.filter((c) => {
    const line = lines[c.index] as Line;
    if (line.kind === 'listItem') return !c.sub && line.itemStart && line.listDepth === 1;
    return !c.sub && !c.below && line.kind === 'paragraph' && lines[c.index - 1]?.block !== line.block && /^\d{1,3}[.:]\s/u.test(line.text);
  });
  const whole = countedOn(lines, longestRun(closed, true), true);
  // The year makes the number a minute's: the count may step over a number left out, as `longestRun` allows.
  return whole.length > 0 ? whole : countedOn(lines, longestRun(ofTheYear(lines, candidates, date), true), false);
}

/**
 * The minutes whose number carries the meeting's year after a stop (`43.15 Apologies`, `44.15
 * Declarations of interest` at a meeting of 2015), as English parish councils and trustees number
 * them through the year: each opening a line, read as a whole minute numbered as written.
 * A sub-item (`4.2 Budget`) or a time (`10.30 Coffee`) mostly ends otherwise than in the meeting's year;
 * where the year could be a time's minutes, hours alone (`10.15`, `11.15`) are times.
 */
function ofTheYear(lines: readonly Line[], candidates: readonly Candidate[], date: string | null): Candidate[] {
  if (date === null) return [];
  const year = `.${date.slice(2, 4)}`;
  const minutes = candidates
    .filter((c) => {
      const line = lines[c.index] as Line;
      return c.sub && !c.below && !c.number.startsWith('0') && c.number.length - c.number.indexOf('.') === 3 && c.number.endsWith(year) && line.kind === 'paragraph';
    })
    .map((c) => ({ ...c, sub: false }));
  // In a year ending 00, 15, 30 or 45 a programme's hours read the same (`10.15 Strategy`, `11.15 Budget`): numbers that are all hours are times.
  return QUARTER_HOURS.has(year) && minutes.every((c) => c.major <= 23) ? [] : minutes;
}

/** The minutes of an hour that a time writes after its stop, as a year's last two digits may be. */
const QUARTER_HOURS = new Set(['.00', '.15', '.30', '.45']);

/** A run of minutes counting up (one by one where `strict`), each on a line of its own: the run when it holds three at least, empty otherwise. */
function countedOn(lines: readonly Line[], run: readonly Candidate[], strict: boolean): Candidate[] {
  for (let k = 1; k < run.length; k++) {
    const [before, item] = [run[k - 1] as Candidate, run[k] as Candidate];
    // Each minute opens a line of the file: numbers one after another on one line of text flattened from a page are a list in a paragraph (`Bilagor: 3. ... 4. ...`).
    if ((strict && item.major !== before.major + 1) || (lines[item.index] as Line).start.line <= (lines[before.index] as Line).start.line) return [];
  }
  return run.length >= 3 ? [...run] : [];
}

/**
 * The minutes of a council numbered by its own references, as English parish and town councils
 * number them: by a running count through the council's life (`1262 APOLOGIES FOR ABSENCE`, `2891.
 * Apologies`, `032      Chair's Remarks: ...`, a letter for a minute put in between: `1956a`), or by
 * the year or the meeting and a count within it (`22.01 To receive apologies`, `23/165 Declarations
 * of Interest`, `2020/01/01. Apologies`, `2307.01 Present`). Lines opening with such a reference and
 * a title in a capital, counting up one by one in document order (the part before the count the same
 * on each), three at least; the title is read as `councilTitle` reads it. A number of three or four
 * digits alone that could be years near the meeting's is none, and the run must be the frame of a
 * meeting (see `framesCouncil`): a list of rooms, invoices, plots or bib numbers is none. Empty
 * otherwise.
 */
function councilMinutes(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const byKey = new Map<string, CouncilMinute[]>();
  lines.forEach((line, index) => {
    // A paragraph, or a point of a bulleted list (`- 1412 Apologies for absence: ...`), not of a numbered one.
    const point = line.kind === 'listItem' && line.itemStart && line.listDepth === 1 && line.ordinal === null;
    if ((line.kind !== 'paragraph' && !point) || line.quoteDepth > 0 || (header.consumed.has(index) && !header.labels.has(index))) return;
    const text = afterMinuteWord(line.text.trimStart(), vocabs);
    const reference = councilReference(text);
    if (reference === null) return;
    const rest = text.slice(reference.length);
    const lead = councilTitle(rest);
    if (lead === null) return;
    const found: CouncilMinute = { index, major: reference.count, sub: false, number: reference.number, title: lead, suffix: reference.suffix, rest };
    const same = byKey.get(reference.key);
    if (same === undefined) byKey.set(reference.key, [found]);
    else same.push(found);
  });
  // The run of the fewest groups is the minutes' own (`22.01`, `22.02`, `22.03`); `22.02.01` ... are parts of one of them.
  // A run that is not the minutes' outline (cheques numbered on inside the minutes) gives way to the next run of its key.
  let run: CouncilMinute[] = [];
  let depth = Infinity;
  for (const [key, all] of byKey) {
    if (key !== '' && !ofThisMeeting(key, header.date)) continue;
    const groups = key.length - key.replace(/[./]/gu, '').length;
    let found = all;
    for (let tries = 0; tries < MOST_RUNS && found.length >= 3; tries++) {
      const counted = countingUp(found);
      if (new Set(counted.map((c) => c.major)).size < 3) break;
      if (!(key === '' && yearsLike(counted, header.date)) && councilOutline(lines, counted, vocabs)) {
        if (groups < depth || (groups === depth && counted.length >= run.length)) {
          run = counted;
          depth = groups;
        }
        break;
      }
      found = found.filter((c) => !counted.includes(c));
    }
  }
  return closeRanges(run.map((c) => bodyItem(lines, c.index, c.number, c.title)), lines.length);
}

/** Runs of one key tried at most, the longest first. */
const MOST_RUNS = 3;

/**
 * Whether the part of a reference before its count names this meeting's year, as councils write
 * it: the year in two or four digits, or the year and the month (`26.`, `26/`, `2026/04/`, `2604.`),
 * the meeting's or the one before or after (a council's year runs from May). Without the meeting's
 * date no such reference is read: section, clause and version numbers (`4.01`, `2.03`) and times
 * (`19.30`) look the same.
 */
function ofThisMeeting(key: string, date: string | null): boolean {
  if (date === null) return false;
  const year = Number(date.slice(0, 4));
  const first = /^\d+/u.exec(key)?.[0] ?? '';
  const near = (value: number): boolean => Math.abs(value - year) <= 1;
  if (first.length === 4 && near(Number(first))) return true;
  return (first.length === 2 || first.length === 4) && near(2000 + Number(first.slice(0, 2)));
}

/**
 * Whether a council's numbered run is the minutes' own outline: the frame of a meeting (see
 * `framesCouncil`), its titles all different (flats or plots named alike are a list), no line ending
 * in a colon right above its first minute (`Cheques signed:`), no heading before its first minute
 * but the minutes' title, and none between its minutes, nor a line set wholly in bold: a run inside
 * one section (standing orders quoted under a heading) is that section's list.
 */
function councilOutline(lines: readonly Line[], run: readonly CouncilMinute[], vocabs: readonly Vocabulary[]): boolean {
  const first = (run[0] as CouncilMinute).index;
  const last = (run[run.length - 1] as CouncilMinute).index;
  if (new Set(run.map((c) => fold(c.title))).size < run.length) return false;
  const above = lines[first - 1];
  if (above !== undefined && /[:：]\s*$/u.test(above.text)) return false;
  for (let k = 0; k < last; k++) {
    const line = lines[k] as Line;
    if (line.kind === 'heading' && (k > first || line.depth > 1)) return false;
    if (k > first && line.bold && line.kind === 'paragraph' && line.listDepth === 0) return false;
  }
  // Minutes typed one under the other with nothing between them, then headings: the agenda listed above its sections, whose headings are the items.
  const listed = run.every((c, k) => k === 0 || c.index === (run[k - 1] as CouncilMinute).index + 1);
  if (listed && lines.slice(last + 1).some((line) => line.kind === 'heading')) return false;
  return framesCouncil(run, vocabs);
}

/** A line's text after the word for a minute that may lead its reference (`Minute 1412 - Apologies`, `Min. 26/071`), or the text itself. */
function afterMinuteWord(text: string, vocabs: readonly Vocabulary[]): string {
  const lower = text.slice(0, 20).toLowerCase();
  for (const word of minuteWords(vocabs)) {
    if (lower.startsWith(word) && /^\s+\d/u.test(text.slice(word.length))) return text.slice(word.length).trimStart();
  }
  return text;
}

/** The words for a minute of the vocabularies, longest first, made once. */
const minuteWords = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.minuteWords ?? []).sort((a, b) => b.length - a.length));

interface CouncilMinute extends Candidate {
  /** The letter after the count (`1956a`), or ''. */
  suffix: string;
  /** The line's text after the reference: the title and any notes. */
  rest: string;
}

interface CouncilReference {
  /** What stands before the count (`22.`, `2020/01/`); '' for a running count alone. */
  key: string;
  count: number;
  suffix: string;
  /** The item's number as written (`22.01`, `2020/01/01`), a running count alone as its number (`032` -> `32`). */
  number: string;
  /** How many characters the reference takes, with its closing mark and the blanks after it. */
  length: number;
}

/** Digit groups at most in a reference (`2020/01/01`). */
const MOST_GROUPS = 3;

/**
 * The council's reference that opens a line: digits, up to three groups joined by a stop or a slash
 * (`1262`, `22.01`, `23/165`, `2020/01/01`), a letter for a minute put in between (`1956a`, `1413A`), then a
 * stop, a colon or a bracket (a blank may stand before it: `019 : Declarations`) or a spaced dash, and blanks, or a
 * capital right after the digits (`2020/01/02Opportunity`, as a converter glues them). A count alone
 * has three or four digits (shorter ones are the numbered items `numberedOutline` reads); in a
 * reference of groups the count is the last, of one to three digits. A scan, no pattern. Null otherwise.
 */
export function councilReference(text: string): CouncilReference | null {
  const groups: string[] = [];
  let key = '';
  let at = 0;
  for (;;) {
    let end = at;
    while (end < text.length && end - at <= 4 && isDigit(text.charCodeAt(end))) end++;
    if (end === at || end - at > 4) return null;
    groups.push(text.slice(at, end));
    at = end;
    const mark = text.charAt(at);
    if ((mark === '.' || mark === '/') && isDigit(text.charCodeAt(at + 1)) && groups.length < MOST_GROUPS) {
      key += `${groups[groups.length - 1] as string}${mark}`;
      at++;
      continue;
    }
    break;
  }
  const last = groups[groups.length - 1] as string;
  if (groups.length === 1 ? last.length < 3 : last.length > 3) return null;
  let suffix = '';
  if (/^[a-zA-Z]$/u.test(text.charAt(at)) && !/\p{L}/u.test(text.charAt(at + 1))) suffix = text.charAt(at++);
  let after = at;
  while (isBlank(text.charCodeAt(after))) after++;
  const mark = text.charAt(after);
  if (mark === '.' || mark === ':' || mark === ')') at = after + 1;
  // A spaced dash sets the title off too (`1412 - APOLOGIES FOR ABSENCE`).
  else if (after > at && (mark === '-' || mark === '–' || mark === '—') && isBlank(text.charCodeAt(after + 1))) at = after + 1;
  const before = at;
  while (isBlank(text.charCodeAt(at))) at++;
  // No blank after the reference: only a capital glued on opens a title (`2020/01/02Opportunity`, `2021/03/01.Apologies`).
  if (at === before && !/^\p{Lu}/u.test(text.charAt(at))) return null;
  const count = Number(last);
  return { key, count, suffix, number: key === '' ? `${count}${suffix}` : `${key}${last}${suffix}`, length: at };
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Whether a council's numbered run is the frame of a meeting: two of its minutes at least are the
 * standing business of a council (`Apologies for absence`, `Declarations of interest`, `Minutes of
 * the last meeting`, `Matters arising`; `councilBusiness` of the vocabularies), by their title's
 * lead, also after the infinitive a council's agenda words them with (`To receive apologies`), one
 * of them among the first two minutes or the last. A numbered list of rooms, invoices or plots is
 * none, nor one whose entries merely open with a word of welcome or opening (`101 Welcome desk`).
 */
function framesCouncil(run: readonly CouncilMinute[], vocabs: readonly Vocabulary[]): boolean {
  const last = run.length - 1;
  const business = councilBusiness(vocabs);
  const framed = run.map((c) => {
    const lead = minuteLead(c.rest, vocabs);
    return opensWith(lead, business) || opensWith(afterInfinitive(lead, vocabs), business);
  });
  return framed.filter(Boolean).length >= 2 && (framed[0] === true || framed[1] === true || framed[last] === true);
}

/** The standing business of a council in the vocabularies, folded, made once. */
const councilBusiness = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.councilBusiness ?? []).map(fold));

/** Whether a title opens with one of the folded phrases, as a whole word or words. */
function opensWith(text: string, phrases: readonly string[]): boolean {
  const title = foldTitle(text);
  return phrases.some((words) => title === words || (title.startsWith(words) && !/[\p{L}\p{N}]/u.test(title.charAt(words.length))));
}

/** A title folded to compare with phrases, a typed apostrophe and a typographic one the same (`President’s Report`). */
export function foldTitle(text: string): string {
  return fold(text).replaceAll('’', "'");
}

/**
 * A council's item after the infinitive and verb that its agenda opens it with (`To receive
 * apologies for absence` -> `apologies for absence`, `To approve the minutes` -> `the minutes`), as
 * English councils word the business they are summoned to; the item itself where no such mark opens
 * it.
 */
function afterInfinitive(lead: string, vocabs: readonly Vocabulary[]): string {
  const space = lead.indexOf(' ');
  const verb = space > 0 ? lead.indexOf(' ', space + 1) : -1;
  if (verb < 0 || !vocabs.some((v) => (v.infinitiveMarks ?? []).includes(fold(lead.slice(0, space))))) return lead;
  return lead.slice(verb + 1);
}

/**
 * The longest chain of minutes counting up one by one in document order, each on a later line; a
 * minute with a letter follows its own number or the one before. Ties go to the later chain. Linear
 * in the minutes.
 */
function countingUp(found: readonly CouncilMinute[]): CouncilMinute[] {
  const length: number[] = [];
  const previous: number[] = [];
  const bestEnd = new Map<number, number>();
  found.forEach((c, k) => {
    const before = c.suffix !== '' ? (bestEnd.get(c.major) ?? bestEnd.get(c.major - 1)) : bestEnd.get(c.major - 1);
    length.push(before === undefined ? 1 : (length[before] as number) + 1);
    previous.push(before ?? -1);
    const held = bestEnd.get(c.major);
    if (held === undefined || (length[k] as number) >= (length[held] as number)) bestEnd.set(c.major, k);
  });
  let end = -1;
  length.forEach((n, k) => {
    if (end < 0 || n >= (length[end] as number)) end = k;
  });
  const chain: CouncilMinute[] = [];
  for (let k = end; k >= 0; k = previous[k] as number) chain.push(found[k] as CouncilMinute);
  return chain.reverse();
}

/** Years a running count near the meeting's may be mistaken for: this many before the meeting's year, and after it. */
const YEARS_BEFORE = 30;
const YEARS_AFTER = 10;

/** Whether a running count could be years: near the meeting's year, or any year where the date is unknown. */
function yearsLike(run: readonly CouncilMinute[], date: string | null): boolean {
  const year = date === null ? null : Number(date.slice(0, 4));
  return run.some((c) => (year === null ? c.major >= 1900 && c.major <= 2099 : c.major >= year - YEARS_BEFORE && c.major <= year + YEARS_AFTER));
}

/** A wide gap of blanks after a title, before the notes on its line (`Declarations of Interest  None.`). */
const WIDE_GAP = / {2,}|\t/u;

/**
 * The title of a council's minute, from the text after its reference: words in capitals before the
 * notes, the words before a colon or a wide gap, a short line alone, or the first sentence. Null
 * where no capital opens it (`100 members attended`) or the line is one long sentence.
 */
function councilTitle(rest: string): string | null {
  if (!/^\p{Lu}/u.test(rest)) return null;
  const capitals = capitalsBeforeNotes(rest);
  if (capitals !== '') return capitals;
  // A title in capitals before a spaced dash and its notes (`DECLARATIONS OF INTEREST – none`).
  const dash = /\s[–—-]\s/u.exec(rest);
  const before = dash ? rest.slice(0, dash.index).trim() : '';
  if (before !== '' && !/\p{Ll}/u.test(before) && before.replace(/[^\p{Lu}]/gu, '').length >= FEWEST_CAPITALS) return before;
  const colon = rest.indexOf(':');
  const sentence = /[.!?]\s/u.exec(rest);
  if (colon > 1 && colon <= LONGEST_TITLE && (sentence === null || sentence.index > colon)) return rest.slice(0, colon).trim();
  const dashed = DASH_LEAD.exec(rest);
  if (dashed) return (dashed[1] as string).trim();
  const gap = WIDE_GAP.exec(rest);
  if (gap && gap.index > 1 && gap.index <= LONGEST_BARE_TITLE && (sentence === null || sentence.index > gap.index)) return rest.slice(0, gap.index).replace(/[.:,]$/u, '');
  // A short first sentence before the notes on the line (`Public Participation. There was nothing to report.`).
  const noted = titleBeforeNotes(rest);
  if (noted !== '') return noted;
  const whole = rest.trim();
  if (whole.length <= LONGEST_SHORT_TITLE) return whole.replace(/[.:]$/u, '');
  const first = firstSentence(whole);
  return first.length <= LONGEST_TITLE ? first : null;
}

/** A title longer than this after a number with no mark (`4 Rondvraag`) is a sentence. */
const LONGEST_BARE_TITLE = 60;

/**
 * Whether a number with no dot or parenthesis after it (`4 Rondvraag`, as word processors and mail
 * write numbered headings) still opens an item: it starts its paragraph, or a bullet point of its
 * own (`• 4 Ekonomi`, as a web page renders a word processor's numbered list with a bullet before
 * each number), and a short title in capitals, not a sentence (`4 leden waren afwezig.`), follows it.
 */
function bareTitle(lines: readonly Line[], index: number, title: string): boolean {
  const line = lines[index] as Line;
  const point = line.kind === 'listItem' && line.itemStart && line.listDepth === 1;
  if ((line.kind !== 'paragraph' && !point) || lines[index - 1]?.block === line.block) return false;
  return title.length <= LONGEST_BARE_TITLE && /^\p{Lu}/u.test(title) && !/[.!?,;]$/u.test(title);
}

/**
 * The value of a roman numeral that stands alone on its line (`II`, `IV.`), as text taken out of a
 * PDF sets the number of an outline's item apart from its title (`II` / `Treasurer's Report`); null
 * for any other line.
 */
function bareRoman(line: Line): number | null {
  if (line.kind !== 'paragraph') return null;
  const mark = /^([IVXL]{1,6})[.)]?$/u.exec(line.text.trim());
  return mark === null ? null : romanValue(mark[1] ?? '');
}

/**
 * The title of an item whose number and closing mark stand alone on a line of a paragraph (`2)` /
 * `The website was discussed. ...`), as minutes typed without blank lines set them: the first
 * sentence of the line under it, as a list item left empty by its writer takes it when a blank
 * line parts them. Empty for any other line.
 */
function markedAlone(lines: readonly Line[], index: number): string {
  const line = lines[index] as Line;
  const next = lines[index + 1];
  if (line.kind !== 'paragraph' || !/^\d{1,3}[.)]$/u.test(line.text.trim()) || next?.kind !== 'paragraph' || next.block !== line.block) return '';
  const title = cleanItemTitle(firstSentence(next.text));
  return /^\p{Lu}/u.test(title) ? title : '';
}

/**
 * The title on the line under a number that stands alone on its line, as text copied out of a
 * word processor's table sets an item (`5` / `Fjällidenkommittén:` / notes): a short line opening
 * in a capital, no sentence (it may close with a colon or full stop), no number of its own. The
 * run of numbers counting up with notes between them is what makes them items.
 */
function titleBelow(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): string {
  const line = lines[index] as Line;
  const next = lines[index + 1];
  if (line.kind !== 'paragraph' || !next || next.kind !== 'paragraph' || next.text.length > LONGEST_BARE_TITLE) return '';
  const text = next.text.replace(/[.:]$/u, '');
  if (!/^\p{Lu}/u.test(text) || /[.!?:;]/u.test(text) || readItemNumber(next.text, vocabs) !== null) return '';
  return cleanItemTitle(text);
}

/**
 * The titles of the top-level entries of numbered lists by their numbers, the first entry of each
 * number: the agenda as listed at the head of the minutes (`1. Opening` / `2. Notulen` ...), which
 * the notes below refer to by number alone (`Ad 1`, `Agendapunt 2`), as Dutch minutes do. Made once
 * per document.
 */
const listedTitles = oncePer((lines: readonly Line[]): ReadonlyMap<number, string> => {
  const titles = new Map<number, string>();
  for (const line of lines) {
    if (line.kind !== 'listItem' || !line.itemStart || line.listDepth !== 1 || line.ordinal === null || titles.has(line.ordinal)) continue;
    const title = cleanItemTitle(line.text);
    if (title !== '' && title.length <= LONGEST_BARE_TITLE) titles.set(line.ordinal, title);
  }
  return titles;
});

/**
 * Words in capitals (`APOLOGIES FOR ABSENCE`, `REPORTS FROM VISITING REPRESENTATIVE(S)`) closed by a stop or comma before more words.
 * Not by a colon: a word in capitals before a colon is a label (`1. ACTION: Tom to book ...`, `2. AGREED: ...`), no title.
 */
const CAPITALS_LEAD = /^(\p{Lu}[\p{Lu}&'’()/-]+(?: [\p{Lu}&'’()/-]+){0,7})[.,]\s+(?=\S)/u;

/** Capital letters at least in a title set in capitals: fewer make an acronym (`AGM. The ...`). */
const FEWEST_CAPITALS = 5;

/**
 * The title of a numbered item set in capitals that runs into its notes on the same line, as parish
 * councils type their minutes (`1.APOLOGIES FOR ABSENCE. Cllr Eaves sent apologies.`, `3.MINUTES OF
 * MEETING, Jan 24th. ...`): the words in capitals before their stop or comma, where words in
 * ordinary type follow. '' for any other line.
 */
function capitalsBeforeNotes(text: string): string {
  const lead = CAPITALS_LEAD.exec(text);
  if (!lead || !/\p{Ll}/u.test(text.slice(lead[0].length))) return '';
  const title = lead[1] as string;
  return title.replace(/[^\p{Lu}]/gu, '').length >= FEWEST_CAPITALS ? title : '';
}

/** A title of a few words in a capital before a colon and the notes after it on the item's line. */
const COLON_LEAD = /^(\p{Lu}[^.,;:()]{2,58}?):\s+(?=\S)/u;

/** A title before the notes on its own line is this short at most (`Val av två justerare.`). */
const LONGEST_LEAD_TITLE = 60;

/**
 * The title of a numbered item that carries its notes on its own line, as plain text and blogs write
 * minutes (`5. Ekonomi/inköp. Föreningen har god ekonomi. Sara gör inköp.`): a short first sentence
 * without a verb's comma or colon, then a sentence opening in a capital. '' when the line is one
 * sentence, or its first sentence is too long to be a title.
 */
function titleBeforeNotes(text: string): string {
  // A short title, a colon and the notes (`7. Kevätkokouksen ajankohta: Päätettiin, että ...`, `4. Ilmoitusasiat: ei ole`);
  // after the colon a name in capitals goes on with the title (`4. Programme approval: MSc Data Science`).
  const colon = COLON_LEAD.exec(text);
  if (colon && notesShaped(text.slice(colon[0].length))) return colon[1] as string;
  const end = /\.\s+(?=\p{Lu})/u.exec(text);
  if (!end || end.index > LONGEST_LEAD_TITLE) return '';
  const lead = text.slice(0, end.index);
  return /[,;:]/u.test(lead) || !/^\p{Lu}/u.test(lead) ? '' : lead;
}

/** Whether what follows a title's colon is notes: a sentence that ends in its stop, or words in lower case (`ei ole`). */
function notesShaped(rest: string): boolean {
  const last = rest.trimEnd().slice(-1);
  return last === '.' || last === '!' || last === '?' || last === '…' || /^\p{Ll}/u.test(rest);
}

/** A topic of a few words in a capital before a spaced dash and the notes after it (`Co-option – There is one vacancy.`). */
const DASH_LEAD = /^(\p{Lu}[^.,;:()–—]{2,58}?) [–—-] (?=\p{Lu})/u;

/**
 * The title of a numbered minute written as the sentences of what was done on it: the topic before
 * a colon or a spaced dash (`Co-option – There is still one vacancy ...`, `Finance: The accounts ...`), or else its
 * first sentence, its stop kept (a sentence that records what was done, as the decisions read it), an
 * abbreviation or a day's ordinal no end of it (`Apologies were received from Mrs. Lee. Cllr Ash arrived late.`).
 */
function minuteLead(title: string, vocabs: readonly Vocabulary[]): string {
  const lead = COLON_LEAD.exec(title) ?? DASH_LEAD.exec(title);
  return lead ? (lead[1] as string).trim() : (sentencesOf(title, vocabs)[0] ?? title);
}

/** The first sentence of a text: up to a full stop, question or exclamation mark before a blank. */
function firstSentence(text: string): string {
  const end = /[.!?](?=\s)/u.exec(text);
  return end ? text.slice(0, end.index) : text;
}
