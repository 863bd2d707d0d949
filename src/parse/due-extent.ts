import { matchesAny } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { isoDate, monthEnd, parts } from './calendar.js';

/** A span of a text: where it starts and how long it is. */
export interface Span {
  index: number;
  length: number;
}

/** A word of a text and where it starts. */
interface At {
  word: string;
  index: number;
}

/**
 * A deadline's span widened over the words around it that belong to it: the words before it
 * (`by the end of`, `bis`, `senast i slutet av`) and after it (`mennessä`, `morning`, `puoli
 * kolmelta`, `klo 14`), so that its text reads as the minutes wrote it.
 */
export function widenDue(text: string, span: Span, vocabs: readonly Vocabulary[]): Span {
  const { leads, tails } = dueWords(vocabs);
  let start = span.index;
  for (let k = 0; k < 6; k++) {
    const before = wordBefore(text, start);
    if (before === null || !matchesAny(before.word.toLowerCase(), leads)) break;
    start = before.index;
  }
  let end = span.index + span.length;
  for (let k = 0; k < 4; k++) {
    const after = wordAfter(text, end);
    if (after === null) break;
    const lower = after.word.toLowerCase();
    const time = /^\d{1,2}(?:[:.]\d{2})?$/.test(lower) && TIME_WORD.test(` ${text.slice(Math.max(0, end - 9), end).trimEnd()}`);
    if (!time && !matchesAny(lower.replace(/[.,]$/, ''), tails)) break;
    end = after.index + after.word.replace(/[.,]$/, '').length;
  }
  return { index: start, length: end - start };
}

/** A word before a time of day, at the end of a text (`klo`, `at`, `um`). */
const TIME_WORD = /[^\p{L}](?:klo|kl|at|um|om|kello|klockan)$/iu;

/** The lead and tail words of the vocabularies, gathered once. */
const dueWords = oncePer((vocabs: readonly Vocabulary[]): { leads: string[]; tails: string[] } => ({
  leads: vocabs.flatMap((v) => v.dueLeads),
  tails: vocabs.flatMap((v) => v.dueTails),
}));

/** The word that ends just before `at` (blanks between allowed), or null. */
function wordBefore(text: string, at: number): At | null {
  let end = at;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
  return start < end && end - start <= 24 ? { word: text.slice(start, end), index: start } : null;
}

/** The word (letters, digits, a time's colon or dot) that starts just after `at` (blanks between allowed), or null. */
function wordAfter(text: string, at: number): At | null {
  let start = at;
  while (start < text.length && isBlank(text.charCodeAt(start))) start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{N}:.,]/u.test(text.charAt(end)) && end - start <= 24) end++;
  return start < end ? { word: text.slice(start, end), index: start } : null;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

/** Which part of a month or a season the words beside it take: its start, middle or end, or the whole. */
export type PeriodPart = 'early' | 'mid' | 'late' | null;

/**
 * The part of a period that the words just before it (`late spring`, `Anfang April`, `i slutet av
 * mars`) or, in Finnish, just after it (`huhtikuun alussa`, `maaliskuun loppuun`) take; null for the
 * whole period.
 */
export function partOf(text: string, span: Span, vocabs: readonly Vocabulary[]): PeriodPart {
  const before: string[] = [];
  let at = span.index;
  for (let k = 0; k < 3; k++) {
    const word = wordBefore(text, at);
    if (word === null) break;
    before.unshift(word.word.toLowerCase());
    at = word.index;
  }
  const after = wordAfter(text, span.index + span.length)?.word.toLowerCase().replace(/[.,]$/, '') ?? '';
  for (const part of ['early', 'mid', 'late'] as const) {
    for (const vocab of vocabs) {
      const phrases = vocab.periodParts[part];
      for (let n = 1; n <= before.length; n++) {
        if (matchesAny(before.slice(before.length - n).join(' '), phrases)) return part;
      }
      if (vocab.code === 'fi' && after !== '' && matchesAny(after, phrases)) return part;
    }
  }
  return null;
}

/** The part of a range of whole months: the first or last month of several (or the middle one), the first ten or last days of one. */
export function narrowRange(start: string, end: string, part: PeriodPart): { start: string; end: string } {
  if (part === null) return { start, end };
  const from = parts(start);
  const to = parts(end);
  const months = (to.year - from.year) * 12 + (to.month - from.month) + 1;
  if (months <= 1) {
    if (part === 'early') return { start, end: isoDate(from.year, from.month, 10) as string };
    if (part === 'mid') return { start: isoDate(from.year, from.month, 11) as string, end: isoDate(from.year, from.month, 20) as string };
    return { start: isoDate(from.year, from.month, 21) as string, end };
  }
  const offset = part === 'early' ? 0 : part === 'late' ? months - 1 : Math.floor(months / 2);
  const month0 = from.month - 1 + offset;
  const year = from.year + Math.floor(month0 / 12);
  const month = (month0 % 12) + 1;
  const first = isoDate(year, month, 1) as string;
  return { start: first < start ? start : first, end: monthEnd(year, month) };
}
