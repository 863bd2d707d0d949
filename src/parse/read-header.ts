import { fold } from '../lang/match.js';
import type { FieldName, Vocabulary } from '../lang/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { FieldSource } from '../model/meeting.js';
import type { Participant } from '../model/participant.js';
import type { Position } from '../model/position.js';
import { isoDate } from './calendar.js';
import { readLabel, type LabelHit } from './read-label.js';
import { findFullDate, findTimes, scanDates, WORD_BEFORE } from './read-dates.js';
import { readPeople, isName, splitTopLevel } from './read-people.js';
import { resolvePerson } from './resolve-people.js';
import type { Line } from './types.js';

/** The header of a meeting: what it was, when, where and who. */
export interface Header {
  title: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  location: string | null;
  participants: Participant[];
  fields: Record<string, FieldSource>;
  /** Indices of the lines read as header fields. */
  consumed: Set<number>;
  /** Every label found, by line index. */
  labels: Map<number, LabelHit>;
  diagnostics: Diagnostic[];
  /** The source, line by line, to place names exactly. */
  sourceLines: readonly string[];
}

interface RoleClaim {
  role: string;
  names: string[];
  strength: number;
}

const PEOPLE = new Set<FieldName>(['participants', 'absent', 'chair', 'secretary', 'viceChair']);
const WEAK_SECRETARY = new Set(['scribe', 'scribes', 'minutes', 'minute taker', 'minute takers', 'note taker', 'notetaker', 'recorder', 'kirjuri', 'protokollförare']);

/**
 * Read the header fields from labelled lines anywhere in the document (`Aika:`, `**Paikka**`,
 * `## Attendees`, a two-column table, front matter), then fall back to the title line and to
 * lines that hold only a date.
 */
export function readHeader(lines: readonly Line[], frontMatter: Record<string, unknown> | null, vocabs: readonly Vocabulary[], source = ''): Header {

  const header: Header = {
    title: null, date: null, startTime: null, endTime: null, location: null,
    participants: [], fields: {}, consumed: new Set(), labels: new Map(), diagnostics: [], sourceLines: source.split('\n'),
  };
  lines.forEach((line, index) => {
    const label = readLabel(line, vocabs);
    if (label) header.labels.set(index, label);
  });
  const claims: RoleClaim[] = [];
  for (const [index, label] of header.labels) {
    if (PEOPLE.has(label.field)) readPeopleField(lines, index, label, header, claims, vocabs);
    else readValueField(lines, index, label, header, vocabs);
  }
  proseRoles(lines, header, claims, vocabs);
  applyRoles(header.participants, claims);
  readTitle(lines, header, frontMatter, vocabs);
  fallbackDate(lines, header, frontMatter, vocabs);
  return header;
}

/** The indices of the lines that hold a label's value when it is not on the label's own line. */
export function valueLines(lines: readonly Line[], index: number): number[] {
  const line = lines[index] as Line;
  const out: number[] = [];
  if (line.kind === 'heading') {
    for (let j = index + 1; j < lines.length && !((lines[j] as Line).kind === 'heading' && (lines[j] as Line).depth <= line.depth); j++) out.push(j);
    return out;
  }
  if (line.kind === 'listItem') {
    for (let j = index + 1; j < lines.length && ((lines[j] as Line).listDepth > line.listDepth || (lines[j] as Line).block === line.block); j++) out.push(j);
    return out;
  }
  let j = index + 1;
  for (; j < lines.length && (lines[j] as Line).block === line.block; j++) out.push(j);
  if (out.length > 0 || j >= lines.length) return out;
  const next = lines[j] as Line;
  if (next.kind === 'listItem') {
    for (; j < lines.length && (lines[j] as Line).kind === 'listItem' && (lines[j] as Line).listDepth >= next.listDepth; j++) out.push(j);
  } else if (next.kind === 'paragraph' && next.quoteDepth === line.quoteDepth) {
    for (const block = next.block; j < lines.length && (lines[j] as Line).block === block; j++) out.push(j);
  }
  return out;
}

function readValueField(lines: readonly Line[], index: number, label: LabelHit, header: Header, vocabs: readonly Vocabulary[]): void {
  const field = label.field;
  if (!['date', 'time', 'start', 'end', 'location', 'title'].includes(field)) return;
  const more = label.value === '' ? valueLines(lines, index).slice(0, field === 'location' ? 1 : 6) : [];
  let value = [label.value, ...more.map((j) => (lines[j] as Line).text)].filter(Boolean).join(' ').trim();
  if (value === '') return;
  const inner = field !== 'location' ? innerLocation(value, vocabs) : null;
  if (inner) {
    value = inner.before;
    const next = valueLines(lines, index)[0];
    const place = inner.location || (next !== undefined ? (lines[next] as Line).text : '');
    if (header.location === null && place) {
      header.location = cleanValue(place);
      header.fields.location = { text: place, position: label.valueStart };
      if (!inner.location && next !== undefined) header.consumed.add(next);
    }
  }
  const position = label.value === '' && more.length > 0 ? (lines[more[0] as number] as Line).start : label.valueStart;
  const source: FieldSource = { text: value, position };
  let used = false;
  if (field === 'location' && header.location === null) {
    header.location = cleanValue(label.value || ((lines[more[0] as number] as Line | undefined)?.text ?? ''));
    header.fields.location = source;
    used = true;
  } else if (field === 'title' && header.fields.titleLabel === undefined) {
    header.fields.titleLabel = source;
  } else if (field === 'date' || field === 'time' || field === 'start' || field === 'end') {
    used = readWhen(value, field, source, header, vocabs);
  }
  if (used) [index, ...more].forEach((j) => header.consumed.add(j));
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

function readWhen(value: string, field: FieldName, source: FieldSource, header: Header, vocabs: readonly Vocabulary[]): boolean {
  let used = false;
  const date = findFullDate(value, vocabs);
  if (date && header.date === null && (field === 'date' || field === 'time')) {
    header.date = date.iso;
    header.fields.date = { text: value, position: source.position };
    if (date.hit.time && header.startTime === null) header.startTime = date.hit.time;
    used = true;
  }
  const times = findTimes(value, vocabs, field !== 'date');
  if (times) {
    if (field === 'end') header.endTime ??= times.end ?? times.start;
    else header.startTime ??= times.start;
    if (field !== 'end' && times.end) header.endTime ??= times.end;
    header.fields[field === 'end' ? 'endTime' : 'time'] ??= { text: value.slice(times.index, times.index + times.length), position: source.position };
    used = true;
  }
  return used;
}

function readPeopleField(
  lines: readonly Line[], index: number, label: LabelHit, header: Header, claims: RoleClaim[], vocabs: readonly Vocabulary[],
): void {
  if (header.consumed.has(index)) return;
  const line = lines[index] as Line;
  if (label.field === 'chair' || label.field === 'secretary' || label.field === 'viceChair') {
    const names = roleNames(lines, index, label, header);
    if (names.length === 0) return;
    const role = label.field === 'viceChair' ? 'vice-chair' : label.field;
    const weak = label.field === 'secretary' && WEAK_SECRETARY.has(line.text.toLowerCase().replace(/\(s\)|(?<![:\s])[:\s]+$/g, ''));
    claims.push({ role, names, strength: weak ? 1 : 2 });
    header.consumed.add(index);
    return;
  }
  let present = label.field === 'participants';
  const found: Participant[] = [];
  const take = (text: string, at: Line, oneEach: boolean, isPresent: boolean): void => {
    for (const person of readPeople(text, oneEach, vocabs)) {
      found.push({ name: person.name, organization: person.organization, roles: person.roles, present: isPresent && at.checked !== false, handle: person.handle, position: placeOf(person.name, at, header.sourceLines) });
    }
  };
  if (label.value !== '') take(label.value, line, false, present);
  const more = label.value === '' || line.kind === 'heading' ? valueLines(lines, index) : [];
  for (const j of more) {
    const sub = lines[j] as Line;
    const subLabel = header.labels.get(j);
    if (subLabel && PEOPLE.has(subLabel.field)) {
      if (subLabel.field === 'participants' || subLabel.field === 'absent') {
        present = subLabel.field === 'participants';
        if (subLabel.value !== '') take(subLabel.value, sub, false, present);
        header.consumed.add(j);
      } else {
        readPeopleField(lines, j, subLabel, header, claims, vocabs);
      }
      continue;
    }
    if (subLabel || sub.kind === 'heading' || sub.kind === 'code' || sub.kind === 'html') continue;
    take(sub.text, sub, sub.kind === 'listItem' && !manyNames(sub.text), present);
    header.consumed.add(j);
  }
  if (found.length > 0 || label.value === '') header.consumed.add(index);
  for (const person of found) addParticipant(header, person);
  if (found.length > 0) header.fields[present ? 'participants' : 'absent'] ??= { text: line.text, position: line.start };
}

function roleNames(lines: readonly Line[], index: number, label: LabelHit, header: Header): string[] {
  let raw = label.value;
  if (raw === '') {
    const next = valueLines(lines, index)[0];
    if (next === undefined) return [];
    raw = (lines[next] as Line).text;
  }
  const names = splitTopLevel(raw.replace(/\([^()]*\)/g, ''), /[,;&]|\s(?:and|ja|och)\s/).map((n) => n.replace(/_/g, ' ').trim());
  if (!names.every((n) => isName(n) || /^@[\w.-]+$/.test(n))) return [];
  if (label.value === '') header.consumed.add(valueLines(lines, index)[0] as number);
  return names;
}

/** Where a name is written on its line, searched in the source so Markdown marks do not shift it. */
function placeOf(name: string, line: Line, sourceLines: readonly string[]): Position {
  const raw = sourceLines[line.start.line - 1] ?? '';
  const offset = raw.indexOf(name, Math.max(0, line.start.column - 1));
  return offset >= 0 ? { line: line.start.line, column: offset + 1 } : line.start;
}

function manyNames(text: string): boolean {
  const parts = splitTopLevel(text, /,/);
  return parts.length >= 3 && parts.every((p) => isName(p));
}

function addParticipant(header: Header, person: Participant): void {
  const list = header.participants;
  const same = list.find((p) => fold(p.name) === fold(person.name));
  if (!same) {
    list.push(person);
    return;
  }
  if (person.position && same.position && person.present === same.present) {
    header.diagnostics.push({
      ruleId: 'participant-duplicate',
      severity: 'warn',
      message: `Unexpected second \`${person.name}\`, expected each participant once (first at ${same.position.line}:${same.position.column})`,
      position: person.position,
      end: { line: person.position.line, column: person.position.column + person.name.length },
    });
  }
  same.roles = [...new Set([...same.roles, ...person.roles])];
  same.organization ??= person.organization;
  same.present = same.present && person.present;
}

/** Roles stated in sentences: `Seth Tisue (secretary)`, `As chairperson, Jon Pretty ...`. */
function proseRoles(lines: readonly Line[], header: Header, claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  const roles = new Map<string, string>();
  for (const vocab of vocabs) for (const [role, words] of Object.entries(vocab.roles)) for (const word of words) if (!roles.has(word) && word.length > 3) roles.set(word, role);
  const name = String.raw`(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})`;
  const afterName = new RegExp(`${name} \\((\\p{L}+)\\)`, 'gu');
  const beforeName = new RegExp(`\\b[Aa]s (\\p{L}+), ${name}`, 'gu');
  for (const line of lines.slice(0, 200)) {
    if (line.kind !== 'paragraph' || line.text.length > 600) continue;
    for (const m of line.text.matchAll(afterName)) addProse(m[1], roles.get((m[2] ?? '').toLowerCase()), header, claims);
    for (const m of line.text.matchAll(beforeName)) addProse(m[2], roles.get((m[1] ?? '').toLowerCase()), header, claims);
  }
}

function addProse(name: string | undefined, role: string | undefined, header: Header, claims: RoleClaim[]): void {
  if (!name || !role || claims.some((c) => c.role === role)) return;
  if (resolvePerson(name, header.participants) === null) return;
  claims.push({ role, names: [name], strength: 0 });
}

function applyRoles(participants: Participant[], claims: RoleClaim[]): void {
  const roles = new Set(claims.map((c) => c.role));
  for (const role of roles) {
    if (participants.some((p) => p.roles.includes(role))) continue;
    const best = claims.filter((c) => c.role === role).sort((a, b) => b.strength - a.strength)[0];
    const name = best?.names[0];
    if (!name) continue;
    const full = resolvePerson(name, participants);
    const person = participants.find((p) => p.name === full);
    if (person) person.roles.push(role);
    else participants.push({ name, organization: null, roles: [role], present: true, handle: name.startsWith('@') ? name : null });
  }
}

function readTitle(lines: readonly Line[], header: Header, frontMatter: Record<string, unknown> | null, vocabs: readonly Vocabulary[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.kind === 'html' || line.kind === 'code') continue;
    const leading = line.kind === 'heading' || (line.bold && line.kind === 'paragraph');
    if (!leading || header.labels.has(i)) break;
    const title = cleanTitle(line.text, vocabs);
    if (title) {
      header.title = title;
      header.fields.title = { text: line.text, position: line.start };
      if (header.date === null) dateFromLine(line, header, vocabs, 'title');
      const times = findTimes(line.text, vocabs);
      if (times && header.startTime === null) {
        header.startTime = times.start;
        header.endTime ??= times.end;
      }
      return;
    }
  }
  const fromMatter = typeof frontMatter?.title === 'string' ? cleanTitle(frontMatter.title, vocabs) : null;
  if (fromMatter) {
    header.title = fromMatter;
    return;
  }
  const labelled = header.fields.titleLabel;
  if (labelled) header.title = cleanTitle(labelled.text, vocabs);
}

/** A title without its dates, times and trailing separators; null when nothing is left. */
export function cleanTitle(text: string, vocabs: readonly Vocabulary[]): string | null {
  let title = text;
  const times = findTimes(title, vocabs);
  if (times) title = title.slice(0, times.index).replace(/\s(?:klo|kl|kello|at)\.?:?\s*$/i, '') + title.slice(times.index + times.length);
  for (const hit of scanDates(title, vocabs).reverse()) {
    const before = title.slice(0, hit.index).replace(hit.weekday !== null ? WORD_BEFORE : /$/u, '');
    title = before + title.slice(hit.index + hit.length);
  }
  title = title.replace(/\s+/g, ' ').replace(/^[\s:;,.–—-]+/, '').replace(/(?<![\s:;,(–—-])[\s:;,(–—-]+$/, '').trim();
  return /\p{L}{2}/u.test(title) ? title : null;
}

function dateFromLine(line: Line, header: Header, vocabs: readonly Vocabulary[], field: string): boolean {
  const date = findFullDate(line.text, vocabs);
  if (!date) return false;
  header.date = date.iso;
  header.fields.date = { text: line.text.slice(Math.max(0, date.hit.index - 16), date.hit.index + date.hit.length), position: line.start };
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

function fallbackDate(lines: readonly Line[], header: Header, frontMatter: Record<string, unknown> | null, vocabs: readonly Vocabulary[]): void {
  if (header.date === null) {
    const head = lines.slice(0, 40);
    const dateOnly = head.find((l) => l.kind !== 'code' && dateOnlyShape(l.text) && findFullDate(l.text, vocabs)?.hit.length === l.text.replace(/^\p{L}+[.,]?\s*/u, '').length);
    if (dateOnly) dateFromLine(dateOnly, header, vocabs, 'line');
  }
  if (header.date === null && frontMatter) {
    const raw = frontMatter.date ?? frontMatter.title;
    const text = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : null;
    const found = text ? findFullDate(text, vocabs) : null;
    if (found) header.date = isoDate(found.hit.year as number, found.hit.month, found.hit.day);
  }
  if (header.date === null) {
    const first = lines.slice(0, 30).find((l) => l.kind !== 'code' && l.kind !== 'html' && findFullDate(l.text, vocabs));
    if (first) dateFromLine(first, header, vocabs, 'text');
  }
}

function cleanValue(text: string): string | null {
  const value = text.replace(/^[\s:–—-]+/, '').replace(/(?<![\s,;])[\s,;]+$/, '').trim();
  return value === '' || value === '-' ? null : value;
}
