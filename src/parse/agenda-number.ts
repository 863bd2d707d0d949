import { fold, indexOfWord } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** The number an agenda item line starts with, and the title after it. */
export interface ItemNumber {
  /** Digits as written (`3`, `3.2`; `§ 5` gives `5`, a roman `IV` gives `4`), a letter as written (`A`, from `readItemLetter`), or null for a marker without one (`Agenda Item: Misc`). */
  number: string | null;
  /**
   * The title without the item's mark: its marker word, number and the separator after them
   * (`TOP 3 – Kasse`, `Ad 1. Opening`, `IV. Closing` give `Kasse`, `Opening`, `Closing`), as a
   * reader wants the item named; `number` holds the number.
   */
  title: string;
  /** Whether a marker word (`TOP`, `Item`, `Kohta`) or `§` stood before the number. */
  marked: boolean;
  /** Whether a dot, parenthesis or colon closed the number (`3.`, `3)`), not only a blank. */
  closed: boolean;
  /** A case or file reference written beside the number instead of a title (`Dnr BUN 2025/88`), or null. */
  reference?: string;
}

/**
 * A number with its closing mark: `3`, `3.2`, `§ 5`, `5 §`, then `.`, `)`, `:` or both a dot and a parenthesis
 * (`3.)`, as German and Austrian documents number their points). A dot or parenthesis
 * may touch the capital that opens the title (`2.Laillisuuden toteaminen`, `1.APOLOGIES FOR ABSENCE`), as hasty typing leaves it.
 */
const NUMBER = /^(?:§\s*)?(\d{1,3}(?:\.\d{1,3}){0,3})(\s*§)?(\.\)|[.):]|)(?=\s|$|[-–—]|(?<=[.)])\p{Lu}[\p{Ll}\p{Lu}])/u;

/**
 * A minute reference, as English councils and trustees number their minutes by year and sequence
 * (`24/31`, `25/071`, with a committee's letters before them: `PE/25/061`), or by sequence and year
 * with the letters glued on (`C048/23`): as distinctive as `§`. A date (`24/05/2024`) is none: a
 * third number follows. Nor is a ratio (`50/50 draw`): its halves are the same.
 */
const MINUTE_REFERENCE = /^((?:\p{Lu}{1,4}\/)?\p{Lu}{0,3}\d{2,3}\/\d{2,4})[.:]?(?=\s+\S)/u;

/**
 * A section numbered through the year, the year after a slash (`§ 63/20`, `§ 7/2024`), as Swedish
 * municipal committees and church councils number their paragraphs: the number before the slash
 * is the item's.
 */
const SECTION_OF_YEAR = /^§\s*(\d{1,3})\/(?:\d{2}|\d{4})[.:]?(?=\s|$)/u;

/**
 * A minute numbered by its place in the council's year, the year after a dash (`1-07/08`, `12–2024/25`,
 * `3-0607/8`), as English parish councils write it: the number before the dash is the item's. A
 * date (`1-05/06/2020`) is none: a third number follows.
 */
const SEQUENCE_OF_YEAR = /^(\d{1,3})[-–]\d{2,4}\/\d{1,4}(?=\s)/u;

/** Whether a reference is a ratio written like one (`50/50`, `25/25`), not a minute's number. */
function isRatio(reference: string): boolean {
  const [first, second] = reference.split('/');
  return first === second;
}

/** The last number of a range of items after the first (`-13`, `–5.`), before the title's separator. */
const THROUGH = /^\s?[-–—]\s?(\d{1,3})\.?(?=[\s:])/u;

/** A lower-case letter and its closing mark after an item's number and a blank (`4 b) `, `4 a. `): a sub-item's mark. */
const SUB_LETTER = /^\s[a-z][.)](?=\s)/u;

/** A roman numeral closed by a dot or parenthesis (`IV.`, `II)`). */
const ROMAN = /^([IVXL]{1,6})[.)](?=\s)/u;

/** Separators between a number and its title: blanks, dashes, colons. */
/**
 * The mark of a sub-item a word processor's outline sets under a numbered item, at the start of a
 * line of that item's body: a lower-case letter or roman numeral before a stop and a blank (`a. `,
 * `b) `, `iv. `; not `e.g.`, nor an abbreviation of two letters wrapped to a line's start, `z. B.`,
 * `d. h.`), or a dash or dot glued to the word it marks (`-second: Bo Chen`, `·Done`).
 */
export const SUB_ITEM_MARK = /^(?:(?:[a-z]|[ivx]{2,4})[.)]\s+(?!\p{L}\.)|[-·•](?=\p{L}))/u;

const SEPARATOR = /^[\s:–—-]+/u;

/** The markers of several vocabularies, longest first, made once per list of vocabularies. */
const markersOf = oncePer((vocabs: readonly Vocabulary[]): string[] => [...new Set(vocabs.flatMap((v) => v.agendaMarkers.map((m) => fold(m))))].sort((a, b) => b.length - a.length));

/**
 * Read the number an agenda line starts with: `3. Title`, `3) Title`, `§ 5 Title`, `5 § Title`,
 * `TOP 3 - Title`, `Item 2: Title`, `Agenda Item #4: Title`, `IV. Title`, or a marker without a
 * number before a colon (`Agenda Item: Title`). Null when the line starts otherwise, or when the
 * number is a day before a month name (`17 November 2021`).
 */
export function readItemNumber(text: string, vocabs: readonly Vocabulary[]): ItemNumber | null {
  const marker = leadingMarker(text, vocabs);
  let rest = marker === 0 ? text : text.slice(marker).replace(/^\s*(?:#|nr\.?|no\.?)?\s*/iu, '');
  if (marker > 0 && rest.startsWith(':')) return { number: null, title: rest.replace(SEPARATOR, ''), marked: true, closed: true };
  const roman = ROMAN.exec(rest) ?? (marker > 0 ? /^([IVXL]{1,6})(?=[\s:.)]|$)/u.exec(rest) : null);
  if (roman) {
    const value = romanValue(roman[1] ?? '');
    if (value === null) return null;
    return { number: String(value), title: rest.slice(roman[0].length).replace(/^[.)]/u, '').replace(SEPARATOR, ''), marked: marker > 0, closed: true };
  }
  const minute = marker === 0 ? MINUTE_REFERENCE.exec(rest) : null;
  if (minute && !isRatio(minute[1] ?? '')) {
    const title = rest.slice(minute[0].length).replace(SEPARATOR, '');
    // `C048/23   1.   APOLOGIES`: the agenda's own number after the minute's; the minute reference is the item's reference.
    const own = NUMBER.exec(title);
    if (own && (own[3] ?? '') !== '' && own[2] === undefined) {
      const after = title.slice(own[0].length).replace(SEPARATOR, '');
      return { number: own[1] ?? null, title: after, marked: true, closed: true, reference: minute[1] ?? '' };
    }
    return { number: minute[1] ?? null, title, marked: true, closed: true };
  }
  const ofYear = marker === 0 ? SECTION_OF_YEAR.exec(rest) : null;
  if (ofYear) {
    const title = rest.slice(ofYear[0].length).replace(SEPARATOR, '');
    return { number: ofYear[1] ?? null, title, marked: true, closed: true };
  }
  const sequence = marker === 0 ? SEQUENCE_OF_YEAR.exec(rest) : null;
  if (sequence) {
    const title = rest.slice(sequence[0].length).replace(SEPARATOR, '');
    return { number: sequence[1] ?? null, title, marked: true, closed: true };
  }
  const match = NUMBER.exec(rest);
  if (!match) return null;
  rest = rest.slice(match[0].length);
  // `TOP 4 b) Spenden`, `4 a. Dach`: a letter after the number marks a sub-item of item 4, as `4a.` does, not a second item 4.
  if ((match[3] ?? '') === '' && SUB_LETTER.test(rest)) return null;
  // `TOP 8-13: Wahl der Ausschüsse`, `3.–5. Wahlen`: items taken together under one title are numbered by the first.
  const through = THROUGH.exec(rest);
  if (through && !(match[1] ?? '').includes('.') && Number(through[1]) > Number(match[1])) rest = rest.slice(through[0].length);
  const written = rest.replace(SEPARATOR, '');
  if (startsWithMonth(written, vocabs)) return null;
  // `§ 12   Dnr 2024/15`: a case reference beside the number, with the title on the next line.
  const reference = isCaseReference(written, vocabs) ? written.trim() : null;
  const title = reference === null ? written : '';
  const section = text.startsWith('§') || match[2] !== undefined;
  const read: ItemNumber = { number: match[1] ?? null, title, marked: marker > 0 || section, closed: (match[3] ?? '') !== '' || section || /^\s*[-–—:]/u.test(rest) };
  return reference === null ? read : { ...read, reference };
}

/**
 * A letter as an item's mark (`A. Opening`, `b) Reports`): a letter closed by a dot or parenthesis
 * before a capitalised title. The letter as written is its number; null for other lines. Callers
 * read letters only where the document's structure wants them (no numbered items beside them),
 * as a lettered list under a numbered item is that item's sub-items.
 */
export function readItemLetter(text: string): ItemNumber | null {
  const match = LETTER.exec(text);
  if (!match) return null;
  const title = text.slice(match[0].length).trim();
  return { number: match[1] ?? null, title, marked: false, closed: true };
}

/** The place of a letter in the alphabet (`a`, `A` give 1), the rank of a lettered item. */
export function letterRank(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

/** A letter and its closing mark before a capitalised title. */
const LETTER = /^([A-Za-z])[.)]\s+(?=\p{Lu})/u;

/**
 * Whether a text is only a case or file reference (`Dnr KS 2024/15`, `Az. 12-3`): its word, then a
 * code with a digit and no word in lower case (`Reference group 2024` is a title).
 */
export function isCaseReference(text: string, vocabs: readonly Vocabulary[]): boolean {
  if (text.length > 48 || !/\d/.test(text)) return false;
  const head = fold(text);
  const word = referencesOf(vocabs).find((w) => head.startsWith(w) && /^[\s:.]/u.test(head.charAt(w.length)));
  return word !== undefined && !/\p{Ll}{3}/u.test(text.slice(word.length));
}

const referencesOf = oncePer((vocabs: readonly Vocabulary[]): string[] => [...new Set(vocabs.flatMap((v) => v.caseReferences.map((word) => fold(word))))]);

/** The length of a marker word the text starts with (`TOP`, `Agenda item`), or 0. */
function leadingMarker(text: string, vocabs: readonly Vocabulary[]): number {
  const head = fold(text.slice(0, 40));
  for (const marker of markersOf(vocabs)) {
    if (!head.startsWith(marker)) continue;
    const next = head.charAt(marker.length);
    if (/^[\s#\d:]$/u.test(next) || (/^[ivxl]$/u.test(next) && marker.length > 3)) return marker.length;
  }
  return 0;
}

/** Whether the text starts with a month name (`November 2021`): the number before it was a day. */
function startsWithMonth(text: string, vocabs: readonly Vocabulary[]): boolean {
  const word = /^\p{L}+/u.exec(text)?.[0];
  if (!word || word.length < 3) return false;
  const lower = word.toLowerCase();
  return vocabs.some((v) => indexOfWord(lower, v.months) >= 0);
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a well-formed roman numeral up to 89, or null (`IIII`, `VX`). */
export function romanValue(text: string): number | null {
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text.charAt(i)] ?? 0;
    const next = ROMAN_VALUES[text.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && toRoman(total) === text ? total : null;
}

function toRoman(value: number): string {
  const parts: [number, string][] = [[50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let left = value;
  for (const [size, mark] of parts) {
    while (left >= size) {
      out += mark;
      left -= size;
    }
  }
  return out;
}
