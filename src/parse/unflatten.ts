import type { Vocabulary } from '../lang/types.js';
import type { Line } from './types.js';

/**
 * A paragraph this long is a page flattened from a PDF or a word processor (`... Läsnä: ... 1.
 * Kokouksen avaus Puheenjohtaja avasi kokouksen ... 2. Laillisuus ...`), not a paragraph a writer
 * wrote: only such a line is cut into items.
 */
const RUN_ON = 400;

/** The number of an item inside a line: after a blank, one or two digits and a stop, a blank and a capital (`1. Kokouksen avaus`). */
const INLINE_NUMBER = /(?<=\s)(\d{1,2})\. (?=\p{Lu})/gu;

/** A word of a title: its text and where it starts in the segment. */
const WORD = /\S+/gu;

/**
 * Cut each paragraph flattened from a page into the lines a writer would have typed: the text
 * before the first item stays a paragraph (the header's fields, read as they are read in a run-on
 * line), each item becomes a numbered list item holding its title, and the notes after the title
 * a paragraph under it. An item is a number inside the line that goes on the count of the one before
 * (`1.` … `2.` … `4.`, one number lost where a time was cut out of the text), or starts it again at
 * `1.` (a list of the items before the items themselves, `Asialista 1. Avaus 2. ... 1. Avaus Puheenjohtaja
 * avasi ...`); a line with fewer than two such numbers is left whole. Only for languages whose
 * headings capitalise their first word and proper nouns alone (`headingsInSentenceCase`): there a
 * title ends where a capital follows a word in lower case (`Kokouksen avaus | Puheenjohtaja avasi`).
 */
export function unflatten(lines: readonly Line[], vocab: Vocabulary): Line[] {
  if (!vocab.headingsInSentenceCase || !lines.some((l) => l.kind === 'paragraph' && l.text.length >= RUN_ON)) return lines as Line[];
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
  for (const line of lines) {
    const starts = line.kind === 'paragraph' && line.listDepth === 0 && line.quoteDepth === 0 && line.text.length >= RUN_ON ? startsOf(line.text) : [];
    if (starts.length < 2) {
      out.push({ ...line, block: idOf(line.block), parentItem: line.parentItem < 0 ? -1 : idOf(line.parentItem) });
      continue;
    }
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
      const segment = line.text.slice(start.textAt, end);
      const titleEnd = titleLength(segment);
      const title = segment.slice(0, titleEnd).trim().replace(/[.:]$/u, '');
      const item = piece(line, title, start.textAt, 'listItem', next++);
      out.push({ ...item, itemStart: true, ordinal: start.number });
      const notes = segment.slice(titleEnd).trim();
      if (notes !== '') out.push(piece(line, notes, start.textAt + segment.indexOf(notes, titleEnd), 'paragraph', next++));
    });
  }
  return out;
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

/** The items of a flattened line: its numbered points, or else its sections (`KH § 117`, `KN 176`). */
function startsOf(text: string): ItemStart[] {
  const points = itemStarts(text);
  return points.length >= 2 ? points : sectionStarts(text);
}

/**
 * A section mark of a council's or a board's minutes: `§ 12`, `12 §`, either after the body's
 * abbreviation (`KH § 117`, `Tekla 53 §`), or the abbreviation and the number alone (`KN 176`). A
 * mark followed by `:` is a reference to a section of a law (`58 §:n mukaan`), not an item.
 */
const SECTION_MARK = /(?<![\p{L}\p{N}])(?:(\p{Lu}[\p{L}]{0,5}) )?(?:§ ?(\d{1,3})|(\d{1,3}) ?§|(\d{1,3}))(?![\p{L}\p{N}§:])/gu;

/** A word of a title written in capitals: a letter, and no letter in lower case (`PÄÄTÖSVALTAISUUS`, `KY:N`, `JA`). */
const CAPS_WORD = /^(?=\S*\p{Lu})[^\p{Ll}\s]+$/u;

/**
 * The sections of a council's or a parish board's page flattened from a PDF, where each item is
 * headed by its section mark and a title in capitals, the two side by side in the page's two
 * columns and so in either order in the text (`KN 176 KOKOUKSEN AVAUS Puheenjohtaja avasi ...`,
 * `PÖYTÄKIRJAN TARKASTAJIEN VALINTA KH § 118 Kunnanhallituksen ...`). A mark is an item only with a
 * title in capitals beside it; a bare abbreviation and number counts only when the same abbreviation
 * heads two marks or more (a body marks all its sections alike). The marks kept are the longest run
 * whose numbers go on the count (each one or two after the one before: sections are numbered through
 * the year, so the first need not be 1); fewer than two is no page of sections.
 */
function sectionStarts(text: string): ItemStart[] {
  const marks: { at: number; end: number; number: number; abbr: string | undefined; bare: boolean }[] = [];
  for (const m of text.matchAll(SECTION_MARK)) {
    const abbr = m[1];
    const bare = m[4] !== undefined;
    if (bare && (abbr === undefined || !/^\p{Lu}{2,5}$/u.test(abbr))) continue;
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
  // the longest run going on the count: for each mark, the run ending at it
  const runEnding = new Map<number, number[]>();
  let best: number[] = [];
  titled.forEach((start, k) => {
    const before = runEnding.get(start.number - 1) ?? runEnding.get(start.number - 2) ?? [];
    const run = [...before.filter((j) => (titled[j] as ItemStart).at < start.at), k];
    runEnding.set(start.number, run);
    if (run.length > best.length) best = run;
  });
  return best.length >= 2 ? best.map((k) => titled[k] as ItemStart) : [];
}

/** The words in capitals right after a place (`KOKOUKSEN AVAUS` of `KN 176 KOKOUKSEN AVAUS Puheenjohtaja`). */
function capsAfter(text: string, from: number): { text: string; at: number } | null {
  const words: { word: string; at: number }[] = [];
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && CAPS_WORD.test(m[0]) && words.length < 24; m = re.exec(text)) words.push({ word: m[0], at: m.index });
  return capsTitle(text, words);
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
    if (!CAPS_WORD.test(m[0]) || !/\p{L}/u.test(m[0]) || words.length >= 24) break;
    words.unshift({ word: m[0], at: offset + (m.index as number) });
  }
  return capsTitle(text, words);
}

/** A title of two words or more in capitals, or one long word (`ILMOITUSASIAT`); a lone abbreviation (`SM`) is none. */
function capsTitle(text: string, words: readonly { word: string; at: number }[]): { text: string; at: number } | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  const letters = words.reduce((n, w) => n + (w.word.match(/\p{L}/gu)?.length ?? 0), 0);
  if (letters < 6) return null;
  return { text: text.slice(first.at, last.at + last.word.length).replace(/[.:]$/u, ''), at: first.at };
}

/** The numbers inside a text that open its items, each going on the count before it or starting it again at 1. */
function itemStarts(text: string): ItemStart[] {
  const out: ItemStart[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE_NUMBER)) {
    const number = Number(m[1]);
    if (number !== 1 && (last === 0 || number <= last || number > last + 2)) continue;
    out.push({ at: m.index, textAt: m.index + m[0].length, number });
    last = number;
  }
  return out;
}

/**
 * How much of an item's text is its title: the words up to the first capital that follows a word
 * in lower case (`Avustusten myöntämis- ja maksatushakemukset | Varajäsen Eränkö-Pohjanraito
 * saapui ...`), or up to the end of the first sentence, or all of it.
 */
function titleLength(segment: string): number {
  let lowerBefore = false;
  for (const m of segment.matchAll(WORD)) {
    const word = m[0];
    if (lowerBefore && /^\p{Lu}/u.test(word)) return m.index;
    if (/[.!?]$/u.test(word) && !/^\d/u.test(word)) return m.index + word.length;
    lowerBefore = /^\p{Ll}/u.test(word) && !/[,:;]$/u.test(word);
  }
  return segment.length;
}

/** A part of a flattened line as a line of its own, placed where it stands in the original line when that line is one line of the file. */
function piece(line: Line, text: string, at: number, kind: 'paragraph' | 'listItem', block: number): Line {
  const oneLine = line.start.line === line.end.line;
  const start = oneLine ? { line: line.start.line, column: line.start.column + at } : line.start;
  const end = oneLine ? { line: line.start.line, column: line.start.column + at + text.length } : line.end;
  return { ...line, text, kind, start, end, block, parentItem: -1, itemStart: false, ordinal: null, lead: null, bold: false, listDepth: kind === 'listItem' ? 1 : 0 };
}
