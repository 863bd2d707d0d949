import { bodyItem, closeRanges, type AgendaDraft } from './agenda-draft.js';
import { agendaFrame, foldTitle } from './agenda-outline.js';
import { mentionsMeeting } from './meeting-words.js';
import { gather } from './cues.js';
import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Header } from './read-header.js';
import { fieldLines } from './header.js';
import { fieldOf } from './read-label.js';
import { resolvePerson } from './resolve-people.js';
import { trimEndWhere } from './trim.js';
import type { Line } from './types.js';

/** Words at most in a run-in heading (`LEISURE AND ENVIRONMENTAL MATTERS`, `Update on CC & Lottery Grants`). */
const MOST_WORDS = 6;
/** Letters at least in a heading set in capitals: shorter ones are initials or acronyms (`AWB:`, `RFP will ...`). */
const FEWEST_CAPITAL_LETTERS = 5;
/** The marks that may close a heading in capitals (`FINANCE:`, `PLANNING.`, `MATTERS ARISING –`). */
const CLOSING_MARKS = ':.,;–—-';
/** The dashes that set a run-in heading off from its notes (`Finance – EE presented ...`). */
const DASHES = [' - ', ' – ', ' — '];

/**
 * Topics written as run-in headings, the way council and committee minutes typed in a word
 * processor set them: each paragraph opens with its topic, in capitals running into the sentence
 * (`THE MINUTES of the previous meeting were read`, `FINANCE: The Clerk ...`,
 * `HIGHWAYS AND FOOTPATHS. A letter ...`) or in ordinary type set off by a dash (`Finance – EE
 * presented the report.`). Three such paragraphs or more are the agenda, each owning the lines up
 * to the next. The header's lines, field labels (`PRESENT were ...`), decision and action labels
 * (`ACTION – JW will ...`), initials and people's names (`AWB: I agree`) are no topics.
 */
export function runInTopics(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const found: { index: number; title: string }[] = [];
  const marks = outcomeLabels(vocabs);
  // The lines the title, date and other fields were read from are the header (`Library – Board of Trustees`).
  const fromFields = fieldLines(header);
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' || line.bold || line.lead !== null || line.listDepth > 0 || line.quoteDepth > 0) return;
    if (header.labels.has(index) || header.consumed.has(index) || fromFields.has(line.start.line) || lines[index - 1]?.block === line.block) return;
    const title = capitalHead(line.text) ?? dashedHead(line.text);
    if (title === null || fieldOf(title, vocabs) !== null || marks.has(fold(title))) return;
    if (resolvePerson(title, header.participants) !== null) return;
    found.push({ index, title });
  });
  if (found.length < 3) return [];
  return closeRanges(found.map(({ index, title }) => bodyItem(lines, index, null, title)), endOf(lines, found[found.length - 1]!.index));
}

/** The labels of decisions and actions in the vocabularies, folded (`action`, `resolved`); made once. */
const outcomeLabels = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> =>
  new Set([...gather(vocabs, 'decisionCues'), ...vocabs.flatMap((v) => [...(v.labels.decisions ?? []), ...(v.labels.actions ?? [])])].map(fold)));

/**
 * The words in capitals a paragraph opens with, where a topic is set that way: one to six words
 * of capitals (five letters at least in all), then the end, a colon, a stop or a dash, or a word
 * in lower case that goes on with the sentence (`APOLOGIES FOR ABSENCE were received`). Null for
 * anything else, and where capitals go on into a word of ordinary type (`RFP Review`).
 */
function capitalHead(text: string): string | null {
  const words = text.split(' ');
  const head: string[] = [];
  let letters = 0;
  let k = 0;
  for (; k < words.length && head.length < MOST_WORDS; k++) {
    const word = words[k] as string;
    const bare = trimEndWhere(word, (code) => CLOSING_MARKS.includes(String.fromCharCode(code)));
    if (bare === '' || !/\p{Lu}/u.test(bare) || /[^\p{Lu}&’'/-]/u.test(bare)) break;
    head.push(bare);
    letters += bare.replace(/[^\p{Lu}]/gu, '').length;
    // A mark after the word closes the heading (`FINANCE:`, `PLANNING.`, `MATTERS ARISING –`).
    if (bare !== word) return letters >= FEWEST_CAPITAL_LETTERS ? head.join(' ') : null;
  }
  if (head.length === 0 || letters < FEWEST_CAPITAL_LETTERS) return null;
  const next = words[k];
  if (next === undefined || next === '') return head.join(' ');
  if (/^[–—-]$/u.test(next)) return head.join(' ');
  // One word in capitals running on into its sentence is an acronym as often as a topic (`UNESCO funding was ...`): two at least.
  return /^[\p{Ll}(]/u.test(next) && head.length >= 2 ? head.join(' ') : null;
}

/** Words at least after the dash: a word or two is a value (`Minutes of May - accepted`), not notes. */
const FEWEST_NOTE_WORDS = 3;

/**
 * The topic a paragraph opens with before a dash that sets it off from its notes (`Risk
 * Assessments - Our annual risk assessments ...`): one to six words opening with a capital, no
 * sentence or figure inside them, and notes of three words or more after the dash. Null for anything else.
 */
function dashedHead(text: string): string | null {
  let at = -1;
  for (const dash of DASHES) {
    const found = text.indexOf(dash);
    if (found > 0 && (at < 0 || found < at)) at = found;
  }
  if (at < 0 || text.slice(at + 3).split(' ').filter((w) => w !== '').length < FEWEST_NOTE_WORDS) return null;
  if (insertion(text, at)) return null;
  const head = text.slice(0, at).trim();
  const words = head.split(' ').filter((w) => w !== '');
  if (words.length > MOST_WORDS || !/^\p{Lu}/u.test(head) || /[.!?:;,\p{N}]/u.test(head)) return null;
  return head;
}

/** Words at most between the two dashes of an insertion (`The hall roof - repaired last year - is leaking`). */
const MOST_INSERTED_WORDS = 12;

/**
 * Whether the dash at a place opens an insertion into a sentence, not the end of a topic: the same
 * dash closes it a few words later and the sentence goes on in lower case after it (`The Chair -
 * who had been at the briefing - reported ...`, `The next meeting - provisionally - will be ...`).
 */
function insertion(text: string, at: number): boolean {
  const dash = text.slice(at, at + 3);
  const close = text.indexOf(dash, at + dash.length);
  if (close < 0) return false;
  const inside = text.slice(at + dash.length, close).split(' ').filter((w) => w !== '').length;
  const after = text.slice(close + dash.length).trimStart();
  return inside <= MOST_INSERTED_WORDS && /^\p{Ll}/u.test(after);
}

/** The last topic owns the lines up to the next heading after it, or the end. */
function endOf(lines: readonly Line[], last: number): number {
  for (let j = last + 1; j < lines.length; j++) if ((lines[j] as Line).kind === 'heading') return j;
  return lines.length;
}

/** Characters at most before the colon or dash of a run-in label. */
const LONGEST_LABEL = 60;

/**
 * The order of business written as run-in labels, as clubs, PTAs, school councils and Dutch
 * associations type their minutes without numbers or headings (`Call to Order: 7:02 pm`,
 * `Treasurer's Report: the balance is ...`, `Old Business`, `Opening: Eva heet iedereen welkom`,
 * `Mededelingen: geen`, `Rondvraag - niets`) in the record of a meeting: lines whose label before a
 * colon or a spaced dash, or whose whole short line, is a standing item of an agenda (`frameLabel`),
 * each opening its paragraph or following a line that ends its sentence or gives a label's value,
 * and not giving a short value itself (the item's outcome). Three such lines at least, with
 * different labels; each owns the lines up to the next. Lines the header read as a field are none,
 * but a time of opening or closing (`Call to Order: 7:02 pm`).
 */
export function standingRunIns(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  // Only the record of a meeting: it names those present, or its title names a meeting (a newsletter's `Opening hours:` is none).
  if (header.participants.length === 0 && !mentionsMeeting(header.title ?? '', vocabs)) return [];
  const found: { index: number; title: string }[] = [];
  lines.forEach((line, index) => {
    if (line.kind !== 'paragraph' || line.listDepth > 0 || line.quoteDepth > 0) return;
    const field = header.labels.get(index)?.field;
    if ((field !== undefined && field !== 'start' && field !== 'end') || (header.consumed.has(index) && field === undefined)) return;
    const before = lines[index - 1];
    // Inside a paragraph, after a line that ends its sentence or is a label with its value (`President Update: none`).
    if (before?.block === line.block && !/[.!?:)]\s*$/u.test(before.text) && !/^[^:]{1,60}:\s/u.test(before.text)) return;
    const title = labelOf(line.text);
    if (title === null || !/^\p{Lu}/u.test(title) || !frameLabel(title, vocabs)) return;
    // A value of a word or three after the label is the item's outcome (`Approval of Minutes: approved.`), read as a decision of its own: no topic line.
    const value = line.text.slice(title.length).replace(/^[\s:–—-]+/u, '').trim();
    const words = value === '' ? 0 : value.split(/\s+/u).length;
    if (words > 0 && words <= MOST_VALUE_WORDS) return;
    found.push({ index, title });
  });
  if (found.length < 3 || new Set(found.map((f) => fold(f.title))).size < found.length) return [];
  return closeRanges(found.map(({ index, title }) => bodyItem(lines, index, null, title)), endOf(lines, found[found.length - 1]!.index));
}

/** Words at most of a value that a label gives rather than notes (`Notulen: goedgekeurd`, `Treasurer's report: accepted as read`). */
const MOST_VALUE_WORDS = 3;

/**
 * Whether a label is a standing item of an agenda as a whole (`Old Business`, `Mededelingen`), or
 * the item joined to more words by a joining word (`Apologies for absence`, `Eröffnung der
 * Sitzung`): not a label that merely opens with its word (`Opening hours`, `Closing balance`,
 * `Welcome aboard`).
 */
function frameLabel(label: string, vocabs: readonly Vocabulary[]): boolean {
  const folded = foldTitle(label);
  const joins = labelJoins(vocabs);
  return agendaFrame(vocabs).some((entry) => {
    if (folded === entry) return true;
    if (!folded.startsWith(`${entry} `)) return false;
    return joins.has(folded.slice(entry.length + 1).split(' ')[0] ?? '');
  });
}

/** The words that join an item to the words after it (`for`, `der`, `van`, `and`), made once. */
const labelJoins = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => [...v.titleTails, ...v.and]).filter((word) => !word.includes(' '))));

/** The label a line opens with before a colon or a spaced dash, or the line itself where it is a few words alone; its closing mark left off. Null for a longer line. */
function labelOf(text: string): string | null {
  const colon = text.indexOf(':');
  let at = colon > 0 && colon <= LONGEST_LABEL ? colon : -1;
  for (const dash of DASHES) {
    const found = text.indexOf(dash);
    if (found > 0 && found <= LONGEST_LABEL && (at < 0 || found < at)) at = found;
  }
  const label = (at > 0 ? text.slice(0, at) : trimEndWhere(text, (code) => code === 0x2e || code === 0x3a)).trim();
  if (label === '' || /[.!?;]/u.test(label) || label.split(' ').length > MOST_WORDS) return null;
  return label;
}
