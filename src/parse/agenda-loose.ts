import type { AgendaDraft } from './agenda-draft.js';
import { bodyItem, cleanItemTitle, closeRanges } from './agenda-draft.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { gather, isWord, wordsOf } from './cues.js';
import type { Header } from './read-header.js';
import { fieldLines } from './header.js';
import { isStandingItem } from './agenda-outline.js';
import { fieldOf } from './read-label.js';
import { resolvePerson } from './resolve-people.js';
import { trimNonLetters } from './trim.js';
import type { Line } from './types.js';

/** A topic line is a few words, not a sentence of notes. */
const MOST_WORDS = 10;
const LONGEST = 90;

/**
 * Topics written without numbers or headings, as minutes typed in a word processor or a pad are:
 * short lines set wholly in bold, each followed by notes (`**Ekonomi**` then a paragraph), or the
 * top-level points of a list whose points hold nested notes (`* Planning` then `  * Ruben ...`).
 * At least three topics, most of them with notes of their own; each owns the lines up to the next.
 * Lines the header read (labels, attendance) are never topics.
 */
export function looseTopics(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const bold = boldTopics(lines, header);
  if (bold.length >= 3) return bold;
  const leads = leadTopics(lines, header, vocabs);
  if (leads.length >= 3) return leads;
  const points = listTopics(lines, header);
  if (points.length > 0) return points;
  const lone = lonePoints(lines, header, vocabs);
  return lone.length > 0 ? lone : lineTopics(lines, header, vocabs);
}

/**
 * Topics set as points each alone in its list, with their notes as paragraphs between them
 * (`• Kokouksen avaus` / `Puheenjohtaja avasi ...` / `• Talous` / ...), as a web page's list copied
 * with its notes gives: three such points or more, each a few words, each with a paragraph of
 * notes right under it. A point the header reads (`• Läsnä`) is no topic.
 */
function lonePoints(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'listItem' || !line.itemStart || line.listDepth !== 1 || line.quoteDepth > 0 || line.checked !== null) return;
    if (header.labels.has(index) || header.consumed.has(index) || fieldOf(line.text, vocabs) !== null) return;
    const before = lines[index - 1] as Line | undefined;
    const after = lines[index + 1] as Line | undefined;
    if (before?.kind === 'listItem' || after === undefined || after.kind !== 'paragraph' || after.listDepth > 0 || !topicShaped(line.text)) return;
    // The notes say more than the point: a sentence, or a line longer than it (a link or another short label is no note).
    if (!/[.!?]$/u.test(after.text) && after.text.length <= line.text.length) return;
    if (isOnlyAddress(after.text)) return;
    found.push(index);
  });
  if (found.length < 3) return [];
  return closeRanges(found.map((index) => bodyItem(lines, index, null, cleanItemTitle((lines[index] as Line).text))), endOf(lines, found));
}

/**
 * Plain text typed a topic a line (`Call to Order`, `Treasurer's Report`, `New Business`), each
 * line opening a paragraph of notes with or without a blank line between, or standing inside one
 * paragraph typed without blank lines (see `opensTopicLine`): three or more such
 * lines are the agenda. A topic line starts with a capital and is short
 * beside the lines under it, and the line after it starts a sentence: the first line of prose
 * wrapped at a width (`The board discussed the spring` / `fundraiser ...`) is none.
 */
function lineTopics(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const found: number[] = [];
  // The lines the title, date and other fields were read from are the header, not topics.
  const fromFields = fieldLines(header);
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' || line.bold || line.lead !== null || line.quoteDepth > 0 || fromFields.has(line.start.line)) return;
    // The opening and closing of the meeting (`Call to Order`, `Adjournment`) are topics, though the header reads a time from them.
    // A standing item of an agenda (`Notulen vorige vergadering`, `Rondvraag`) is a topic though it opens with a label's word, and its notes may be one short line (`Geen vragen.`).
    const standing = isStandingItem(line.text, vocabs);
    const field = header.labels.get(index)?.field;
    if ((field !== undefined && field !== 'start' && field !== 'end' && !standing) || (header.consumed.has(index) && field === undefined)) return;
    if (!opensTopicLine(lines, index, header)) return;
    const text = line.text;
    if (!topicShaped(text) || !/^\p{Lu}/u.test(text) || /[,;]$/u.test(text) || (field === undefined && !standing && fieldOf(text, vocabs) !== null)) return;
    // A signature (`Tom Hart, Secretary`) names a person.
    if (resolvePerson(text.split(',')[0] as string, header.participants) !== null || recordsOutcome(text, vocabs)) return;
    // Its notes are prose: a sentence goes on from it or follows it (a line over a list is a label of
    // the list; a column of short lines, names or figures, holds no topics).
    const next = lines[index + 1] as Line | undefined;
    // A standing item's notes may be a list of points (`Treasurer's Report` / `• Balance ...`), as minutes typed on a template keep them.
    if (standing && next !== undefined && next.kind === 'listItem' && next.listDepth === 1 && next.quoteDepth === 0 && line.listDepth === 0) {
      found.push(index);
      return;
    }
    if (next === undefined || next.kind !== 'paragraph' || next.quoteDepth > 0 || (topicShaped(next.text) && !sentenceAfter(text, next.text) && !(standing && /[.!]$/u.test(next.text)))) return;
    if (next.block === line.block && (!/^\p{Lu}/u.test(next.text) || (text.length * 2 > longestOfBlock(lines, index + 1) && !standing))) return;
    found.push(index);
  });
  if (found.length < 3) return [];
  return closeRanges(found.map((index) => bodyItem(lines, index, null, cleanItemTitle((lines[index] as Line).text))), endOf(lines, found));
}

/**
 * Whether a short line records what happened rather than naming a matter, as a topic line does: a
 * vote's count, two numbers beside two words of a vote at least (`Ja 6  Nein 1  Enthaltung 2`), a
 * verdict of three words at most that closes on its word (`Mehrheitlich beschlossen`, `Motion
 * carried`), or a clause of three words or more with a verb of the document's language, in lower
 * case, after its first word (`The hall is booked for May`, `Signage will be ordered`, `There
 * were none`). A question names a matter though a verb stands in it (`What is next for the
 * orchard`, `Vad har hänt sedan sist`), and so does a standing item of an agenda (`Fråga om mötet
 * är stadgeenligt utlyst`).
 */
function recordsOutcome(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text);
  const main = vocabs.slice(0, 1);
  if (words.length === 0 || text.trimEnd().endsWith('?') || isWord(words[0] as string, gather(main, 'questionWords')) || isStandingItem(text, vocabs)) return false;
  const voteWords = gather(vocabs, 'voteWords');
  if (words.filter((word) => /^\d{1,3}$/u.test(word)).length >= 2 && words.filter((word) => isWord(word, voteWords)).length >= 2) return true;
  if (words.length <= 3 && isWord(words[words.length - 1] as string, gather(vocabs, 'carried'))) return true;
  if (words.length < 3) return false;
  // The document's own language only: another's verb is a word of this one (Finnish `on` is English `on`); a capital makes it a name's (`Reading Is Fun`).
  // A verb right after a relative pronoun is the verb of a clause inside a noun phrase (`Det som har gjorts sedan förra mötet`).
  const verbs = clauseVerbs(main);
  const tokens = text.split(/\s+/u).map(trimNonLetters);
  const relatives = gather(main, 'relativePronouns');
  return tokens.some((word, k) => k > 0 && word !== '' && word === word.toLowerCase() && verbs.has(word) && !isWord((tokens[k - 1] as string).toLowerCase(), relatives));
}

/** The finite verbs that make a line a clause: the single words of the auxiliaries, copulas and auxiliaries of the future, made once per list of vocabularies. */
const clauseVerbs = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set([...gather(vocabs, 'auxiliaries'), ...gather(vocabs, 'copulas'), ...gather(vocabs, 'futureAuxiliaries')].filter((word) => !word.includes(' '))));

/**
 * Whether a line stands where a topic line may: first in its paragraph, or inside a paragraph typed
 * without blank lines (a web page's paragraphs pasted as lines: `Finance` / `The accounts were
 * approved.` / `Survey` / `Results were circulated.`) right after a line that closes its sentence
 * or that the header read (`Apologies: Ann Lee`), so that it cannot go on with the line above.
 * Inside a paragraph a line that opens with a participant's name (`Ann will send the letter`) is a
 * note, not a topic.
 */
function opensTopicLine(lines: readonly Line[], index: number, header: Header): boolean {
  const line = lines[index] as Line;
  const before = lines[index - 1] as Line | undefined;
  if (before?.block !== line.block) return true;
  if (!header.consumed.has(index - 1) && !header.labels.has(index - 1) && !/[.!?)][)"'”’]?$/u.test(before.text.trimEnd())) return false;
  const first = line.text.split(' ', 1)[0] as string;
  return resolvePerson(first, header.participants) === null;
}

/**
 * Whether a line without a full stop still reads as a sentence of notes under a topic line (`Opening`
 * / `De vergadering is geopend om 20:06 uur`), as a web page's paragraphs pasted without their
 * stops are: five words or more, twice the topic's at least, opening with a capital.
 */
function sentenceAfter(topic: string, next: string): boolean {
  const words = (text: string): number => text.split(' ').filter((w) => w !== '').length;
  return /^\p{Lu}/u.test(next) && words(next) >= 5 && words(next) >= 2 * words(topic);
}

/** The length of the longest line of the block from `from` on. */
function longestOfBlock(lines: readonly Line[], from: number): number {
  let longest = 0;
  for (let j = from; j < lines.length && (lines[j] as Line).block === (lines[from] as Line).block; j++) longest = Math.max(longest, (lines[j] as Line).text.length);
  return longest;
}

/**
 * Paragraphs that each open with a bold label of their own (`**Treasurer's report:** Balance of
 * ...`, `**Apparatus**: Engine 2 ...`, `**Exhibition.** The spring ...`), three or more: each label is a topic, as minutes written a
 * paragraph a topic run. A label the header reads (`**Present:**`), one of a section (`**Action
 * items:**`) and a speaker (`**Alice:** I think ...`) are no topics.
 */
function leadTopics(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const found: { index: number; title: string }[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' || line.bold || line.lead === null || line.listDepth > 0 || line.quoteDepth > 0) return;
    if (header.labels.has(index) || header.consumed.has(index) || (lines[index - 1] as Line | undefined)?.block === line.block) return;
    const after = line.text.slice(line.lead.length).trimStart();
    if (!/[:：.]\s*$/u.test(line.lead) && !/^[:：.]/u.test(after)) return;
    const title = line.lead.replace(/[:：.]\s*$/u, '').trim();
    if (!topicShaped(title) || title.includes('@') || fieldOf(title, vocabs) !== null || resolvePerson(title, header.participants) !== null) return;
    found.push({ index, title });
  });
  if (found.length < 3) return [];
  return closeRanges(found.map(({ index, title }) => bodyItem(lines, index, null, cleanItemTitle(title))), endOf(lines, found.map((f) => f.index)));
}

function boldTopics(lines: readonly Line[], header: Header): AgendaDraft[] {
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' || !line.bold || line.listDepth > 0 || line.quoteDepth > 0) return;
    // The opening and closing of the meeting (`**Mötets öppnande**`) are topics, though the header reads a time from them.
    const field = header.labels.get(index)?.field;
    if ((field !== undefined && field !== 'start' && field !== 'end') || !topicShaped(line.text)) return;
    if (header.consumed.has(index) && field === undefined) return;
    // A bold line alone in its paragraph, or the first of its paragraph over notes in plain type
    // (`**Ekonomi**` / `Kassören redogjorde ...` with no blank line between, as a word processor's
    // soft line break leaves it): a bold line inside prose, or one of a paragraph set all in bold, is emphasis.
    const next = lines[index + 1] as Line | undefined;
    if (next?.block === line.block && ((lines[index - 1] as Line | undefined)?.block === line.block || next.bold)) return;
    found.push(index);
  });
  const withNotes = found.filter((index, k) => hasNotes(lines, index, found[k + 1] ?? lines.length));
  if (found.length < 3 || withNotes.length * 3 < found.length * 2) return [];
  return closeRanges(found.map((index) => bodyItem(lines, index, null, cleanItemTitle((lines[index] as Line).text))), endOf(lines, found));
}

function listTopics(lines: readonly Line[], header: Header): AgendaDraft[] {
  let best: number[] = [];
  let run: number[] = [];
  // The longest run of points that reads as topics: a longer list of tasks or names elsewhere does not hide it.
  const qualifies = (points: readonly number[]): boolean =>
    points.length >= 3 &&
    points.every((index) => topicShaped((lines[index] as Line).text)) &&
    points.filter((index, k) => nestedNotes(lines, index, points[k + 1] ?? lines.length)).length * 3 >= points.length * 2;
  lines.forEach((line, index) => {
    if (line.kind !== 'listItem' || line.quoteDepth > 0 || header.consumed.has(index)) {
      // Anything outside a list ends the run of points.
      if (run.length > best.length && qualifies(run)) best = run;
      run = [];
      return;
    }
    if (line.itemStart && line.listDepth === 1) run.push(index);
  });
  if (run.length > best.length && qualifies(run)) best = run;
  if (best.length === 0) return [];
  return closeRanges(best.map((index) => bodyItem(lines, index, null, cleanItemTitle((lines[index] as Line).text))), endOf(lines, best));
}

/** A line that is only a web address. */
function isOnlyAddress(text: string): boolean {
  return /^<?https?:\/\/\S+>?$/u.test(text.trim());
}

/** A few words without a full stop at the end: a title, not a sentence. */
function topicShaped(text: string): boolean {
  const words = text.split(' ').filter((w) => w !== '').length;
  return text.length > 1 && text.length <= LONGEST && words <= MOST_WORDS && !text.endsWith('.') && !text.endsWith(':') && /\p{L}/u.test(text);
}

/** Whether text other than a heading stands between a topic line and the next. */
function hasNotes(lines: readonly Line[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if ((lines[j] as Line).kind !== 'heading' && (lines[j] as Line).text.trim() !== '') return true;
  return false;
}

/** Whether a list point holds nested points before the next point. */
function nestedNotes(lines: readonly Line[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if ((lines[j] as Line).listDepth > (lines[from] as Line).listDepth) return true;
  return false;
}

/** The last topic owns the lines up to the next heading after it, or the end. */
function endOf(lines: readonly Line[], topics: readonly number[]): number {
  const last = topics[topics.length - 1] ?? 0;
  for (let j = last + 1; j < lines.length; j++) if ((lines[j] as Line).kind === 'heading') return j;
  return lines.length;
}
