import { indexOfWord } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { isoDate } from './calendar.js';

/** A calendar date written in the text, with or without its year. */
export interface DateHit {
  index: number;
  length: number;
  year: number | null;
  month: number;
  day: number;
  /** The weekday written before the date (Monday = 0), or null. */
  weekday: number | null;
  /** A time of day glued to the date ("20230328-0630"), or null. */
  time: string | null;
}

/** Start and end times of day, "HH:MM". */
export interface TimeRange {
  start: string | null;
  end: string | null;
  index: number;
  length: number;
}

const ISO = /(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g;
const STAMP = /(?<!\d)(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(?!\d)/g;
const DOTTED = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.(?:\s?(\d{4}))?(?!\d)/g;
/** `13.03.24`: a dotted date with a two-digit year (day and month of two digits each), not part of a longer dotted number. */
const DOTTED_SHORT = /(?<![\w.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/g;
/**
 * `3/17/2017`, `30/9/24`, `15-03-2024` (a dashed one only with its full year): day and month in an
 * order the numbers or the language settle; `20/10-19`, `3/2-2024`, `26/9 2018`, `25/4 -19`, the
 * Nordic day and month with the year after a dash or a space (a short year only after a dash or an
 * apostrophe), always day first. A dash before the date is a separator unless a digit stands before
 * it (`Meeting -10/17/24`, not `1-3/5/2024`).
 */
const NUMERIC = /(?<![\d/.])(?<!\d-)(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})|-(\d{1,2})-(\d{4})|\/(\d{1,2})(?:-|\s{1,3}(?=(?:19|20)\d{2})|\s{1,3}[-'’])(\d{4}|\d{2}))(?![\d/-]|[.:]\d)/g;
/**
 * `8 November 2019`, `8th of November`, `8. marraskuuta`, and the Swedish ordinal `23:e februari`,
 * `1:a mars`; an English ordinal may take a stop, with or without a space after it (`14th.November`,
 * `14th. November`). A number after a number sign counts meetings, not days (`Meeting #13 February 28,
 * 2018`, `Sitzung №4 am 2. März`): the date is the one after it.
 */
const DAY_MONTH = /(?<![\d.#№])(\d{1,2})(?:(?:st|nd|rd|th)(?:\.\s?|\s)|(?::[ae])?\.?\s)(?:of\s)?(\p{L}+)\.?(?:,?\s(\d{4}))?(?![\p{L}\d])/gu;
const MONTH_DAY = /(?<![\p{L}])(\p{L}+)\.?\s(\d{1,2})(?:st|nd|rd|th)?(?:,?\s(\d{4}))?(?![\d:.]\d|\d)/gu;
/** `13-april-2023`, `5-mrt-2024`: day, month name and full year joined by dashes, as forms and exports write a date. */
const DASHED_NAMED = /(?<![\d.#№-])(\d{1,2})-(\p{L}{3,})\.?-(\d{4})(?![\p{L}\d])/gu;

/** Every date written in a short text, in order: ISO, `8.11.2019`, `15.12.`, `8. marraskuuta 2019`, `November 8, 2019`. */
export function scanDates(text: string, vocabs: readonly Vocabulary[]): DateHit[] {
  const hits: DateHit[] = [];
  // Every pattern below needs a digit: most lines of prose hold none, and seven scans find nothing there.
  if (!hasDigit(text)) return hits;
  const add = (index: number, length: number, year: number | null, month: number, day: number, time: string | null = null): void => {
    if (isoDate(year ?? 2000, month, day) === null) return;
    if (hits.some((h) => index < h.index + h.length && h.index < index + length)) return;
    hits.push({ index, length, year, month, day, weekday: weekdayBefore(text, index, vocabs), time });
  };
  for (const m of text.matchAll(STAMP)) add(m.index, m[0].length, +m[1]!, +m[2]!, +m[3]!, `${m[4]}:${m[5]}`);
  for (const m of text.matchAll(ISO)) add(m.index, m[0].length, +m[1]!, +m[2]!, +m[3]!);
  for (const m of text.matchAll(DOTTED)) {
    if (m[3] || !afterTimeWord(text, m.index, vocabs)) add(m.index, m[0].length, m[3] ? +m[3] : null, +m[2]!, +m[1]!);
  }
  for (const m of text.matchAll(DOTTED_SHORT)) add(m.index, m[0].length, fullYear(+m[3]!), +m[2]!, +m[1]!);
  for (const m of text.matchAll(NUMERIC)) {
    if (m[6] !== undefined) {
      add(m.index, m[0].length, fullYear(+m[7]!), +m[6], +m[1]!);
      continue;
    }
    const order = numericOrder(+m[1]!, +(m[2] ?? m[4])!, vocabs[0]?.code === 'en');
    if (order) add(m.index, m[0].length, fullYear(+(m[3] ?? m[5])!), order.month, order.day);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const month = monthOf(m[2]!, vocabs, true);
    if (month > 0) add(m.index, m[0].length, m[3] ? +m[3] : null, month, +m[1]!);
  }
  for (const m of text.matchAll(DASHED_NAMED)) {
    const month = monthOf(m[2]!, vocabs, true);
    if (month > 0) add(m.index, m[0].length, +m[3]!, month, +m[1]!);
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = monthOf(m[1]!, vocabs, true);
    if (month > 0) add(m.index, m[0].length, m[3] ? +m[3] : null, month, +m[2]!);
  }
  return hits.sort((a, b) => a.index - b.index);
}

/** Whether a text holds an ASCII digit, as `\d` matches one. */
/** Whether a text holds an ASCII digit, which every date `scanDates` reads needs. */
export function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}

/**
 * A range of days in one month written as one date: `12.–13.11.2026`, `12-13.11.2026`,
 * `November 12–13, 2026`, `12–13 November 2026`. The first and the last day as ISO dates, or null.
 */
export function findDayRange(text: string, vocabs: readonly Vocabulary[]): { first: string; last: string; index: number; length: number } | null {
  const dotted = /(?<![\d.])(\d{1,2})\.?\s?[–—-]\s?(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/.exec(text);
  if (dotted) return dayRange(+dotted[4]!, +dotted[3]!, +dotted[1]!, +dotted[2]!, dotted.index, dotted[0].length);
  const named = /(?<![\p{L}\d])(?:(\p{L}+)\.?\s(\d{1,2})\s?[–—-]\s?(\d{1,2})|(\d{1,2})\.?\s?[–—-]\s?(\d{1,2})\.?\s(\p{L}+)),?\s(\d{4})(?!\d)/u.exec(text);
  if (!named) return null;
  const month = monthOf(named[1] ?? named[6] ?? '', vocabs, true);
  if (month === 0) return null;
  return dayRange(+named[7]!, month, +(named[2] ?? named[4])!, +(named[3] ?? named[5])!, named.index, named[0].length);
}

function dayRange(year: number, month: number, from: number, to: number, index: number, length: number): { first: string; last: string; index: number; length: number } | null {
  const first = isoDate(year, month, from);
  const last = isoDate(year, month, to);
  return first && last && to > from && to - from <= 7 ? { first, last, index, length } : null;
}

/** A two-digit year in this century before 70, in the last one from 70 on; a longer one as it is. */
export function fullYear(year: number): number {
  if (year >= 100) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/**
 * Which of two numbers of a numeric date is the month: the one a day cannot be when one of them is
 * above 12, else the first in American English (`3/5/2024` is March 5) and the second elsewhere.
 */
export function numericOrder(first: number, second: number, monthFirst: boolean): { month: number; day: number } | null {
  if (first > 12 && second > 12) return null;
  if (first > 12) return { day: first, month: second };
  if (second > 12) return { month: first, day: second };
  return monthFirst ? { month: first, day: second } : { day: first, month: second };
}

/**
 * The first date with a year in a text, as an ISO date with its hit, or null. A date without its
 * year takes the year the same line writes apart from it (`Tuesday 12 March, 7pm, Hall – 2024`,
 * `12.3. klo 18, vuoden 2024 kolmas kokous`) when the line holds one such date and one such year.
 */
export function findFullDate(text: string, vocabs: readonly Vocabulary[]): { iso: string; hit: DateHit } | null {
  const hits = scanDates(text, vocabs);
  for (const hit of hits) {
    if (hit.year !== null) return { iso: isoDate(hit.year, hit.month, hit.day) as string, hit };
  }
  const year = hits.length === 1 ? yearApart(text) : null;
  const hit = hits[0];
  if (year === null || hit === undefined) return null;
  const iso = isoDate(year, hit.month, hit.day);
  return iso === null ? null : { iso, hit: { ...hit, year } };
}

/**
 * The one year a text writes as a word of its own (`2024`, 1900-2099), not inside a date, a time,
 * a range of numbers or an amount (`€2024`, `2024 €`); null when it writes none or several.
 */
function yearApart(text: string): number | null {
  const years = [...text.matchAll(LONE_YEAR)];
  return years.length === 1 ? +(years[0]?.[1] as string) : null;
}

/** A year as a word of its own: no digit, dot, slash, dash, colon or currency sign beside it. */
const LONE_YEAR = /(?<![\d.,/:€$£-])((?:19|20)\d{2})(?![\d/:%-]|[.,]\d|\s?[€$£])/g;

/** The month (1-12) a word names, or 0. Short or ambiguous forms count only beside a number. */
export function monthOf(word: string, vocabs: readonly Vocabulary[], besideNumber: boolean): number {
  const lower = word.toLowerCase();
  for (const vocab of vocabs) {
    const index = indexOfWord(lower, vocab.months);
    if (index < 0) continue;
    // A short form may be another word (`mar`, `jun`); a month's full name of three letters (`mei`, `maj`, `Mai`) is none, but English `may` is.
    const fullName = vocab.months[index]?.[0] === lower;
    const ambiguous = (lower.length <= 3 && !fullName) || lower === 'march' || lower === 'may';
    if (!ambiguous || besideNumber) return index + 1;
  }
  return 0;
}

/** The weekday (Monday = 0) a word names, or -1. Abbreviations count only when `allowShort`. */
export function weekdayOf(word: string, vocabs: readonly Vocabulary[], allowShort: boolean): number {
  const lower = word.toLowerCase();
  if (!allowShort && lower.length <= 4) return -1;
  for (const vocab of vocabs) {
    const index = indexOfWord(lower, vocab.weekdays);
    if (index >= 0) return index;
  }
  return -1;
}

/**
 * The word at the end of a text, before an optional `.`, `,` and blanks (`Tiistai, ` -> `Tiistai`).
 * The look-behind starts a match only where the word starts, so a long run of letters is read once
 * (an unanchored `\p{L}+...$` would retry from every letter of it: quadratic).
 */
export const WORD_BEFORE = /(?<!\p{L})(\p{L}+)\.?,?\s*$/u;

function weekdayBefore(text: string, index: number, vocabs: readonly Vocabulary[]): number | null {
  const before = text.slice(Math.max(0, index - 24), index);
  const match = WORD_BEFORE.exec(before);
  if (!match) return null;
  const day = weekdayOf(match[1]!, vocabs, true);
  return day >= 0 ? day : null;
}

function afterTimeWord(text: string, index: number, vocabs: readonly Vocabulary[]): boolean {
  const match = /(?<!\p{L})(\p{L}+)[.:]?\s*$/u.exec(text.slice(Math.max(0, index - 12), index));
  const word = match?.[1]?.toLowerCase();
  return word !== undefined && vocabs.some((v) => v.timeWords.includes(word) || v.timeWords.includes(`${word}.`));
}

/** Whether a clock word follows a time (`20.00 uur`, `19 Uhr`). */
function beforeClockWord(text: string, index: number, vocabs: readonly Vocabulary[]): boolean {
  const word = /^\s?(\p{L}+)/u.exec(text.slice(index, index + 12))?.[1]?.toLowerCase();
  return word !== undefined && vocabs.some((v) => v.clockWords.includes(word));
}

const RANGE =
  /(?<![\d.:A-Za-z])(\d{1,2})(?:([:.])(\d{2})(?::\d{2})?)?((?:\s?o['’]clock)?\s?(?:[ap]\.?m\.?|[ap]\.\sm\.?(?![a-z]))|[ap](?![a-z]))?\s{0,8}(?:-|–|—|to|till|until)\s?(\d{1,2})(?:([:.])(\d{2})(?::\d{2})?)?((?:\s?o['’]clock)?\s?(?:[ap]\.?m\.?|[ap]\.\sm\.?(?![a-z]))|[ap](?![a-z]))?(?![\d:])/gi;
/**
 * One time of day, seconds allowed (`16:00:12`); `am`/`pm` may be glued on or stand after a blank, a
 * bare `p` only glued on (`8:01p`). Older and typed minutes write the mark spaced (`8:00 P. M.`) and
 * the hour with `o'clock` before it (`at 8:00 o'clock P. M.`).
 */
const SINGLE = /(?<![\d.:A-Za-z])(\d{1,2})(?:([:.])(\d{2})(?::\d{2})?)?((?:\s?o['’]clock)?\s?(?:[ap]\.?m\.?|[ap]\.\sm\.?(?![a-z]))|[ap](?![a-z]))?(?![\d:])/gi;

/**
 * The times of day in a short text: `klo 10.00 - 15.00`, `10-15` after `klo`, `14:00–15:30`,
 * `8:00pm - 9:00pm`. Dates are skipped. A bare hour or `10.00` counts only after a time word
 * (`klo`, `at`), in a range, or when `labelled` says the text is a time field's value.
 */
export function findTimes(text: string, vocabs: readonly Vocabulary[], labelled = false): TimeRange | null {
  const masked = maskClockWordsInRanges(maskRangeWords(maskDates(text, vocabs), vocabs), vocabs);
  const twelveHour = vocabs[0]?.code === 'en';
  for (const m of masked.matchAll(RANGE)) {
    if (runsIntoDate(masked, m.index, m[0].length, m[2] === ':' || m[6] === ':')) continue;
    // `19 Uhr - 21 Uhr`: a clock word after the range cues its bare hours as a time word before it would.
    const cued = labelled || afterTimeWord(masked, m.index, vocabs) || beforeClockWord(masked, m.index + m[0].length, vocabs);
    const start = toClock(m[1]!, m[2], m[3], m[4] ?? m[8], cued || m[2] === ':' || m[2] === '.', twelveHour);
    const end = toClock(m[5]!, m[6], m[7], m[8], cued || m[6] === ':' || m[6] === '.', twelveHour);
    if (start && end) return { start, end, index: m.index, length: m[0].length };
  }
  for (const m of masked.matchAll(SINGLE)) {
    if (runsIntoDate(masked, m.index, m[0].length, m[2] === ':')) continue;
    const cued = labelled || afterTimeWord(masked, m.index, vocabs) || beforeClockWord(masked, m.index + m[0].length, vocabs);
    const start = toClock(m[1]!, m[2], m[3], m[4], cued || m[2] === ':' || (m[4] !== undefined && m[4].trim().length > 1), twelveHour);
    if (start) return { start, end: null, index: m.index, length: m[0].length };
  }
  if (labelled) {
    const compact = /(?<!\d)([01]\d|2[0-3])([0-5]\d)(?!\d)/.exec(masked);
    if (compact) return { start: `${compact[1]}:${compact[2]}`, end: null, index: compact.index, length: 4 };
  }
  return null;
}

/**
 * Whether numbers without a colon run on into a date through a dash, slash or dot (`01-11-18`,
 * `9/10/24`, `1.11.18`): part of a date no day-first reading took is no time. A time with a colon
 * may be followed by its offset (`11:00-0800`).
 */
function runsIntoDate(text: string, index: number, length: number, colon: boolean): boolean {
  if (colon) return false;
  return /\d[-/.]$/.test(text.slice(Math.max(0, index - 2), index)) || /^[-/.]\d/.test(text.slice(index + length, index + length + 2));
}

/**
 * A time of day as `HH:MM`, or null. English keeps a 12-hour clock and often leaves the mark off
 * (`called to order at 5:30`): where `twelveHour` says so, an hour from 1 to 6 written without a
 * leading zero and without `am` or `pm` is the afternoon's, as no meeting sits from 1 to 6 at night.
 */
function toClock(h: string, sep: string | undefined, mm: string | undefined, meridiem: string | undefined, accepted: boolean, twelveHour: boolean): string | null {
  if (!accepted) return null;
  let hour = Number(h);
  const minute = mm === undefined ? 0 : Number(mm);
  const mark = meridiem?.replace(/o['’]clock/iu, '').trim().toLowerCase() ?? '';
  const pm = mark.startsWith('p');
  const am = mark.startsWith('a');
  if (pm && hour < 12) hour += 12;
  if (!pm && !am && twelveHour && h.length === 1 && hour >= 1 && hour <= 6) hour += 12;
  if (am && hour === 12) hour = 0;
  if (hour > 24 || minute > 59 || (sep === undefined && mm !== undefined)) return null;
  // A bare `a` or `p` counts only glued to minutes (`8:01p`), never after an hour alone (`item 5a`).
  if (mark.length === 1 && mm === undefined) return null;
  return `${String(hour % 24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The text with a clock word between a time and the dash of a range blanked out (`11:00 Uhr -
 * 12:00 Uhr` reads as `11:00     - 12:00 Uhr`), so that the range is found; lengths are kept.
 */
function maskClockWordsInRanges(text: string, vocabs: readonly Vocabulary[]): string {
  if (!/\d\s?\p{L}+\s?[-–—]/u.test(text)) return text;
  return text.replace(/(?<=\d\s?)(\p{L}+)(?=\s?[-–—]\s?\d)/gu, (word) => (vocabs.some((v) => v.clockWords.includes(word.toLowerCase())) ? ' '.repeat(word.length) : word));
}

/**
 * The text with a word of the language that joins the ends of a range of times written as a dash
 * (`19:00 bis 21:00` reads as `19:00   -21:00`, `19 Uhr bis 21 Uhr` as `19       -21 Uhr`,
 * `19.30 tot 21.00`), so that the range is found; lengths are kept. Only between a time (a digit,
 * or a clock word after one) and a number.
 */
function maskRangeWords(text: string, vocabs: readonly Vocabulary[]): string {
  const words = rangeWordsOf(vocabs);
  // Most texts hold no such word between blanks: no tokens are made for them.
  if (![...words].some((w) => text.includes(` ${w} `))) return text;
  const tokens = [...text.matchAll(/\S+/g)];
  const parts: string[] = [];
  let done = 0;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const word = tokens[k] as RegExpMatchArray;
    if (!words.has(word[0].toLowerCase()) || !/^\d/.test((tokens[k + 1] as RegExpMatchArray)[0])) continue;
    let before = tokens[k - 1] as RegExpMatchArray;
    // `19 Uhr bis 21 Uhr`: the clock word after the first time goes with the joint.
    if (!/\d$/.test(before[0]) && k >= 2 && vocabs.some((v) => v.clockWords.includes(before[0].toLowerCase())) && /\d$/.test((tokens[k - 2] as RegExpMatchArray)[0])) before = tokens[k - 2] as RegExpMatchArray;
    if (!/\d$/.test(before[0])) continue;
    const from = (before.index ?? 0) + before[0].length;
    const to = (tokens[k + 1] as RegExpMatchArray).index ?? 0;
    if (to - from < 2 || to - from > 9 || from < done) continue;
    parts.push(text.slice(done, from), ' '.repeat(to - from - 1), '-');
    done = to;
  }
  return done === 0 ? text : parts.join('') + text.slice(done);
}

/** The words that join a range of times in the vocabularies, lower case; made once per list. */
const rangeWordsOf = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.timeRangeWords).filter((w) => !['to', 'till', 'until'].includes(w))));

function maskDates(text: string, vocabs: readonly Vocabulary[]): string {
  let masked = text;
  for (const hit of scanDates(text, vocabs)) {
    if (hit.time !== null) continue;
    masked = masked.slice(0, hit.index) + ' '.repeat(hit.length) + masked.slice(hit.index + hit.length);
  }
  return masked;
}
