import type { Vocabulary } from '../lang/types.js';
import { bodyItem, cleanItemTitle, closeRanges, type AgendaDraft } from './agenda-draft.js';
import { isCaseReference, readItemLetter, readItemNumber, type ItemNumber } from './agenda-number.js';
import type { Header } from './read-header.js';
import type { Line } from './types.js';

interface Found {
  index: number;
  read: ItemNumber;
  title: string;
}

/**
 * The items written as numbered headings or bold lines (`## 3. Budget`, `**§ 5 Talous**`,
 * `### TOP 2: Kasse`, `### Agenda Item #4: Website`), and paragraph lines that start with a marker
 * word or `§` (`TOP 1: Begrüßung`). Sub-numbers (`3.2`) only where no whole number is written. A
 * marked heading without a number (`### Agenda Item: Misc`) joins marked headings of its level.
 */
export function numberedItems(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): AgendaDraft[] {
  const found: Found[] = [];
  const unnumbered: Found[] = [];
  lines.forEach((line, index) => {
    if ((header.consumed.has(index) && !numberedLabelHeading(lines, index, vocabs)) || line.quoteDepth > 0 || !(isCandidate(lines, index) || paragraphSignInside(lines, index, header))) return;
    if ((line.text.match(/§/g) ?? []).length > 1) return;
    // A numbered bold lead is the title of an item whose notes go on after it on its line (`**3. Budget** Ann ...`).
    // Only a lead that opens with its number or `§`: a marker word may be a word of the notes' language (`**Top 10 riskit**`).
    const lead = line.kind === 'paragraph' && line.lead !== null && /^[\d§]/u.test(line.lead) && line.text.length > line.lead.length + 1 ? readItemNumber(line.lead, vocabs) : null;
    const strong = line.kind === 'heading' || line.bold || lead !== null;
    let read = lead ?? readItemNumber(line.text, vocabs) ?? (strong ? readItemLetter(line.text) : null);
    if (!read) return;
    // A bare `§ 5` on its own line takes its title from the next line (`§ 5` / `Talousarvio` / notes),
    // or from the line after the case reference set under it (`§ 5` / `Dnr KS 2024/15` / `Talousarvio`).
    const below = !strong && read.marked && read.number !== null && read.title === '' && read.reference === undefined ? referenceBelow(lines, index, vocabs) : null;
    if (below !== null) read = { ...read, reference: below };
    const bare = !strong && read.marked && read.number !== null && read.title === '' ? plainFollowingTitle(lines, below === null ? index : index + 1, vocabs) : '';
    if (!strong && bare === '' && !(read.marked && read.number !== null && plainTitleFits(read.title))) return;
    if (!read.marked && read.title === '' && line.kind !== 'heading') return;
    let title = cleanItemTitle(strong ? read.title : firstSentence(read.title));
    // A marked number alone in a heading takes its title from the heading or bold line after it, else from a plain one (`#### Agendapunt 3` / `Begroting`).
    if (title === '') title = bare !== '' ? bare : followingTitle(lines, index, vocabs) || (read.marked && read.number !== null ? plainFollowingTitle(lines, index, vocabs, strong) : '');
    if (title === '' || /^\d/.test(title)) return;
    (read.number === null ? unnumbered : found).push({ index, read, title });
  });
  // Letters (`A. Opening`) are items only where no number is written: beside numbers they mark sub-items.
  const lettered = found.filter((f) => /^\p{L}$/u.test(f.read.number ?? ''));
  const numbers = amongStrongLines(lines, found.filter((f) => !lettered.includes(f)));
  const whole = numbers.filter((f) => !(f.read.number ?? '').includes('.'));
  let top = whole.length > 0 ? whole : numbers.length > 0 ? numbers : lettered;
  top = withUnnumbered(lines, top, unnumbered);
  return closeRanges(top.map((f) => withReference(bodyItem(lines, f.index, f.read.number, f.title), f.read.reference)), lines.length);
}

/**
 * A heading with a whole number whose title the header read as a field (`## 2. Roll call`,
 * `### 3. Läsnäolijat`, `## 4. Apologies`): the numbering makes it one of the meeting's items all
 * the same, the roll call taken at its place in the agenda. Sub-numbers (`2.1 Participants`) stay
 * parts of their item.
 */
function numberedLabelHeading(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): boolean {
  const line = lines[index] as Line;
  if (line.kind !== 'heading') return false;
  const read = readItemNumber(line.text, vocabs);
  return read !== null && read.number !== null && /^\d{1,3}$/u.test(read.number) && read.title.trim() !== '';
}

function withReference(draft: AgendaDraft, reference: string | undefined): AgendaDraft {
  return reference === undefined ? draft : { ...draft, reference };
}

/** A title longer than this before its first full stop is a sentence of notes, not a title. */
const LONGEST_TITLE_SENTENCE = 60;

/**
 * The title of an item whose notes go on after it on its line (`§ 2. Val av justerare. Olof
 * valdes.`): the words up to the first full stop before a capital, when they are short.
 */
function firstSentence(text: string): string {
  const end = /\.\s+(?=\p{Lu})/u.exec(text);
  return end && end.index <= LONGEST_TITLE_SENTENCE ? text.slice(0, end.index) : text;
}

/** A heading, a bold line, or the first line of a paragraph. */
function isCandidate(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line;
  if (line.kind === 'heading' || (line.kind === 'paragraph' && line.bold)) return true;
  return line.kind === 'paragraph' && (lines[index - 1]?.block ?? -1) !== line.block;
}

/** A line that opens with a paragraph sign and its number (`§ 7 Ekonomi`, `7 § Ekonomi`). */
const SIGN_LEAD = /^(?:§\s?\d{1,3}(?!\d)|\d{1,3}\s?§)/u;

/**
 * A line inside a paragraph that opens with `§` and a number, where the line before it ends a
 * sentence or was read by the header (`... Sören fixar detta.` / `§ 7 Ekonomirapport:` with no blank
 * line between). The paragraph sign is the item's own mark in Nordic minutes, so it opens an item
 * wherever a line starts with it; a line that only wraps onto a `§` (`enligt` / `§ 7 i stadgarna`)
 * follows a line that ends in no punctuation.
 */
function paragraphSignInside(lines: readonly Line[], index: number, header: Header): boolean {
  const line = lines[index] as Line;
  const before = lines[index - 1];
  if (line.kind !== 'paragraph' || before === undefined || before.block !== line.block || !SIGN_LEAD.test(line.text)) return false;
  return header.consumed.has(index - 1) || /[.!?:]\s*$/u.test(before.text) || SIGN_LEAD.test(before.text) || countsOn(lines, index);
}

/** How far up a paragraph a `§` line looks for the section it follows: a section's notes run a few lines. */
const SECTION_REACH = 12;

/**
 * Whether a `§` line inside a paragraph numbers the section after the last one above it in that
 * paragraph (`§1 Mötets öppnande` / `Årsmötet öppnades av Kerstin` / `§2 Val av sekreterare`): the
 * sections count up one by one, where a reference wrapped onto a line (`enligt` / `§ 7 i stadgarna`)
 * names a number of its own.
 */
function countsOn(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line;
  const number = signNumber(line.text);
  for (let k = index - 1; k >= 0 && k >= index - SECTION_REACH && (lines[k] as Line).block === line.block; k--) {
    const above = signNumber((lines[k] as Line).text);
    if (above !== null) return above + 1 === number;
  }
  return false;
}

/** The number of a line that opens with a paragraph sign (`§ 7` or `7 §`), else null. */
function signNumber(text: string): number | null {
  const lead = SIGN_LEAD.exec(text);
  return lead ? Number(lead[0].replace(/\D/gu, '')) : null;
}

/** Numbered headings or bold lines it takes to make them, and only them, the items of the minutes. */
const STRONG_ITEMS = 3;

/**
 * The numbered items, without the plain lines among them where three whole-numbered headings or
 * bold lines or more set the items apart: a marked plain line between such items is a line of
 * their notes, most often a clause quoted from the statutes (`§2 (1) Zweck des Vereins ...`,
 * `§ 9` over the clause's text), not an item of its own.
 */
function amongStrongLines(lines: readonly Line[], found: readonly Found[]): Found[] {
  const strong = (f: Found): boolean => {
    const line = lines[f.index] as Line;
    return line.kind === 'heading' || line.bold;
  };
  const headed = found.filter((f) => strong(f) && f.read.number !== null && !f.read.number.includes('.'));
  return headed.length >= STRONG_ITEMS ? found.filter(strong) : [...found];
}

/** Marked headings without a number, where the numbered ones are marked headings of the same level. */
function withUnnumbered(lines: readonly Line[], found: Found[], unnumbered: readonly Found[]): Found[] {
  const depths = new Set(found.filter((f) => f.read.marked && (lines[f.index] as Line).kind === 'heading').map((f) => (lines[f.index] as Line).depth));
  const extra = unnumbered.filter((f) => (lines[f.index] as Line).kind === 'heading' && depths.has((lines[f.index] as Line).depth));
  return extra.length === 0 ? found : [...found, ...extra].sort((a, b) => a.index - b.index);
}

/**
 * Whether the words after a marked number on a plain line can be its title: short and not opening
 * in lower case, or longer where written all in capitals, as plain-text minutes set their headings
 * (`5. TO RECEIVE AND ADOPT THE MINUTES OF THE MEETING HELD ON 13 NOVEMBER`).
 */
function plainTitleFits(title: string): boolean {
  if (/^\p{Ll}/u.test(title)) return false;
  return title.length <= LONGEST_PLAIN_TITLE || (title.length <= 2 * LONGEST_PLAIN_TITLE && !/\p{Ll}/u.test(title));
}

/** A plain title line after a bare `§ 5` is this short at most: a municipal section names its matter in full (`Yhteistoimintaneuvottelujen tuloksen hyväksyminen osana vuoden 2024 talousarviovalmistelua ...`). */
const LONGEST_PLAIN_TITLE = 160;

/**
 * The title on the plain line after a bare `§ 5` or `TOP 3` line (`§ 5` / `Talousarvio`): short,
 * capitalised, no sentence, no number of its own; '' when the next line is none. After a marked
 * number set in bold or as a heading (`**Agendapunt 2**` / `begroting 2026`) the line may open in
 * lower case, as notes typed in haste do: the marker alone on its line already says a title follows.
 */
function plainFollowingTitle(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[], strong = false): string {
  const next = lines[index + 1];
  if (!next || next.kind !== 'paragraph' || next.text.length > LONGEST_PLAIN_TITLE || !(strong || /^\p{Lu}/u.test(next.text))) return '';
  if (/[.!?:]$/u.test(next.text) && !closedTitle(lines, index, vocabs)) return '';
  return readItemNumber(next.text, vocabs) ? '' : cleanItemTitle(next.text.replace(/[.:]$/u, ''));
}

/**
 * Whether the line after a bare `§ 5` is its title closed by a full stop or colon, as minutes typed
 * in a word processor set it (`§ 5` / `Ekonomifrågor.` / notes): one short sentence, and notes
 * after it that are no item of their own. A lone sentence with nothing after it before the next
 * item is what the section records (`§ 5` / `Budgeten godkändes.`), not its title.
 */
function closedTitle(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): boolean {
  const next = lines[index + 1] as Line;
  const after = lines[index + 2];
  if (!/[.:]$/u.test(next.text) || next.text.length > LONGEST_TITLE_SENTENCE || /[.!?:]\s/u.test(next.text)) return false;
  return after !== undefined && after.kind !== 'heading' && readItemNumber(after.text, vocabs) === null;
}

/**
 * The case reference on the line under a bare `§ 5`, as Swedish councils set the register number
 * between a paragraph's number and its title (`§ 5` / `Dnr KS 2024/15` / `Budget 2025`), or null.
 */
function referenceBelow(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): string | null {
  const next = lines[index + 1];
  return next !== undefined && next.kind === 'paragraph' && isCaseReference(next.text, vocabs) ? next.text.trim() : null;
}

/** The title on the line after a bare number (`## § 5` then `## Talousarvio`). */
function followingTitle(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): string {
  const next = lines[index + 1];
  return next && (next.kind === 'heading' || next.bold) && !readItemNumber(next.text, vocabs) ? cleanItemTitle(next.text) : '';
}
