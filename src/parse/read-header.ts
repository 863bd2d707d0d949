import type { FieldName, Vocabulary } from '../lang/types.js';
import type { FieldSource } from '../model/meeting.js';
import { daysBetween, isoDate } from './calendar.js';
import { gather, wordSet } from './cues.js';
import { anyMatches } from '../lang/match.js';
import { readFrontMatterPeople } from './front-matter-people.js';
import { type Header, ITEM_NUMBER_ALONE, valueLines } from './header.js';
import { PEOPLE_FIELDS, readPeopleField, readPeopleTables, readPreambleNames } from './read-attendance.js';
import { readNameColumn } from './name-column.js';
import { fieldOf, readLabel, type LabelHit } from './read-label.js';
import { readInlinePeople, splitRunOn, type RunOnLine } from './read-inline-fields.js';
import { findDayRange, findFullDate, findTimes, scanDates, weekdayOf } from './read-dates.js';
import { applyRoles, electionRoles, proseRoles, roleSentences, rosterRoles, type RoleClaim } from './read-roles.js';
import { signatureRoles } from './read-signatures.js';
import { readTitle } from './read-title.js';
import { aboutNextMeeting, fallbackDate, heldAtLocation, heldTime, placeBesideDate, sentenceTimes, whenWhereLine } from './read-when.js';
import type { Line } from './types.js';

export { dateOnlyShape } from './read-when.js';
export { cleanTitle } from './read-title.js';
export { type Header, ITEM_NUMBER_ALONE, valueLines } from './header.js';

/**
 * The place a site generator's front matter gives (`location: Zoom`, `venue: Town Hall`), when no
 * label of the minutes did: a key the vocabularies call a place, with a value that is no placeholder
 * (`TBD`, `N/A`).
 */
function frontMatterPlace(frontMatter: Record<string, unknown> | null, header: Header, vocabs: readonly Vocabulary[]): void {
  if (header.location !== null || frontMatter === null) return;
  for (const [key, value] of Object.entries(frontMatter)) {
    if (typeof value !== 'string' || value.length > 200 || PLACEHOLDER.test(value.trim())) continue;
    if (fieldOf(key.replace(/[_-]+/g, ' '), vocabs, false, true) !== 'location') continue;
    const at = header.sourceLines.findIndex((line) => line.startsWith(`${key}:`));
    const column = at < 0 ? 1 : (header.sourceLines[at] as string).indexOf(value.trim()) + 1;
    header.location = placeName(value.trim());
    header.fields.location = { text: value.trim(), position: { line: Math.max(at, 0) + 1, column: Math.max(column, 1) } };
    return;
  }
}

/** A value that stands for none yet (`TBD`, `TBA`, `N/A`, `-`). */
const PLACEHOLDER = /^(?:tb[ad]|n\/?a|none|-+|\?+)?$/iu;

/** The labels of the meeting's own officers. */
const MEETING_ROLE_FIELDS: ReadonlySet<string> = new Set(['chair', 'secretary']);

/**
 * Whether a title speaks of electing the body's officers (`Election of 2023 Committee`, `Nominations
 * of Elected Board Members:`): it holds an election word of the vocabularies and no word of the
 * meeting (`Val av mötesordförande`, `Election of the meeting's secretary` elect this meeting's own).
 */
function electionTitle(text: string, vocabs: readonly Vocabulary[]): boolean {
  if (text.length > 160) return false;
  const electionWords = wordSet(vocabs, 'electionWords');
  const words = text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  return words.some((w) => electionWords.has(w)) && !anyMatches(words, gather(vocabs, 'meetingWords'));
}

/** The fields of a meeting's time and place, which a heading about the next meeting gives to that meeting. */
const WHEN_AND_WHERE: ReadonlySet<string> = new Set(['date', 'time', 'start', 'end', 'location', 'dateAndPlace']);

/**
 * Read the header fields from labelled lines anywhere in the document (`Aika:`, `**Paikka**`,
 * `## Attendees`, a two-column table, front matter), then from tables of people, role sentences,
 * the title line, lines that hold only a date or a time, sentences about the opening, closing and
 * place of the meeting, and last the file's name (`path`) for the date.
 */
export function readHeader(lines: readonly Line[], frontMatter: Record<string, unknown> | null, vocabs: readonly Vocabulary[], source = '', path: string | null = null): Header {
  const header: Header = {
    title: null, date: null, endDate: null, startTime: null, endTime: null, location: null,
    participants: [], fields: {}, consumed: new Set(), labels: new Map(), diagnostics: [], sourceLines: source.split('\n'),
  };
  let headings = 0;
  // Under a heading about the next meeting below the title (`## Agenda volgende keer`, `## Next meeting`),
  // a chair, a date or a place is that meeting's, not this one's.
  let underNext = false;
  const runOns: RunOnLine[] = [];
  // Under an item that elects the body's officers (`## 4. Election of Committee`, `Nominations of Board Members:`), a role label names who is elected, not who chairs or minutes this meeting.
  let electing = false;
  lines.forEach((line, index) => {
    if (line.kind === 'heading') {
      headings++;
      underNext = headings >= 2 && aboutNextMeeting(line.text, vocabs);
      electing = headings >= 2 && electionTitle(line.text, vocabs);
    } else if (line.kind === 'paragraph' && /[:：]\s*$/u.test(line.text)) electing = electionTitle(line.text, vocabs);
    // Text flattened from a PDF runs a form's fields together on one line (`... Present: A, B In attendance: C`).
    const { label, runOn } = splitRunOn(line, index, readLabel(line, vocabs), vocabs);
    if (electing && label && MEETING_ROLE_FIELDS.has(label.field)) return;
    if (runOn && !underNext) runOns.push(runOn);
    if (label && underNext && line.kind !== 'heading' && (PEOPLE_FIELDS.has(label.field) || WHEN_AND_WHERE.has(label.field))) return;
    // The line right under a number alone (`§ 1` / `Mötets öppnande`, `9.` / `Plats för nästa möte`) is that item's title: no field of the meeting's time or place.
    if (label && label.value === '' && WHEN_AND_WHERE.has(label.field) && index > 0 && ITEM_NUMBER_ALONE.test((lines[index - 1] as Line).text.trim())) return;
    // People and roles listed in a code block deep in the body (next year's board under `8. Val av styrelse`) are not this meeting's.
    if (label && !(line.kind === 'code' && headings >= 2 && PEOPLE_FIELDS.has(label.field))) header.labels.set(index, label);
  });
  const claims: RoleClaim[] = [];
  for (const [index, label] of header.labels) {
    if (PEOPLE_FIELDS.has(label.field)) readPeopleField(lines, index, label, header, claims, vocabs);
    else readValueField(lines, index, label, header, vocabs);
  }
  for (const runOn of runOns) readRunOn(lines[runOn.index] as Line, runOn, header, claims, vocabs);
  readPeopleTables(lines, header, vocabs);
  readFrontMatterPeople(frontMatter, header, vocabs);
  frontMatterPlace(frontMatter, header, vocabs);
  readPreambleNames(lines, header, vocabs);
  readNameColumn(lines, header, vocabs);
  roleSentences(lines, claims, vocabs);
  electionRoles(lines, claims, vocabs);
  proseRoles(lines, header, claims, vocabs);
  signatureRoles(lines, claims, vocabs);
  rosterRoles(rosterValues(header, runOns, lines), claims, vocabs);
  applyRoles(header.participants, claims);
  readTitle(lines, header, frontMatter, vocabs);
  whenWhereLine(lines, header, vocabs);
  sentenceTimes(lines, header, vocabs);
  heldAtLocation(lines, header, vocabs);
  heldTime(lines, header, vocabs);
  placeBesideDate(lines, header, vocabs);
  fallbackDate(lines, header, frontMatter, vocabs, path);
  return header;
}

/** The values of the labels of those present, on a line of their own or run on in a line (`... Läsnä Aho Aino puheenjohtaja ...`). */
function rosterValues(header: Header, runOns: readonly RunOnLine[], lines: readonly Line[]): string[] {
  const out: string[] = [];
  for (const label of header.labels.values()) if (label.field === 'participants') out.push(label.value);
  for (const runOn of runOns) for (const label of runOn.labels) if (label.field === 'participants') out.push((lines[runOn.index] as Line).text.slice(label.valueAt, label.valueEnd));
  return out;
}

/**
 * The fields inside a run-on line: people and roles, time and place (not those of a next meeting).
 * A line that goes on into the body (`... Notulist: Ann Lee 1. Opening ...`) stays in it, whatever
 * the label at its start read.
 */
function readRunOn(line: Line, runOn: RunOnLine, header: Header, claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  for (const label of runOn.labels) {
    if (PEOPLE_FIELDS.has(label.field)) readInlinePeople(line, label, header, claims, vocabs);
    else if (!aboutNextMeeting(line.text.slice(label.labelAt, label.valueEnd), vocabs)) {
      readInlineValue(label.field, { text: label.value, position: { line: line.start.line, column: line.start.column + label.valueAt } }, header, vocabs);
    }
  }
  if (runOn.body) header.consumed.delete(runOn.index);
}

/** The time or place a label inside a run-on line gives, its value cut where the next field starts. */
function readInlineValue(given: FieldName, source: FieldSource, header: Header, vocabs: readonly Vocabulary[]): void {
  if (source.text === '') return;
  if (given === 'location') {
    if (header.location !== null) return;
    header.location = placeName(source.text);
    header.fields.location = source;
    return;
  }
  const field = given === 'dateAndPlace' ? 'date' : given;
  if (readWhen(source.text, field, source, header, vocabs) && given === 'dateAndPlace' && header.location === null) placeBeside(source.text, source, header, vocabs);
}

function readValueField(lines: readonly Line[], index: number, given: LabelHit, header: Header, vocabs: readonly Vocabulary[]): void {
  const label = given.field === 'dateAndPlace' ? { ...given, field: 'date' as const } : given;
  const field = label.field;
  if (!['date', 'time', 'start', 'end', 'location', 'title'].includes(field)) return;
  // `Date of next meeting: ...` is never the meeting's own date, time or place.
  if (aboutNextMeeting((lines[index] as Line).text, vocabs)) return;
  const more = label.value === '' ? unlabelled(valueLines(lines, index), header).slice(0, field === 'location' ? 1 : 6) : [];
  // A task under a heading that names a place as its topic (`## Venue` / `- [ ] @bo book the room`) is no place.
  if (field === 'location' && more.some((j) => (lines[j] as Line).checked !== null || (lines[j] as Line).text.startsWith('@'))) return;
  let value = [label.value, ...more.map((j) => (lines[j] as Line).text)].filter(Boolean).join(' ').trim();
  if (value === '') return;
  const inner = field !== 'location' ? innerLocation(value, vocabs) : null;
  if (inner) {
    value = inner.before;
    const next = valueLines(lines, index)[0];
    const place = inner.location || (next !== undefined ? (lines[next] as Line).text : '');
    if (header.location === null && place) {
      header.location = placeName(place);
      header.fields.location = { text: place, position: label.valueStart };
      if (!inner.location && next !== undefined) header.consumed.add(next);
    }
  }
  const position = label.value === '' && more.length > 0 ? (lines[more[0] as number] as Line).start : label.valueStart;
  const source: FieldSource = { text: value, position };
  let used = false;
  if (field === 'location' && header.location === null) {
    const goesOn = label.value.endsWith(',') ? lineGoingOn(lines, index, header) : null;
    const written = goesOn === null ? label.value || ((lines[more[0] as number] as Line | undefined)?.text ?? '') : `${label.value} ${(lines[goesOn] as Line).text}`;
    // A place and the time beside it (`Waar: Jitsi, 16:00–16:40`, `Ort: im Vereinshaus, Beginn 15:00 Uhr`): the time's parts give the time.
    const parts = written.split(/[,;]/u).map((part) => part.trim()).filter((part) => part !== '');
    const when = parts.filter((part) => findTimes(part, vocabs) !== null || findFullDate(part, vocabs) !== null);
    const place = when.length > 0 && when.length < parts.length ? parts.filter((part) => !when.includes(part)).join(', ') : written;
    if (place !== written) readWhen(when.join(', '), 'time', source, header, vocabs);
    header.location = placeName(place);
    header.fields.location = goesOn === null ? source : { text: place, position };
    if (goesOn !== null) header.consumed.add(goesOn);
    used = true;
  } else if (field === 'title' && header.fields.titleLabel === undefined) {
    header.fields.titleLabel = source;
  } else if (field === 'date' || field === 'time' || field === 'start' || field === 'end') {
    used = readWhen(value, field, source, header, vocabs);
  }
  if (used && given.field === 'dateAndPlace' && header.location === null) placeBeside(value, source, header, vocabs);
  const texts = used ? more.map((j) => (lines[j] as Line).text) : [];
  if (used) [index, ...(isProse(texts) || holdsMotion(texts, vocabs) ? [] : more)].forEach((j) => header.consumed.add(j));
}

/**
 * The line that goes on with a place ending in a comma (`Paikka: Kaupungintalo,` / `kokoushuone 2`),
 * as text wrapped at a width or typed over two lines sets an address: the next line of its
 * paragraph, when it holds no label of its own and no other field took it; else null.
 */
function lineGoingOn(lines: readonly Line[], index: number, header: Header): number | null {
  const line = lines[index] as Line;
  const next = lines[index + 1];
  if (next === undefined || next.block !== line.block || next.kind !== 'paragraph' || header.labels.has(index + 1) || header.consumed.has(index + 1)) return null;
  return next.text.length <= 120 ? index + 1 : null;
}

/** The value lines before the first that holds a label of its own (`## Time and place` over `Date: ...` and `Present: ...`): those are read for themselves. */
function unlabelled(indices: readonly number[], header: Header): number[] {
  const stop = indices.findIndex((j) => header.labels.has(j));
  return stop < 0 ? [...indices] : indices.slice(0, stop);
}

/**
 * Whether the lines under an empty label (`### Adjournment`, `Aika:` alone) are running prose that
 * merely mentions the value (`Motion to adjourn carried. The meeting adjourned at 8:15 pm.`): two
 * sentences or more. The value is read from them, but they stay in the body, where their motions,
 * decisions and tasks are read, so nothing of them is lost.
 */
function isProse(texts: readonly string[]): boolean {
  return texts.some((text) => /[.!?]\s+[\p{Lu}\d]/u.test(text) && twoWordsInLowerCase(text));
}

/**
 * Whether the lines hold a motion and its outcome (`Motion to adjourn at 7:45 p.m. by Ann Lee,
 * seconded by Bo Chan. Carried.`): the time is read from them, and the motion stays a decision of
 * the body however tersely it is written.
 */
function holdsMotion(texts: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const seconded = wordSet(vocabs, 'seconded');
  const carried = wordSet(vocabs, 'carried');
  return texts.some((text) => text.toLowerCase().split(/[^\p{L}]+/u).some((word) => seconded.has(word) || carried.has(word)));
}

/** Whether two words in lower case of three letters or more follow each other: running prose. */
function twoWordsInLowerCase(text: string): boolean {
  const words = text.split(/\s+/);
  return words.some((word, k) => k > 0 && /^\p{Ll}{3}/u.test(word) && /^\p{Ll}{3}/u.test(words[k - 1] as string));
}

/** A location label written inside a date value (`Aika 8.1.2025 klo 17 Paikka Kaupungintalo`). */
function innerLocation(value: string, vocabs: readonly Vocabulary[]): { before: string; location: string } | null {
  const labels = vocabs.flatMap((v) => v.labels.location ?? []);
  for (const match of value.matchAll(/\s(\p{Lu}\p{Ll}+)(?::|\s|$)/gu)) {
    if (!labels.includes((match[1] ?? '').toLowerCase())) continue;
    const location = value.slice(match.index + match[0].length).replace(/^[:\s]+/, '').trim();
    return { before: value.slice(0, match.index).trim(), location };
  }
  return null;
}

/**
 * The place in the value of a label that joins date and place (`Aika ja paikka: 12.3.2024 klo 18,
 * Kirjasto`): the parts between commas that hold no date and no time.
 */
function placeBeside(value: string, source: FieldSource, header: Header, vocabs: readonly Vocabulary[]): void {
  const parts = value.split(/[,;]/).map((part) => part.trim());
  const place = parts.filter((part) => part !== '' && !isWhen(part, vocabs)).join(', ');
  if (place === '' || place.length === value.trim().length) return;
  header.location = placeName(place);
  header.fields.location = { text: place, position: source.position };
}

/** Whether a part of a value names a day or a time: a date, a clock time or a weekday alone. */
function isWhen(part: string, vocabs: readonly Vocabulary[]): boolean {
  if (findFullDate(part, vocabs) !== null || scanDates(part, vocabs).length > 0 || findTimes(part, vocabs, true) !== null) return true;
  return weekdayOf(part.replace(/[^\p{L}]+/gu, ''), vocabs, true) >= 0;
}

function readWhen(value: string, field: FieldName, source: FieldSource, header: Header, vocabs: readonly Vocabulary[]): boolean {
  let used = false;
  const range = header.date === null && (field === 'date' || field === 'time') ? findDayRange(value, vocabs) : null;
  if (range) {
    header.date = range.first;
    header.endDate = range.last;
    header.fields.date = { text: value, position: source.position };
    used = true;
  }
  const date = findFullDate(value, vocabs);
  if (date && header.date === null && (field === 'date' || field === 'time')) {
    header.date = date.iso;
    header.fields.date = { text: value, position: source.position };
    if (date.hit.time && header.startTime === null) header.startTime = date.hit.time;
    used = true;
    lastDay(value, date.iso, header, vocabs);
  }
  // A date label whose value holds no date (`Tid: 19.00`, where `Tid` names date and time alike) gives a time.
  const times = findTimes(value, vocabs, field !== 'date' || (date === null && range === null && scanDates(value, vocabs).length === 0));
  if (times) {
    if (field === 'end') header.endTime ??= times.end ?? times.start;
    else header.startTime ??= times.start;
    if (field !== 'end' && times.end) header.endTime ??= times.end;
    header.fields[field === 'end' ? 'endTime' : 'time'] ??= { text: value.slice(times.index, times.index + times.length), position: source.position };
    used = true;
  }
  return used;
}

/**
 * The last day of a meeting over several days, when a date value names more days than one
 * (`Torstai 12.11.2026 klo 10.00 – 17.00 Perjantai 13.11.2026 klo 9.00 – 15.30`): a later date
 * within a week, with the closing time written after it.
 */
function lastDay(value: string, first: string, header: Header, vocabs: readonly Vocabulary[]): void {
  const days = scanDates(value, vocabs).filter((hit) => hit.year !== null);
  const last = days[days.length - 1];
  if (!last || days.length < 2) return;
  const iso = isoDate(last.year as number, last.month, last.day);
  if (iso === null || daysBetween(first, iso) < 1 || daysBetween(first, iso) > 7) return;
  header.endDate = iso;
  const times = findTimes(value.slice(last.index), vocabs);
  if (times) header.endTime = times.end ?? times.start;
}

/** Video services by the host of their meeting links. */
const SERVICES: [RegExp, string][] = [
  [/(?:^|\.)zoom\.us$/, 'Zoom'], [/^teams\.(?:microsoft|live)\.com$/, 'Teams'], [/^meet\.google\.com$/, 'Google Meet'],
  [/(?:^|\.)webex\.com$/, 'Webex'], [/^meet\.jit\.si$/, 'Jitsi'], [/(?:^|\.)whereby\.com$/, 'Whereby'], [/(?:^|\.)discord\.(?:gg|com)$/, 'Discord'],
];

/**
 * A place as written, without the address of a link beside its text (`Zoom <https://...>` gives
 * Zoom); a bare link to a video service gives the service's name, another bare link stays.
 */
function placeName(text: string): string | null {
  const value = cleanValue(text);
  if (value === null || !value.includes('://')) return value;
  const named = value.replace(/<[a-z]+:\/\/[^<>\s]*>/gi, '').trim();
  if (named !== '' && !named.includes('://')) return cleanValue(named);
  const host = /^<?[a-z]+:\/\/([^/\s<>:]+)/i.exec(value)?.[1]?.toLowerCase() ?? '';
  return SERVICES.find(([pattern]) => pattern.test(host))?.[1] ?? value;
}

function cleanValue(text: string): string | null {
  const value = text.replace(/^[\s:–—-]+/, '').replace(/(?<![\s,;])[\s,;]+$/, '').trim();
  return value === '' || value === '-' ? null : value;
}
