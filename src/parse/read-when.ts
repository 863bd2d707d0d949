import { matterValues } from './front-matter-fields.js';
import { anyMatches, fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { daysBetween, isoDate } from './calendar.js';
import { gather, includesAny } from './cues.js';
import type { Header } from './header.js';
import { headBeforeFields } from './inline-labels.js';
import { findDayRange, findFullDate, findTimes, fullYear, hasDigit, numericOrder, scanDates } from './read-dates.js';
import { withoutLinks } from './read-people.js';
import { mentionsMeeting } from './meeting-words.js';
import { remotePlace } from './remote-place.js';
import type { Line } from './types.js';

/** How many lines at the top a date, a time or a place without a label is looked for in. */
const HEAD_LINES = 40;

/** How much of a long paragraph's head is read for the sentence that opens the meeting. */
const OPENING_HEAD = 400;

/** A sentence that opens the meeting is this long at most; a longer one holds more than the opening (a header run on into it). */
const LONGEST_OPENING = 200;

/** A blank after a sentence's stop and before a capital: where sentences part. A stop after a number is an ordinal's (`1. Vorsitzender`), and so is one after an English ordinal (`held on 10th. October`). */
const SENTENCE_BREAK = /(?<=\p{L}\p{Ll}[.!?])(?<!\d(?:st|nd|rd|th)\.)\s+(?=\p{Lu})/u;

/**
 * The sentences in the head of a long paragraph that may open the meeting: a report told in one
 * paragraph, or a page flattened into one line, opens with its opening (`Am Donnerstag fand unsere
 * Jahreshauptversammlung statt. Vor 18 Mitgliedern eröffnete …`). Each sentence is read alone, and
 * only one short enough to be a sentence: a header run on into it (`Notulist: Directie: …`) is none.
 */
export function headSentences(text: string, longest = LONGEST_OPENING): string[] {
  return text.slice(0, OPENING_HEAD).split(SENTENCE_BREAK).filter((sentence) => sentence.length <= longest);
}

/** Take the meeting's date (and times written beside it) from a line; false when it holds no full date. */
export function dateFromLine(line: Line, header: Header, vocabs: readonly Vocabulary[], field: string): boolean {
  const date = findFullDate(line.text, vocabs);
  if (!date) return false;
  // A meeting over two days or more (`den 26-27 januari 2002`, `12.–13.11.2026`) is dated by its first day.
  const range = findDayRange(line.text, vocabs);
  const spans = range !== null && range.index <= date.hit.index && date.hit.index < range.index + range.length;
  header.date = spans ? range.first : date.iso;
  if (spans) header.endDate ??= range.last;
  header.fields.date = { text: line.text.slice(wordStartBefore(line.text, date.hit.index, 16), date.hit.index + date.hit.length), position: line.start };
  if (date.hit.time) header.startTime ??= date.hit.time;
  const times = findTimes(line.text, vocabs);
  if (times) {
    header.startTime ??= times.start;
    header.endTime ??= times.end;
  }
  header.fields[`${field}Date`] = { text: line.text, position: line.start };
  return true;
}

/**
 * Where the words up to `reach` characters before `index` begin: the date's field text keeps a
 * label or weekday before it (`Date: `, `Tiistai `) but never starts inside a word.
 */
function wordStartBefore(text: string, index: number, reach: number): number {
  let from = Math.max(0, index - reach);
  while (from > 0 && from < index && /[\p{L}\d]/u.test(text.charAt(from - 1))) from++;
  return from;
}

/**
 * Whether a line could hold only a date, perhaps after a weekday: `Tiistai 8.11.2019`, `March 3,
 * 2024`. The same as /^\p{L}*[.,]?\s*[\d.\-/\s\p{L},]{6,40}$/u, but without its backtracking
 * (the leading word and the class overlap): every character is of the class, and what the leading
 * word, mark and blanks cannot cover is 6 to 40 characters long.
 */
export function dateOnlyShape(text: string): boolean {
  if (text.length < 6 || !/^[\d.\-/\s\p{L},]+$/u.test(text)) return false;
  const lead = /^\p{L}*[.,]?\s*/u.exec(text)?.[0].length ?? 0;
  return text.length - lead <= 40;
}

/**
 * The lines at the top that may hold the meeting's own date: not those about the next meeting
 * (`Seuraava kokous 12.3.2024`), nor any under a heading or label about it. Given as a search for
 * the first such line, among the first `limit` of them, that `dated` accepts, where `dated` accepts
 * only lines with a digit (as every date needs one): whether a line without a digit is about the
 * next meeting (a fold of the line) is asked only when it could change which lines are among the
 * first `limit`.
 */
function ownLines(lines: readonly Line[], vocabs: readonly Vocabulary[]): (limit: number, dated: (line: Line) => boolean) => Line | undefined {
  const top = lines.slice(0, HEAD_LINES);
  const about: (boolean | undefined)[] = [];
  const isAbout = (k: number): boolean => (about[k] ??= aboutNextMeeting((top[k] as Line).text, vocabs));
  // Whether each line stands outside a part about the next meeting (headings decide that here).
  const open: boolean[] = [];
  let skipDepth = 0;
  top.forEach((line, k) => {
    if (line.kind === 'heading' && skipDepth > 0 && line.depth <= skipDepth) skipDepth = 0;
    if (line.kind === 'heading' && isAbout(k)) {
      skipDepth = line.depth;
      open.push(false);
    } else open.push(skipDepth === 0);
  });
  return (limit, dated) => {
    // Own lines before the one at hand: `counted` for certain, and `unsure` lines without a digit not yet asked about.
    let counted = 0;
    const unsure: number[] = [];
    for (let k = 0; k < top.length; k++) {
      if (!open[k]) continue;
      const line = top[k] as Line;
      if (!hasDigit(line.text)) {
        unsure.push(k);
        continue;
      }
      if (isAbout(k)) continue;
      if (counted + unsure.length >= limit) {
        counted += unsure.filter((j) => !isAbout(j)).length;
        unsure.length = 0;
        if (counted >= limit) return undefined;
      }
      counted++;
      if (dated(line)) return line;
    }
    return undefined;
  };
}

/** Whether a text speaks of the next meeting. */
export function aboutNextMeeting(text: string, vocabs: readonly Vocabulary[]): boolean {
  const folded = fold(text);
  return includesAny(folded, foldedNextMeeting(vocabs));
}

/** The next-meeting phrases of the vocabularies, folded, in order; once per list of vocabularies. */
const foldedNextMeeting = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.nextMeeting.map(fold)));

/**
 * The date when no label gave it: a line of only a date at the top, front matter (`date`, `title`,
 * `description`), any line at the top with a full date, and last the file's name
 * (`2024-05-15.md`, `meeting_21_02_24.md`). A date about the next meeting is never taken.
 */
export function fallbackDate(lines: readonly Line[], header: Header, frontMatter: Record<string, unknown> | null, vocabs: readonly Vocabulary[], path: string | null): void {
  const own = header.date === null ? ownLines(lines, vocabs) : null;
  if (own !== null) {
    const dateOnly = own(Infinity, (l) => l.kind !== 'code' && dateOnlyShape(l.text) && findFullDate(l.text, vocabs)?.hit.length === l.text.replace(/^\p{L}+[.,]?\s*/u, '').length);
    if (dateOnly && dateFromLine(dateOnly, header, vocabs, 'line')) secondDay(lines, dateOnly, header, vocabs);
  }
  if (header.date === null) titleDigitsDate(header, lines, vocabs);
  if (header.date === null && frontMatter) {
    // The sentence that opens the meeting names its day (`Meeting called to order at 19:01, August 16, 2022`): a site's `date` is when the page went up.
    const opening = openingSentence(lines, vocabs);
    if (opening) dateFromLine(opening, header, vocabs, 'text');
  }
  if (header.date === null && frontMatter) {
    // A date in the title names the meeting (`title: Protokoll ... vom 12.02.2019`); a site's `date` is when the page went up.
    // Under the keys of the minutes' language too (`titel`, `datum`, `pvm`).
    for (const raw of [...matterValues(frontMatter, ['title'], vocabs), ...matterValues(frontMatter, ['date'], vocabs), frontMatter.description]) {
      const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : null;
      const found = text ? findFullDate(text, vocabs) : null;
      if (found) {
        header.date = isoDate(found.hit.year as number, found.hit.month, found.hit.day);
        // `date: 26.06.2019, 18:27 - 19:09 Uhr`: the times that follow the date are the meeting's; a
        // time to the second (`date: 2024-05-30 00:00:00 -0800`) is the site's stamp of the page.
        const rest = text ? text.slice(found.hit.index + found.hit.length) : '';
        const times = header.startTime === null && !/^[\sT]*\d{1,2}:\d{2}:\d{2}/.test(rest) ? findTimes(rest, vocabs) : null;
        if (times) {
          header.startTime = times.start;
          header.endTime ??= times.end;
        }
        break;
      }
    }
    // A key of its own for the time (`tijd: 10:00–10:45`, `aika: klo 14.15–15.05`), with no date in it.
    for (const raw of header.startTime === null && header.date !== null ? matterValues(frontMatter, ['time', 'date'], vocabs) : []) {
      const times = typeof raw === 'string' && findFullDate(raw, vocabs) === null ? findTimes(raw, vocabs) : null;
      if (times) {
        header.startTime = times.start;
        header.endTime ??= times.end;
        break;
      }
    }
  }
  if (header.date === null && own !== null) {
    // A date inside a web address (`.../nyheter/2020-10-23-...`) is most often the linked page's: the file's name comes first.
    const dated = (l: Line): boolean => l.kind !== 'code' && l.kind !== 'html' && findFullDate(withoutLinks(l.text), vocabs) !== null;
    const top = own(30, dated);
    const first = top && !mentionsMeeting(top.text, vocabs) ? (meetingLineBelow(lines, header, top, own, dated, vocabs) ?? top) : top;
    // A sentence wrapped by hand goes on in the next line of its paragraph (`..., at 8:00 o'clock` / `P. M., pursuant to notice`).
    if (first && dateFromLine(withNextLine(lines, first), header, vocabs, 'text')) secondDay(lines, first, header, vocabs);
  }
  if (header.date === null) {
    const opening = wrappedOpening(lines, vocabs);
    if (opening) dateFromLine(opening, header, vocabs, 'text');
  }
  if (header.date === null && path) fileNameDate(path, header, vocabs);
  // A log's address may be all that dates it (MeetBot's `.../2025/team.2025-06-12-14.00.log.html`).
  if (header.date === null && own !== null) {
    const linked = own(30, (l) => l.kind !== 'code' && l.kind !== 'html' && findFullDate(l.text, vocabs) !== null);
    if (linked) dateFromLine(linked, header, vocabs, 'text');
  }
}

/**
 * The date a title writes in the digits of a file's name, with no stops (`20170609 Notulen
 * bestuursvergadering`, `Styrelsemöte 220320`): the record names itself by its meeting's day, as
 * its file would be named. Six digits are read as short dates in names are, the later year winning.
 */
function titleDigitsDate(header: Header, lines: readonly Line[], vocabs: readonly Vocabulary[]): void {
  const title = header.fields.title;
  const digits = title === undefined ? null : /(?<![\d.:/-])(\d{8}|\d{6})(?![\d.:/-])/u.exec(title.text);
  if (title === undefined || digits === null) return;
  const token = digits[1] as string;
  const iso = token.length === 8 ? dateInName(token, false) : shortPartsDate(+token.slice(0, 2), +token.slice(2, 4), +token.slice(4, 6), false);
  if (iso === null) return;
  // A reference number (`Planning Application 230145`) reads as a date too: the digits are the meeting's day only in a year the text's first full date is near.
  const written = firstFullDate(lines, vocabs);
  if (written !== null && Math.abs(Number(written.slice(0, 4)) - Number(iso.slice(0, 4))) > 1) return;
  header.date = iso;
  header.fields.date = { text: title.text, position: title.position };
}

/** How many lines from the top a written date is looked for, to bear out a title's digits. */
const DATE_CHECK_LINES = 40;

/** The first full date (with its year) the first lines of text write, as ISO, or null. */
function firstFullDate(lines: readonly Line[], vocabs: readonly Vocabulary[]): string | null {
  for (let i = 0; i < lines.length && i < DATE_CHECK_LINES; i++) {
    const found = findFullDate((lines[i] as Line).text, vocabs);
    if (found !== null) return found.iso;
  }
  return null;
}

/** Own dated lines below a dateline that may still head the record with the meeting's own date. */
const MEETING_LINE_REACH = 8;

/**
 * The line that names the meeting with its date (`Notulen van de ledenvergadering, gehouden op
 * 14 februari 2008`, `Protokoll über die Jahreshauptversammlung am 22.04.2023`) below a first dated
 * line that names none: a letterhead's dateline (`Neudorf, 03.05.2023`) dates the writing, a club's
 * founding line (`Opgericht te Zandwijk 16 oktober 1972`) its founding, not the meeting. Only a plain
 * line or heading of the record's head counts: above its first list item and its first list of
 * people, never about an earlier meeting (`Notulen vorige vergadering 24-01-2013`); null when none.
 */
function meetingLineBelow(lines: readonly Line[], header: Header, top: Line, own: (limit: number, dated: (line: Line) => boolean) => Line | undefined, dated: (line: Line) => boolean, vocabs: readonly Vocabulary[]): Line | null {
  const head = headEnd(lines, header);
  const found = own(MEETING_LINE_REACH, (l) => l !== top && l.start.line < head && (l.kind === 'paragraph' || l.kind === 'heading') && mentionsMeeting(l.text, vocabs) && !tellsEarlier(l.text, vocabs) && dated(l));
  return found !== undefined && found.start.line > top.start.line ? found : null;
}

/** The source line where the record's head ends: its first list item or list of people (`Aanwezig:`, `Present:`). */
function headEnd(lines: readonly Line[], header: Header): number {
  const limit = Math.min(lines.length, HEAD_LINES);
  for (let k = 0; k < limit; k++) {
    const line = lines[k] as Line;
    const field = header.labels.get(k)?.field;
    if (line.kind === 'listItem' || field === 'participants' || field === 'absent') return line.start.line;
  }
  return Infinity;
}

/** Whether a line speaks of an earlier meeting (`vorige vergadering`, `previous meeting`): a word that places a meeting before this one. */
function tellsEarlier(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = new Set(fold(text).split(/[^\p{L}]+/u));
  return vocabs.some((v) => v.heldEarlier.times.some((w) => words.has(w)));
}

/** A line of a paragraph with the next line of that paragraph, where the line ends with no stop; else the line as it is. */
function withNextLine(lines: readonly Line[], line: Line): Line {
  const next = lines[lines.indexOf(line) + 1];
  if (line.kind !== 'paragraph' || next === undefined || next.block !== line.block || /[.!?:]\s*$/u.test(line.text)) return line;
  return { ...line, text: `${line.text} ${next.text}` };
}

/**
 * A paragraph's first line with the two lines its paragraph wraps onto, as one line, where the first
 * ends with no stop; any other line as it is.
 */
function wrappedOn(lines: readonly Line[], index: number): Line {
  const line = lines[index] as Line;
  if (line.kind !== 'paragraph' || (lines[index - 1]?.block ?? -1) === line.block || /[.!?:]\s*$/u.test(line.text)) return line;
  const parts = [line.text];
  // A line that opens with a field's label (`Date: Wednesday 16 July`) starts a field of its own, no wrapped sentence.
  for (let j = index + 1; j < lines.length && j <= index + 2 && (lines[j] as Line).block === line.block && !FIELD_START.test((lines[j] as Line).text); j++) parts.push((lines[j] as Line).text);
  return parts.length > 1 ? { ...line, text: parts.join(' ') } : line;
}

/** A line that opens with a label of one to three words and its colon (`Date:`, `Time of meeting:`). */
const FIELD_START = /^\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}:\s/u;

/**
 * The line near the top that tells the meeting opening (`called to order`, `avattiin`, `öppnades`)
 * and holds a full date, not about the next meeting; null when none does.
 */
function openingSentence(lines: readonly Line[], vocabs: readonly Vocabulary[]): Line | null {
  const opened = vocabs.flatMap((v) => v.openedAt);
  for (const line of lines.slice(0, HEAD_LINES)) {
    if (line.kind === 'code' || line.kind === 'html' || line.text.length > 400 || !/\d/.test(line.text)) continue;
    const lower = line.text.toLowerCase();
    if (opened.some((phrase) => lower.includes(phrase)) && findFullDate(line.text, vocabs) !== null && !aboutNextMeeting(line.text, vocabs)) return line;
  }
  return null;
}

/**
 * The opening sentence of the record (`Protokoll fört vid Stackens vårmöte 2023, torsdagen` /
 * `den 23:e februari klockan 19.30 i Q21.`) with the lines its paragraph wraps onto, as one line:
 * the sentence that says when the meeting was held, its date cut by the wrap. Near the top only;
 * null when no paragraph opens so.
 */
function wrappedOpening(lines: readonly Line[], vocabs: readonly Vocabulary[]): Line | null {
  const openings = vocabs.flatMap((v) => v.recordOpenings);
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'paragraph' || (lines[i - 1]?.block ?? -1) === line.block) continue;
    const lower = line.text.toLowerCase();
    if (!openings.some((words) => lower.startsWith(`${words} `))) continue;
    const parts = [line.text];
    for (let j = i + 1; j < lines.length && j <= i + 3 && (lines[j] as Line).block === line.block; j++) parts.push((lines[j] as Line).text);
    const text = parts.join(' ');
    return parts.length > 1 && !aboutNextMeeting(text, vocabs) ? { ...line, text } : null;
  }
  return null;
}

/**
 * A meeting over two days or more written a day a line (`Torstai 12.11.2026 klo 10.00 – 17.00` /
 * `Perjantai 13.11.2026 klo 9.00 – 15.30`): the next line that begins with a later date within a
 * week gives `endDate`, and its closing time the meeting's `endTime`.
 */
function secondDay(lines: readonly Line[], dayLine: Line, header: Header, vocabs: readonly Vocabulary[]): void {
  if (header.date === null || header.endDate !== null) return;
  const next = lines[lines.indexOf(dayLine) + 1];
  if (next === undefined || next.kind === 'code' || aboutNextMeeting(next.text, vocabs)) return;
  const found = findFullDate(next.text, vocabs);
  if (!found || found.hit.index > 12) return;
  const gap = daysBetween(header.date, found.iso);
  if (gap < 1 || gap > 7) return;
  header.endDate = found.iso;
  const times = findTimes(next.text.slice(found.hit.index), vocabs);
  if (times) header.endTime = times.end ?? times.start;
}

/**
 * The date in a file's name: `2024-05-15`, `20240515`, `15.05.2024`, `5-15-2024`, two-digit
 * parts in ISO order (`meeting_24_05_15`), or six digits that only one order makes a date
 * (`051524` = May 15, 2024). `fields.date.text` is the file's name.
 */
export function fileNameDate(path: string, header: Header, vocabs: readonly Vocabulary[]): void {
  const name = path.split(/[\\/]/).pop() ?? '';
  const base = name.replace(/\.[^.]*$/, '');
  const iso = dateInName(base, vocabs[0]?.code === 'en');
  if (iso === null) return;
  header.date = iso;
  header.fields.date = { text: name, position: { line: 1, column: 1 } };
}

/** The date a file name's digits spell, or null. */
export function dateInName(base: string, monthFirst: boolean): string | null {
  const full = /(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(base);
  if (full) return isoDate(+full[1]!, +full[2]!, +full[3]!);
  const dayFirst = /(?<!\d)(\d{1,2})[-_.](\d{1,2})[-_.]((?:19|20)\d{2})(?!\d)/.exec(base);
  if (dayFirst) {
    const order = numericOrder(+dayFirst[1]!, +dayFirst[2]!, monthFirst);
    return order ? isoDate(+dayFirst[3]!, order.month, order.day) : null;
  }
  const parts = /(?<!\d)(\d{2})[-_.](\d{2})[-_.](\d{2})(?!\d)/.exec(base);
  if (parts) return shortPartsDate(+parts[1]!, +parts[2]!, +parts[3]!, monthFirst);
  const six = /(?<!\d)(\d{2})(\d{2})(\d{2})(?!\d)/.exec(base);
  if (!six) return null;
  const [a, b, c] = [+six[1]!, +six[2]!, +six[3]!];
  const readings = [isoDate(fullYear(a), b, c), isoDate(fullYear(c), a, b), isoDate(fullYear(c), b, a)].filter((d): d is string => d !== null);
  const distinct = [...new Set(readings)];
  return distinct.length === 1 ? (distinct[0] as string) : null;
}

/**
 * Three two-digit parts: the year last as short dates are written (`21_02_24` = 21 February 2024;
 * month first in English), or first as in ISO order (`31_04_23` = 23 April 2031, as 31 April is
 * no date). When both readings are dates, the later year wins: an archive's names are recent.
 */
function shortPartsDate(a: number, b: number, c: number, monthFirst: boolean): string | null {
  const order = numericOrder(a, b, monthFirst);
  const yearLast = order ? isoDate(fullYear(c), order.month, order.day) : null;
  const yearFirst = isoDate(fullYear(a), b, c);
  if (yearLast === null || yearFirst === null) return yearLast ?? yearFirst;
  return yearLast >= yearFirst ? yearLast : yearFirst;
}

/**
 * Times of opening and closing stated in sentences: "called to order at 7:02 pm", "Kokous
 * avattiin klo 18.05", "Mötet öppnades kl. 18.00", "eröffnet die Sitzung um 19:00 Uhr",
 * "adjourned at 8:15 pm". They give the times where no time label did: the time the meeting
 * really opened beats one planned in its title.
 */
export function sentenceTimes(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  const opened = gather(vocabs, 'openedAt');
  const closed = gather(vocabs, 'closedAt');
  let start: { time: string; line: Line } | null = null;
  let end: { time: string; line: Line } | null = null;
  for (const line of lines) {
    if (line.kind === 'code' || line.kind === 'html' || (line.text.length > 400 && line.kind !== 'paragraph' && line.kind !== 'listItem') || !hasDigit(line.text)) continue;
    // A report told in one long paragraph or point, or a page flattened into one line, opens with its opening
    // (`Um 19.00 Uhr eröffnet der Bürgermeister ... die Sitzung, begrüßt ...`): only the sentences of its head are read,
    // however long, for a time is read only close to the phrase of opening or closing.
    for (const sentence of line.text.length > 400 ? headSentences(line.text, OPENING_HEAD) : [line.text]) {
      // `Das nächste Treffen beginnt um 18 Uhr`: the time of the next meeting, not of this one; the sentences before it stay.
      const text = beforeNextMeeting(sentence, vocabs);
      if (text === '') continue;
      const lower = text.toLowerCase();
      const opening: string | null = start === null ? (timeAfterPhrase(text, lower, opened, vocabs) ?? timeRightAfter(text, lower, alonePhrases(vocabs).opened, vocabs)) : null;
      if (opening) start = { time: opening, line };
      // The closing is read even where no opening time is written (`De voorzitter sluit de vergadering om 21.15 uur`),
      // and on the line that told the opening (`Vergadering geopend om 13:43, gesloten om 14:13`): another time there.
      if (end === null) {
        const time = timeAfterPhrase(text, lower, closed, vocabs) ?? timeRightAfter(text, lower, alonePhrases(vocabs).closed, vocabs);
        if (time && time !== opening) end = { time, line };
      }
      if (end !== null) break;
    }
    if (end !== null) break;
  }
  if (start && header.fields.time === undefined) {
    header.startTime = start.time;
    header.fields.startTime = { text: start.line.text, position: start.line.start };
  }
  if (end && header.fields.endTime === undefined && !(header.fields.time !== undefined && header.endTime !== null)) {
    header.endTime = afternoon(end.time, header.startTime);
    header.fields.endTime = { text: end.line.text, position: end.line.start };
  }
}

/** A line's sentences before the first that is about the next meeting (`The meeting closed at 9.20pm. Next meeting: 19 February.`). */
function beforeNextMeeting(text: string, vocabs: readonly Vocabulary[]): string {
  if (!aboutNextMeeting(text, vocabs)) return text;
  let kept = '';
  for (const sentence of text.split(/(?<=[.!?])\s+/u)) {
    if (aboutNextMeeting(sentence, vocabs)) break;
    kept += `${sentence} `;
  }
  return kept.trimEnd();
}

/**
 * A closing time told on the twelve-hour dial in a sentence (`sloot de voorzitter om 10.30 uur de
 * vergadering` after an opening at 20.00): read as the afternoon or evening when only then it comes
 * after the opening. A meeting past midnight (`23.00` to `00.30`) keeps its small hour.
 */
function afternoon(end: string, start: string | null): string {
  if (start === null || end >= start) return end;
  const later = `${String(Number(end.slice(0, 2)) + 12).padStart(2, '0')}${end.slice(2)}`;
  return Number(end.slice(0, 2)) < 12 && later > start ? later : end;
}

/**
 * The time written within a few words after one of the phrases, or null; else the time that opens
 * the line shortly before it, as a language that puts its verb second writes it (`Klockan 20:29
 * förklarade ordföranden mötet avslutat`, `Um 21 Uhr schloss ...`).
 */
function timeAfterPhrase(text: string, lower: string, phrases: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  // Most lines hold none of the phrases: one pass over the line says so before a search for each.
  if (!includesAny(lower, phrases)) return null;
  for (const phrase of phrases) {
    const at = wholePhraseAt(lower, phrase);
    if (at < 0) continue;
    const window = text.slice(at + phrase.length, at + phrase.length + 64);
    const times = findTimes(window, vocabs);
    if (times?.start) return times.start;
    const before = timeBefore(text, at, vocabs);
    if (before) return before;
  }
  return null;
}

/** Where a phrase first stands in a lower-case text, as whole words (no letter against either end); -1 where it does not. */
function wholePhraseAt(lower: string, phrase: string): number {
  const at = lower.indexOf(phrase);
  return at < 0 || /\p{L}/u.test(lower.charAt(at - 1)) || /\p{L}/u.test(lower.charAt(at + phrase.length)) ? -1 : at;
}

/** The phrases of opening and closing that name no meeting, once per list of vocabularies. */
const alonePhrases = oncePer((vocabs: readonly Vocabulary[]) => ({ opened: vocabs.flatMap((v) => v.openedAtAlone ?? []), closed: vocabs.flatMap((v) => v.closedAtAlone ?? []) }));

/**
 * The time right after one of the phrases that ends its clause (`sluit om 21:10.`, `Sluiting 21.20
 * uur`, `avslutat 17:49`): at most a word of the clock before it (`om`, `kl.`), at most the clock's
 * word after it, then the clause's end. Null where the phrase goes on to something else (`opent om
 * 14.00 uur de tentoonstelling`, `Opening zomerseizoen 10.00 uur`).
 */
function timeRightAfter(text: string, lower: string, phrases: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  if (phrases.length === 0 || !includesAny(lower, phrases)) return null;
  for (const phrase of phrases) {
    const at = wholePhraseAt(lower, phrase);
    if (at < 0) continue;
    const rest = text.slice(at + phrase.length, at + phrase.length + 40);
    const times = findTimes(rest, vocabs);
    if (!times?.start) continue;
    const before = rest.slice(0, times.index).trim().split(/\s+/u).filter(Boolean);
    const after = withoutClockWord(rest.slice(times.index + times.length).trimStart(), vocabs);
    // Only a short word of the clock may stand between (`om`, `kl.`, `at`): a noun there names another event (`Opening zomerseizoen 10.00 uur`).
    if (before.length <= 1 && before.every((word) => word.replace(/\.$/u, '').length <= 3) && !/^[\s,]*\p{L}/u.test(after)) return times.start;
  }
  return null;
}

/**
 * The time that opens a sentence before its verb, as languages with the verb second write it: a
 * time with at most one word after it (`uur`, `Uhr`) right before the phrase (`Om 19.30 uur opent
 * de voorzitter de vergadering`, `Um 19 Uhr eröffnet ...`), or one that opens the line shortly
 * before it (`Klockan 20:29 förklarade ordföranden mötet avslutat`).
 */
function timeBefore(text: string, at: number, vocabs: readonly Vocabulary[]): string | null {
  const near = text.slice(Math.max(0, at - 32), at);
  const times = findTimes(near, vocabs);
  if (times?.start) {
    const rest = near.slice(times.index + times.length).trim();
    if (rest.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 1 && !/[.;!?]/.test(rest)) return times.start;
  }
  const opening = at <= 40 ? findTimes(text.slice(0, at), vocabs) : null;
  return opening?.start && opening.index <= 12 ? opening.start : null;
}

/**
 * A line at the top without a label that starts with the time, perhaps after the date, and may
 * name the place after `at` or `@`: `5:30 PM PST at the Science Centre`, `10:00 - 12:00`,
 * `Pidetty 28.2.2025 klo 12:42 - 13.45 @ B233`.
 */
export function whenWhereLine(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  let headings = 0;
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const line = lines[i] as Line;
    if (line.kind === 'heading' && ++headings > 1) return;
    if ((line.kind !== 'paragraph' && line.kind !== 'listItem') || header.labels.has(i) || header.consumed.has(i) || line.text.length > 200) continue;
    const times = findTimes(line.text, vocabs);
    if (!times) continue;
    const before = withoutDates(line.text.slice(0, times.index), vocabs);
    const rest = line.text.slice(times.index + times.length).trimStart();
    const place = /^(?:\p{Lu}{2,4}\s+)?(?:@|(?:at|in|i|im|på|op)\s)\s*(\S.*)$/u.exec(rest) ?? placeAfterMark(rest, vocabs);
    const leads = /^[\s,.:;·|–—-]*$/u.test(before) || vocabs.some((v) => v.timeWords.includes(before.trim().toLowerCase()));
    if (!leads && !rest.startsWith('@')) continue;
    if (leads && header.startTime === null) {
      header.startTime = times.start;
      header.endTime ??= times.end;
      header.fields.time ??= { text: line.text, position: line.start };
    }
    if (place && header.location === null && /^[\p{Lu}\d]|^the\s/u.test(place[1] ?? '')) {
      header.location = (place[1] as string).replace(/^the\s/, '').replace(/[.,;]\s*$/, '').trim();
      header.fields.location = { text: line.text, position: line.start };
    }
    return;
  }
}

/**
 * The place written after the time with a comma, a dot or a dash between them (`6:30pm, School
 * Library`, `6:00 pm · Co-op meeting room and Zoom`): a short rest of the line that opens with a
 * capital and holds no sentence. Shaped as the match of the `at` form; null for any other rest.
 */
/** A full stop inside a text, not the dot of an abbreviation (`St. Pius`, `Nr. 5`, `Rheinstr. 1`): no short capitalised word before it, no number after it. */
const SENTENCE_DOT = /(?<!(?:^|[\s(])\p{Lu}\p{Ll}{0,2})\.\s(?!\d)/u;

function placeAfterMark(rest: string, vocabs: readonly Vocabulary[], timed = false): [string, string] | null {
  const mark = /^[,·•|–—-]\s*/u.exec(rest);
  if (!mark) return null;
  const after = rest.slice(mark[0].length).trim();
  // A preposition of place may lead it (`, i föreningshuset`, `, bei Ingrid zu Hause`); in lower case, one long noun only (`i föreningshuset`, not `in person and online`,
  // `at the latest`). After the date and the time a room's code may follow its word in lower case (`lokaal B2.05`), not a note (`concept`, `approx. 2 hours`).
  const lead = PLACE_PREPOSITION.exec(after);
  const place = lead ? after.slice(lead[0].length) : after;
  const words = place.toLowerCase().split(/\s+/);
  const lowerNoun = lead !== null && (words[0] as string).length >= LOWER_PLACE_LETTERS;
  // A room's code (`B2.05`, `F-312`), or a word in a case of place (`labilla`), after the time.
  const roomCode = timed && (/\p{L}[-.]?\d|\d\p{L}/u.test(words.slice(0, 3).join(' ')) || casedPlace(place, vocabs) !== null);
  if ((!/^\p{Lu}/u.test(place) && !lowerNoun && !roomCode) || words.length > 8 || /[!?:;]\s/.test(place) || SENTENCE_DOT.test(place)) return null;
  // A sentence about the meeting (`Maria opened the meeting`, `Bo reported ...`) is no place.
  const verbs = new Set(vocabs.flatMap((v) => [...v.reportWords, ...v.openedAt, ...v.closedAt, ...v.ownerLinks].flatMap((p) => p.split(' '))));
  return words.some((w) => verbs.has(w) && !['at', 'in', 'of', 'the', 'to', 'meeting', 'and', 'on'].includes(w)) ? null : [rest, place];
}

/** The fewest letters of a place written in lower case after its preposition: a noun of its own (`föreningshuset`, `kantine`), no word of a phrase (`latest`). */
const LOWER_PLACE_LETTERS = 7;

/** A preposition of place that opens the place beside a date (`i`, `im`, `bei`, `bij`, `hos`, `at`), with the article it takes (`in de`). */
const PLACE_PREPOSITION = /^(?:at the|at|in the|in de|in het|in der|in|im|i|på|op de|op het|op|bei der|bei|beim|bij de|bij het|bij|hos)\s+/iu;

function withoutDates(text: string, vocabs: readonly Vocabulary[]): string {
  let out = text;
  for (const hit of scanDates(text, vocabs).reverse()) out = out.slice(0, hit.index) + out.slice(hit.index + hit.length);
  const words = out.split(/[\s,]+/).filter(Boolean);
  return words.filter((w) => !vocabs.some((v) => v.weekdays.some((names) => names.includes(w.toLowerCase().replace(/\.$/, ''))))).join(' ');
}

/**
 * The place from a sentence about the meeting (`The meeting took place virtually, via
 * UberConference, at 6:00pm`, `Mötet hölls i Styrelserummet`): the words after the phrase up to
 * the time, the date or the sentence's end. Only in a line that names the meeting, never the next one.
 */
export function heldAtLocation(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  if (header.location !== null) return;
  // The phrases of the text's own language: a word of another may be a common word here (English `met`, Dutch `met` = with).
  const phrases = vocabs[0]?.heldAt ?? [];
  if (phrases.length === 0) return;
  for (const [index, first] of lines.slice(0, 60).entries()) {
    if (first.kind !== 'paragraph' && first.kind !== 'listItem' && first.kind !== 'heading') continue;
    // A sentence that typed minutes wrap onto the next lines of its paragraph (`... held at the` /
    // `High School on Thursday, February 7, 1935, ...`) is read whole from the paragraph's first line.
    const given = wrappedOn(lines, index);
    // A run-on line flattened from a PDF (`... held on DATE at PLACE Present: A, B ...`) is read up to its first field.
    const line = given.text.length > 400 && given.kind === 'paragraph' ? { ...given, text: headBeforeFields(given.text, vocabs) } : given;
    if (line.text.length > 400) continue;
    const lower = line.text.toLowerCase();
    for (const written of byPlace(phrases, lower)) {
      // A verb with a particle after the place (`fand … statt`): the place stands between them.
      const [phrase = written, particle] = written.split(' … ');
      const at = lower.indexOf(phrase);
      if (at < 0 || /\p{L}/u.test(lower.charAt(at - 1)) || /\p{L}/u.test(lower.charAt(at + phrase.length))) continue;
      const subject = line.text.slice(0, at).toLowerCase().split(/[^\p{L}-]+/u);
      // The meeting or the body that met (`The committee met on ... at 7.45pm at the home of ...`), or
      // nothing where the line opens with the phrase and a date (`Held on 9 April 2025 at 7.30pm at the
      // Church Hall`): that line is the header's own (`Met with Ann to go through ...` is a report).
      const bare = at === 0 && scanDates(line.text.slice(phrase.length), vocabs).length > 0;
      if ((!bare && !vocabs.some((v) => anyMatches(subject, v.meetingWords) || anyMatches(subject, v.bodies))) || aboutNextMeeting(line.text, vocabs)) continue;
      const close = particle === undefined ? -1 : lower.indexOf(` ${particle}`, at + phrase.length);
      if (particle !== undefined && close < 0) continue;
      const after = line.text.slice(at + phrase.length, close < 0 ? undefined : close);
      const place = placeAfter(after, vocabs) ?? placeAfterTime(after, vocabs) ?? placeAfterDate(after, vocabs);
      if (place) {
        header.location = place;
        header.fields.location = { text: line.text, position: line.start };
        return;
      }
    }
    const recorded = index < 15 ? recordedPlace(line.text, lower, header, vocabs, underTitle(first, lines[index - 1], header)) : null;
    if (recorded) {
      header.location = recorded;
      header.fields.location = { text: line.text, position: line.start };
      return;
    }
    const opened = openedPlace(line.text, lower, vocabs[0]?.openedAt ?? [], vocabs);
    if (opened) {
      header.location = opened;
      header.fields.location = { text: line.text, position: line.start };
      return;
    }
  }
}

/**
 * The phrases of holding a line holds, the first written first: a run-on line may say where the
 * meeting was held before it says where something else was (`Meeting held virtually via Zoom on
 * 8 June. ... the meeting was held in closed session`).
 */
function byPlace(phrases: readonly string[], lower: string): string[] {
  return phrases
    .map((written) => ({ written, at: lower.indexOf(written.split(' … ')[0] ?? written) }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((p) => p.written);
}

/**
 * The start time the sentence that says when the meeting was held names, where no label and no
 * sentence of opening gave one: minutes that open with the meeting's record give the time it was
 * called for (`De bestuursvergadering vond plaats op maandag 3 maart om 20.00 uur`,
 * `Protokoll fört vid styrelsemöte söndagen den 9 mars kl 16.00`, `The trustees met online on
 * May 5 at 19:30`, `Am Freitag um 20 Uhr fand die Jahresversammlung im Vereinsheim statt`). Its
 * first clock time gives the start, a range the end too; a sentence about the next meeting gives none.
 */
export function heldTime(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  if (header.startTime !== null) return;
  // A verb that also schedules an event (`pidetään`, `findet … statt`, `gehouden`) tells of one to come as often as of this
  // one (`Pöytäkirja pidetään nähtävänä ... klo 9`, `Vuosikokous pidetään lauantaina klo 12`): only a past one tells this meeting's time.
  const phrases = (vocabs[0]?.heldAt ?? []).filter((phrase) => !vocabs[0]?.holdingVerbs.includes(phrase));
  for (const [index, first] of lines.slice(0, 60).entries()) {
    if (first.kind !== 'paragraph' && first.kind !== 'listItem' && first.kind !== 'heading') continue;
    const given = wrappedOn(lines, index);
    const line = given.text.length > 400 && given.kind === 'paragraph' ? { ...given, text: headBeforeFields(given.text, vocabs) } : given;
    if (line.text.length > 400 || !hasDigit(line.text)) continue;
    // Only the sentence that tells it: another may tell a time of something else (`The meeting was briefly closed at 7.35pm to allow ... Discussion took place ...`).
    const sentences = line.text.split(SENTENCE_BREAK);
    // A page flattened from a PDF opens with its number (`1 Protokoll fört vid ...`).
    const opening = (sentences[0] as string).toLowerCase().replace(PAGE_NUMBER, '');
    const recorded = index < 15 && vocabs.some((v) => v.recordOpenings.some((words) => opening.startsWith(`${words} `)));
    const told = recorded ? sentences[0] : sentences.find((sentence) => phrases.some((written) => tellsHolding(sentence, sentence.toLowerCase(), written, vocabs)));
    if (told === undefined || aboutNextMeeting(told, vocabs)) continue;
    const times = findTimes(told, vocabs);
    if (times === null) continue;
    header.startTime = times.start;
    if (times.end !== null && header.endTime === null) header.endTime = times.end;
    header.fields.startTime = { text: line.text, position: line.start };
    return;
  }
}

/**
 * Whether a sentence says the meeting was held, with one of the phrases of holding (`vond plaats`, `met`,
 * `fand … statt`): the meeting or the body that met stands before the verb (`The committee met
 * on ...`), or right after it, as a language with its verb second puts it after a fronted time
 * (`Am Freitag um 20 Uhr fand die Jahresversammlung ... statt`); or the line opens with the phrase
 * and a date (`Held on 9 April 2025 at 7.30pm`).
 */
function tellsHolding(text: string, lower: string, written: string, vocabs: readonly Vocabulary[]): boolean {
  const phrase = written.split(' … ')[0] ?? written;
  const at = lower.indexOf(phrase);
  if (at < 0 || /\p{L}/u.test(lower.charAt(at - 1)) || /\p{L}/u.test(lower.charAt(at + phrase.length))) return false;
  if (at === 0 && scanDates(text.slice(phrase.length), vocabs).length > 0) return true;
  const names = (words: string[]): boolean => vocabs.some((v) => anyMatches(words, v.meetingWords) || anyMatches(words, v.bodies));
  if (names(lower.slice(0, at).split(/[^\p{L}-]+/u))) return true;
  const after = lower.slice(at + phrase.length, at + phrase.length + 60).split(/[^\p{L}-]+/u).filter(Boolean);
  return names(after.slice(0, MEETING_ARTICLES.has(after[0] ?? '') ? 2 : 1));
}

/** The number of a page before the first words of its text. */
const PAGE_NUMBER = /^\d{1,3}\s+/u;

/** Articles that may stand between a verb and the meeting it tells of (`fand die Sitzung`, `vond de vergadering`). */
const MEETING_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'de', 'het', 'the', 'unsere', 'onze', 'our']);

/**
 * The place the sentence of record names after the meeting's date and time (`Protokoll fört vid
 * årsmöte lördagen den 25 maj 2019 klockan 13.00 på Bygdegården`, `Protokoll från höstmöte
 * 2012-10-21 i Sjöstugan`, `Minutes of the AGM held 3 May 2024 at 7 pm in the Village Hall`):
 * `i`/`på`/`at`/`in` after the date, or after its time, up to the sentence's end. Only a line that
 * opens as a record (`recordOpenings`) and whose first date is the meeting's.
 */
function recordedPlace(text: string, lower: string, header: Header, vocabs: readonly Vocabulary[], titled = false): string | null {
  if (text.length > 300 || (!titled && !vocabs.some((v) => v.recordOpenings.some((words) => lower.startsWith(`${words} `))))) return null;
  const date = scanDates(text, vocabs)[0];
  if (!date || (header.date !== null && date.year !== null && isoDate(date.year, date.month, date.day) !== header.date)) return null;
  if (aboutNextMeeting(text, vocabs)) return null;
  const place = placeAfterDate(text, vocabs);
  return place !== null && /^[\p{Lu}\d]/u.test(place) ? place : null;
}

/**
 * Whether a line is the title's, or the line right under it: the title of a record goes on with the
 * meeting's date, time and place (`Mitgliederversammlung am 3. März 2024 im Vereinsheim`, `Niederschrift
 * über die Sitzung des Ortsrates` / `am Montag, dem 4. März 2024, um 19 Uhr im Rathaus`), as the
 * sentence of record does.
 */
function underTitle(line: Line, before: Line | undefined, header: Header): boolean {
  const title = header.fields.title?.position.line;
  if (title === undefined) return false;
  return line.start.line === title || (before !== undefined && before.start.line === title && before.kind !== 'heading' && line.kind === 'paragraph');
}

/**
 * The place the opening of the meeting names after its time (`called the meeting to order at 7:30 PM
 * at Station 1`, `called to order at 7:02 PM by the President at the Town Library`): `at` or `in`
 * after the time, past a short `by` clause naming who opened it.
 */
function openedPlace(text: string, lower: string, phrases: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  for (const phrase of phrases) {
    const at = lower.indexOf(phrase);
    if (at < 0 || /\p{L}/u.test(lower.charAt(at + phrase.length))) continue;
    const after = text.slice(at + phrase.length, at + phrase.length + 200);
    const times = findTimes(after, vocabs);
    if (!times || times.index > 6) continue;
    let rest = after.slice(times.index + times.length).trimStart();
    if (/^by\s/iu.test(rest)) {
      const next = rest.search(/\s(?:at|in)\s/u);
      // The clause names a person: a comma before the place ends it (`by the President, who welcomed ... in the name of`).
      if (next < 0 || next > 60 || /[,;]/u.test(rest.slice(0, next))) continue;
      rest = rest.slice(next + 1);
    }
    if (PLACE_LEAD.test(rest)) return placeAfter(rest, vocabs);
  }
  return null;
}

/**
 * The place written beside the meeting's date on its own line or heading, after a dash or a comma
 * (`June 20, 2024 — Clubhouse`, `Meeting 6 — 2025-03-04, 3:00–3:50 PM, Library Study Room 2`) or,
 * after the time, in parentheses (`2025-05-28, 15:00–16:10 CEST (Zoom)`): a short rest of the line
 * that opens with a capital and is neither a sentence nor the meeting's name. Only the first line
 * holding the meeting's date is read; a parenthesis right after a date alone is more often a status
 * (`(Approved)`, `(Draft)`) than a place.
 */
export function placeBesideDate(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  if (header.location !== null) return;
  for (let i = 0; i < Math.min(lines.length, 15); i++) {
    const line = lines[i] as Line;
    if ((line.kind !== 'heading' && line.kind !== 'paragraph' && line.kind !== 'listItem') || header.labels.has(i) || line.text.length > 160) continue;
    const date = scanDates(line.text, vocabs)[0];
    if (!date || aboutNextMeeting(line.text, vocabs)) continue;
    if (header.date !== null && date.year !== null && isoDate(date.year, date.month, date.day) !== header.date) continue;
    let rest = line.text.slice(date.index + date.length);
    const times = findTimes(rest, vocabs);
    const timed = times !== null && /^[\s,·|–—-]*(?:\p{L}{1,3}\.?\s*)?$/u.test(rest.slice(0, times.index));
    if (timed) rest = withoutClockWord(rest.slice(times.index + times.length).replace(/^\s*\p{Lu}{2,5}(?!\p{L})/u, '').trimStart(), vocabs);
    // Date, place, then the time (`27 juni 2018, Den Haag, 14:00u - 16:00u`): the time closing the line is no part of the place.
    else if (times !== null && /^[\s,·|–—-]*(?:\p{L}{1,5}\.?\s*)?$/u.test(rest.slice(times.index + times.length))) rest = rest.slice(0, times.index);
    const paren = timed ? /^\s*\(([^()]{2,60})\)\s*$/u.exec(rest) : null;
    const place = (paren ? paren[1] : placeAfterMark(rest.trimStart(), vocabs, timed)?.[1])?.replace(/[.,;]\s*$/u, '').trim();
    if (place === undefined || place === '') return;
    const words = fold(place).split(/\s+/u);
    if (words.length > 8 || vocabs.some((v) => anyMatches(words, v.meetingWords) || anyMatches(words, v.bodies)) || fold(header.title ?? '') === fold(place)) return;
    header.location = place;
    header.fields.location = { text: line.text, position: line.start };
    return;
  }
}

/**
 * The place after the date and time that open a text (`on 22 January at 7.45pm at the home of Gwen`,
 * `um 19:30 Uhr im Rathaus`): `at` or `in` and the words up to the sentence's end. The word for the
 * clock after the time (`Uhr`, `uur`) belongs to the time.
 */
function placeAfterTime(text: string, vocabs: readonly Vocabulary[]): string | null {
  const times = findTimes(text, vocabs);
  if (!times) return null;
  const rest = withoutClockWord(text.slice(times.index + times.length).trimStart(), vocabs);
  return PLACE_LEAD.test(rest) ? placeAfter(rest, vocabs) : (casedPlace(rest, vocabs) ?? remotePlace(rest, vocabs));
}

/** A text without the word for the clock it opens with (`Uhr, im Rathaus` gives `, im Rathaus`): the word belongs to the time before it. */
function withoutClockWord(text: string, vocabs: readonly Vocabulary[]): string {
  const clock = /^\p{L}+/u.exec(text)?.[0].toLowerCase();
  return clock !== undefined && vocabs.some((v) => v.clockWords.includes(clock)) ? text.slice(clock.length).trimStart() : text;
}

/**
 * The place a language of cases writes without a preposition, opening the text: up to four words,
 * the last in a case of place (`seurakuntatalolla`, `kirjaston kokoushuoneessa`), or null.
 */
function casedPlace(text: string, vocabs: readonly Vocabulary[]): string | null {
  const endings = vocabs.flatMap((v) => v.placeCases);
  if (endings.length === 0) return null;
  const words = text.trim().split(/\s+/u).slice(0, 4);
  for (let i = 0; i < words.length; i++) {
    const written = words[i] as string;
    const word = written.replace(/[.,;]$/u, '');
    if (!/^\p{L}[\p{L}-]*$/u.test(word)) return null;
    const lower = word.toLowerCase();
    if (endings.some((ending) => lower.endsWith(ending) && lower.length > ending.length + 2)) return [...words.slice(0, i), word].join(' ');
    if (word !== written) return null;
  }
  return null;
}

/** A preposition of place that opens the rest of a sentence after its date or time (`at the hall`, `im Gemeindehaus`, `i Folkets hus`, `op de zolder`). */
const PLACE_LEAD = /^(?:at|in|im|i|på|op)\s/i;

/** The place after the meeting's date, and its time if one follows (`gehouden op 16 juni 2005 in het clubhuis te Gouda`). */
function placeAfterDate(text: string, vocabs: readonly Vocabulary[]): string | null {
  const date = scanDates(text, vocabs)[0];
  if (!date) return null;
  const after = text.slice(date.index + date.length).trimStart();
  // A comma may part the date from the place it leads to (`gehouden op 12 maart 2024, in zaal De Linde`, `held on 3 May 2024, at the Village Hall`).
  const parted = after.startsWith(',') ? after.slice(1).trimStart() : after;
  const rest = PLACE_LEAD.test(parted) ? parted : after;
  // `at` may lead to the time, not to a place (`on 6 July 2020 at 7pm via Zoom`): the place is then read after the time.
  return (PLACE_LEAD.test(rest) ? placeAfter(rest, vocabs) : null) ?? placeAfterTime(rest, vocabs) ?? casedPlace(rest, vocabs) ?? remotePlace(rest, vocabs);
}

function placeAfter(text: string, vocabs: readonly Vocabulary[]): string | null {
  // Held at a distance, the service is the place (`held virtually via Zoom Video Conference on Monday, 8 June`).
  const remote = remotePlace(text, vocabs);
  if (remote !== null) return remote;
  // A word that opens no place (`was held as part of the club meeting`, `convened by the Department of Technology`).
  const opening = text.replace(/^[\s,]+/u, '').toLowerCase();
  const leads = (words: string): boolean => opening.startsWith(words) && !/\p{L}/u.test(opening.charAt(words.length));
  if (vocabs.some((v) => (v.notPlaceLeads ?? []).some(leads))) return null;
  let cut = text.length;
  const times = findTimes(text, vocabs);
  if (times) cut = Math.min(cut, times.index);
  const date = scanDates(text, vocabs)[0];
  if (date) cut = Math.min(cut, date.index);
  // A parenthesis ends the place: one opened after it (`the Hall (upstairs)`), or one closed after it round the phrase (`(held via Zoom), on ...`).
  const stop = /[;!?](?:\s|$)|\.(?:\s(?!\d)|$)|[()]/.exec(text);
  if (stop) cut = Math.min(cut, stop.index);
  const words = text.slice(0, cut).split(/\s+/).filter(Boolean);
  // Words that lead into a date or time (`on`, `am`, Swedish `den`, the weekday of the date) are no place before it.
  const isWeekday = (word: string) => vocabs.some((v) => v.weekdays.some((names) => names.includes(word.toLowerCase())));
  const leadsIn = (word: string) => /^(?:at|on|from|in|um|am|kl|klo|om|op|på|i|the|den|,)$/i.test(word) || (words.length > 1 && isWeekday(word));
  while (words.length > 0 && leadsIn((words[words.length - 1] as string).replace(/,$/, ''))) words.pop();
  while (words.length > 0 && /^(?:at|in|i|på|op|im)$/i.test(words[0] as string)) words.shift();
  // `in der Aula`, `in het buurthuis`: the article after the preposition goes with it.
  if (words.length > 1 && /^(?:der|dem|den)$/i.test(words[0] as string) && /^\p{Lu}/u.test(words[1] as string)) words.shift();
  const place = words.join(' ').replace(/(?<![,;:])[,;:]+$/, '').trim();
  // `on Wednesday` before a date names the day, not a place.
  const day = place.toLowerCase().replace(/^on\s+/, '').replace(/[.,]$/, '');
  if (vocabs.some((v) => v.weekdays.some((names) => names.includes(day)))) return null;
  return /\p{L}{2}/u.test(place) && place.length <= 100 ? place : null;
}
