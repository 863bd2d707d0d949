import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Line } from './types.js';
import { goesOn, markedStarts, type MarkedCarry, type MarkedStart } from './unflatten-marked.js';

/**
 * A paragraph this long is a page flattened from a PDF or a word processor (`... Läsnä: ... 1.
 * Kokouksen avaus Puheenjohtaja avasi kokouksen ... 2. Laillisuus ...`), not a paragraph a writer
 * wrote: only such a line is cut into items.
 */
const RUN_ON = 400;

/** The number of an item inside a line: after a blank, one or two digits and a stop, a blank and a capital (`1. Kokouksen avaus`). */
const INLINE_NUMBER = /(?<=\s)(\d{1,2})\. (?=\p{Lu})/gu;

/**
 * The number of an item that lost its stop or its `§` when the page was flattened (`1 Mötets öppnande`,
 * `130 Fastställande av föredragningslista`): at the start of the text (a page whose first item opens
 * it, `1 Protokoll fört vid ... 2 Inga fullmakter ...`) or after a blank, one to three digits, a blank
 * and a word in capital and lower case. Such a number is only taken in a run that goes on the count (see `bareStarts`).
 */
const BARE_NUMBER = /(?<=^|\s)(\d{1,3}) (?=\p{Lu}\p{Ll})/gu;

/** A word of a title in capitals: no lower-case letter (`APOLOGIES`, `CONFIRM,`, a date's `19`). */
const CAPS_WORD = /^[^\p{Ll}]+$/u;

/** The first word of a title in capitals: two capitals or more, and no lower-case letter (`APOLOGIES`, `TO`). */
const CAPS_FIRST = /^\p{Lu}{2}[^\p{Ll}]*$/u;

/** A word of a title: its text and where it starts in the segment. */
const WORD = /\S+/gu;

/**
 * Cut each paragraph flattened from a page into the lines a writer would have typed: the text
 * before the first item stays a paragraph (the header's fields, read as they are read in a run-on
 * line), each item becomes a numbered list item holding its title, and the notes after the title
 * a paragraph under it. An item is a number inside the line that goes on the count of the one before
 * (`1.` … `2.` … `4.`, one number lost where a time was cut out of the text), or starts it again at
 * `1.` (a list of the items before the items themselves, `Asialista 1. Avaus 2. ... 1. Avaus Puheenjohtaja
 * avasi ...`); a line with fewer than two such numbers is left whole. Where headings capitalise their
 * first word and proper nouns alone (`headingsInSentenceCase`) a title ends where a capital follows a
 * word in lower case (`Kokouksen avaus | Puheenjohtaja avasi`); in every language a title typed in
 * capitals, as councils and word processors set them, ends at the first word in lower case
 * (`2. DECLARATIONS OF INTEREST | None.`), and where headings capitalise every main word only such
 * titles cut a line.
 */
export function unflatten(lines: readonly Line[], vocab: Vocabulary): Line[] {
  const capsOnly = !vocab.headingsInSentenceCase;
  if (!lines.some((l) => (l.kind === 'paragraph' || l.kind === 'listItem') && l.text.length >= RUN_ON) && !hasMarkedRun(lines, capsOnly, vocab)) return lines as Line[];
  const words = sentenceWords(vocab);
  const out: Line[] = [];
  const renumber = new Map<number, number>();
  let next = 0;
  const idOf = (block: number): number => {
    let id = renumber.get(block);
    if (id === undefined) {
      id = next++;
      renumber.set(block, id);
    }
    return id;
  };
  // The last item's number once a page was cut: the pages after it go on with its count (`... 2 Val av justerare ...` / `2 Eva Lund ... 3 Ekonomi`).
  let carry = 0;
  // The last mark of a run of marked items (`1.2`, `§ 4`, `Punkt 4`): the paragraphs after it go on with its count.
  let marked: MarkedCarry | null = null;
  // The line of the file the last run of marks was cut from.
  let lastMarked = -1;
  for (const line of lines) {
    if (!capsOnly && isRunOnItem(line)) {
      const further = runOnStarts(line.text, line.ordinal as number, capsOnly);
      if (further.length > 0) {
        const first = line.text.slice(0, (further[0] as ItemStart).at);
        pushItem(out, line, first, 0, line.ordinal as number, idOf(line.block), capsOnly, words, () => next++);
        further.forEach((start, k) => pushItem(out, line, line.text.slice(start.textAt, further[k + 1]?.at ?? line.text.length), start.textAt, start.number, next++, capsOnly, words, () => next++));
        continue;
      }
    }
    const plain = line.kind === 'paragraph' && line.listDepth === 0 && line.quoteDepth === 0;
    if (!plain) {
      carry = 0;
      marked = null;
    }
    const contents = plain && line.text.length >= RUN_ON ? contentsOf(line.text, vocab) : null;
    if (contents !== null) {
      const lead = line.text.slice(0, contents.labelAt).trim();
      if (lead !== '') out.push(piece(line, lead, 0, 'paragraph', idOf(line.block)));
      out.push(piece(line, contents.label, contents.labelAt, 'paragraph', next++));
      contents.starts.forEach((start, k) => {
        const following = contents.starts[k + 1];
        const segment = line.text.slice(start.textAt, following?.at ?? line.text.length);
        const paged = /\s\d{1,3}$/u.test(segment.trimEnd());
        if (following === undefined && !paged) {
          pushItem(out, line, segment, start.textAt, start.number, next++, capsOnly, words, () => next++);
          return;
        }
        const title = segment.trimEnd().replace(/\s\d{1,3}$/u, '').trim();
        out.push({ ...piece(line, title, start.textAt, 'listItem', next++), itemStart: true, ordinal: start.number });
      });
      carry = 0;
      continue;
    }
    const starts = plain && (carry > 0 || line.text.length >= RUN_ON) ? startsOf(line.text, capsOnly, carry) : [];
    const marks = !capsOnly && plain && starts.length < (carry > 0 ? 1 : 2) ? markedStarts(line.text, vocab, marked) : [];
    if (marks.length > 0) {
      const lead = line.text.slice(0, (marks[0] as MarkedStart).at).trim();
      // Before the first mark of a page that goes on the count, the page's running head or the notes of the item before: lines of that item's notes.
      const going = goesOn(marked, marks[0] as MarkedStart) && out.at(-1)?.start.line === lastMarked;
      if (lead !== '') out.push(piece(line, lead, line.text.indexOf(lead), 'paragraph', going ? (out.at(-1) as Line).block : idOf(line.block)));
      marks.forEach((mark, k) => pushMarked(out, line, mark, marks[k + 1]?.at ?? line.text.length, words, () => next++));
      const last = marks.at(-1) as MarkedStart;
      marked = { kind: last.kind, major: last.major, minor: last.minor };
      lastMarked = line.start.line;
      continue;
    }
    if (starts.length < (carry > 0 ? 1 : 2)) {
      out.push({ ...line, block: idOf(line.block), parentItem: line.parentItem < 0 ? -1 : idOf(line.parentItem) });
      continue;
    }
    // Pages cut at titles in capitals (`capsOnly`) carry no count: only a sentence-case page goes on with the last one's.
    carry = capsOnly || (starts[0] as ItemStart).title !== undefined ? 0 : (starts.at(-1) as ItemStart).number;
    const lead = line.text.slice(0, (starts[0] as ItemStart).at).trim();
    if (lead !== '') out.push(piece(line, lead, 0, 'paragraph', idOf(line.block)));
    starts.forEach((start, k) => {
      const end = starts[k + 1]?.at ?? line.text.length;
      if (start.title !== undefined) {
        // the section as a council's minutes type it on a line of its own (`§ 176 KOKOUKSEN AVAUS`), its mark in front
        out.push({ ...piece(line, start.title.text, start.title.at, 'paragraph', next++), text: `§ ${start.number} ${start.title.text}` });
        const rest = line.text.slice(start.textAt, end);
        const notes = rest.trim();
        if (notes !== '') out.push(piece(line, notes, start.textAt + rest.indexOf(notes), 'paragraph', next++));
        return;
      }
      pushItem(out, line, line.text.slice(start.textAt, end), start.textAt, start.number, next++, capsOnly, words, () => next++);
    });
  }
  return out;
}

/**
 * A record's list of the items it handled, flattened from a PDF's table of contents: the list's
 * label (`Käsitellyt asiat`, `Luettelo käsitellyistä asioista`), the heads of the table's columns
 * (`Otsikko Sivu`), then each item's number, its title and the page it starts on (`Käsitellyt asiat
 * Otsikko Sivu 21 Kokouksen laillisuus ja päätösvaltaisuus 3 22 Pöytäkirjantarkastajien valinta 4 23
 * ...`). The heads tell the table from a list typed in a sentence, and a council numbers its sections
 * through the year, so the count may start at any number; each item goes on it by one, or by two
 * where a number was lost. Null where no such label and heads stand before two counted items.
 */
function contentsOf(text: string, vocab: Vocabulary): { label: string; labelAt: number; starts: ItemStart[] } | null {
  const lower = text.toLowerCase();
  // Lower case that changes a text's length (a dotted capital I) would shift the places: such a text is read as it is.
  if (lower.length !== text.length) return null;
  for (const label of vocab.labels.agenda ?? []) {
    for (let labelAt = lower.indexOf(label); labelAt >= 0; labelAt = lower.indexOf(label, labelAt + 1)) {
      if (labelAt > 0 && /[\p{L}\p{N}]/u.test(text.charAt(labelAt - 1))) continue;
      const from = afterHeads(lower, labelAt + label.length, vocab.contentsColumns);
      if (from === null) continue;
      const starts = countedStarts(text, from);
      if (starts.length >= 2) return { label: text.slice(labelAt, labelAt + label.length), labelAt, starts };
    }
  }
  return null;
}

/** Where the first item starts after a label: past one head of a column or more, each after one blank (`Otsikko Sivu`), and the blank before a digit; null where no head or no number follows. */
function afterHeads(lower: string, at: number, heads: readonly string[]): number | null {
  let pos = at;
  let count = 0;
  for (let found = true; found && count < 8; ) {
    found = false;
    for (const head of heads) {
      if (lower.charCodeAt(pos) === 0x20 && lower.startsWith(head, pos + 1) && lower.charCodeAt(pos + 1 + head.length) === 0x20) {
        pos += 1 + head.length;
        count++;
        found = true;
        break;
      }
    }
  }
  return count > 0 && /^ \d/u.test(lower.slice(pos, pos + 2)) ? pos + 1 : null;
}

/** The numbers that open items from a place on: the first right there, each next one or two more than the one before (a number lost), within a title's reach of it. */
function countedStarts(text: string, from: number): ItemStart[] {
  const starts: ItemStart[] = [];
  // The first number stands right at the place, or there is no table: no search on through the text for it.
  CONTENTS_FIRST.lastIndex = from;
  if (!CONTENTS_FIRST.test(text)) return starts;
  CONTENTS_NUMBER.lastIndex = from;
  for (let n = CONTENTS_NUMBER.exec(text); n !== null; n = CONTENTS_NUMBER.exec(text)) {
    const start = { at: n.index, textAt: n.index + n[0].length, number: Number(n[1]) };
    const last = starts.at(-1);
    if (last === undefined && start.at !== from) break;
    // A title of contents is a line's worth: an item further on than that is no longer the table's.
    if (last !== undefined && start.at - last.at > CONTENTS_TITLE) break;
    if (last !== undefined && (start.number <= last.number || start.number > last.number + 2)) continue;
    starts.push(start);
  }
  return starts;
}

/** The number of an item of a table of contents: one to three digits after a blank, then a blank and a word in capital and lower case (as `BARE_NUMBER`). */
const CONTENTS_NUMBER = /(?<=\s)(\d{1,3}) (?=\p{Lu}\p{Ll})/gu;

/** `CONTENTS_NUMBER` right at a place (sticky). */
const CONTENTS_FIRST = /(\d{1,3}) (?=\p{Lu}\p{Ll})/uy;

/** The farthest one item of a table of contents starts after the one before: its title and page, and a number lost between them. */
const CONTENTS_TITLE = 600;

/**
 * A numbered item of the first level that runs on over a page flattened from a PDF (`1. Opening
 * De voorzitter opent ... 2. Mededelingen Er zijn ...`): the page's first item stood at the start
 * of a line, so the text reads as one list item that holds the items after it. Such an item is cut
 * as a flattened paragraph is, its own number starting the count.
 */
function isRunOnItem(line: Line): boolean {
  return line.kind === 'listItem' && line.itemStart && line.listDepth === 1 && line.quoteDepth === 0 && line.ordinal !== null && line.text.length >= RUN_ON;
}

/**
 * One item cut from a flattened line: its title as a numbered list item, the notes after the title a
 * paragraph under it. An item written as the sentence that records what was done (`5 Mötet ansågs
 * behörigt utlyst.`) keeps its full stop, as a numbered minute typed on its own line does: it is a
 * minute, not a topic's name.
 */
function pushItem(out: Line[], line: Line, segment: string, at: number, number: number, block: number, capsOnly: boolean, words: SentenceWords, nextBlock: () => number): void {
  const caps = capsTitle(segment, capsOnly ? 1 : 2);
  const read = caps ? { end: capsTitleLength(segment), minute: false } : titleLength(segment, words);
  const cut = segment.slice(0, read.end).trim();
  const title = read.minute && /[^.]\.$/u.test(cut) ? cut : cut.replace(/[.:]$/u, '');
  const titleEnd = read.end;
  const item = piece(line, title, at, 'listItem', block);
  out.push({ ...item, itemStart: true, ordinal: number });
  const notes = segment.slice(titleEnd).trim();
  if (notes !== '') out.push(piece(line, notes, at + segment.indexOf(notes, titleEnd), 'paragraph', nextBlock()));
}

/** Whether a plain paragraph of a sentence-case language holds a run of marked items (`markedStarts`); a paragraph with no `§` and no digit after a blank is passed over unread. */
function hasMarkedRun(lines: readonly Line[], capsOnly: boolean, vocab: Vocabulary): boolean {
  if (capsOnly) return false;
  return lines.some((l) => l.kind === 'paragraph' && l.listDepth === 0 && l.quoteDepth === 0 && (l.text.includes('§') || /\s\d/u.test(l.text)) && markedStarts(l.text, vocab, null).length > 0);
}

/**
 * One item of a run of marks cut from a flattened paragraph: its mark and title as a list item
 * written as the minutes type it (`1.2 Val av justerare`, `§ 4 Ekonomi`), the number read from the
 * mark as on a line of its own; the notes after the title a paragraph under it.
 */
function pushMarked(out: Line[], line: Line, mark: MarkedStart, end: number, words: SentenceWords, nextBlock: () => number): void {
  const segment = line.text.slice(mark.textAt, end);
  const read = oneWordTitle(segment, titleLength(segment, words));
  const cut = segment.slice(0, read.end).trimEnd();
  const title = read.minute && /[^.]\.$/u.test(cut) ? cut : cut.replace(/[.:]$/u, '');
  out.push({ ...piece(line, line.text.slice(mark.at, mark.textAt) + title, mark.at, 'listItem', nextBlock()), itemStart: true });
  const notes = segment.slice(read.end).trim();
  if (notes !== '') out.push(piece(line, notes, mark.textAt + segment.indexOf(notes, read.end), 'paragraph', nextBlock()));
}

/**
 * A title of one word before a sentence (`Dagordning | Dagordningen godkändes.`, `Opening | De
 * voorzitter opent de vergadering.`): where headings are in sentence case a title's second word is
 * in lower case unless it is a name, so a capital right after a plain first word, in a first
 * sentence that ends with a stop, starts that sentence. A first word with a mark after it
 * (`Rapport, Kansliet`, `Beslut: Nytt tak`) keeps the title read.
 */
function oneWordTitle(segment: string, read: { end: number; minute: boolean }): { end: number; minute: boolean } {
  const two = /^(\p{L}+) (?=\p{Lu}\p{Ll})/u.exec(segment);
  if (two === null || read.end <= two[0].length || !/[.!?]$/u.test(segment.slice(0, read.end))) return read;
  return { end: (two[1] as string).length, minute: false };
}

interface ItemStart {
  /** Where the item starts: its number, or its title where the title stands before the number. */
  at: number;
  /** Where the item's text starts, after the number and its stop (after the title too, when the title is known). */
  textAt: number;
  number: number;
  /** The title, when it is read from its capitals beside a section mark rather than cut from the text after the number. */
  title?: { text: string; at: number };
}

/** The items of a flattened line: its numbered points, or else (in sentence-case languages) its sections (`KH § 117`, `KN 176`). */
function startsOf(text: string, capsOnly: boolean, carry: number): ItemStart[] {
  const points = itemStarts(text, capsOnly, carry);
  return points.length >= (carry > 0 ? 1 : 2) || capsOnly ? points : sectionStarts(text);
}

/**
 * A section mark of a council's or a board's minutes: `§ 12`, `12 §`, either after the body's
 * abbreviation (`KH § 117`, `Tekla 53 §`), or the abbreviation and the number alone (`KN 176`), or
 * the number alone, its `§` lost in the flattening (`109 KOKOUKSEN LAILLISUUS`, `164. LAILLISUUS JA
 * VALTAISUUS`). A mark followed by `:` is a reference to a section of a law (`58 §:n mukaan`), not an item.
 */
const SECTION_MARK = /(?<![\p{L}\p{N}])(?:(\p{Lu}[\p{L}]{0,5}) )?(?:§ ?(\d{1,3})|(\d{1,3}) ?§|(\d{1,3})\.?)(?![\p{L}\p{N}§:])/gu;

/** A word of a title written in capitals: a capital, and no letter in lower case (`PÄÄTÖSVALTAISUUS`, `KY:N`, `JA`). */
function sectionCapsWord(word: string): boolean {
  return CAPS_WORD.test(word) && /\p{Lu}/u.test(word);
}

/**
 * The sections of a council's or a parish board's page flattened from a PDF, where each item is
 * headed by its section mark and a title in capitals, the two side by side in the page's two
 * columns and so in either order in the text (`KN 176 KOKOUKSEN AVAUS Puheenjohtaja avasi ...`,
 * `PÖYTÄKIRJAN TARKASTAJIEN VALINTA KH § 118 Kunnanhallituksen ...`). A mark is an item only with a
 * title in capitals beside it; a bare abbreviation and number counts only when the same abbreviation
 * heads two marks or more (a body marks all its sections alike). The marks kept are the longest run
 * whose numbers go on the count (each one or two after the one before: sections are numbered through
 * the year, so the first need not be 1); fewer than two is no page of sections. Where no such run is
 * found, a number that lost its `§` (no abbreviation of a body before it, `109 KOKOUKSEN LAILLISUUS`,
 * `164. LAILLISUUS JA VALTAISUUS`) is a mark with its title in capitals right after it, in a run of
 * its own kind; a number with no stop right after a title in capitals is the page of a table of
 * contents (`KOKOUKSEN AVAUS 3 PÖYTÄKIRJAN TARKASTAJIEN VALINTA 4`), no mark.
 */
function sectionStarts(text: string): ItemStart[] {
  const marks: { at: number; end: number; number: number; abbr: string | undefined; bare: boolean }[] = [];
  const lost: { at: number; end: number; number: number }[] = [];
  for (const m of text.matchAll(SECTION_MARK)) {
    const abbr = m[1];
    const bare = m[4] !== undefined;
    if (bare && (abbr === undefined || !/^\p{Lu}{2,5}$/u.test(abbr))) {
      // the mark starts at its number: a word before it (`Asia 164.`) is no body's abbreviation
      const end = m.index + m[0].length;
      if (lost.length <= 2000 && lostMark(text, m)) lost.push({ at: end - (m[4] as string).length - (m[0].endsWith('.') ? 1 : 0), end, number: Number(m[4]) });
      continue;
    }
    marks.push({ at: m.index, end: m.index + m[0].length, number: Number(m[2] ?? m[3] ?? m[4]), abbr, bare });
    if (marks.length > 2000) break;
  }
  const abbrCount = new Map<string, number>();
  for (const mark of marks) if (mark.bare && mark.abbr !== undefined) abbrCount.set(mark.abbr, (abbrCount.get(mark.abbr) ?? 0) + 1);
  const titled: (ItemStart & { title: { text: string; at: number } })[] = [];
  for (const mark of marks) {
    if (mark.bare && (abbrCount.get(mark.abbr as string) ?? 0) < 2) continue;
    const after = capsAfter(text, mark.end);
    const before = after === null ? capsBefore(text, mark.at) : null;
    const title = after ?? before;
    if (title === null) continue;
    titled.push(after !== null
      ? { at: mark.at, textAt: title.at + title.text.length, number: mark.number, title }
      : { at: title.at, textAt: mark.end, number: mark.number, title });
  }
  const marked = longestCount(titled);
  if (marked.length >= 2) return marked;
  const bareTitled: (ItemStart & { title: { text: string; at: number } })[] = [];
  for (const mark of lost) {
    const title = capsAfter(text, mark.end);
    if (title !== null) bareTitled.push({ at: mark.at, textAt: title.at + title.text.length, number: mark.number, title });
  }
  const counted = longestCount(bareTitled);
  return counted.length >= 2 ? counted : [];
}

/**
 * Whether a number standing alone may be a section mark whose `§` was lost: a title in capitals
 * follows it, and, without a stop after it, no word in capitals stands right before it (there it
 * is the page of a table of contents).
 */
function lostMark(text: string, m: RegExpMatchArray): boolean {
  const end = (m.index as number) + m[0].length;
  if (capsAfter(text, end) === null) return false;
  if (m[0].endsWith('.')) return true;
  // the word right before the number: back over the blanks, then over the word (a few characters each at most)
  let to = end - (m[4] as string).length;
  while (to > 0 && end - to < 64 && /\s/u.test(text.charAt(to - 1))) to--;
  let from = to;
  while (from > 0 && to - from < 64 && !/\s/u.test(text.charAt(from - 1))) from--;
  const before = text.slice(from, to);
  return before === '' || !(sectionCapsWord(before) && /\p{L}/u.test(before));
}

/** The longest run of starts going on the count, each one or two after the one before: for each start, the run ending at it. */
function longestCount<T extends ItemStart>(titled: readonly T[]): T[] {
  const runEnding = new Map<number, number[]>();
  let best: number[] = [];
  titled.forEach((start, k) => {
    const before = runEnding.get(start.number - 1) ?? runEnding.get(start.number - 2) ?? [];
    const run = [...before.filter((j) => (titled[j] as ItemStart).at < start.at), k];
    runEnding.set(start.number, run);
    if (run.length > best.length) best = run;
  });
  return best.map((k) => titled[k] as T);
}

/** The longest word `capsAfter` reads: a longer run with no blank (a hostile line) ends the reading there. */
const LONGEST_WORD = 80;

/** The words in capitals right after a place (`KOKOUKSEN AVAUS` of `KN 176 KOKOUKSEN AVAUS Puheenjohtaja`). */
function capsAfter(text: string, from: number): { text: string; at: number } | null {
  const words: { word: string; at: number }[] = [];
  const blank = (k: number): boolean => /\s/u.test(text.charAt(k));
  let k = from;
  while (words.length < 24) {
    while (k < text.length && blank(k)) k++;
    const at = k;
    while (k < text.length && k - at <= LONGEST_WORD && !blank(k)) k++;
    if (k === at || k - at > LONGEST_WORD) break;
    const word = text.slice(at, k);
    if (!sectionCapsWord(word)) break;
    words.push({ word, at });
  }
  return sectionTitle(text, words);
}

/** The words in capitals right before a place (`PÄÄTÖSVALTAISUUS` of `... JA PÄÄTÖSVALTAISUUS KH § 117`), back to a word in lower case or a number. */
function capsBefore(text: string, to: number): { text: string; at: number } | null {
  const head = text.slice(Math.max(0, to - 400), to);
  const offset = Math.max(0, to - 400);
  const found = [...head.matchAll(/\S+/gu)];
  // a body's abbreviation before the mark (`KH § 117`) is the mark's, not the title's
  const words: { word: string; at: number }[] = [];
  for (let k = found.length - 1; k >= 0; k--) {
    const m = found[k] as RegExpMatchArray;
    if (!sectionCapsWord(m[0]) || !/\p{L}/u.test(m[0]) || words.length >= 24) break;
    words.unshift({ word: m[0], at: offset + (m.index as number) });
  }
  return sectionTitle(text, words);
}

/** A title of two words or more in capitals, or one long word (`ILMOITUSASIAT`); a lone abbreviation (`SM`) is none. */
function sectionTitle(text: string, words: readonly { word: string; at: number }[]): { text: string; at: number } | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  const letters = words.reduce((n, w) => n + (w.word.match(/\p{L}/gu)?.length ?? 0), 0);
  if (letters < 6) return null;
  return { text: text.slice(first.at, last.at + last.word.length).replace(/[.:]$/u, ''), at: first.at };
}

/**
 * The numbers inside a text that open its items, each going on the count before it (from `carry`,
 * the number of the item before the text) or starting it again at 1; in sentence-case languages,
 * where fewer numbers with a stop are found, the numbers without one (`bareStarts`).
 */
function itemStarts(text: string, capsOnly: boolean, carry: number): ItemStart[] {
  const stopped = stoppedStarts(text, capsOnly, carry);
  if (capsOnly) return stopped;
  if (carry === 0) return stopped.length >= 2 ? stopped : bareStarts(text, carry);
  // Going on a page's count, the numbers that go on it further win: a stop after a count in the notes
  // (`slutar som stallvärdinna v 5. Lektionsstall ...`) must not pass over the items `4 ...`, `5 ...`, `6 ...` without one.
  const bare = stopped.length >= 2 ? [] : bareStarts(text, carry);
  return bare.length > stopped.length ? bare : stopped;
}

/**
 * The numbers with a stop inside a text that open its items, each going on the count before it (from
 * `from`; at most `gap` further) or starting it again at 1. Where headings capitalise every main word
 * (`capsOnly`: English, German) only an item whose title is written in capitals counts (`3. MATTERS
 * ARISING The clerk ...`), as only there the title's end can be seen.
 */
function stoppedStarts(text: string, capsOnly: boolean, from = 0, gap = 2): ItemStart[] {
  const found: ItemStart[] = [];
  for (const m of text.matchAll(INLINE_NUMBER)) {
    const textAt = m.index + m[0].length;
    if (capsOnly && !capsTitle(text.slice(textAt, textAt + 80), 1)) continue;
    found.push({ at: m.index, textAt, number: Number(m[1]) });
  }
  const out: ItemStart[] = [];
  let last = from;
  for (const start of found) {
    const number = start.number;
    if (number !== 1 && (last === 0 || number <= last || number > last + gap)) continue;
    out.push(start);
    last = number;
  }
  return out;
}

/**
 * The numbers without a stop that open items: a number is an item only in a run of at least two
 * numbers each one more than the one before, from 1 or from the count of the page before (`1
 * Mötets öppnande ... 2 Fastställande av dagordning`), so that an amount or a count before a
 * capital (`och 12 Frågor återstår`) stays text. A 1 opens a run; any other number goes on an open run or is text.
 * Of two runs that start at the same number only the later is kept: the earlier was a list given before
 * the items (the attachments, `Bilagor 1 Kallelse 2 Budget ... 1 Mötets öppnande`, or the agenda).
 */
function bareStarts(text: string, carry: number): ItemStart[] {
  // The count of the page before, as a run with no item of its own on this page.
  const carried: ItemStart[] = carry > 0 ? [{ at: -1, textAt: -1, number: carry }] : [];
  const runs: ItemStart[][] = carry > 0 ? [carried] : [];
  // Each open run by the number that goes on with it: one look-up a number, whatever the line's length.
  const open = new Map<number, ItemStart[]>(carry > 0 ? [[carry + 1, carried]] : []);
  for (const m of text.matchAll(BARE_NUMBER)) {
    const start = { at: m.index, textAt: m.index + m[0].length, number: Number(m[1]) };
    let run = open.get(start.number);
    if (run === undefined && start.number === 1) runs.push((run = []));
    if (run === undefined) continue;
    run.push(start);
    open.delete(start.number);
    open.set(start.number + 1, run);
  }
  const counted = runs.filter((r) => r.length >= 2);
  // Of the runs from 1, the last: an earlier one was a list given before the items.
  const last = counted.filter((r) => r !== carried).at(-1);
  const kept = [...(counted.includes(carried) ? [carried] : []), ...(last ? [last] : [])];
  return kept.flat().filter((start) => start.at >= 0).sort((a, b) => a.at - b.at);
}

/**
 * The items inside a run-on item after its own number: each the next number (a number in its text,
 * `gezang 9 : 1, 2 en 3. De voorzitter`, must not pass over the item that follows), a lost number
 * allowed only where no item follows in strict order.
 */
function runOnStarts(text: string, own: number, capsOnly: boolean): ItemStart[] {
  const strict = stoppedStarts(text, capsOnly, own, 1);
  return strict.length > 0 ? strict : stoppedStarts(text, capsOnly, own);
}

/**
 * Whether a segment opens with a title in capitals: its first `words` words in capitals, the first
 * of two capitals or more. Where headings are in sentence case two such words are wanted, as an
 * abbreviation may open a title written in lower case (`ATK hankinnat`).
 */
function capsTitle(segment: string, words: 1 | 2): boolean {
  const first = /^(\S+)(?:\s+(\S+))?/u.exec(segment);
  if (first === null || !CAPS_FIRST.test((first[1] ?? '').replace(/[,.:;]$/u, ''))) return false;
  return words === 1 || (first[2] !== undefined && CAPS_WORD.test(first[2]));
}

/**
 * How much of an item's text is a title in capitals: its words up to the first with a lower-case
 * letter (`APOLOGIES FOR ABSENCE | Cllr. Ann Lee`), or up to a label in capitals after the first
 * word (`MINUTES OF THE LAST MEETING | RESOLVED: The minutes ...`).
 */
function capsTitleLength(segment: string): number {
  let end = 0;
  let words = 0;
  for (const m of segment.matchAll(WORD)) {
    const word = m[0];
    if (!CAPS_WORD.test(word) || (words > 0 && word.endsWith(':'))) return end;
    end = m.index + word.length;
    words++;
  }
  return end;
}

/** The words that tell a sentence from a title, folded: the language's words for `and` (`och`, `samt`) and its words of deciding (`valdes`, `godkändes`). */
interface SentenceWords {
  glue: ReadonlySet<string>;
  acts: ReadonlySet<string>;
}

/** How many words into an item a word of deciding makes it a minute: the verb of its main clause. */
const NEAR_ACT = 4;

const sentenceWords = oncePer((vocab: Vocabulary): SentenceWords => ({
  glue: new Set(vocab.and.map(fold)),
  acts: new Set(vocab.decisionCues.filter((cue) => !/[\s:]/u.test(cue)).map((cue) => fold(cue.replace(/\*$/u, '')))),
}));

/**
 * How much of an item's text is its title: the words up to the first capital that follows a word
 * in lower case or a number (`Avustusten myöntämis- ja maksatushakemukset | Varajäsen Eränkö-Pohjanraito
 * saapui ...`), or up to the end of the first sentence, or all of it. A title ends on no `and`
 * (`Janne Söderberg och | Sven-Håkan Lundevall valdes ...`), and holds no
 * word of deciding among its first words (`Tony Herteby valdes till justeringsman ...`): there the item
 * is a sentence, and the capital inside it a name's.
 */
function titleLength(segment: string, words: SentenceWords): { end: number; minute: boolean } {
  let lowerBefore = false;
  let sentence = false;
  let last = '';
  let count = 0;
  for (const m of segment.matchAll(WORD)) {
    const word = m[0];
    if (lowerBefore && /^\p{Lu}/u.test(word) && !sentence && !words.glue.has(last)) return { end: m.index, minute: false };
    last = fold(word);
    // The word of deciding stands among a minute's first words, as its verb (`Tony Herteby valdes ...`), not far into a report.
    // A word before a colon is a label (`Beslut: Nytt tak`), not a verb.
    if (count++ < NEAR_ACT && !word.endsWith(':') && words.acts.has(last.replace(/[,;:.]$/u, ''))) sentence = true;
    if (/[.!?]$/u.test(word) && !/^\d/u.test(word)) return { end: m.index + word.length, minute: sentence };
    // A year or a count closes a title as a word in lower case does (`Begroting 2025 | De penningmeester ...`).
    lowerBefore = /^(?:\p{Ll}|\d+\.?$)/u.test(word) && !/[,:;]$/u.test(word);
  }
  return { end: segment.length, minute: false };
}

/** A part of a flattened line as a line of its own, placed where it stands in the original line when that line is one line of the file. */
function piece(line: Line, text: string, at: number, kind: 'paragraph' | 'listItem', block: number): Line {
  const oneLine = line.start.line === line.end.line;
  const start = oneLine ? { line: line.start.line, column: line.start.column + at } : line.start;
  const end = oneLine ? { line: line.start.line, column: line.start.column + at + text.length } : line.end;
  return { ...line, text, kind, start, end, block, parentItem: -1, itemStart: false, ordinal: null, lead: null, bold: false, listDepth: kind === 'listItem' ? 1 : 0 };
}
