import { fold } from '../lang/match.js';
import type { FieldName, Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import type { Position } from '../model/position.js';
import { fieldOf, normalizeLabel, type LabelHit } from './read-label.js';
import { resolvePerson, withoutHonorifics } from './resolve-people.js';
import type { Header } from './header.js';
import { columnLines, valueLines } from './header.js';
import { namesThenPresence, withoutClosingPresence } from './names-then-presence.js';
import { isOfficeWord, withoutOfficeWords } from './office-words.js';
import { withSharedSurnames } from './shared-surname.js';
import { addresses, fieldsOf, givenNameFirst, isName, nameWithOffice, officeOfTwo, readName, readPeople, roleOf, splitLeadingRole, splitTopLevel, withoutLinks, type PersonEntry } from './read-people.js';
import type { RoleClaim } from './read-roles.js';
import type { Line } from './types.js';
import { WRAP_WIDTH } from './to-blocks.js';
import { withoutTrailingParen } from './trim.js';
import { attendanceWords, gather, hasPhrase } from './cues.js';
import { mayTellAttendance } from './line-hints.js';
import { oncePer } from '../lang/once-per.js';

/** A sentence of notes: four words or more, one in lower case, and a full stop, question or exclamation mark at its end. */
function isProse(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length >= 4 && /[.!?]$/u.test(text.trimEnd()) && words.some((w) => /^\p{Ll}/u.test(w));
}

/** Labels whose value names people. */
export const PEOPLE_FIELDS = new Set<FieldName>(['participants', 'absent', 'chair', 'secretary', 'viceChair', 'checker', 'teller']);
/** The parts of the body a heading can open (tasks, decisions, a proposal, the agenda): none of them holds people. */
const BODY_SECTIONS = new Set<FieldName>(['actions', 'decisions', 'proposal', 'agenda']);

/** The role each role label gives. */
export const ROLE_OF_FIELD: Partial<Record<FieldName, string>> = { chair: 'chair', secretary: 'secretary', viceChair: 'vice-chair', checker: 'checker', teller: 'teller' };

/** Role labels that are also the names of sections of the minutes (`## Notes`, `## Minutes`). */
const SECTION_ROLE_WORDS = new Set(['notes', 'minutes', 'meeting notes', 'anteckningar', 'muistiinpanot', 'notizen', 'notities']);

const WEAK_SECRETARY = new Set(['scribe', 'scribes', 'minutes', 'minute taker', 'minute takers', 'note taker', 'notetaker', 'recorder', 'kirjuri', 'protokollförare']);

/**
 * Whether a line of an attendance section is a sentence stating a finding of the meeting: it holds one
 * of the formulas minutes record a finding or a decision with (`ist beschlussfähig`, `quorum was
 * present`, `todettiin päätösvaltaiseksi`), which a line of names never holds.
 */
function statesFinding(text: string, vocabs: readonly Vocabulary[]): boolean {
  return hasPhrase(text, gather(vocabs, 'decisionPhrases'));
}

/**
 * Read the people a label introduces: a role label (`Chair: X`, `Sihteeri: tsw`) gives a claim on
 * the role, an attendance label (`Present:`, `## Anwesende`, `Regrets:`) the people listed on its
 * line, below it, or in a table of people under it. Sub-labels inside the section switch between
 * present and absent; bold captions (`**Team A**`) and lines ending in a colon name groups, not people.
 */
export function readPeopleField(
  lines: readonly Line[], index: number, label: LabelHit, header: Header, claims: RoleClaim[], vocabs: readonly Vocabulary[],
): void {
  if (header.consumed.has(index)) return;
  const line = lines[index] as Line;
  const role = ROLE_OF_FIELD[label.field];
  if (role !== undefined) {
    // `Chair: Jani, Secretary: Andrei`: a further role's label in the value gives that role its own names.
    const [own = label.value, ...others] = roleParts(label.value, vocabs);
    for (const other of others) {
      const names = roleNames(lines, index, { ...label, value: other.text }, header, vocabs);
      if (names.length > 0) claims.push({ role: ROLE_OF_FIELD[other.field] as string, names, strength: 2 });
    }
    const names = roleNames(lines, index, own !== label.value ? { ...label, value: own } : label, header, vocabs);
    if (names.length === 0) return;
    // `## Notes` heads the notes: a capitalised first word under it (`Text`, `Budget`) is no note taker unless a participant.
    // So does `Notes` on a line of its own, written as a heading is in plain-text minutes.
    const titleLine = line.kind === 'heading' || (line.kind === 'paragraph' && !line.text.includes(':'));
    if (titleLine && label.value === '' && SECTION_ROLE_WORDS.has(normalizeLabel(line.text)) && !names.every((n) => resolvePerson(n, header.participants) !== null)) return;
    const weak = label.field === 'secretary' && WEAK_SECRETARY.has(line.text.toLowerCase().replace(/\(s\)|(?<![:\s])[:\s]+$/g, ''));
    claims.push({ role, names, strength: weak ? 1 : 2 });
    header.consumed.add(index);
    return;
  }
  let present = label.field === 'participants';
  const found: Participant[] = [];
  const take = (text: string, at: Line, oneEach: boolean, isPresent: boolean): void => {
    const names = isPresent ? withoutClosingPresence(text, vocabs) : text;
    for (const person of readPeople(withNamePairsParted(withColumnsParted(names, vocabs), vocabs), { oneEach, nicks: true }, vocabs)) found.push(participantOf(person, at, isPresent && at.checked !== false && !person.absent, header));
  };
  // A value in a column beside its label goes on line by line under its first line, a person a line
  // (`Beslutande   Anna Berg (S), ordförande` / `             Erik Lund (M)`) unless a line lists full names.
  const column = label.value.endsWith(',') ? [] : columnLines(lines, index, valueColumn(line, label), header.sourceLines);
  const lineEach = (text: string): boolean => column.length > 0 && !listsFullNames(text);
  // A value wrapped at a width goes on in the next lines of its paragraph, one text: a name or its details cut at a line's end.
  const wrapped = label.value !== '' && (line.kind === 'paragraph' || (line.kind === 'listItem' && line.itemStart)) && column.length === 0 ? wrappedOn(lines, index, header, vocabs) : [];
  const value = [label.value, ...wrapped.map((j) => (lines[j] as Line).text)].join(' ');
  for (const j of wrapped) header.consumed.add(j);
  if (label.value !== '') {
    for (const part of innerLabels(value, label.field, vocabs)) take(part.text, line, lineEach(part.text), part.field === 'participants');
  }
  // A value that ends in a comma goes on in the next lines of its paragraph (`Attendees: A, B,` / `C, D`).
  const continued = wrapped.length === 0 && label.value.endsWith(',') && line.kind === 'paragraph' ? valueLines(lines, index).filter((j) => (lines[j] as Line).block === line.block) : column;
  for (const j of continued) {
    if (header.consumed.has(j) || header.labels.has(j)) break;
    take((lines[j] as Line).text, lines[j] as Line, lineEach((lines[j] as Line).text), present);
    header.consumed.add(j);
  }
  // A value that holds a person goes on a person a line in the rest of its paragraph, as a register
  // sets them (`Beslutande: Anna Holm (S), ordförande` / `Erik Lund (M), vice ordförande` / `Lena Berg (C)`).
  if (label.value !== '' && line.kind === 'paragraph' && continued.length === 0) {
    for (const j of entryLines(lines, index, header, vocabs)) {
      const text = nameBeforeDetail(withoutGroupAfter((lines[j] as Line).text, vocabs));
      take(text, lines[j] as Line, !listsFullNames(text), present);
      header.consumed.add(j);
    }
  }
  if (label.value !== '' && line.kind === 'paragraph') {
    for (const j of runOnLines(lines, index, header, vocabs)) {
      for (const person of readPeople((lines[j] as Line).text, { oneEach: false, loose: true }, vocabs)) found.push(participantOf(person, lines[j] as Line, present, header));
      header.consumed.add(j);
    }
  }
  let more = label.value === '' || line.kind === 'heading' ? valueLines(lines, index) : [];
  // A list entry that labels people holds them in its body, a paragraph after a blank line as well (`- Members:` / `` / `    Ann Lee` / `` / `    Bo Chan`).
  if (label.value === '' && line.kind === 'listItem' && more.length === 0) more = itemBody(lines, index);
  if (label.value === '' && more.length === 0) more = tableAfter(lines, index);
  if (label.value === '' && line.kind === 'paragraph' && opensItems(lines, more, vocabs)) more = [];
  const perParagraph = new Set(label.value === '' && line.kind === 'paragraph' && more.length > 0 ? namePerParagraph(lines, more[more.length - 1] as number, header, vocabs) : []);
  if (perParagraph.size > 0) more = [...more, ...perParagraph];
  // A heading that names a group rather than attendance (`## Observers`, not `## Participants`).
  const groupHeading = line.kind === 'heading' && label.value === '' && !vocabs.some((v) => v.attendance.present.includes(normalizeLabel(line.text)));
  const pairs = nameAndDetailLines(lines, more, vocabs);
  const turned = surnameFirstLines(lines, more, header);
  let bulleted = false;
  let columns: PeopleColumns | null = null;
  const stack = line.kind === 'paragraph' && label.value === '' ? stackedLabels(lines, index, more, label.field, header) : null;
  for (let k = 0; k < more.length; k++) {
    const j = more[k] as number;
    const sub = lines[j] as Line;
    // A label alone on its line in a paragraph typed without blank lines (`Apologies` / `Ann Lee, Bo Chan` /
    // `The minutes were approved.` / `Finance` / ...): the names end where the notes begin, at the first sentence after them.
    if (label.value === '' && line.kind === 'paragraph' && sub.block === line.block && k > 0 && isProse(sub.text)) break;
    if (header.consumed.has(j)) continue;
    if (stack !== null) {
      // Labels set one under another and their values after them, in the same order: the k-th value line is the k-th label's.
      if (k < stack.labels) {
        header.consumed.add(j);
        continue;
      }
      const field = stack.fields[k - stack.labels];
      if (field === undefined) break;
      take(sub.text, sub, false, field === 'participants');
      header.consumed.add(j);
      continue;
    }
    // A numbered list after a bulleted list of names is what the meeting went through, not more names.
    if (bulleted && found.length > 0 && sub.kind === 'listItem' && sub.ordinal !== null && sub.listDepth <= 1) break;
    // A line that goes on with a numbered entry (`5. Liedes Riikka, jäsen` / `Salum Abdul-Rahman, varajäsen`, a deputy under
    // the member) is part of the numbered list, not a bullet of its own.
    if (sub.kind === 'listItem' && sub.ordinal === null && !continuesNumbered(lines, j)) bulleted = true;
    const subLabel = header.labels.get(j);
    // A sub-heading that names another part of the minutes (`## Attendees` / `### Action items`) ends the roster: its lines are that part's.
    if (sub.kind === 'heading' && subLabel && BODY_SECTIONS.has(subLabel.field)) break;
    if (subLabel && PEOPLE_FIELDS.has(subLabel.field)) {
      if (subLabel.field === 'participants' || subLabel.field === 'absent') {
        present = subLabel.field === 'participants';
        if (subLabel.value !== '') take(subLabel.value, sub, false, present);
        // A sub-label alone on its line (`Directors Present:`) may have its list after this one's lines: it reads that itself.
        if (subLabel.value !== '' || line.kind === 'heading') header.consumed.add(j);
      } else {
        readPeopleField(lines, j, subLabel, header, claims, vocabs);
      }
      continue;
    }
    // The caption over the signatures alone on its line (`Allekirjoitukset`, `Underskrifter`) opens the end of the record,
    // where a roster typed without blank lines runs into it: the names under it sign, they are no more of the roster.
    if (sub.kind === 'paragraph' && captionWords(vocabs).has(normalizeLabel(sub.text))) break;
    // A sentence after the names that states what the meeting found (`Die Vorstandssitzung ist beschlussfähig.`,
    // `Quorum is present.`) closes the roster as the body's first finding: it is left to the decisions, not read for names.
    if (sub.kind === 'paragraph' && statesFinding(sub.text, vocabs)) continue;
    // Code lines hold people only as the indented value of a label outside them (plain-text minutes); a list of contents is no value.
    if (subLabel || sub.kind === 'heading' || sub.kind === 'html' || (sub.kind === 'code' && line.kind === 'code') || isCaption(sub)) continue;
    if (sub.kind === 'tableRow') {
      // A table of tasks (`| Description | Owner | Deadline |`) under a heading that holds the names itself is no roster.
      if (sub.header && line.kind === 'heading' && label.value !== '' && isTaskTable(sub, vocabs)) break;
      if (sub.header) k += readTable(lines, j, header, vocabs, present, found) - 1;
      continue;
    }
    // A list written as a table: an entry that names the columns (`Name / Affiliation / Handle`) heads the entries after it.
    const cells = sub.kind === 'listItem' ? fieldsOf(sub.text) : null;
    const heads = listColumns(cells, vocabs);
    if (heads !== null) {
      columns = heads;
      header.consumed.add(j);
      continue;
    }
    if (columns !== null && cells !== null) {
      const person = personOfCells(cells, columns, vocabs);
      if (person) found.push(participantOf(person.entry, sub, present && person.attended, header));
      header.consumed.add(j);
      continue;
    }
    const members = turned.has(j) ? (givenNameFirst(sub.text) as string) : withoutGroup(sub.text, vocabs);
    const grouped = members.length < sub.text.length && members !== withoutLinks(sub.text);
    const before = found.length;
    take(members, sub, (sub.kind === 'listItem' || pairs.has(j) || perParagraph.has(j)) && !grouped && !manyNames(members), present);
    // A heading that names a group (`## Observers`, `## Officers`) over text that names nobody at first is a topic, not a list of people.
    if (groupHeading && before === 0 && found.length === 0) break;
    header.consumed.add(j);
  }
  if (found.length > 0 || label.value === '') header.consumed.add(index);
  for (const person of found) addParticipant(header, person);
  if (found.length > 0) header.fields[present ? 'participants' : 'absent'] ??= { text: line.text, position: line.start };
}

/**
 * Where a label's value starts on its line, past the blanks after a colon (`Present:      Ann Lee`
 * has its column where Ann Lee starts, and the lines under it start there too).
 */
function valueColumn(line: Line, label: LabelHit): LabelHit['valueStart'] {
  const tail = line.text.trimEnd();
  if (label.value === '' || !tail.endsWith(label.value) || line.start.line !== label.valueStart.line) return label.valueStart;
  return { line: label.valueStart.line, column: Math.max(label.valueStart.column, line.start.column + tail.length - label.value.length) };
}

/**
 * A line of people whose columns stand apart by a gap of blanks or a tab, as text from a PDF or a
 * form lays them out (`Ann Lee        Chair`, `Ann Lee     Bo Chan     Ida Voss`), with a comma for
 * each gap: the columns part as a name and its details do, or as the names of a list.
 */
function withColumnsParted(text: string, vocabs: readonly Vocabulary[]): string {
  if (!text.includes('   ') && !text.includes('\t')) return text;
  let out = '';
  let from = 0;
  for (const gap of text.matchAll(/[ \t]+/g)) {
    const before = text.charAt(gap.index - 1);
    const after = text.charAt(gap.index + gap[0].length);
    const wide = gap[0].length >= 3 || gap[0].includes('\t');
    if (!wide || !/[\p{L}\p{N}.)\]]/u.test(before) || !/[\p{L}\p{N}(@]/u.test(after)) continue;
    // A first column of titles or an office (`Bürgermeister        Hans Gruber`) addresses the name beside it, as the title before a name does.
    const column = text.slice(from, gap.index);
    out += from === 0 && titlesOnly(column, vocabs) ? `${column} ` : `${column}, `;
    from = gap.index + gap[0].length;
  }
  return out + text.slice(from);
}

/** Whether a column holds only titles or offices (`Bürgermeister`, `Geschäftsf. GR`, `Cllr`), at most three words, as a form sets them before the names. */
function titlesOnly(column: string, vocabs: readonly Vocabulary[]): boolean {
  const words = column.trim().split(/\s+/u);
  if (words.length > 3) return false;
  const titles = addresses(vocabs);
  return roleOf(column.trim(), vocabs) !== null || words.every((word) => titles.has(fold(word)) || titles.has(fold(word.replace(/\.$/u, ''))) || isOfficeWord(word.toLowerCase(), vocabs));
}

/** A word of a name in a flattened list: a capital and letters in lower case, or two such joined by a hyphen (`Hägglund-Viljanen`, `Raita-aho`). */
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:-\p{L}\p{Ll}*)*$/u;

/**
 * A clock time or a span of two (`17:00-19:43`, `18.10`): the column of a record's table of
 * participants that says when each was present (`Nimi Klo Tehtävä`), run in between a name and
 * its office when the table is flattened. When a person came or went is no detail of who they are.
 */
const CLOCK_SPAN = /^\d{1,2}[:.]\d{2}(?:[-–]\d{1,2}[:.]\d{2})?,?$/u;

/**
 * A ditto mark: a cell of a table that repeats the one above it (`Aalto Aino jäsen` over `Berg Olli "`),
 * as a column of offices writes the same office again. It says nothing of the person beside it.
 */
const DITTO_MARKS = new Set(['"', '”', '“', '〃', "''"]);

/**
 * The text without the notes in parentheses that only say when someone was present, a word of the
 * clock and the times, or the word alone where a PDF lost the digits (`Aalto Aino (klo 18.10–19.00)
 * jäsen`, `Berg Olli (klo ) jäsen`, `Ek Bo (kl. 19)`): when a person came or went is no detail of who they are.
 */
function withoutTimeNotes(text: string, vocabs: readonly Vocabulary[]): string {
  if (!text.includes('(')) return text;
  const clock = new Set(vocabs.flatMap((vocab) => vocab.labels.time ?? []).map((word) => fold(word)));
  return text.replace(/\(([^()]*)\)/gu, (whole, inner: string) => (clock.has(fold(inner.replace(/[\d.:–-]/gu, ' ').trim())) ? ' ' : whole));
}

/** A Roman ordinal before an office (`Aalto Aino II varapuheenjohtaja`, `valt. I vpj.`): part of the office, not of the name. */
const ROMAN_ORDINAL = /^(?:I|II|III|IV)$/u;

/**
 * A list of people flattened from a PDF's table, the columns run together without a comma between
 * the names (`Hietaluoma Jaakko Huhtaluoma Heikki Järvinen Tiina jäsen jäsen puheenjohtaja`,
 * `Huumarkangas Jouko khall puheenjohtaja Uusisalo Jari-Pekka 1.vpj`, `Lehto Aino 17:00-18:30
 * puheenjohtaja`: the times of presence are dropped, see `CLOCK_SPAN`), with a comma after each
 * name: a name is two capitalised words, and the words after it that are none (an office, a note)
 * are its details (a mark between names, `·` or `|`, leaves the list as it is: it is parted
 * already). Where the details all come after the last name and there are as many as names,
 * they are the column of offices beside the column of names, one each in order (see `entryText`). Only a list of
 * three names or more, with more than twice as many names as commas, or two rows each with its details
 * and no comma; anything else is left as it is.
 */
export function withNamePairsParted(text: string, vocabs: readonly Vocabulary[]): string {
  const words = withoutTimeNotes(text, vocabs).split(/\s+/u).filter((w) => w !== '');
  if (words.length < 6 || text.includes(';')) return text;
  const register = surnameCommaPairs(words, vocabs);
  if (register !== null) return register;
  const notNames = roleAndCaptionWords(vocabs);
  const nameWord = (word: string): boolean => NAME_WORD.test(word) && !notNames.has(word.toLowerCase());
  const entries: { name: string; details: string[] }[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = (words[k] as string).replace(/,$/u, '');
    const next = (words[k + 1] ?? '').replace(/,$/u, '');
    // the signatures' caption ends the list (`... Tuukkanen Antti Allekirjoitukset Jouko Huumarkangas Puheenjohtaja`)
    if (captionWords(vocabs).has(word.toLowerCase())) break;
    // A title before a name (`County Cllr Tom Hale and Mrs Ann Lee`) addresses people written as they are, not a table's columns.
    if (/^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(next) && titleWords(vocabs).has(fold(word).replace(/\.$/u, ''))) return text;
    if (nameWord(word) && nameWord(next) && !(words[k] as string).endsWith(',')) {
      entries.push({ name: `${word} ${next}`, details: [] });
      k++;
    } else if (entries.length > 0 && (CLOCK_SPAN.test(word) || DITTO_MARKS.has(word))) continue;
    else if (entries.length > 0 && !/^[·•|/&+–—-]+$/u.test(word)) (entries[entries.length - 1] as { details: string[] }).details.push(word);
    // a mark between names parts the list already (`Rhea Vogt · Lars Tenn | Gus Ward`)
    else return text;
  }
  const commas = (text.match(/,/gu) ?? []).length;
  // Two rows of a table, each a name and its columns (`Saari Elina 18:00-19:30 kunnanjohtaja Toivonen Janne talousjohtaja`), are a list too.
  const rows = commas === 0 && entries.length === 2 && entries.every((e) => e.details.length > 0);
  if (!rows && (entries.length < 3 || entries.length <= 2 * (commas + 1))) return text;
  const last = entries[entries.length - 1] as { details: string[] };
  if (last.details.length === entries.length && entries.slice(0, -1).every((e) => e.details.length === 0)) {
    const column = last.details;
    entries.forEach((e, k) => { e.details = [column[k] as string]; });
  }
  return entries.map((e) => entryText(e.name, e.details, vocabs)).join(', ');
}

/**
 * A register that writes each person surname first with a comma, flattened without a mark between
 * the people (`Aalto, Aino Berg, Olli jäsen Ek, Bo`): the list opens on one word and a comma, and each
 * further word with a comma before a capitalised word is a surname, the word after it the given
 * name; the words up to the next surname are that person's details. Given name first, a comma
 * between the people; null unless the list opens so and holds two people at least.
 * (`Aino Aalto, Olli Berg, Bo Ek` opens on two words: a list given name first, left as it is.)
 */
function surnameCommaPairs(words: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  const notNames = roleAndCaptionWords(vocabs);
  const nameWord = (word: string): boolean => NAME_WORD.test(word) && !notNames.has(word.toLowerCase());
  const surnameAt = (k: number): boolean => {
    const word = words[k] as string;
    return word.endsWith(',') && nameWord(word.slice(0, -1)) && nameWord((words[k + 1] ?? '').replace(/,$/u, ''));
  };
  if (!surnameAt(0)) return null;
  const entries: { name: string; details: string[] }[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    // the next caption ends the list (`... Lee, Ann Signatures: ...`)
    if (word.endsWith(':') || captionWords(vocabs).has(word.toLowerCase())) break;
    if (surnameAt(k)) {
      entries.push({ name: `${(words[k + 1] as string).replace(/,$/u, '')} ${word.slice(0, -1)}`, details: [] });
      k++;
    } else if (!CLOCK_SPAN.test(word) && !DITTO_MARKS.has(word)) (entries[entries.length - 1] as { details: string[] }).details.push(word.replace(/,$/u, ''));
  }
  return alphabetical(entries.map((e) => e.name.slice(e.name.lastIndexOf(' ') + 1)), vocabs) ? entries.map((e) => entryText(e.name, e.details.filter((w) => w !== ''), vocabs)).join(', ') : null;
}

/**
 * Whether surnames stand in alphabetical order, as a register lists its members: five at least in
 * order, or eight at least with one break (a second column, the deputies, after the members). A list
 * written given name first (`Ann, Bo Lee, Cy Hale, ...`) read surname first is seldom in order.
 */
function alphabetical(surnames: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const order = collator(vocabs[0]?.code ?? 'en');
  let breaks = 0;
  for (let k = 1; k < surnames.length; k++) if (order.compare(surnames[k - 1] as string, surnames[k] as string) > 0) breaks++;
  return (surnames.length >= 5 && breaks === 0) || (surnames.length >= 8 && breaks <= 1);
}

/** The alphabetical order of a language (`Ö` after `Z` in Finnish and Swedish, beside `O` in German), one collator each. */
const collators = new Map<string, Intl.Collator>();
function collator(code: string): Intl.Collator {
  let found = collators.get(code);
  if (found === undefined) collators.set(code, (found = new Intl.Collator(code)));
  return found;
}

/**
 * One entry of a flattened list of people: its name and details as written, or, where the details
 * are words in lower case (an office or a note, as the column beside the names holds them) that do
 * not read as the person's role, the name alone, with the party in parentheses after it if any
 * (`Lehto Pekka valtuuston 1. vpj.`, `Rinne Oskari kunnanjohtaja`, `Anna Berg (S) ersättare
 * för`): an office of another body, a job or a note of whom someone stood in for is no part of the
 * name, no role in this meeting, and no reason to drop the person; nor is it a person of its own
 * (a word in lower case may be a nickname in a list). Details with a capital stay as written (they
 * may be the next words of the page), and so do details that are all role words (`Bo Lind ordf
 * sekr`, a column of roles beside the names). Only in a language whose headings are in sentence
 * case: where every main word of a heading is capitalised (`Old Business none`), two capitals
 * tell no name, and an entry whose details read as no role stays as written.
 */
function entryText(name: string, details: readonly string[], vocabs: readonly Vocabulary[]): string {
  const joined = [name, ...details].join(' ');
  if (vocabs[0]?.headingsInSentenceCase !== true) return joined;
  const party = /^\([^()]*\)$/u.test(details[0] ?? '') ? ` ${details[0] as string}` : '';
  const rest = party === '' ? details : details.slice(1);
  const roles = roleAndCaptionWords(vocabs);
  const capital = (word: string): boolean => /^[\p{Lu}(]/u.test(word) && !ROMAN_ORDINAL.test(word);
  if (!/^[\p{Ll}\d]/u.test(rest[0] ?? '') && !ROMAN_ORDINAL.test(rest[0] ?? '')) return joined;
  if (rest.some(capital) || rest.every((word) => roles.has(word.toLowerCase()))) return joined;
  // A label that the name's last word opens (`Ek Tjänstgörande ersättare`, `Lund Utses att justera`) is the caption of what follows, no detail.
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (party === '' && [1, 2, 3].some((k) => k <= rest.length && fieldOf(`${last} ${rest.slice(0, k).join(' ')}`, vocabs, false, true) !== null)) return joined;
  const read = readPeople(joined, true, vocabs);
  return read.length === 1 && (read[0] as PersonEntry).name === name ? joined : `${name}${party}`;
}

/**
 * The words of roles and offices of the vocabularies (`puheenjohtaja`, `jäsen`), of groups (`Members`
 * of `Council Members Nora Quill and Hugo Fenn`), and their signature captions, in lower case: no word of a name. Made once.
 */
const roleAndCaptionWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> =>
  new Set(vocabs.flatMap((v) => [...Object.values(v.roles).flat(), ...v.groupNouns, ...(v.signatureCaptions ?? [])]).map((w) => w.toLowerCase())));

/** The paragraphs of a list entry's body after its first line (blank lines between them), up to the entry's end. */
function itemBody(lines: readonly Line[], index: number): number[] {
  const item = (lines[index] as Line).block;
  const out: number[] = [];
  for (let j = index + 1; j < lines.length && (lines[j] as Line).kind === 'paragraph' && (lines[j] as Line).parentItem === item; j++) out.push(j);
  return out;
}

/** The titles and forms of address of the vocabularies, folded (`cllr`, `mrs`, `dhr`), made once. */
const titleWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.honorifics).map((h) => fold(h).replace(/\.$/u, ''))));

/** The signature captions of the vocabularies, in lower case, made once. */
const captionWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.signatureCaptions ?? [])));

/** A line that opens with a label of its own (`Tags: product`), as a page's metadata sets one a line: no wrapped part of a list. */
const OPENING_LABEL = /^\p{L}[\p{L}\p{N} ]{0,30}:/u;

/**
 * The lines of a paragraph that go on with a list of people wrapped at a width (`Osallistujat:
 * Minna Männikkö (Oulu, pj.), Isa` / `Kotilaine (Oulu, siht.), Arja Nevala (OUTI, Raahe),` / `Pirjo
 * Tuomimäki`), as text taken out of a PDF or an e-mail breaks it: each next line of the paragraph
 * while the line before is long and stops inside the list, on a comma, on a capitalised word (a
 * given name whose surname is on the next line) or inside parentheses, up to a label. A list
 * entry wraps the same way (`- Present: Ann Lee, Bo` / `Chan, Cy Dee`): its next lines, not
 * another entry.
 */
function wrappedOn(lines: readonly Line[], index: number, header: Header, vocabs: readonly Vocabulary[]): number[] {
  const out: number[] = [];
  const { block, kind } = lines[index] as Line;
  for (let j = index + 1; j < lines.length && out.length < MOST_NAME_PARAGRAPHS; j++) {
    const before = lines[j - 1] as Line;
    const line = lines[j] as Line;
    if (line.block !== block || line.kind !== kind || (kind === 'listItem' && line.itemStart) || header.labels.has(j) || header.consumed.has(j) || !breaksInList(before, line, header, vocabs) || inColumns(line, header) || OPENING_LABEL.test(line.text)) break;
    out.push(j);
  }
  return out;
}

/**
 * Whether a long line stops inside a list of people that the next line goes on with: on a comma,
 * on the word for "and" before the list's last name (`… Sanne Kort en` / `Wim van Dalen.`),
 * inside parentheses, or on a given name whose surname opens the next line before its details
 * (`… Isa` / `Kotilaine (Oulu, siht.), …`; `… Pim` / `van Wessel (secretaris), …`, a surname's
 * particle in lower case as Dutch and German write it); after a given name alone, also before the
 * word for "and" or the list's end (`… Björn` / `Ekholm och Per Sund.`; `… Bo` / `Chan.`).
 */
function breaksInList(line: Line, next: Line, header: Header, vocabs: readonly Vocabulary[]): boolean {
  // As long a line as text wrapped at a width (to-blocks' WRAP_WIDTH) is.
  if ((header.sourceLines[line.end.line - 1] ?? '').trimEnd().length < WRAP_WIDTH || inColumns(line, header)) return false;
  const text = line.text.trimEnd();
  if (text.endsWith(',') || text.lastIndexOf('(') > text.lastIndexOf(')')) return true;
  const last = text.slice(text.lastIndexOf(' ') + 1);
  if (andWords(vocabs).has(last.toLowerCase()) && /^\p{Lu}/u.test(next.text)) return true;
  if (!/(?:^|\s)\p{Lu}[\p{Ll}'’-]*$/u.test(text)) return false;
  const surname = SURNAME_THEN_DETAILS.exec(next.text);
  if (surname === null) return false;
  const after = next.text.slice(surname[0].length).trimStart();
  if (after === '' || /^[,(]/u.test(after)) return true;
  // The list's last name, or "and" before it, goes on only after a given name alone: a full name before the break ends an entry.
  const word = after.slice(0, after.indexOf(' ') < 0 ? after.length : after.indexOf(' '));
  return (/^[.;]/u.test(after) || andWords(vocabs).has(word.toLowerCase())) && givenNameLast(text, vocabs);
}

/** Whether the last entry of a list (after its last comma or "and") is one word, a given name whose surname the next line holds (`…, Bo`, `… and Edna`). */
function givenNameLast(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = text.slice(text.lastIndexOf(',') + 1).trim().split(/\s+/u);
  const and = words.findLastIndex((word) => andWords(vocabs).has(word.toLowerCase()));
  return words.length - (and + 1) === 1;
}

/** A surname at the start of a line, after up to two particles in lower case (`Kotilaine`, `van Wessel`, `van der Berg`). */
const SURNAME_THEN_DETAILS = /^(?:\p{Ll}{1,3} ){0,2}\p{Lu}[\p{Ll}'’-]+/u;

/** The words for "and" of the vocabularies, in lower case, made once. */
const andWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.and).map((w) => w.toLowerCase())));

/** Whether a line is set in columns (`Afwezig      Bart Nijhuis`): its length is layout, no wrapping; and the next such line is a label's. */
function inColumns(line: Line, header: Header): boolean {
  return /\S(?: {3,}|\t)\S/u.test(header.sourceLines[line.start.line - 1] ?? '');
}

/** Whether every part of a text between commas is a full name (`Anna Berg, Erik Lund`): a list of people, not one person's details. */
function listsFullNames(text: string): boolean {
  const parts = text.split(',').map((part) => part.trim());
  return parts.length > 1 && parts.every((part) => part.includes(' ') && isName(withoutTrailingParen(part)));
}

/** The fewest full names before the group they are written under (`Ann Lee, Bo Chan, schepenen`). */
const GROUP_MEMBERS = 2;

/**
 * Where the group a register line's names are written under starts, or null: councils list their
 * members a group a line, the full names first and the office they hold after the last comma, in
 * the plural (`Ann Lee, Bo Chan, Cy Dee, schepenen`, `..., Raadsleden`, `..., councillors`). The
 * group is a part of one to three words and nothing else, all but the first in lower case (`Algemeen
 * directeur`), so no full name; two full names or more go before it, and no label opens the line.
 */
function groupAfter(text: string, vocabs: readonly Vocabulary[]): number | null {
  if (fieldOf(text.split(/\s+/, 1)[0] ?? '', vocabs) !== null) return null;
  const comma = text.lastIndexOf(',');
  if (comma < 0) return null;
  const group = text.slice(comma + 1).trim();
  const words = group.split(/\s+/);
  if (!/^[\p{L}-]+(?: [\p{L}-]+){0,2}$/u.test(group) || !words.slice(1).every((word) => /^\p{Ll}/u.test(word))) return null;
  const names = text.slice(0, comma).split(',').map((part) => part.trim());
  return names.length >= GROUP_MEMBERS && names.every((part) => part.includes(' ') && isName(withoutTrailingParen(part))) ? comma : null;
}

/** A register line without the group its names are written under (see `groupAfter`); the line itself when it names none. */
function withoutGroupAfter(text: string, vocabs: readonly Vocabulary[]): string {
  const comma = groupAfter(text, vocabs);
  return comma === null ? text : text.slice(0, comma);
}

/** The longest line that is taken for one entry of a register of people. */
const ENTRY_LINE = 80;

/**
 * The lines after a label's line in its paragraph that are each an entry of a register of people: a
 * full name first, then at most details after a comma or in parentheses (`Erik Lund (M), vice
 * ordförande`, `Lena Berg (C)`, `Cy Dee, Di Eve`), no stop at the end, or a longer line of names
 * under the group they form (see `groupAfter`); the run ends at the first other line, a label or a sentence.
 */
function entryLines(lines: readonly Line[], index: number, header: Header, vocabs: readonly Vocabulary[]): number[] {
  const out: number[] = [];
  const block = (lines[index] as Line).block;
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    if (line.block !== block || line.kind !== 'paragraph' || header.labels.has(j) || header.consumed.has(j) || (line.text.length > ENTRY_LINE && groupAfter(line.text, vocabs) === null) || /[.!?:;]\s*$/u.test(line.text)) break;
    const head = nameBeforeDetail((line.text.split(/[,(]/u)[0] as string).trim());
    if (!head.includes(' ') || !isName(head)) break;
    out.push(j);
  }
  return out;
}

/** The most words of a detail after a name on a register's line (`Medelby fornminnesförening`, `via Teams`). */
const MOST_DETAIL_WORDS = 3;

/**
 * The name that opens a register's line whose detail follows with no comma, after a blank only, as a
 * word processor's column sets a person's place or body beside them (`Per Ek Medelby fornminnesförening`,
 * `Eva Lund via Teams`): the capitalised words before the first word in lower case, when they are two
 * or more, and at most three words after them (more make a sentence: `Eva Lund öppnade mötet och hälsade alla välkomna`).
 * The line as it is otherwise.
 */
function nameBeforeDetail(text: string): string {
  // A comma or a parenthesis parts the detail itself (`Erik Lund (M), vice ordförande`): the line is read as it is.
  if (/[,(]/u.test(text)) return text;
  const words = text.split(' ');
  const lower = words.findIndex((w) => /^\p{Ll}/u.test(w));
  return lower >= 2 && words.length - lower <= MOST_DETAIL_WORDS ? words.slice(0, lower).join(' ') : text;
}

/**
 * The paragraphs that carry on a list of people run together from columns (minutes exported
 * from PDF): each right after the last, unlabelled, and holding a name with a role after a comma
 * (`Hanna Peräaho, 1. varapuheenjohtaja Jukka Tauriainen`) or a dash, as councils add their staff
 * on a line of its own under the members (`Vicky Hale – Clerk and 3 members of the public`).
 */
function runOnLines(lines: readonly Line[], index: number, header: Header, vocabs: readonly Vocabulary[]): number[] {
  const out: number[] = [];
  for (let j = index + 1; j < lines.length && out.length < 12; j++) {
    const line = lines[j] as Line;
    if (line.kind !== 'paragraph' || header.labels.has(j) || !hasNameWithRole(line.text, vocabs)) break;
    out.push(j);
  }
  return out;
}

/**
 * A role's value cut where a further role's label starts (`Jani, Kirjanpito: Andrei`, `Ann Lee;
 * Secretary: Bo Chan`): the own part first, then each further role's field and text. One part when
 * the value holds no such label.
 */
function roleParts(value: string, vocabs: readonly Vocabulary[]): [string, ...{ field: FieldName; text: string }[]] {
  const cuts: { field: FieldName | null; at: number; from: number }[] = [];
  // Any capitalised label ends the own part (`Kirjanpito: Andrei`); only a role's label gives a role.
  for (const match of value.matchAll(/[;,]\s*(\p{L}[\p{L} /.-]{0,30}?):\s*/gu)) {
    const field = fieldOf(match[1] ?? '', vocabs);
    const role = field !== null && ROLE_OF_FIELD[field] !== undefined ? field : null;
    if (role !== null || /^\p{Lu}/u.test(match[1] ?? '')) cuts.push({ field: role, at: match.index, from: match.index + match[0].length });
  }
  if (cuts.length === 0) return [value];
  const parts: { field: FieldName; text: string }[] = [];
  cuts.forEach((cut, k) => {
    if (cut.field !== null) parts.push({ field: cut.field, text: value.slice(cut.from, cuts[k + 1]?.at ?? value.length).trim() });
  });
  return [value.slice(0, (cuts[0] as { at: number }).at).trim(), ...parts];
}

/** Whether a text holds `Name Surname, role` with a role word of the vocabularies. */
function hasNameWithRole(text: string, vocabs: readonly Vocabulary[]): boolean {
  for (const match of text.matchAll(/(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+)(?:, | [-–—] )((?:\d{1,2}\. )?\p{L}+)/gu)) {
    if (roleOf(match[2] ?? '', vocabs) !== null) return true;
  }
  return false;
}

/**
 * The parts of a value that holds further attendance labels (`Ann Lee, Bo Chan; entschuldigt:
 * Ida Voss`, `A, B. Absent: C`, `Officers present — A, B. Members present — C`), each with its
 * field; a label may open the value too, and end in a colon or stand before a dash. A sentence
 * after the names is read for attendance of its own (`A and B. Apologies were received from C.`).
 */
function innerLabels(value: string, field: FieldName, vocabs: readonly Vocabulary[]): { field: FieldName; text: string }[] {
  const parts: { field: FieldName; text: string }[] = [];
  let current = field;
  let from = 0;
  for (const match of value.matchAll(/(?:^|[;,.])\s*([\p{L}][\p{L} ]{0,30}?)(?::|\s[—–-]\s)/gu)) {
    const inner = fieldOf(match[1] ?? '', vocabs);
    if (inner !== 'participants' && inner !== 'absent') continue;
    parts.push({ field: current, text: value.slice(from, match.index) });
    current = inner;
    from = match.index + match[0].length;
  }
  parts.push({ field: current, text: value.slice(from) });
  return parts.flatMap((part) => {
    const [first = '', ...more] = sentencesOf(part.text, vocabs).flatMap((sentence, k) => toldClauses(sentence, vocabs, k === 0));
    const told = more.map((sentence) => attendanceTold(sentence, vocabs)).filter((t) => t !== null);
    return [{ field: part.field, text: first }, ...told];
  });
}

/**
 * The sentences of a text: a stop, a question or an exclamation mark, blanks and a capital end
 * one, but not after an initial (`M. Aldridge`) or an abbreviation or title (`Dr. Kapoor`).
 */
export function sentencesOf(text: string, vocabs: readonly Vocabulary[]): string[] {
  const out: string[] = [];
  let from = 0;
  for (const match of text.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) {
    const word = text.slice(Math.max(from, text.lastIndexOf(' ', match.index) + 1), match.index);
    // A number of one or two digits with a dot is an ordinal (`2. Vorsitzender`, `1. stellv. Bürgermeister`), no sentence's end.
    if (match[0].startsWith('.') && /^\(?\d{1,2}$/u.test(word)) continue;
    const before = word.replace(/^\P{L}+/u, '').toLowerCase();
    if (/^\p{L}$/u.test(before) || vocabs.some((v) => v.abbreviations.includes(before) || (v.honorifics ?? []).includes(before))) continue;
    out.push(text.slice(from, match.index + 1).trim());
    from = match.index + match[0].length;
  }
  out.push(text.slice(from).trim());
  return out.filter(Boolean);
}

/**
 * A line of a group's members without the group's name before a colon (`Frontend: Ann Lee, Bo
 * Chan`); a roll call's `Ann Lee: absent` is the name with its mark.
 */
function withoutGroup(raw: string, vocabs: readonly Vocabulary[]): string {
  const text = withoutLinks(raw);
  const termed = groupWithTerm(text);
  if (termed > 0) return text.slice(termed).trim();
  const colon = text.indexOf(': ');
  if (colon <= 0 || colon > 40 || /[\d<>/]/.test(text.slice(0, colon)) || /^\p{Lu}{1,4}$/u.test(text.slice(0, colon))) return text;
  // A full name before the colon and an office after it (`Ann Lee: voorzitter`) is a person with their office, no group.
  if (nameWithOffice(text, vocabs)) return text;
  const mark = rollCallMark(text.slice(colon + 1), vocabs);
  return mark === null ? text.slice(colon + 1).trim() : `${text.slice(0, colon)} (${mark})`;
}

/**
 * A group's name with its number or its term before its members (`Bestuur 76: 2020/2021: Ann Lee,
 * Bo Chan`, `Kascommissie 2023-2024: Ann Lee en Bo Chan`): a word of letters first, then words and
 * numbers up to the last colon of the name. Where the members start, or 0 when the text opens no such group.
 */
const GROUP_WITH_TERM = /^\p{Lu}[\p{L}-]{2,30}(?: [\p{L}\d/-]{1,20}){0,4}:(?: [\d/-]{4,9}:)? (?=\p{Lu})/u;

function groupWithTerm(text: string): number {
  const m = GROUP_WITH_TERM.exec(text);
  return m !== null && /\d/.test(m[0]) ? m[0].length : 0;
}

/** The attendance word a roll call writes after a name (`present`, `absent`, `excused`), lower case, or null. */
function rollCallMark(text: string, vocabs: readonly Vocabulary[]): string | null {
  const mark = text.trim().toLowerCase().replace(/[.!]$/, '');
  return vocabs.some((v) => v.attendance.present.includes(mark) || v.attendance.absent.includes(mark)) ? mark : null;
}

/**
 * The lines of a paragraph under a label that each hold one person with a detail after a comma
 * (`Ann Lee, Acme` / `Bo Chan, Globex`): two lines or more of two parts each, a name first, and at
 * least one second part that is no full name, so `Ann Lee, Bo Chan` lines stay two people each.
 */
function nameAndDetailLines(lines: readonly Line[], indices: readonly number[], vocabs: readonly Vocabulary[]): Set<number> {
  const plain = indices.filter((j) => (lines[j] as Line).kind === 'paragraph' && !/:/.test((lines[j] as Line).text));
  const parts = plain.map((j) => splitTopLevel(withoutLinks((lines[j] as Line).text), /,/));
  if (plain.length < 2 || !parts.every((p) => p.length === 2 && readName(p[0] as string, vocabs) !== null)) return new Set();
  return parts.some((p) => !((p[1] as string).includes(' ') && isName(p[1] as string))) ? new Set(plain) : new Set();
}

/**
 * The lines under a label that write each person surname first, one a line (`Berg, Anna (ordf.)` /
 * `Lund, Erik`): two or more lines, every one of them of that shape; else none, and a comma parts
 * a name from its detail as on any line (`Ann Lee, Acme`).
 */
function surnameFirstLines(lines: readonly Line[], indices: readonly number[], header: Header): Set<number> {
  const people = indices.filter((j) => ((lines[j] as Line).kind === 'paragraph' || (lines[j] as Line).kind === 'listItem') && !header.labels.has(j));
  return people.length >= 2 && people.every((j) => givenNameFirst((lines[j] as Line).text) !== null) ? new Set(people) : new Set();
}

/** Paragraphs of one person each that go on with a label's list, at most. */
const MOST_NAME_PARAGRAPHS = 40;

/**
 * The paragraphs after the first paragraph under a label that go on with its list a person a line,
 * as minutes saved from a web page or a word processor set one name a paragraph (`THOSE ATTENDING:`
 * / `Cllr Ann Lee` / `Cllr Bo Chan (Chair)`, or guests under the members): each next paragraph
 * whose every line is one person, up to the first that is not.
 */
function namePerParagraph(lines: readonly Line[], last: number, header: Header, vocabs: readonly Vocabulary[]): number[] {
  const out: number[] = [];
  let j = last + 1;
  while (j < lines.length && out.length < MOST_NAME_PARAGRAPHS) {
    const block = (lines[j] as Line).block;
    const run: number[] = [];
    for (let k = j; k < lines.length && (lines[k] as Line).block === block; k++) run.push(k);
    if (!run.every((k) => isOnePerson(lines[k] as Line, k, header, vocabs) || isGroupOfPeople(lines[k] as Line, k, header, vocabs))) break;
    out.push(...run);
    j = (run[run.length - 1] as number) + 1;
  }
  return out;
}

/**
 * Whether a paragraph line is one person and nothing more: a name of two words or more, or one
 * word after a title (`Cllr Vaughan (Chair)`), perhaps with details after a comma or in parentheses.
 */
function isOnePerson(line: Line, index: number, header: Header, vocabs: readonly Vocabulary[]): boolean {
  if (line.kind !== 'paragraph' || header.labels.has(index) || header.consumed.has(index) || line.text.length > 100) return false;
  const people = readPeople(line.text, { oneEach: true }, vocabs);
  if (people.length !== 1) return false;
  const name = (people[0] as PersonEntry).name;
  if (!/\p{Ll}/u.test(name)) return false;
  const written = fold(line.text.trim());
  return name.includes(' ') || withoutHonorifics(written) !== written;
}

/** The fewest people a group's line names (`Bestuur: Ann Lee en Bo Chan`): one name after a colon may be a role's holder (`Voorzitter: Ann Lee`). */
const LEAST_IN_GROUP = 2;

/**
 * Whether a paragraph line is a group of the roster and its members and nothing more (`Bestuur:
 * Ann Lee, Bo Chan en Cy Dee`, `Kascommissie 2023/2024: Ann Lee en Bo Chan`), as a list of one
 * person a paragraph sets the board or the guests apart under their own name: two people or more
 * after the group's name, each a name of two words or more.
 */
function isGroupOfPeople(line: Line, index: number, header: Header, vocabs: readonly Vocabulary[]): boolean {
  if (line.kind !== 'paragraph' || header.labels.has(index) || header.consumed.has(index) || line.text.length > 300) return false;
  const members = withoutGroup(line.text, vocabs);
  if (members.length >= line.text.length) return false;
  // The members start right after the colon with the first one's name: a sentence after a colon (`Opmerking: de zaal ...`) names no group.
  const people = /^\p{Lu}/u.test(members) ? readPeople(members, { oneEach: false }, vocabs) : [];
  return people.length >= LEAST_IN_GROUP && members.startsWith((people[0] as PersonEntry).name) && people.every((p) => p.name.includes(' ') && /\p{Ll}/u.test(p.name));
}

/**
 * Whether the lines after a label left empty are the meeting's numbered items rather than its value:
 * a numbered list whose first entry names nobody (`Poissa` / `1. Kokouksen avaus`), as plain-text
 * minutes follow an empty attendance line with the first item of the body.
 */
function opensItems(lines: readonly Line[], more: readonly number[], vocabs: readonly Vocabulary[]): boolean {
  const first = lines[more[0] ?? -1];
  return first !== undefined && first.kind === 'listItem' && first.ordinal !== null && readPeople(first.text, { oneEach: true, nicks: true }, vocabs).length === 0;
}

/**
 * Labels of attendance set one under another, each with no value, and their values after them in
 * the same order, as text copied out of a two-column table in a PDF writes them (`Aanwezig:` /
 * `Afwezig:` / `Ann Lee, Bo Chan` / `Cy Dee`; the colons may stand on lines of their own): how
 * many lines the labels take under the first, and each label's field in order, the first one's
 * first. Null unless two labels or more stand so, each with its colon, and a line that is no label follows them.
 */
function stackedLabels(lines: readonly Line[], index: number, more: readonly number[], field: FieldName, header: Header): { labels: number; fields: FieldName[] } | null {
  const colon = (j: number | undefined): boolean => j !== undefined && /^:\s*$/u.test((lines[j] as Line).text);
  // Each label of such a column keeps its colon, on its line or alone under it: a caption without one (`Roll Call` over `Members Present:`) heads a list, no column.
  const closed = (j: number, next: number | undefined): boolean => /:\s*$/u.test((lines[j] as Line).text) || colon(next);
  if (!closed(index, more[0])) return null;
  const fields: FieldName[] = [field];
  let k = 0;
  for (; k < more.length; k++) {
    const j = more[k] as number;
    const sub = lines[j] as Line;
    if (sub.kind !== 'paragraph' || sub.block !== (lines[index] as Line).block) return null;
    if (colon(j)) continue;
    const subLabel = header.labels.get(j);
    if (subLabel === undefined || subLabel.value !== '' || (subLabel.field !== 'participants' && subLabel.field !== 'absent')) break;
    if (!closed(j, more[k + 1])) return null;
    fields.push(subLabel.field);
  }
  return fields.length >= 2 && k < more.length ? { labels: k, fields } : null;
}

/** Whether a list line without a number of its own continues the numbered entry before it (the same block). */
function continuesNumbered(lines: readonly Line[], index: number): boolean {
  const line = lines[index] as Line;
  for (let j = index - 1; j >= 0 && (lines[j] as Line).block === line.block; j--) if ((lines[j] as Line).ordinal !== null) return true;
  return false;
}

/** The rows of a table right after a label line with no value of its own. */
function tableAfter(lines: readonly Line[], index: number): number[] {
  const out: number[] = [];
  for (let j = index + 1; j < lines.length && (lines[j] as Line).kind === 'tableRow'; j++) out.push(j);
  return out;
}

/** A line that names a group of the people below it (`**Team Gent**`, `Asiakas:`), not a person. */
function isCaption(line: Line): boolean {
  // A sentence in bold (`**Cart for President.**`) is no caption of a group.
  return (line.kind === 'paragraph' && line.bold && !/[.!?]\s*$/.test(line.text)) || /:\s*$/.test(line.text);
}

/** The columns of a table of people, found from its header row. */
interface PeopleColumns {
  name: number;
  role: number;
  organization: number;
  alias: number;
  present: number;
}

/** The columns of a header row that a table of people has, or null when it has no column of names. */
export function peopleColumns(cells: readonly string[], vocabs: readonly Vocabulary[]): PeopleColumns | null {
  const find = (pick: (v: Vocabulary) => string[]): number => cells.findIndex((cell) => vocabs.some((v) => pick(v).includes(cell.toLowerCase().replace(/[*_:]/g, '').trim())));
  const columns = {
    name: find((v) => v.peopleColumns.name),
    role: find((v) => v.peopleColumns.role),
    organization: find((v) => v.peopleColumns.organization),
    alias: find((v) => v.peopleColumns.alias),
    present: find((v) => v.peopleColumns.present),
  };
  return columns.name >= 0 ? columns : null;
}

/**
 * Read a table of people from its header row at `from`: the name column (or the first), with
 * role, organisation, alias and attendance columns where the header names them. Returns the
 * number of rows read, the header row included.
 */
export function readTable(lines: readonly Line[], from: number, header: Header, vocabs: readonly Vocabulary[], present: boolean, found: Participant[]): number {
  const first = lines[from] as Line;
  const columns = peopleColumns(first.cells ?? [], vocabs) ?? { name: 0, role: -1, organization: -1, alias: -1, present: -1 };
  let j = from + 1;
  for (; j < lines.length && (lines[j] as Line).kind === 'tableRow' && !(lines[j] as Line).header; j++) {
    const row = lines[j] as Line;
    const person = personOfCells(row.cells ?? [], columns, vocabs);
    if (!person) continue;
    found.push(participantOf(person.entry, row, present && person.attended, header));
    header.consumed.add(j);
  }
  header.consumed.add(from);
  return j - from;
}

/**
 * The person of a row of cells under the columns a header named: the name cell read as a name, the
 * role, organisation and alias cells as theirs, and whether the attendance cell ticks them present
 * (true where there is no such column). Null when the name cell names nobody.
 */
function personOfCells(cells: readonly string[], columns: PeopleColumns, vocabs: readonly Vocabulary[]): { entry: PersonEntry; attended: boolean } | null {
  const cell = (at: number): string => (at >= 0 ? (cells[at] ?? '').trim() : '');
  const entry = readName(cell(columns.name), vocabs, true);
  if (!entry) return null;
  const role = cell(columns.role) === '' ? null : roleOf(cell(columns.role), vocabs);
  if (role) entry.roles.push(role);
  // A handle is one in whichever column it stands (`Mei Lin / @meilin` under `Name / Affiliation / Handle`).
  const handle = cells.find((text) => /^@[\w.-]+$/.test(text.trim()));
  if (handle !== undefined) entry.handle ??= handle.trim();
  const organization = cell(columns.organization);
  if (organization !== '' && organization !== handle?.trim()) entry.organization ??= organization;
  const alias = cell(columns.alias);
  if (alias !== '' && alias !== handle?.trim()) entry.alias ??= alias;
  // A tick may be an emoji (`✅`, `✔️` with its variation selector), as notes typed in chat tools and wikis have it.
  const attended = columns.present < 0 || /^(?:yes|y|x|✓|✔|☑|✅|true|kyllä|k|ja|j|ok|läsnä|present)$/iu.test(cell(columns.present).replace(/\uFE0F/gu, ''));
  return { entry, attended };
}

/** The columns a list entry heads when every one of its fields names a column of people and one names the names (`Name / Affiliation / GitHub handle`), else null. */
function listColumns(cells: readonly string[] | null, vocabs: readonly Vocabulary[]): PeopleColumns | null {
  if (cells === null) return null;
  const columns = peopleColumns(cells, vocabs);
  if (columns === null) return null;
  const named = new Set([columns.name, columns.role, columns.organization, columns.alias, columns.present]);
  return cells.every((_, k) => named.has(k)) ? columns : null;
}

/**
 * Tables of people that no label introduces, in the first lines: a header row with a column of
 * names and a column of roles, organisations, aliases or attendance (`| Name | Call Sign | Position |`).
 */
export function readPeopleTables(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  for (let i = 0; i < Math.min(lines.length, 80); i++) {
    const line = lines[i] as Line;
    if (line.kind !== 'tableRow' || !line.header || header.consumed.has(i)) continue;
    const fields = attendanceColumns(line.cells ?? [], vocabs);
    if (fields !== null) {
      i += readAttendanceColumns(lines, i, fields, header, vocabs) - 1;
      continue;
    }
    const columns = peopleColumns(line.cells ?? [], vocabs);
    if (!columns || Math.max(columns.role, columns.organization, columns.alias, columns.present) < 0) continue;
    const found: Participant[] = [];
    i += readTable(lines, i, header, vocabs, true, found) - 1;
    for (const person of found) addParticipant(header, person);
    if (found.length > 0) header.fields.participants ??= { text: line.text, position: line.start };
  }
}

/** The field of each column of a header row made only of attendance labels (`| Present | Absent |`, or one column `| Attendees |`), or null. */
function attendanceColumns(cells: readonly string[], vocabs: readonly Vocabulary[]): FieldName[] | null {
  const fields = cells.map((cell) => fieldOf(cell, vocabs));
  return fields.length >= 1 && fields.every((f) => f === 'participants' || f === 'absent') ? (fields as FieldName[]) : null;
}

/** Read the people of a table with a column per attendance (`| Present | Absent |`); returns the rows read, the header included. */
function readAttendanceColumns(lines: readonly Line[], from: number, fields: readonly FieldName[], header: Header, vocabs: readonly Vocabulary[]): number {
  let j = from + 1;
  for (; j < lines.length && (lines[j] as Line).kind === 'tableRow' && !(lines[j] as Line).header; j++) {
    const row = lines[j] as Line;
    (row.cells ?? []).forEach((cell, k) => {
      for (const person of readPeople(cell, false, vocabs)) addParticipant(header, participantOf(person, row, fields[k] === 'participants', header));
    });
    header.consumed.add(j);
  }
  header.consumed.add(from);
  header.fields.participants ??= { text: (lines[from] as Line).text, position: (lines[from] as Line).start };
  return j - from;
}

/**
 * The first lines read for attendance that no label gives: enough to pass a letterhead with the body's
 * address and office hours line by line before the roll call (`1. Call to Order` / `... Present: ...`).
 */
const PREAMBLE_LINES = 40;

/**
 * A comma list of full names in the first lines that no label introduces (`Brian Terlson (BT),
 * Jonathan Turner (JT), ...`): the attendance of minutes that open with it. Three or more parts,
 * each a name of two words or more.
 */
export function readPreambleNames(lines: readonly Line[], header: Header, vocabs: readonly Vocabulary[]): void {
  let headings = 0;
  for (let i = 0; i < Math.min(lines.length, PREAMBLE_LINES); i++) {
    const line = lines[i] as Line;
    if (line.kind === 'heading') headings++;
    // Past the second heading the body has begun: only a sentence that says who attended still counts there
    // (`## Regular meeting` / `The chair called the meeting to order -- those in attendance were ...`).
    const label = header.labels.get(i);
    // The lines of an agenda item's text after its title (`1. Welcome` / `The meeting opened at 7 pm. Those in attendance were ...`).
    const itemText = line.kind === 'listItem' && !line.itemStart;
    if ((line.kind !== 'paragraph' && !itemText) || line.text.length > 2000 || (label !== undefined && PEOPLE_FIELDS.has(label.field))) continue;
    // A line that gave the time or the place may go on to say who attended (`... to order at 6:30 pm -- those in
    // attendance are A, B`): past the second heading, in an item's text, or on a line read for another field, only such a sentence counts.
    const body = headings > 1 || itemText || label !== undefined || header.consumed.has(i);
    if (!body && rollCallLine(line, header, vocabs)) {
      header.consumed.add(i);
      continue;
    }
    // A sentence about attendance wrapped at a width goes on in the next lines of its paragraph (`... Present: Members` / `Ash, Bell, Cole.`).
    // A line without an attendance word is no such sentence, nor the start of one (`toldRun` reads on only from one): it is passed over.
    const run = mayTellAttendance(line.text, vocabs) ? toldRun(lines, i, vocabs) : [];
    const text = run.map((l) => l.text).join(' ');
    const sentences = run.length === 0 || text.length > 600 ? [] : sentencesOf(text, vocabs).flatMap((sentence) => toldClauses(sentence, vocabs));
    const told = sentences.map((sentence) => attendanceTold(sentence, vocabs));
    if (told.some((t) => t !== null)) {
      // Sentences about attendance (`Present were A, B and C. Apologies were received from D.`), each with its field:
      // they say the names are people, so a first name alone among them is one too (`..., Bob Chen and Dan`), and the
      // offices written around the names are no part of them (`present were supervisors A and B, and clerk C`).
      let any = false;
      const at = run.length > 1 ? run : line;
      for (const t of told) if (t !== null && namesTold(t.text, 2, at, t.field === 'participants', header, vocabs, true, t.titled === true)) any = true;
      if (any) for (let j = i; j < i + run.length; j++) header.consumed.add(j);
      if (any) i += run.length - 1;
      continue;
    }
    if (!body && namesTold(line.text, 3, line, true, header, vocabs)) {
      header.consumed.add(i);
      continue;
    }
    // An officer on a line of their own under the list, the office before the name (`Parish Clerk and RFO A B Lane`).
    const officer = body ? null : officeOfTwo(line.text, vocabs);
    if (officer !== null) {
      addParticipant(header, participantOf(officer, line, true, header));
      header.consumed.add(i);
      continue;
    }
    // The list wrapped at a width, a name cut between its lines (`..., John` / `Neumann (JN), ...`): the paragraph read as one text.
    const wrapped = body ? [] : paragraphFrom(lines, i);
    if (wrapped.length > 1 && namesTold(wrapped.map((l) => l.text).join(' '), 3, wrapped, true, header, vocabs)) {
      for (let j = i; j < i + wrapped.length; j++) header.consumed.add(j);
      i += wrapped.length - 1;
      continue;
    }
    // The list may follow the sentence that opened the meeting on the same line (`Avattiin kokous klo 18.04. Aino
    // Aalto, Pekka Berg ja Liisa Salo`), read for its time: a sentence of only full names after it is the list.
    if (headings <= 1 && line.text.length <= 600) {
      for (const sentence of sentencesOf(line.text, vocabs).slice(1)) if (namesTold(sentence, 3, line, true, header, vocabs)) header.consumed.add(i);
    }
  }
}

/** The most lines a wrapped sentence about attendance is read across. */
const MOST_TOLD_LINES = 4;

/** Whether a word, a comma or colon after it aside, is a word of presence or absence in the vocabularies (`present`, `absent`). */
function isAttendanceWord(word: string, vocabs: readonly Vocabulary[]): boolean {
  const bare = word.toLowerCase().replace(/[,:]$/u, '');
  const { present, absent } = attendanceWords(vocabs);
  return present.has(bare) || absent.has(bare);
}

/**
 * The line `i`, and where its last sentence holds an attendance word but does not end on it, the
 * next lines of its paragraph up to the one where that sentence ends (`The meeting opened at 7 pm.
 * Present: Members` / `Ash, Bell, Cole. Absent: Member Dunn.`): the sentence as written before it was wrapped.
 */
function toldRun(lines: readonly Line[], i: number, vocabs: readonly Vocabulary[]): Line[] {
  const line = lines[i] as Line;
  const run = [line];
  if (line.kind !== 'paragraph' || line.text.length > 600 || /[.!?]$/u.test(line.text)) return run;
  const sentences = sentencesOf(line.text, vocabs);
  const words = (sentences[sentences.length - 1] ?? '').split(/\s+/u).slice(0, 8);
  if (!words.some((w) => isAttendanceWord(w, vocabs))) return run;
  for (let j = i + 1; j < lines.length && run.length < MOST_TOLD_LINES; j++) {
    const next = lines[j] as Line;
    if (next.kind !== 'paragraph' || next.block !== line.block || next.text.length > 600) break;
    run.push(next);
    if (/[.!?](?:\s|$)/u.test(next.text)) return run;
  }
  return [line];
}

/** A roll call's line of one name and its attendance (`Ann Lee: present`, `Bo Chan: absent`): the person added; whether it was one. */
function rollCallLine(line: Line, header: Header, vocabs: readonly Vocabulary[]): boolean {
  const colon = line.text.indexOf(': ');
  if (colon <= 0 || colon > 60) return false;
  const mark = rollCallMark(line.text.slice(colon + 1), vocabs);
  const person = mark === null ? null : readName(line.text.slice(0, colon), vocabs);
  if (person === null || mark === null) return false;
  const absent = vocabs.some((v) => v.attendance.absent.includes(mark));
  addParticipant(header, participantOf(person, line, !absent, header));
  header.fields[absent ? 'absent' : 'participants'] ??= { text: line.text, position: line.start };
  return true;
}

/**
 * Add the people of a comma list of `least` full names or more; whether there was one. Where a
 * sentence about attendance told of them (`told`), names of one word count too, as long as one
 * name in the list is a full name, and the offices written around each name are dropped.
 */
function namesTold(text: string, least: number, at: Line | readonly Line[], present: boolean, header: Header, vocabs: readonly Vocabulary[], told = false, surnames = false): boolean {
  const parts = splitTopLevel((told ? withSharedSurnames(text) : text).replace(/[.;]\s*$/, ''), /,|\s(?:and|ja|och|und|en|sekä|&)\s/);
  if (parts.length < (present ? least : 1)) return false;
  const people = fullNames(told ? parts.map((part) => withoutOfficeWords(part, vocabs)) : parts, vocabs, told, surnames);
  if (people === null) return false;
  const lines = 'text' in at ? [at] : at;
  const first = lines[0] as Line;
  for (const person of people) addParticipant(header, participantOf(person, lineOf(person.name, lines), present, header));
  header.fields[present ? 'participants' : 'absent'] ??= { text: lines.length === 1 ? first.text : text, position: first.start };
  return true;
}

/** The line of several that holds a name, else the one that ends on its first word (a name cut by a wrap), else the first. */
function lineOf(name: string, lines: readonly Line[]): Line {
  if (lines.length === 1) return lines[0] as Line;
  const first = name.slice(0, name.indexOf(' '));
  return lines.find((l) => l.text.includes(name)) ?? lines.find((l) => l.text.endsWith(` ${first}`)) ?? (lines[0] as Line);
}

/** The lines of the paragraph that opens at line `i` (at most 25), or none where line `i` goes on from the line before. */
function paragraphFrom(lines: readonly Line[], i: number): Line[] {
  const line = lines[i] as Line;
  if (line.kind !== 'paragraph' || lines[i - 1]?.block === line.block) return [];
  const out: Line[] = [];
  let length = 0;
  for (let j = i; j < lines.length && out.length < 25 && (lines[j] as Line).block === line.block; j++) {
    length += (lines[j] as Line).text.length;
    if (length > 2000) return [];
    out.push(lines[j] as Line);
  }
  return out;
}

/** The role of a part that is an office after an article (`the Clerk`, `the Chairman`), or null. */
function officeAfterArticle(part: string, vocabs: readonly Vocabulary[]): string | null {
  const words = part.trim().split(/\s+/u);
  if (words.length !== 2 || !vocabs.some((v) => v.articles.includes((words[0] as string).toLowerCase()))) return null;
  return roleOf(words[1] as string, vocabs);
}

/**
 * Each part read as a name of two words or more (or of one word, with `firstNames`, where one other
 * is full), or null as soon as one is none (a paragraph of prose fails at its first part).
 */
function fullNames(parts: readonly string[], vocabs: readonly Vocabulary[], firstNames = false, surnames = false): PersonEntry[] | null {
  const people: PersonEntry[] = [];
  let held: string | null = null;
  for (const part of parts) {
    // The office with its article before the name between commas (`and the Clerk, Mrs Ann Lee`) is the next person's role.
    const articled = firstNames ? officeAfterArticle(part, vocabs) : null;
    if (articled !== null) {
      held = articled;
      continue;
    }
    // An office before the name (`Treasurer Dan Evans`) is the person's role.
    const office = splitLeadingRole(part, vocabs);
    const person = readName(office !== null && office.rest.includes(' ') && isName(office.rest) ? office.rest : part, vocabs);
    if (person === null || (!firstNames && !person.name.includes(' '))) return null;
    if (office !== null && person.name === office.rest.trim() && !person.roles.includes(office.role)) person.roles.push(office.role);
    if (held !== null && !person.roles.includes(held)) person.roles.push(held);
    held = null;
    people.push(person);
  }
  if (held !== null) return null;
  return surnames || people.some((person) => person.name.includes(' ')) ? people : null;
}

/** A title in the plural that opens a list of people (`members`, `councillors`, `trustees`): an honorific of the language ending in -s. */
function pluralTitle(word: string, vocabs: readonly Vocabulary[]): boolean {
  return word.length > 3 && word.endsWith('s') && vocabs.some((v) => v.honorifics.includes(word));
}

/**
 * A sentence split at the semicolons and dashes that open a clause about attendance (`Present were
 * A and B; absent was C.`, `X called the meeting to order at 7 pm -- those in attendance were A, B
 * and C.`), each such clause apart; other semicolons and dashes stay within their clause as written.
 */
function toldClauses(sentence: string, vocabs: readonly Vocabulary[], afterLabel = false): string[] {
  const run = runTogether(sentence, vocabs, afterLabel);
  if (run !== null) return [...toldClauses(run.first, vocabs), ...toldClauses(run.rest, vocabs)];
  if (!sentence.includes(';') && !/\s[-–—]/.test(sentence)) return [sentence];
  const [first = '', ...rest] = sentence.split(/(;\s+|\s[-–—]{1,2}\s)/);
  const out = [first];
  for (let k = 0; k + 1 < rest.length; k += 2) {
    const clause = rest[k + 1] as string;
    if (attendanceTold(clause, vocabs) !== null) out.push(clause);
    else out[out.length - 1] += `${rest[k] as string}${clause}`;
  }
  return out;
}

/**
 * A sentence about attendance run into the next one without its stop, as text flattened from a PDF
 * has it (`Present: Ann Lee and Bo Chan Also present were Cy Dunn and Di Eng`): cut before a
 * capitalised word, past a name after the first attendance word (or the label the text is the value
 * of), that is itself an attendance word or stands right before one; null when there is none.
 */
function runTogether(sentence: string, vocabs: readonly Vocabulary[], afterLabel: boolean): { first: string; rest: string } | null {
  if (sentence.length > 300) return null;
  const words = sentence.split(' ');
  const attendance = (w: string | undefined): boolean => isAttendanceWord(w ?? '', vocabs);
  // The value of an attendance label (`Present: Ann Lee ...`) has its attendance word before it.
  const opened = afterLabel ? -2 : words.findIndex((w) => attendance(w));
  if (opened === -1) return null;
  for (let j = Math.max(1, opened + 2); j < words.length - 1; j++) {
    const word = words[j] as string;
    if (!/^\p{Lu}\p{Ll}/u.test(word) || /[.:;,]$/u.test(words[j - 1] as string)) continue;
    // A word before the attendance word opens the clause with it (`Also present`), no clause that ends on it (`Chen; absent`).
    if (!attendance(word) && (/[.:;,]$/u.test(word) || !attendance(words[j + 1]))) continue;
    if (!/^\p{Lu}/u.test(words[j - 1] as string)) continue;
    return { first: words.slice(0, j).join(' '), rest: words.slice(j).join(' ') };
  }
  return null;
}

/** Words between an attendance word and the names it introduces (`attended by`, `deltog av`, `waren`, `received from`). */
const BEFORE_NAMES = new Set(['by', 'were', 'was', 'are', 'is', 'being', 'included', 'include', 'includes', 'including', 'av', 'var', 'door', 'waren', 'von', 'waren:', 'the', 'following', 'members', 'received', 'from', 'for', 'sent', 'tendered', 'given', 'noted', 'and', 'accepted']);

/**
 * The names one sentence about attendance tells of (`The meeting was attended by A, B and C.`, `På
 * mötet deltog A, B och C.`, `Apologies were received from D.`): the rest of the sentence after an
 * attendance word of the language and the small words that lead to the names, with its field
 * (absent words first; `titled` where a plural title opens the names), or the names before a closing `were present` (`namesThenPresence`); null
 * when the sentence has none.
 */
function attendanceTold(text: string, vocabs: readonly Vocabulary[]): { field: FieldName; text: string; titled?: boolean } | null {
  if (text.length > 300) return null;
  const words = text.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase().replace(/[,:]$/, ''));
  const attendance = attendanceWords(vocabs);
  for (let i = 0; i < Math.min(words.length, 8); i++) {
    const absent = attendance.absent.has(lower[i] as string);
    if (!absent && !attendance.present.has(lower[i] as string)) continue;
    let k = i + 1;
    while (k < words.length && BEFORE_NAMES.has(lower[k] as string)) k++;
    // The office or group of the first names may stand before them (`present were supervisors A, B and C`).
    if (k < words.length - 1 && isOfficeWord(words[k] as string, vocabs) && /^\p{Lu}/u.test(words[k + 1] as string)) k++;
    const rest = words.slice(k).join(' ');
    // A plural title before the names (`Present: Members Ash, Bell and Cole`, `Councillors Dunn and Eve`) makes each surname alone a person.
    const titled = k > i + 1 && pluralTitle(lower[k - 1] as string, vocabs);
    if (/^\p{Lu}/u.test(rest)) return { field: absent ? 'absent' : 'participants', text: rest, ...(titled ? { titled } : {}) };
    // No names after it: the word may close the sentence (`Ola Ray and Bo Chan joined remotely`).
    break;
  }
  return namesThenPresence(words, vocabs);
}

/** A person read from a list, as a participant placed where the name is written on its line. */
export function participantOf(person: PersonEntry, at: Line, present: boolean, header: Header): Participant {
  return {
    name: person.name, organization: person.organization, roles: person.roles, present, handle: person.handle,
    ...(person.alias ? { alias: person.alias } : {}),
    position: placeOf(person.name, at, header.sourceLines),
  };
}

function roleNames(lines: readonly Line[], index: number, label: LabelHit, header: Header, vocabs: readonly Vocabulary[]): string[] {
  let raw = label.value;
  if (raw === '') {
    const next = valueLines(lines, index)[0];
    // A label on the next line (`Minutes` / `Attendance`) is no value: the first is a title.
    if (next === undefined || header.labels.has(next)) return [];
    // A numbered line (`Protokoll` / `1. Stand der Arbeiten`) opens the record's items: one holder of a role is never numbered.
    if ((lines[next] as Line).kind === 'listItem' && (lines[next] as Line).ordinal !== null) return [];
    raw = (lines[next] as Line).text;
  }
  const parts = splitTopLevel(raw.replace(/\([^()]*\)/g, ''), /[,;&]|\s(?:and|ja|och|und|en|sekä)\s/).map((n) => n.trim());
  const names: string[] = [];
  for (const part of parts) {
    const person = /^@[\w.-]+$/.test(part) ? { name: part } : readName(part, vocabs, true);
    // What follows the holders' full names may say more of them (`mw. S. Bakker, Bakker VvE Beheer B.V.`): those names hold the role.
    if (!person && names.length > 0 && names.every((name) => name.includes(' '))) break;
    if (!person) return [];
    names.push(person.name);
  }
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

/**
 * Add a participant, or merge it into the one of the same name (roles, organisation, attendance).
 * A single word that is part of exactly one listed name is that person named again, as minutes
 * do after the full list (`Ayes: Bell, Ruiz`, `apologies from Councillor Osei`), not someone new.
 */
export function addParticipant(header: Header, person: Participant): void {
  const list = header.participants;
  const own = foldedName(person.name);
  const same = list.find((p) => foldedName(p.name) === own) ?? namedAgain(list, person.name);
  if (!same) {
    list.push(person);
    return;
  }
  if (person.position && same.position && person.present === same.present && foldedName(same.name) === own) {
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
  if (person.alias) same.alias ??= person.alias;
  same.present = same.present && person.present;
}

/** The one listed person whose name holds a one-word name as a whole word (`Bell` in Marcus Bell), or undefined. */
function namedAgain(list: readonly Participant[], name: string): Participant | undefined {
  if (name.includes(' ') || !/^\p{Lu}/u.test(name)) return undefined;
  const word = fold(name);
  const holders = list.filter((p) => p.name.includes(' ') && foldedName(p.name).includes(word) && foldedName(p.name).split(/\s+/).includes(word));
  return holders.length === 1 ? holders[0] : undefined;
}

/** Folded names, kept by name (a new map past `FOLDED_NAMES`). */
const foldedNames = new Map<string, string>();

/** How many folded names `foldedName` keeps. */
const FOLDED_NAMES = 4096;

/**
 * A participant's name folded, as `fold` gives it: `addParticipant` compares each name added with
 * every name listed, and folding each listed name again cost the square of a long list of those
 * present (hundreds at a large assembly).
 */
export function foldedName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    if (foldedNames.size >= FOLDED_NAMES) foldedNames.clear();
    folded = fold(name);
    foldedNames.set(name, folded);
  }
  return folded;
}

/** Whether a table's header row names a task column and an owner or due column (`| Action | Owner |`, `| Description | Deadline |`). */
function isTaskTable(row: Line, vocabs: readonly Vocabulary[]): boolean {
  const cells = (row.cells ?? []).map((c) => fold(c).replace(/[*_]/g, '').trim());
  const has = (words: readonly string[]): boolean => cells.some((c) => words.includes(c));
  return vocabs.some((v) => has(v.columns.task) && (has(v.columns.owner) || has(v.columns.due)));
}
