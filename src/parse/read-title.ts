import { matterValues } from './front-matter-fields.js';
import { anyMatches } from '../lang/match.js';
import type { FieldName, Vocabulary } from '../lang/types.js';
import type { Header } from './header.js';
import { headBeforeFields } from './inline-labels.js';
import { fieldOf } from './read-label.js';
import { findFullDate, findTimes, monthOf, scanDates, WORD_BEFORE } from './read-dates.js';
import { dateFromLine } from './read-when.js';
import { isBlank, trimEndWhere, unspaced, withoutPictographs } from './trim.js';
import { holdsMeetingWord, mentionsMeeting } from './meeting-words.js';
import type { Line } from './types.js';

/** How many lines at the top may hold the title. */
const TITLE_LINES = 8;

/**
 * The title: the first heading or bold line unless it is a section (`Attendees`, `General
 * information`) or only a link; else a plain first line that names a meeting or holds a date; else
 * the line before a line that only names the document (`Tarkastuslautakunta` above `Pöytäkirja`);
 * else front matter or a `Title:` label. Dates, times and the words they leave dangling go.
 */
export function readTitle(lines: readonly Line[], header: Header, frontMatter: Record<string, unknown> | null, vocabs: readonly Vocabulary[]): void {
  const titled = matterValues(frontMatter, ['title'], vocabs).find((value) => typeof value === 'string');
  const fromMatter = typeof titled === 'string' ? cleanTitle(titled, vocabs) : null;
  let found = leadingTitle(lines, header, vocabs) ?? plainTitle(lines, header, vocabs) ?? recordTitle(lines, vocabs) ?? fieldedTitle(lines, header, vocabs) ?? letterheadTitle(lines, vocabs) ?? datedName(lines, vocabs) ?? belowChrome(lines, header, vocabs) ?? headLine(lines, header, vocabs);
  // A plain first line that names only the page (`Documents`, `Minutes of Meetings`, `May 20th 2019 – Approved`) is a site's
  // chrome: the minutes begin below it, where the document's word or a sentence of record opens them.
  // A first line with the meeting's full date (`Meeting Notes 2012-10-16`) is the page of that meeting; a title below that names only a meeting (`meeting`) says less than the page.
  if (found !== null && found.index === firstTextLine(lines) && (lines[found.index] as Line).kind === 'paragraph' && namesOnlyPage(found.title, vocabs) && findFullDate((lines[found.index] as Line).text, vocabs) === null) {
    const below = belowChrome(lines, header, vocabs);
    if (below !== null && !namesOnlyPage(below.title, vocabs) && !isDocumentWord(below.title, vocabs)) {
      // The page's name is no topic of the minutes either.
      header.consumed.add(found.index);
      found = below;
    }
  }
  // Under a front-matter title, a first heading below the top level opens the first part (`### TOP 1 - Begrüßung`).
  const part = found !== null && fromMatter !== null && (lines[found.index] as Line).kind === 'heading' && (lines[found.index] as Line).depth > 1;
  if (found && !part) {
    const line = lines[found.index] as Line;
    header.title = found.title;
    header.fields.title = { text: line.text, position: line.start };
    if (header.date === null) dateFromLine(line, header, vocabs, 'title');
    const times = findTimes(line.text, vocabs);
    if (times && header.startTime === null) {
      header.startTime = times.start;
      header.endTime ??= times.end;
    }
    return;
  }
  if (fromMatter) {
    header.title = fromMatter;
    return;
  }
  const labelled = header.fields.titleLabel;
  if (labelled) header.title = cleanTitle(labelled.text, vocabs);
}

function leadingTitle(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  let skipped = false;
  let labelled = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'html' || line.kind === 'code' || isOnlyLink(line.text)) continue;
    // A line of metadata that only links elsewhere (`Agenda: [doc](...)`) comes before the title.
    const label = header.labels.get(i);
    if (label && line.kind !== 'heading' && i < TITLE_LINES && linksOnly(label.value)) {
      skipped = true;
      continue;
    }
    // So do a site generator's metadata lines without front-matter fences (`Date: 2017-03-19`, `Slug: agm`),
    // when a top heading follows them.
    if ((label || METADATA.test(line.text)) && line.kind !== 'heading' && i < 2 * TITLE_LINES && !line.bold && topHeadingAfter(lines, i, label ? DESCRIPTIVE.has(label.field) : true)) {
      skipped = true;
      labelled = true;
      continue;
    }
    // After such a line only a top heading is the title; a lower one opens a section.
    const leading = (line.kind === 'heading' && (!skipped || line.depth === 1)) || (line.bold && line.kind === 'paragraph' && !labelled);
    if (!leading || label || isSection(line.text, vocabs)) return null;
    const title = cleanTitle(line.text, vocabs);
    if (title) return { index: i, title };
  }
  return null;
}

/**
 * Whether a top heading (`# ...`) follows a line within the lines that may hold the title, after
 * label lines only. Above lines that only say when and where (`Date:`, `slug:`) any top heading
 * is the title; above a list of people (`* Anwesend: ...`) only the document's one top heading is:
 * where more follow it (`# Raumzugang`, `# Finanzen`), each is a topic of the record.
 */
function topHeadingAfter(lines: readonly Line[], index: number, descriptive: boolean): boolean {
  let read = 0;
  for (let j = index + 1; j < lines.length && read < 2 * TITLE_LINES; j++) {
    const line = lines[j] as Line;
    if (line.kind === 'heading') return line.depth === 1 && (descriptive || !lines.some((other, k) => k > j && other.kind === 'heading' && other.depth === 1));
    if (line.kind === 'html' || line.kind === 'code') continue;
    if (!METADATA.test(line.text)) return false;
    read++;
  }
  return false;
}

/** The fields of a document's metadata: when and where. */
const DESCRIPTIVE: ReadonlySet<FieldName> = new Set<FieldName>(['title', 'date', 'time', 'start', 'end', 'location', 'dateAndPlace']);

/** A metadata line of a site generator (`Slug: 2022-agm`, `date: 2022-01-23 12:03`): a key of a few words, a colon, a value. */
const METADATA = /^\p{L}[\p{L} _-]{0,30}:(?:\s|$)/u;

/** A plain line at the top that reads as a title, or the body's name above a line naming the document. */
function plainTitle(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  // The document's name alone on the first line (`NOTULEN`, `PROTOKOLL`) reads as a label too (of the secretary): it stands above the title all the same.
  const top = firstTextLine(lines);
  if (top >= 0 && (lines[top] as Line).kind === 'paragraph' && isDocumentWord((lines[top] as Line).text, vocabs)) {
    const named = titleBlock(lines, top, header, vocabs);
    if (named) return named;
  }
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < TITLE_LINES; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'html' || line.kind === 'code' || isOnlyLink(line.text)) continue;
    if (line.kind !== 'paragraph' || header.labels.has(i)) break;
    // A page's date stamp above its title (`Thursday, March 08, 2007` over `Annual General Meeting`), as blogs and web pages set it.
    if (head.length === 0 && dateStamp(line.text, vocabs)) continue;
    head.push(i);
  }
  const first = head[0];
  if (first !== undefined && (ownLine(lines, first) || overDateLine(lines, first, vocabs) || overHeaderLabel(lines, first, header)) && namesMeeting(lines[first] as Line, vocabs)) {
    const title = cleanTitle((lines[first] as Line).text, vocabs);
    if (title && namesOnlyDocument(title, vocabs)) {
      const meeting = meetingBelow(lines, first, vocabs);
      if (meeting) return meeting;
    }
    if (title) return fullerBelow(lines, head, title, vocabs) ?? { index: first, title };
  }
  const block = first === undefined ? null : titleBlock(lines, first, header, vocabs);
  if (block) return block;
  for (let k = 1; k < head.length; k++) {
    const line = lines[head[k] as number] as Line;
    const before = lines[head[k - 1] as number] as Line;
    if (!isDocumentWord(line.text, vocabs) || !ownLine(lines, head[k - 1] as number) || /\d/.test(before.text) || before.text.length > 80) continue;
    const title = cleanTitle(before.text, vocabs);
    if (title) return { index: head[k - 1] as number, title };
  }
  return bodyNameLine(lines, head, vocabs);
}

/**
 * The body's name on a line of its own at the top (`Barn- och utbildningsnämnden` under a form's
 * date, `Parish Council`): short, capitalised, no digits, its words before the last capitalised or a
 * word for "and", its last word a body noun of the vocabularies or a compound ending in one. The last resort: minutes headed by the body alone.
 */
function bodyNameLine(lines: readonly Line[], head: readonly number[], vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  for (const index of head) {
    const text = (lines[index] as Line).text;
    if (!ownLine(lines, index) || text.length > 60 || /\d/.test(text) || !/^\p{Lu}/u.test(text)) continue;
    const words = text.split(/[^\p{L}-]+/u).filter(Boolean);
    // A name, not a phrase: the words before the last capitalised, or a word for "and" (`Barn- och utbildningsnämnden`).
    if (words.slice(0, -1).some((word) => !/^\p{Lu}/u.test(word) && !vocabs.some((v) => v.and.includes(word)))) continue;
    if (!endsInBody(words[words.length - 1] ?? '', vocabs)) continue;
    const title = cleanTitle(text, vocabs);
    if (title) return { index, title };
  }
  return null;
}

/** Whether a word is a body noun of the vocabularies or a compound ending in one (`Kirkkoneuvosto`, `KUNNANHALLITUS`). */
function endsInBody(word: string, vocabs: readonly Vocabulary[]): boolean {
  const last = word.toLowerCase();
  return vocabs.some((v) => v.bodies.some((body) => body.length >= 4 && (last === body || (last.endsWith(body) && last.length - body.length >= 3))));
}

/**
 * Whether the words of a letterhead are the body's name alone (`Kirkkoneuvosto`, `KUNNANHALLITUS`,
 * `Tekninen lautakunta`), as a council's page heads its minutes: four words at most, capitalised
 * but for a word for "and", the last a body noun.
 */
function namesBody(part: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const words = part.map((w) => w.replace(/[^\p{L}-]/gu, '')).filter(Boolean);
  if (words.length === 0 || words.length > 4 || words.length !== part.length) return false;
  if (!/^\p{Lu}/u.test(words[0] as string) || words.slice(1, -1).some((w) => !/^\p{Lu}/u.test(w) && !vocabs.some((v) => v.and.includes(w)))) return false;
  return endsInBody(words[words.length - 1] as string, vocabs);
}

/** A letterhead longer than this is a paragraph, not the head of a page. */
const LETTERHEAD = 160;

/** A number a document word carries (`PÖYTÄKIRJA 1/`, `Muistio 8/2014`, `Protokoll 3`), or a page number before the letterhead. */
const DOCUMENT_NUMBER = /^\d[\d/.-]*$/u;

/**
 * The meeting a page flattened from a PDF names in its letterhead, the words its first line runs
 * together before the first field (`1 KOTIKYLÄN VESIOSUUSKUNTA PÖYTÄKIRJA 2/ HALLITUKSEN KOKOUS
 * Aika: ...`): the words after the last word for the document and its number when they name a
 * meeting (`HALLITUKSEN KOKOUS`), else all its words (`KOTIKYLÄN VESIOSUUSKUNNAN VUOSIKOKOUKSEN
 * PÖYTÄKIRJA`). A letterhead that names no meeting gives no title.
 */
function letterheadTitle(lines: readonly Line[], vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  const top = firstTextLine(lines);
  const line = topParagraph(lines, top);
  if (line === null) return null;
  const head = headBeforeFields(line.text, vocabs);
  if (head.length >= line.text.trimEnd().length || head.length > LETTERHEAD) return null;
  const words = head.split(/\s+/u).filter(Boolean);
  if (DOCUMENT_NUMBER.test(words[0] ?? '')) words.shift();
  let doc = -1;
  words.forEach((word, k) => {
    if (isDocumentWord(word, vocabs)) doc = k;
  });
  const after = words.slice(doc + 1);
  if (doc >= 0 && DOCUMENT_NUMBER.test(after[0] ?? '')) after.shift();
  const names = (part: readonly string[]): boolean => part.length > 0 && holdsMeetingWord(part.map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, '')), vocabs);
  // The body's name alone heads a council's page too (`1 Kirkkoneuvosto Paikka ...`, `KUNNANHALLITUS 8/2015 Aika ...`), its number after it.
  const bare = (part: readonly string[]): string[] => (DOCUMENT_NUMBER.test(part[part.length - 1] ?? '') ? part.slice(0, -1) : [...part]);
  const part = names(after) ? after : names(words) ? words : namesBody(bare(after), vocabs) ? bare(after) : null;
  const title = part === null ? null : cleanTitle(part.join(' '), vocabs);
  return title === null ? null : { index: top, title };
}

/** How many lines of a page's chrome may stand above the document's own first line. */
const CHROME_LINES = 12;

/**
 * The title under a page's chrome: a web page or a gazette sets its menu, its name and its section
 * above the minutes (`Satzung   home   Impressum`, `Amtsblatt der Gemeinde`, `Amtlicher Teil`), and
 * the minutes begin where a line opens with the word for the document: that word alone over the
 * meeting's name (`Protokoll` / `Mitgliederversammlung 2024`), or a sentence of record (`Niederschrift
 * über die Sitzung des Gemeinderates ...`). Only plain lines, no field, may stand above it; read
 * where no title stands on the first line.
 */
function belowChrome(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  const top = firstTextLine(lines);
  if (top < 0) return null;
  for (let i = top + 1; i < lines.length && i < top + CHROME_LINES; i++) {
    const line = lines[i] as Line;
    if ((line.kind !== 'paragraph' && line.kind !== 'heading') || line.listDepth > 0) return null;
    // The document's name alone reads as a label too (of the secretary): it opens the document all the same.
    if (isDocumentWord(line.text, vocabs)) return wrappedRecord(lines, i, vocabs) ?? titleBlock(lines, i, header, vocabs);
    if (header.labels.has(i)) return null;
    if (opensRecord(line.text, vocabs)) return recordTitle(lines, vocabs, i);
    // The meeting's name before its date, the page's first line of its own (`Home` / `Verein | Termine` / `Lindenhof Generalversammlung vom 3. April 2023`).
    const dated = (lines[i - 1] as Line).block !== line.block ? datedName(lines, vocabs, i) : null;
    if (dated) return dated;
  }
  return null;
}

/**
 * The meeting a document's name names where it stands alone on its line and its sentence of record
 * goes on below it, as a letterhead typed in Word or a page flattened from a PDF sets it: under a
 * running page head or a record number in the same block (`Prot. 38 v. 08.10.08 1 von 3` /
 * `N i e d e r s c h r i f t` / `über die Sitzung des Beirates ... am`), or with the phrase's first
 * word capitalised as a line of its own (`VERHANDLUNGSSCHRIFT` / `Über die öffentliche Sitzung des
 * Gemeinderates ...`). The two lines read as one sentence of record (`Niederschrift über die ...`);
 * null where they do not open one.
 */
function wrappedRecord(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  const next = index + 1;
  const line = lines[next];
  if (line === undefined || line.kind !== 'paragraph' || line.listDepth > 0) return null;
  const text = `${unspaced((lines[index] as Line).text).trim()} ${line.text}`;
  if (!opensRecord(text, vocabs)) return null;
  const found = recordTitleOf(text, line, lines, next, vocabs);
  return found === null ? null : { index: next, title: found };
}

/** Whether a line opens with a sentence of record (`Protokoll der ...`, `Niederschrift über die ...`). */
function opensRecord(text: string, vocabs: readonly Vocabulary[]): boolean {
  const lower = text.toLowerCase();
  return vocabs.some((v) => v.recordOpenings.some((words) => lower.startsWith(`${words} `)));
}

/** The lines of a first block a sentence of record may run over. */
const RECORD_LINES = 3;

/**
 * The meeting a sentence of record at the top names (`Minutes of the Parish Council meeting held
 * on 4 March ...`, `Protokoll fört vid Stackens vårmöte 2023, torsdagen den 23:e februari ...`):
 * the words after the opening, up to a comma, a full stop or a phrase of holding, without a date or
 * time, the article before them and the words the date leaves dangling.
 */
function recordTitle(lines: readonly Line[], vocabs: readonly Vocabulary[], top = firstTextLine(lines)): { index: number; title: string } | null {
  const line = topParagraph(lines, top);
  if (line === null) return null;
  const title = recordTitleOf(line.text, line, lines, top, vocabs);
  return title === null ? null : { index: top, title };
}

/** The meeting's name in a sentence of record that begins with `text` on line `top` and may run over the next lines of its block. */
function recordTitleOf(first: string, line: Line, lines: readonly Line[], top: number, vocabs: readonly Vocabulary[]): string | null {
  let text = first;
  for (let j = top + 1; j < top + RECORD_LINES && lines[j]?.block === line.block; j++) text += ` ${(lines[j] as Line).text}`;
  const lower = text.toLowerCase();
  const opening = vocabs.flatMap((v) => v.recordOpenings).find((words) => lower.startsWith(`${words} `));
  if (opening === undefined) return null;
  let end = text.length;
  const cut = (at: number): void => {
    if (at > opening.length) end = Math.min(end, at);
  };
  // A stop after a number of one to three digits is an ordinal (`der 16. Sitzung`), not the sentence's end; after a year (`AGM 2024. The chair ...`) it is.
  cut(text.search(/[,;]|(?<!(?<!\d)\d{1,3})\.(?:\s|$)/u));
  // The name ends where a field of a run-on header starts (`Minutes of the board meeting Date: ... Present: ...`).
  cut(headBeforeFields(text, vocabs).length);
  for (const phrase of vocabs.flatMap((v) => v.heldAt)) if (!phrase.includes('…')) cut(lower.indexOf(` ${phrase} `, opening.length));
  // The name ends where the date or the time begins (`ledenvergadering van 4 maart 2024 om 20.00 uur in het clubhuis`).
  const date = scanDates(text, vocabs)[0];
  if (date) cut(date.index);
  const time = findTimes(text, vocabs);
  if (time) cut(time.index);
  const rest = withoutWeekday(text.slice(opening.length, end).trim(), vocabs);
  const words = rest.split(' ');
  const name = vocabs.some((v) => v.titleTails.includes((words[0] ?? '').toLowerCase())) ? words.slice(1).join(' ') : rest;
  return cleanTitle(withoutTail(name, vocabs), vocabs);
}

/**
 * A name without the weekday a line of record breaks off with before its date goes on below or
 * after a comma (`Sitzung des Beirates am` / `Mittwoch, 8. Oktober 2008`): the day is when, not
 * what. Only a full weekday name of three letters or more.
 */
function withoutWeekday(name: string, vocabs: readonly Vocabulary[]): string {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1).toLowerCase();
  if (space < 0 || last.length < 3 || !vocabs.some((v) => anyMatches([last], v.weekdays.map((day) => day[0] as string)))) return name;
  return name.slice(0, space).trimEnd();
}

/**
 * The meeting the document's first line names before its date, whatever follows the date on that
 * line or below it (`Styrelsemöte i Scoutkåren 14/3 2022` over `Närvarande: ...`, `Board Meeting
 * -10/17/24 held outdoors ...`): the words before the first date with a year, a short name and no sentence, that
 * name a meeting by more than the document's words (`Verslag ledenvergadering d.d. 5 maart 2024`;
 * `Notulen 9 september` names none; `Am 3.5.2024 fand die Versammlung statt` has no name before
 * its date, and `Kokousaika   12.1.2016` a label).
 */
function datedName(lines: readonly Line[], vocabs: readonly Vocabulary[], top = firstTextLine(lines)): { index: number; title: string } | null {
  const line = topParagraph(lines, top);
  if (line === null) return null;
  const date = scanDates(line.text, vocabs).find((hit) => hit.year !== null);
  if (date === undefined || date.index > 90) return null;
  const before = line.text.slice(0, date.index);
  if (!/^\p{Lu}/u.test(before) || /\p{L}{3}[.!?]\s|[:;]\s/u.test(before)) return null;
  // A label set apart by blanks (`Kokousaika    12.1.2016 klo 14`) names a field, not the meeting.
  if (fieldOf(before.trim(), vocabs) !== null) return null;
  const words = before.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  if (!holdsMeetingWord(withoutDocumentWords(words, vocabs), vocabs)) return null;
  const title = cleanTitle(line.text.slice(0, date.index + date.length), vocabs);
  return title === null ? null : { index: top, title };
}

/**
 * The title of a plain first block of one or two lines, as typed minutes set them:
 * - the document's name alone, then the body's (`PROTOKOLL` / `Styrelsemöte i Föreningen Ljuset`);
 * - the body's name over a line, in its block or the next, that holds the date and names a meeting
 *   or follows a meeting's name (`Parochiebestuur H. Martinus` / `Verslag van de vergadering van 6
 *   februari 2023, ...`; `Verslag werkgroep X` / `dinsdag 10 oktober 2023, 19.30 uur, buurthuis`);
 * - a meeting's name over a bare name of the body, or the body's name over the meeting's, the two
 *   together (`Protokoll der Vorstandssitzung` / `Kleingartenverein Sonnenschein e. V.`; `As Oy
 *   Koivurinne` / `HALLITUKSEN KOKOUS 3/2025`).
 */
function titleBlock(lines: readonly Line[], first: number, header: Header, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  const line = lines[first] as Line;
  if ((lines[first - 1]?.block ?? -1) === line.block || !titleShaped(line.text)) return null;
  const sameBlock = lines[first + 1]?.block === line.block;
  const next = lines[first + 1];
  if (!next || header.labels.has(first + 1) || (next.kind !== 'paragraph' && next.kind !== 'heading')) return null;
  const pair = sameBlock && (lines[first + 2]?.block ?? -1) !== line.block;
  // The document's name over the rest of its own phrase, which goes on in lower case (`N i e d e r s c h r i f t` /
  // `über die Sitzung der Gemeindevertretung vom 28.11.2017.`, `Minutes` / `of the meeting of the Parish Council`): one title, wrapped.
  if (isDocumentWord(line.text, vocabs) && /^\p{Ll}/u.test(next.text) && next.text.length <= LONGEST_WRAPPED) {
    const title = cleanTitle(`${unspaced(line.text).trim()} ${next.text.replace(/\.$/u, '')}`, vocabs);
    if (title) return { index: first + 1, title };
  }
  if (isDocumentWord(line.text, vocabs) && (sameBlock || ownLine(lines, first + 1)) && titleShaped(next.text)) {
    const title = cleanTitle(next.text, vocabs);
    if (title) return { index: first + 1, title };
  }
  if (!sameBlock && !ownLine(lines, first)) return null;
  const dated = findFullDate(next.text, vocabs) !== null && next.text.length <= 160;
  // The body's name holds no time of its own (`READONLY 18:59` above a pad's first sentence is no name).
  if (dated && findTimes(line.text, vocabs) === null && (namesMeeting(line, vocabs) || namesMeeting(next, vocabs))) {
    const title = cleanTitle(line.text, vocabs);
    if (title) return { index: first, title };
  }
  if (pair && namesMeeting(line, vocabs) && !namesMeeting(next, vocabs) && titleShaped(next.text) && /^\p{Lu}/u.test(next.text) && scanDates(next.text, vocabs).length === 0) {
    const title = cleanTitle(`${line.text}, ${next.text}`, vocabs);
    if (title) return { index: first, title };
  }
  // The body's name over the meeting's, the two together (`As Oy Koivurinne` / `HALLITUKSEN KOKOUS 3/2025`), in one
  // block or stacked as lines of their own, as plain-text minutes centre a title (`The Harbour Club` / blank / `Board Meeting Minutes`).
  // Stacked lines join only where the second names the meeting, not the document alone (`PÖYTÄKIRJA 5/2024` under the body goes on to the meeting's name below it).
  const stacked = pair || (!sameBlock && ownLine(lines, first) && ownLine(lines, first + 1) && next.kind === 'paragraph' && !namesOnlyDocument(cleanTitle(next.text, vocabs) ?? '', vocabs));
  if (stacked && !namesMeeting(line, vocabs) && namesMeeting(next, vocabs) && titleShaped(next.text) && /^\p{Lu}/u.test(line.text) && /^\p{Lu}/u.test(next.text) && !/\d/.test(line.text)) {
    const title = cleanTitle(`${line.text}, ${next.text}`, vocabs);
    if (title) return { index: first, title };
  }
  return null;
}

/** A short line that is no sentence: no end mark but the dot of an abbreviation (`e. V.`, `H. Martinus`). */
function titleShaped(text: string): boolean {
  if (text.length > 90 || /[!?:;,]$/u.test(text)) return false;
  return !text.endsWith('.') || /(?:^|\s)\p{L}{1,3}\.$/u.test(text);
}

/**
 * Where nothing else gave the title: the document's first line, at the head of a block whose next
 * line opens a line of its own (a capital or a digit), short, no sentence and no label's value, that
 * names a meeting. Plain text and pages flattened from a PDF set the title on the first line with no
 * blank line under it (`Protokoll styrelsemöte 2024-03-05` / `Närvarande: ...`), as a letterhead is set.
 */
function headLine(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  const index = firstTextLine(lines);
  const line = lines[index];
  const next = lines[index + 1];
  if (line === undefined || line.kind !== 'paragraph' || next?.block !== line.block || next.kind !== 'paragraph') return null;
  // A label and its value set in columns (`Kokousaika      12.1.2016`) is a field of the header, no title.
  if (header.labels.has(index) || header.consumed.has(index) || /\S(?: {3,}|\t)\S/u.test(line.text)) return null;
  if (line.text.length > 90 || /[.!?:;,]$/u.test(line.text) || /:\s/u.test(line.text) || !/^[\p{Lu}\d]/u.test(next.text) || !namesMeeting(line, vocabs)) return null;
  const title = cleanTitle(line.text, vocabs);
  return title && !namesOnlyDocument(title, vocabs) ? { index, title } : null;
}

/** Whether a line is a block of its own, short, and no sentence. */
function ownLine(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line;
  const alone = (lines[index - 1]?.block ?? -1) !== line.block && (lines[index + 1]?.block ?? -1) !== line.block;
  return alone && line.text.length <= 90 && !/[.!?:]$/.test(line.text);
}

/** The first line of a block whose next line holds only a date (`MINUTES OF THE BOARD` above `March 14, 2024`). */
function overDateLine(lines: readonly Line[], index: number, vocabs: readonly Vocabulary[]): boolean {
  const line = lines[index] as Line;
  const next = lines[index + 1];
  if ((lines[index - 1]?.block ?? -1) === line.block || next?.block !== line.block || line.text.length > 90 || /[.!?:]$/.test(line.text)) return false;
  const date = findFullDate(next.text, vocabs);
  return date !== null && next.text.length - date.hit.length <= 12;
}

/** Labels of the header block that a title line stands above (`Datum: dinsdag 5 maart 2024`, `Tid: ...`, `Plats: ...`). */
const HEADER_BLOCK_FIELDS = new Set(['date', 'time', 'start', 'location', 'dateAndPlace']);

/** The first line of a block whose next line is a date, time or place label: the title line of a header block. */
function overHeaderLabel(lines: readonly Line[], index: number, header: Header): boolean {
  const line = lines[index] as Line;
  const next = lines[index + 1];
  if ((lines[index - 1]?.block ?? -1) === line.block || next?.block !== line.block || line.text.length > 90 || /[.!?:]$/.test(line.text)) return false;
  return HEADER_BLOCK_FIELDS.has(header.labels.get(index + 1)?.field ?? '');
}

/**
 * Whether a title names the document and at most its body, no meeting (`Pöytäkirja`, `Vakky ry
 * PÖYTÄKIRJA`, `Minutes`): what is left without the document's words holds no meeting word.
 */
function namesOnlyDocument(title: string, vocabs: readonly Vocabulary[]): boolean {
  const words = title.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean);
  const rest = withoutDocumentWords(words, vocabs);
  return rest.length < words.length && !holdsMeetingWord(rest, vocabs);
}

/** Words without the words that name the document (`pöytäkirja`, `notulen`). */
function withoutDocumentWords(words: readonly string[], vocabs: readonly Vocabulary[]): string[] {
  return words.filter((w) => !vocabs.some((v) => v.documentWords.includes(w)));
}

/**
 * The meeting a line under a title of the document alone names (`Vakky ry PÖYTÄKIRJA` / `VAKKY RY:N
 * VUOSIKOKOUS`; `PÖYTÄKIRJA` / `Eskon koulun vanhempainyhdistyksen hallituksen kokous Paikka: ...`):
 * the first plain line within the title lines whose words before any run-on field name a meeting
 * by more than the document's words; null when none does.
 */
function meetingBelow(lines: readonly Line[], from: number, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  for (let i = from + 1; i < lines.length && i <= from + TITLE_LINES; i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'paragraph' && line.kind !== 'heading') return null;
    const head = headBeforeFields(line.text, vocabs).replace(/\.\s*$/u, '');
    if (head.length > 90) return null;
    const title = cleanTitle(head, vocabs);
    if (title === null || namesOnlyDocument(title, vocabs)) continue;
    return holdsMeetingWord(withoutDocumentWords(title.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean), vocabs), vocabs) ? { index: i, title } : null;
  }
  return null;
}

/**
 * The meeting's name on a first line that goes on with the first fields of the header (`Verslag
 * bestuursvergadering d.d. 4 maart 2024, Aanvang: 20.00 uur, Locatie: clubhuis`, `Protokoll der
 * Vorstandssitzung vom 4. März 2024, Beginn: 19 Uhr`): the words before the first field, where they
 * name a meeting and give its date. Null for a line that opens with a field (`Datum: ...`).
 */
function fieldedTitle(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  const top = firstTextLine(lines);
  const line = topParagraph(lines, top);
  if (line === null || header.labels.has(top)) return null;
  const before = headBeforeFields(line.text, vocabs);
  // No field after the name: the line is no header line (a trailing full stop is no field).
  if (before.trimEnd().length >= line.text.trimEnd().length) return null;
  const head = trimEndWhere(before, (code) => isBlank(code) || code === 0x2c || code === 0x3b || code === 0x2e);
  if (head.length < 8 || head.length > 160) return null;
  if (findFullDate(head, vocabs) === null || !holdsMeetingWord(head.toLowerCase().split(/[^\p{L}-]+/u).filter(Boolean), vocabs)) return null;
  const title = cleanTitle(head, vocabs);
  return title === null || namesOnlyDocument(title, vocabs) ? null : { index: top, title };
}

/**
 * A plain line names a meeting when it holds a meeting word, a compound that ends in one
 * (`kesäkokous`, `hirvikokous`, `ledenvergadering`), or a date.
 */
function namesMeeting(line: Line, vocabs: readonly Vocabulary[]): boolean {
  return mentionsMeeting(line.text, vocabs) || scanDates(line.text, vocabs).some((d) => d.year !== null);
}

/**
 * The fuller name of the same meeting on the next line of the top (`Vuosikokous 2022` /
 * `KALLIOJÄRVEN KYLÄYHDISTYKSEN VUOSIKOKOUS 2022`): a page's title repeated by the document's own heading,
 * which adds the body's name. The next line must be a line of its own that holds every word of the
 * title and more; null otherwise.
 */
function fullerBelow(lines: readonly Line[], head: readonly number[], title: string, vocabs: readonly Vocabulary[]): { index: number; title: string } | null {
  const next = head[1];
  if (next === undefined || !ownLine(lines, next)) return null;
  const fuller = cleanTitle((lines[next] as Line).text, vocabs);
  if (fuller === null) return null;
  const wordsOfTitle = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\d-]+/u).filter(Boolean);
  const words = wordsOfTitle(fuller);
  const own = wordsOfTitle(title);
  return own.length > 0 && words.length > own.length && own.every((word) => words.includes(word)) ? { index: next, title: fuller } : null;
}

/** The longest line a wrapped title goes on with: a sentence's worth, not a paragraph. */
const LONGEST_WRAPPED = 160;

function isDocumentWord(text: string, vocabs: readonly Vocabulary[]): boolean {
  const key = unspaced(text).toLowerCase().replace(/[*_:.]/g, '').trim();
  return vocabs.some((v) => v.documentWords.includes(key));
}

/** A heading that names a section of the minutes (`General information`, `Summary`), not the meeting. */
function isSection(text: string, vocabs: readonly Vocabulary[]): boolean {
  const key = text.toLowerCase().replace(/[*_:.#]/g, '').trim();
  return vocabs.some((v) => (v.boilerplate.includes(key) && !v.documentWords.includes(key)) || v.sectionHeadings.includes(key));
}

/** Whether a label's value is only a link: an address, or a link's text with its address (`doc <https://...>`). */
function linksOnly(value: string): boolean {
  return isOnlyLink(value) || /^[^<>]{0,80}<[a-z]+:[^<>\s]*>$/i.test(value.trim());
}

/** The index of the document's first line of text: no HTML, no code, not only a link; -1 when there is none. */
function firstTextLine(lines: readonly Line[]): number {
  return lines.findIndex((line) => line.kind !== 'html' && line.kind !== 'code' && !isOnlyLink(line.text));
}

/**
 * Whether a line holds a date and nothing else but weekday names and punctuation (`Thursday, March
 * 08, 2007`, `12.3.2024`): a page's date stamp, no title.
 */
function dateStamp(text: string, vocabs: readonly Vocabulary[]): boolean {
  const hits = scanDates(text, vocabs);
  if (hits.length !== 1 || (hits[0] as { year: number | null }).year === null) return false;
  const hit = hits[0] as { index: number; length: number };
  const rest = (text.slice(0, hit.index) + ' ' + text.slice(hit.index + hit.length)).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return rest.every((word) => vocabs.some((v) => v.weekdays.some((day) => day.includes(word))));
}

/**
 * Whether a title names the page and nothing else: each word a word for the document (`Minutes`), a
 * word a site sets on its pages or a plain word for a meeting (`Documents`, `Approved`, `Meetings`),
 * a month's name, a number or a word of two letters (`of`), one at least of the page or a month.
 */
function namesOnlyPage(title: string, vocabs: readonly Vocabulary[]): boolean {
  const words = title.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const page = (word: string): boolean => vocabs.some((v) => (v.pageWords ?? []).includes(word) || v.months.some((names) => names.includes(word)));
  // At least one word of the page or a month: the document's word alone (`Protokoll`) or initials (`MR`) are no page's chrome.
  return words.some(page) && words.every((word) => /^\d+$/.test(word) || word.length <= 2 || page(word) || vocabs.some((v) => v.documentWords.includes(word)));
}

/** The first line of text when it is a plain paragraph's, outside any list; null otherwise. */
function topParagraph(lines: readonly Line[], top: number): Line | null {
  const line = lines[top];
  return line === undefined || line.kind !== 'paragraph' || line.listDepth > 0 ? null : line;
}

/** A line that is only a link or an address. */
function isOnlyLink(text: string): boolean {
  return /^(?:<?https?:\/\/\S+>?|\[[^\]]*\]\([^)]*\))$/.test(text.trim());
}

/** A title without its dates, times, trailing separators, dangling function words and a trailing remark; null when nothing is left. */
export function cleanTitle(text: string, vocabs: readonly Vocabulary[]): string | null {
  let title = withoutPictographs(text);
  const times = findTimes(title, vocabs);
  if (times) title = title.slice(0, times.index).replace(/\s(?:klo|kl|kello|at|um|om)\.?:?\s*$/i, '') + title.slice(times.index + times.length);
  let removed = times !== null;
  const dates = scanDates(title, vocabs);
  // A name before the date and more after it past a comma or a dash (`Branch Meeting, 22 January 2025,
  // 12:30, Room G14`, `Board Meeting – March 3, 2024 (Approved)`): the name is what stands before; the place or remark after it is not.
  const first = dates[0];
  if (first && /\p{L}{2}/u.test(title.slice(0, first.index)) && /^\s*[,–—|(-]/u.test(title.slice(first.index + first.length))) {
    title = title.slice(0, first.index + first.length);
    dates.length = 1;
  }
  for (const hit of dates.reverse()) {
    const before = title.slice(0, hit.index).replace(hit.weekday !== null ? WORD_BEFORE : /$/u, '');
    title = before + title.slice(hit.index + hit.length);
    removed = true;
  }
  title = title.replace(/\(\s*\)|\[\s*\]/g, ' ');
  if (removed) title = withoutRemark(title);
  title = title.replace(/\s+/g, ' ').replace(/^[\s:;,.–—-]+/, '').replace(/(?<![\s:;,(–—-])[\s:;,(–—-]+$/, '').trim();
  if (removed) title = withoutTail(withoutPlace(title, vocabs), vocabs);
  return /\p{L}{2}/u.test(title) && !monthAndYear(title, vocabs) ? title : null;
}

/** A month and its year alone (`APRIL 2019`, `maaliskuu 2024`): when the minutes were written, no name. */
function monthAndYear(text: string, vocabs: readonly Vocabulary[]): boolean {
  const parts = /^(\p{L}+)\.?\s+\d{4}$/u.exec(text);
  return parts !== null && monthOf(parts[1] as string, vocabs, true) > 0;
}

/**
 * A title without the place a clause after its comma names (`Vuosikokous, paikkana seuran maja`,
 * `Board meeting, held at the library`), or the clause of when and where after the name of the
 * meeting itself (`Minutes of the Annual General Meeting held on [date] in the Village Hall`):
 * the header reads it.
 */
function withoutPlace(title: string, vocabs: readonly Vocabulary[]): string {
  const lower = title.toLowerCase();
  for (const phrase of vocabs.flatMap((v) => v.heldAt)) {
    if (phrase.includes('…')) continue;
    const at = lower.indexOf(`, ${phrase} `);
    if (at > 0) return title.slice(0, at).trimEnd();
    const after = lower.indexOf(` ${phrase} `);
    const named = after > 0 && vocabs.some((v) => anyMatches(lower.slice(0, after).split(/[^\p{L}-]+/u), v.meetingWords));
    if (named) return title.slice(0, after).trimEnd();
  }
  return title;
}

/** A title without a trailing remark in parentheses that holds lower-case words (`(öffentliche Version)`, not `(TSC)`). */
function withoutRemark(title: string): string {
  const trimmed = title.trimEnd();
  const open = trimmed.lastIndexOf('(');
  if (open <= 0 || !trimmed.endsWith(')') || trimmed.indexOf(')', open) !== trimmed.length - 1) return title;
  return /\p{Ll}/u.test(trimmed.slice(open)) ? trimmed.slice(0, open) : title;
}

/** A title without the function words its removed date leaves at its end (`Design Meeting for`, `Sitzung vom`). */
function withoutTail(title: string, vocabs: readonly Vocabulary[]): string {
  let out = title;
  for (let round = 0; round < 3; round++) {
    const space = out.lastIndexOf(' ');
    // A function word alone (`dd 10-07-2025`, `vom 3. Mai`) was all the date left: no title.
    if (space < 0) return vocabs.some((v) => v.titleTails.includes(out.toLowerCase())) ? '' : out;
    const last = out.slice(space + 1).toLowerCase();
    if (!vocabs.some((v) => v.titleTails.includes(last))) break;
    out = trimEndWhere(out.slice(0, space), (code) => isBlank(code) || ':;,(–—-'.includes(String.fromCharCode(code))).trim();
  }
  return out;
}
