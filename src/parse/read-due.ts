import { indexOfWord, matchesWord } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { DateRange } from '../model/date-range.js';
import { addDays, isoDate, isoWeek, isoWeekMonday, monthEnd, parts, weekday } from './calendar.js';
import { narrowRange, partOf, widenDue } from './due-extent.js';
import { monthOf, numericOrder, scanDates, weekdayOf, type DateHit } from './read-dates.js';

interface Candidate {
  index: number;
  length: number;
  start: string;
  end: string;
  rank: number;
}

interface Word {
  text: string;
  lower: string;
  index: number;
}

const WORD = /[\p{L}\p{N}]+(?:[-–][\p{L}\p{N}]+)*/gu;

/**
 * The deadline written in a task's text, as a closed date range relative to the meeting's date:
 * exact dates (`15.12.`, `Dec 15`), date spans, weeks (`viikolla 9`), weekdays (`ensi perjantaina`,
 * `by Friday`), relative phrases (`next week`, `end of month`), months and month spans
 * (`marras-joulukuussa`), seasons and parts of the year (`keväällä`, `alkuvuodesta 2020`, `Q1`).
 * Without a meeting date, only dates with a year are read. The earliest expression in the text wins;
 * its text keeps the words around it (`by the end of the week`, `maaliskuun loppuun mennessä`), and
 * a part of a month or season (`late spring`, `huhtikuun alussa`) narrows its range.
 */
export function readDue(text: string, meetingDate: string | null, vocabs: readonly Vocabulary[]): DateRange | null {
  const words = wordsWithPlaces(text);
  const found: Candidate[] = [
    ...exactDates(text, meetingDate, vocabs),
    ...shortNumeric(text, meetingDate, vocabs),
    ...weeks(words, meetingDate, vocabs),
    ...relatives(text, meetingDate, vocabs),
    ...weekdays(words, text, meetingDate, vocabs),
    ...months(words, meetingDate, vocabs),
    ...monthPairs(words, text, meetingDate, vocabs),
    ...periods(words, text, meetingDate, vocabs),
  ];
  if (found.length === 0) return null;
  found.sort((a, b) => Number(a.rank > 1) - Number(b.rank > 1) || a.index - b.index || a.rank - b.rank);
  const best = found[0] as Candidate;
  const range = best.rank >= 5 ? narrowRange(best.start, best.end, partOf(text, best, vocabs)) : best;
  const span = widenDue(text, best, vocabs);
  return { text: text.slice(span.index, span.index + span.length).trim(), start: range.start, end: range.end };
}

/**
 * The words of a text with their lower case and offsets. Matched as plain strings (cheaper than a
 * match object each) and found again in order: only characters that start no word stand between
 * two matches, so each match is the next occurrence of its text.
 */
function wordsWithPlaces(text: string): Word[] {
  const out: Word[] = [];
  let at = 0;
  for (const word of text.match(WORD) ?? []) {
    at = text.indexOf(word, at);
    out.push({ text: word, lower: word.toLowerCase(), index: at });
    at += word.length;
  }
  return out;
}

/** A day and a month with a slash and no year (`15/3`, in English `3/15`), not inside a longer number or a fraction of a path. */
const SHORT_NUMERIC = /(?<![\d/.,-])(\d{1,2})\/(\d{1,2})(?![\d/.,]\d|[\d/])/g;

/** Determiners written between a deadline word and its date (`senast den 15/3`). */
const DATE_DETERMINERS = new Set(['den', 'the', 'de']);

/** The lower-case word before `index`, past a determiner of the date, or undefined. Split, not matched: no regular expression scans back over blanks. */
function leadBefore(text: string, index: number): string | undefined {
  if (!/\s$/.test(text.slice(0, index))) return undefined;
  const words = text.slice(Math.max(0, index - 40), index).trim().toLowerCase().split(/\s+/);
  let word = words.pop();
  if (word !== undefined && DATE_DETERMINERS.has(word)) word = words.pop();
  return word !== undefined && /^\p{L}+$/u.test(word) ? word : undefined;
}

/** Whether the characters around a span are the parentheses of it alone (`(Fri)`, `(14/3)`): a deadline beside a task. */
function inParentheses(text: string, index: number, length: number): boolean {
  return text[index - 1] === '(' && text[index + length] === ')';
}

/** Whether a word leads a deadline in one of the languages (`by`, `senast`). */
function isDueLead(word: string | undefined, vocabs: readonly Vocabulary[]): boolean {
  return word !== undefined && vocabs.some((v) => v.dueLeads.includes(word));
}

/**
 * A deadline written as day and month with a slash and no year (`senast 15/3`, `till 20/5`,
 * `by 3/15`): read only after a word that leads a deadline, or as the whole text (a due cell), since
 * `2/3` is a fraction and `1/2` a half elsewhere. The order is the language's (`numericOrder`).
 */
function shortNumeric(text: string, meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  if (meetingDate === null || !text.includes('/')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(SHORT_NUMERIC)) {
    const lead = leadBefore(text, m.index);
    // A fraction in parentheses stands within its sentence (`Two thirds (2/3) of ...`); the deadline beside a task ends it (`... (14/3)`).
    const alone = text.trim() === m[0] || (inParentheses(text, m.index, m[0].length) && text.slice(m.index + m[0].length + 1).trim() === '');
    if (!alone && !isDueLead(lead, vocabs)) continue;
    const order = numericOrder(+m[1]!, +m[2]!, vocabs[0]?.code === 'en');
    if (order === null) continue;
    const day = resolveDay({ index: m.index, length: m[0].length, year: null, month: order.month, day: order.day, weekday: null, time: null }, meetingDate);
    if (day) out.push({ index: m.index, length: m[0].length, start: day, end: day, rank: 1 });
  }
  return out;
}

function resolveDay(hit: DateHit, meetingDate: string | null): string | null {
  if (hit.year !== null) return isoDate(hit.year, hit.month, hit.day);
  if (meetingDate === null) return null;
  const { year } = parts(meetingDate);
  const same = isoDate(year, hit.month, hit.day);
  if (same !== null && same >= meetingDate) return same;
  return isoDate(year + 1, hit.month, hit.day);
}

function exactDates(text: string, meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  const hits = scanDates(text, vocabs);
  const out: Candidate[] = [];
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i] as DateHit;
    const next = hits[i + 1];
    const gap = next ? text.slice(hit.index + hit.length, next.index) : '';
    if (next && /^\s*(?:-|–|—|to|until|till)\s*$/i.test(gap)) {
      const end = resolveDay(next, meetingDate);
      const start = resolveDay({ ...hit, year: hit.year ?? next.year }, meetingDate);
      if (start && end && start <= end) {
        out.push({ index: hit.index, length: next.index + next.length - hit.index, start, end, rank: 0 });
        i++;
        continue;
      }
    }
    const day = resolveDay(hit, meetingDate);
    if (day) out.push({ index: hit.index, length: hit.length, start: day, end: day, rank: 1 });
  }
  return out;
}

function weeks(words: Word[], meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    const number = words[i + 1];
    if (!number || !/^\d{1,2}$/.test(number.text) || !vocabs.some((v) => v.week.some((e) => matchesWord(word.lower, e)))) return;
    const week = Number(number.text);
    if (week < 1 || week > 53) return;
    const explicitYear = words[i + 2] && /^\d{4}$/.test(words[i + 2]!.text) ? Number(words[i + 2]!.text) : null;
    let year = explicitYear ?? (meetingDate ? isoWeek(meetingDate).year : null);
    if (year === null) return;
    if (explicitYear === null && meetingDate && isoWeek(meetingDate).week > week) year += 1;
    const monday = isoWeekMonday(year, week);
    out.push({ index: word.index, length: number.index + number.text.length - word.index, start: monday, end: addDays(monday, 6), rank: 2 });
  });
  return out;
}

/** A phrase without its `*`, and whether it had one (it then matches a prefix). */
function stemOf(phrase: string): { stem: string; prefixOnly: boolean } {
  return phrase.endsWith('*') ? { stem: phrase.slice(0, -1), prefixOnly: true } : { stem: phrase, prefixOnly: false };
}

/** Every phrase of a vocabulary's relative deadlines with its rule, in order, made once: each task's text is searched for all of them. */
const relativeStems = oncePer((vocab: Vocabulary) => vocab.relative.flatMap((rule) => rule.words.map((phrase) => ({ rule, ...stemOf(phrase) }))));

/** Every phrase of a vocabulary's periods (seasons, parts of the year) with its period, in order, made once. */
const periodStems = oncePer((vocab: Vocabulary) => vocab.periods.flatMap((period) => period.words.map((phrase) => ({ period, ...stemOf(phrase) }))));

function relatives(text: string, meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  if (meetingDate === null) return [];
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  for (const vocab of vocabs) {
    for (const { rule, stem, prefixOnly } of relativeStems(vocab)) {
      const index = findWhole(lower, stem, prefixOnly);
      if (index < 0) continue;
      const end = shift(meetingDate, rule.unit, rule.amount, rule.endOf ?? false);
      const start = rule.endOf && rule.amount > 0 ? startOf(end, rule.unit) : meetingDate;
      out.push({ index, length: wordEnd(lower, index + stem.length) - index, start, end, rank: 3 });
    }
  }
  return out;
}

function weekdays(words: Word[], text: string, meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  if (meetingDate === null) return [];
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    // A weekday that opens a compound (`Torstai-iltojen ohjelma`, Thursday evenings) is part of a noun, no day.
    if (/[-–]\p{L}{3}/u.test(word.lower)) return;
    // A short form (`Fri`, `ti`) is another word as often (`sat`, `to`): a day only in parentheses of its own or capitalised after a deadline word (`(Fri)`, `by Thu`).
    const short = inParentheses(text, word.index, word.text.length) || (/^\p{Lu}/u.test(word.text) && isDueLead(leadBefore(text, word.index), vocabs));
    const day = weekdayOf(word.lower, vocabs, short);
    if (day < 0 || /^\d/.test(words[i + 1]?.text ?? '')) return;
    const before = words[i - 1];
    const after = words.slice(i + 1, i + 3).map((w) => w.lower).join(' ');
    const isNext = (w: string | undefined): boolean => w !== undefined && vocabs.some((v) => v.next.some((e) => matchesWord(w, e)));
    const nextWeek = vocabs.some((v) => v.relative.some((r) => r.unit === 'week' && r.amount === 1 && r.words.some((p) => after.startsWith(p.replace('*', '')))));
    let date = addDays(meetingDate, ((day - weekday(meetingDate) + 6) % 7) + 1);
    if (nextWeek) date = addDays(meetingDate, 7 - weekday(meetingDate) + day);
    else if (isNext(before?.lower) && isoWeek(date).week === isoWeek(meetingDate).week) date = addDays(date, 7);
    const index = isNext(before?.lower) ? (before as Word).index : word.index;
    out.push({ index, length: word.index + word.text.length - index, start: date, end: date, rank: 4 });
  });
  return out;
}

function months(words: Word[], meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    const [first, second] = word.lower.split(/[-–]/);
    const cued = isMonthCue(words[i - 1]?.lower) || /^\d{4}$/.test(words[i + 1]?.text ?? '');
    let from = 0;
    let to = 0;
    if (second !== undefined && first !== undefined && isMonthCue(first)) {
      from = to = monthOf(second, vocabs, true);
    } else if (second !== undefined && first !== undefined) {
      from = prefixMonth(first, vocabs);
      to = monthOf(second, vocabs, false);
    } else {
      from = monthOf(word.lower, vocabs, cued);
      to = from;
      // A short form alone is another word as often (`jun`, `mar`); a full name of three letters (`mei`, `maj`) is a month,
      // and English `May` only with its capital after a word that leads to a month (`by the end of May`; `they may` is the verb).
      const modal = word.lower === 'may' && !(cued && word.text === 'May');
      if (word.lower.length <= 3 && !vocabs.some((v) => v.months.some((names) => names[0] === word.lower && !modal))) from = to = 0;
    }
    if (from <= 0 || to <= 0) return;
    const yearWord = words[i + 1];
    const year = yearWord && /^\d{4}$/.test(yearWord.text) ? Number(yearWord.text) : null;
    const range = periodRange(from, to, year, meetingDate);
    if (range) out.push({ index: word.index, length: (year ? (yearWord as Word).index + 4 : word.index + word.text.length) - word.index, ...range, rank: 5 });
  });
  return out;
}

/** Two months written with a slash between them (`Feb / Mar`, `marras/joulu`): the span from the first to the end of the second. */
function monthPairs(words: Word[], text: string, meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (next === undefined || text.slice(word.index + word.text.length, next.index).trim() !== '/') return;
    const from = monthOf(word.lower, vocabs, true);
    const to = from > 0 ? monthOf(next.lower, vocabs, true) : 0;
    if (from <= 0 || to <= 0) return;
    const range = periodRange(from, to, null, meetingDate);
    if (range) out.push({ index: word.index, length: next.index + next.text.length - word.index, ...range, rank: 5 });
  });
  return out;
}

function periods(words: Word[], text: string, meetingDate: string | null, vocabs: readonly Vocabulary[]): Candidate[] {
  const lower = text.toLowerCase();
  const out: Candidate[] = [];
  for (const vocab of vocabs) {
    for (const { period, stem, prefixOnly } of periodStems(vocab)) {
      const index = findWhole(lower, stem, prefixOnly);
      if (index < 0) continue;
      const after = words.find((w) => w.index >= wordEnd(lower, index + stem.length));
      const year = after && /^\d{4}$/.test(after.text) && after.index - index < stem.length + 16 ? Number(after.text) : null;
      if (vocab.code === 'en' && year === null && !/^(spring|summer|autumn|winter|q[1-4]|end of)/.test(stem)) continue;
      // English writes a season or quarter before a noun as its modifier (`draft the Q2 OKRs`, `the summer fair`):
      // a time only after a word that leads into one (`by Q2`, `in late spring`, `this summer`) or alone in a short field.
      if (vocab.code === 'en' && year === null && !timeLead(lower, index) && !(index === 0 && words.length <= 3)) continue;
      const range = periodRange(period.from, period.to, year, meetingDate);
      if (!range) continue;
      const start = period.yearEnd && meetingDate && year === null ? meetingDate : range.start;
      const end = year !== null ? (after as Word).index + 4 : wordEnd(lower, index + stem.length);
      out.push({ index, length: end - index, start: start < range.end ? start : range.start, end: range.end, rank: 6 });
    }
  }
  return out;
}

/** English words after which a season or a quarter is a time (`by Q2`, `in late spring`, `over the summer`). */
const TIME_LEADS = new Set(['by', 'before', 'until', 'till', 'in', 'during', 'over', 'this', 'next', 'late', 'early', 'mid', 'of', 'for', 'after', 'from', 'through', 'due', 'around', 'to', 'latest', 'at']);

/** Whether the word before `index` (past `the`) leads into a time. */
function timeLead(lower: string, index: number): boolean {
  const word = leadBefore(lower, index);
  return word !== undefined && TIME_LEADS.has(word);
}

/** The range of months `from`..`to` (wrapping over the new year), in the given year or the first that ends on or after the meeting. */
function periodRange(from: number, to: number, year: number | null, meetingDate: string | null): { start: string; end: string } | null {
  const make = (y: number): { start: string; end: string } => {
    const endYear = to < from ? y + 1 : y;
    return { start: isoDate(y, from, 1) as string, end: monthEnd(endYear, to) };
  };
  if (year !== null) return make(year);
  if (meetingDate === null) return null;
  const { year: meetingYear } = parts(meetingDate);
  const previous = make(meetingYear - 1);
  if (previous.end >= meetingDate) return previous;
  const current = make(meetingYear);
  return current.end >= meetingDate ? current : make(meetingYear + 1);
}

function prefixMonth(word: string, vocabs: readonly Vocabulary[]): number {
  for (const vocab of vocabs) {
    const index = vocab.months.findIndex((forms) => forms.includes(`${word}-`));
    if (index >= 0) return index + 1;
  }
  return monthOf(word, vocabs, true);
}

const MONTH_CUES = new Set(['in', 'by', 'until', 'before', 'of', 'end', 'mid', 'during', 'early', 'late', 'i', 'im', 'bis', 'tot', 'in', 'eind', 'mennessä']);

function isMonthCue(word: string | undefined): boolean {
  return word !== undefined && MONTH_CUES.has(word);
}

function shift(date: string, unit: 'day' | 'week' | 'month' | 'year', amount: number, endOf: boolean): string {
  const { year, month } = parts(date);
  if (unit === 'day') return addDays(date, amount);
  if (unit === 'week') {
    const target = addDays(date, amount * 7);
    return endOf ? addDays(target, 6 - weekday(target)) : target;
  }
  if (unit === 'month') {
    const m = month - 1 + amount;
    const y = year + Math.floor(m / 12);
    return endOf ? monthEnd(y, (m % 12) + 1) : (isoDate(y, (m % 12) + 1, Math.min(parts(date).day, 28)) as string);
  }
  return endOf ? (isoDate(year + amount, 12, 31) as string) : (isoDate(year + amount, month, Math.min(parts(date).day, 28)) as string);
}

function startOf(end: string, unit: 'day' | 'week' | 'month' | 'year'): string {
  const { year, month } = parts(end);
  if (unit === 'week') return addDays(end, -weekday(end));
  if (unit === 'month') return isoDate(year, month, 1) as string;
  if (unit === 'year') return isoDate(year, 1, 1) as string;
  return end;
}

function findWhole(lower: string, stem: string, prefixOnly: boolean): number {
  let from = 0;
  while (from <= lower.length) {
    const index = lower.indexOf(stem, from);
    if (index < 0) return -1;
    const before = lower.charAt(index - 1);
    const after = lower.charAt(index + stem.length);
    const startOk = index === 0 || !/[\p{L}\p{N}]/u.test(before) || before === '-';
    const endOk = prefixOnly || after === '' || !/[\p{L}\p{N}]/u.test(after);
    if (startOk && endOk) return index;
    from = index + 1;
  }
  return -1;
}

function wordEnd(lower: string, from: number): number {
  const match = /^[\p{L}\p{N}]*/u.exec(lower.slice(from));
  return from + (match ? match[0].length : 0);
}
