import { oncePer } from '../lang/once-per.js';
import type { FieldName, Vocabulary } from '../lang/types.js';
import type { Position } from '../model/position.js';
import { matchesAny } from '../lang/match.js';
import { gather, wordSet } from './cues.js';
import { findFullDate, findTimes } from './read-dates.js';
import { isBlank, trimEndWhere, unspaced, withoutPictographs, withoutTrailingParen } from './trim.js';
import type { Line } from './types.js';

/** A field label found at the start of a line, with the value written after it on the same line. */
export interface LabelHit {
  field: FieldName;
  /** The value on the same line, or '' when the value follows on the next lines. */
  value: string;
  valueStart: Position;
}

const SECTION_FIELDS = new Set<FieldName>(['participants', 'absent', 'date', 'time', 'start', 'end', 'location', 'dateAndPlace', 'agenda', 'actions', 'decisions', 'proposal', 'chair', 'secretary']);

/** The field a label names in any of the vocabularies (`Osallistujat:`, `**Present**`, `Scribe(s)`), or null. */
export function fieldOf(label: string, vocabs: readonly Vocabulary[], heading = false, exact = false): FieldName | null {
  if (label.length > 120) return null;
  // Every line's first words are tried as a label, longest first and again shortest first, and
  // lines open with the same words again and again: each answer is kept, per vocabularies and flags.
  const answers = fieldAnswers(vocabs)[(heading ? 2 : 0) + (exact ? 1 : 0)] as Map<string, FieldName | null>;
  let field = answers.get(label);
  if (field === undefined) {
    if (answers.size >= 16_384) answers.clear();
    field = fieldOfUncached(label, vocabs, heading, exact);
    answers.set(label, field);
  }
  return field;
}

/** What `fieldOf` answered, by label, for each of its four settings of `heading` and `exact`; once per list of vocabularies. */
const fieldAnswers = oncePer((_vocabs: readonly Vocabulary[]): Map<string, FieldName | null>[] => [new Map(), new Map(), new Map(), new Map()]);

function fieldOfUncached(label: string, vocabs: readonly Vocabulary[], heading: boolean, exact: boolean): FieldName | null {
  const key = normalizeLabel(label);
  if (key === '' || key.length > 48) return null;
  const fields = labelIndex(vocabs);
  // A numbered line is a label of people or of the agenda only as a whole (`2. Läsnäolijat`); `2.2 Uudet jäsenet` is an agenda item.
  // A paragraph of Nordic minutes that lists the tasks is a label of them as well (`§ 7 Att göra`, `7 § Tehtävät`);
  // `5. Action Items` is the business a board is to act on.
  // A roman numeral is a number as well (`II. Roll Call`, as a word processor's outline numbers its items).
  const roman = ROMAN_MARK.exec(key);
  if ((key.charCodeAt(0) >= 0x30 && key.charCodeAt(0) <= 0x39) || key.startsWith('§') || roman !== null) {
    const paragraph = /^(?:§\s*\d{1,3}|\d{1,3}\s*§)(?!\d)/u.test(key);
    const rest = roman !== null ? key.slice(roman[0].length) : key.replace(/^(?:§\s*)?[\d.)\s]+§?\s*/u, '');
    const bare = fields.get(rest) ?? qualifiedPeople(rest, fields);
    return bare === 'agenda' || bare === 'participants' || bare === 'absent' || (paragraph && bare === 'actions') ? (bare ?? null) : null;
  }
  const field = fields.get(key);
  if (field || exact) return field ?? null;
  if (namesBody(key, vocabs)) return null;
  return joinedWhenWhere(key, fields, vocabs) ?? slashedOffice(key, fields) ?? tasksForNext(key, fields, vocabs) ?? pairedOutcomes(key, fields, vocabs) ?? chosenOfficer(key, fields, vocabs) ?? compoundField(key, label, fields, heading ? headingPrefixes(vocabs) : null, vocabs);
}

/**
 * The title of a numbered item that names its people with one word before a label of two words or
 * more (`Officer Roll Call`, `Board Members Present`): the item takes the roll there, as a label of
 * people would. A label of one word (`Board Members`) stays a topic.
 */
function qualifiedPeople(rest: string, fields: ReadonlyMap<string, FieldName>): FieldName | undefined {
  const space = rest.indexOf(' ');
  const tail = space > 0 ? rest.slice(space + 1) : '';
  return tail.includes(' ') && fields.get(tail) === 'participants' ? 'participants' : undefined;
}

/** A roman numeral as an item's mark at the start of a folded label (`ii. `, `iv) `). */
const ROMAN_MARK = /^[ivx]{1,4}[.)]\s+/u;

/** The fields of the meeting's own officers, which a label of choosing may name. */
const OFFICER_FIELDS: ReadonlySet<FieldName> = new Set(['chair', 'secretary']);

/**
 * The label of one of the meeting's officers led by the noun of choosing them (`Ernennung
 * Protokollant: Jutta`, `Wahl der Sitzungsleitung: Eva Roth`, `Election of the chair: Ann Lee`), as
 * the opening items of a meeting record whom it chose: the officer's field. An article or a joining
 * word may stand between (`der`, `of the`); another field after the noun is none.
 */
function chosenOfficer(key: string, fields: ReadonlyMap<string, FieldName>, vocabs: readonly Vocabulary[]): FieldName | null {
  const words = key.split(/\s+/u);
  if (words.length < 2 || !wordSet(vocabs, 'electionWords').has(words[0] as string)) return null;
  const joins = (word: string): boolean => wordSet(vocabs, 'articles').has(word) || wordSet(vocabs, 'titleTails').has(word);
  let at = 1;
  while (at < words.length - 1 && at <= 2 && joins(words[at] as string)) at++;
  const field = fields.get(words.slice(at).join(' '));
  return field !== undefined && OFFICER_FIELDS.has(field) ? field : null;
}

/**
 * Two sections of outcomes joined in one label (`Outcomes and assignments`, `Beslut och åtgärder`,
 * `Besluiten & acties`): every part a label of decisions, of actions or of outcomes. The entries
 * under it are tasks where one part names tasks (a task's entry says who does what; the rest are
 * read as decisions where they read so), else decisions.
 */
function pairedOutcomes(key: string, fields: ReadonlyMap<string, FieldName>, vocabs: readonly Vocabulary[]): FieldName | null {
  const joints = gather(vocabs, 'and');
  const parts: string[] = [];
  let part: string[] = [];
  for (const word of key.split(' ')) {
    if (!joints.includes(word)) part.push(word);
    else {
      parts.push(part.join(' '));
      part = [];
    }
  }
  parts.push(part.join(' '));
  if (parts.length < 2 || parts.length > 3 || parts.includes('')) return null;
  const outcomes = gather(vocabs, 'outcomeLabels');
  const kinds = parts.map((words) => (outcomes.includes(words) ? 'decisions' : fields.get(words)));
  if (!kinds.every((kind) => kind === 'actions' || kind === 'decisions')) return null;
  return kinds.includes('actions') ? 'actions' : 'decisions';
}

/**
 * Tasks for a time to come, the word for what comes next before the label (`Seuraavan sprintin
 * tehtävät`, `Next week's tasks`, four words at most) or after it with a word that leads into a
 * time (`Åtgärder inför nästa möte`, `Action points for next week`). Tasks of a time gone
 * (`Edellisen viikon tehtävät`) are a report, and not read so.
 */
function tasksForNext(key: string, fields: ReadonlyMap<string, FieldName>, vocabs: readonly Vocabulary[]): FieldName | null {
  const words = key.split(' ');
  const next = gather(vocabs, 'next');
  if (words.length >= 2 && words.length <= 4 && fields.get(words[words.length - 1] as string) === 'actions' && matchesAny(words[0] as string, next)) return 'actions';
  if (words.length < 3 || words.length > 7) return null;
  const leads = nextLeads(vocabs);
  for (let n = Math.min(3, words.length - 2); n >= 1; n--) {
    if (fields.get(words.slice(0, n).join(' ')) === 'actions' && leads.has(words[n] as string) && matchesAny(words[n + 1] as string, next)) return 'actions';
  }
  return null;
}

/** The words that put a task before a time (`till`, `inför`, `for`, `before`), of the vocabularies, made once. */
const nextLeads = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => [...v.dueLeads, ...(v.nextMeetingLeads ?? [])])));

const WHEN_FIELDS = new Set<FieldName>(['date', 'time', 'start']);

/**
 * A label that joins a date or time and a place with a word for "and" or a comma (`Aika ja paikka`,
 * `Plats och tid`, `Ort und Zeit`, `Date, time and venue`): `dateAndPlace`, or `date` when it joins
 * a date and a time only (`Datum och tid`).
 */
function joinedWhenWhere(key: string, fields: ReadonlyMap<string, FieldName>, vocabs: readonly Vocabulary[]): FieldName | null {
  if (key.length > 40 || !/[\s,/]/.test(key)) return null;
  const joiners = wordSet(vocabs, 'and');
  const parts = key.split(/[\s,/]+/).filter((word) => word !== '' && !joiners.has(word));
  if (parts.length < 2 || parts.length > 3) return null;
  const named = parts.map((word) => fields.get(word));
  if (!named.every((field) => field !== undefined && (WHEN_FIELDS.has(field) || field === 'location'))) return null;
  if (!named.some((field) => field !== undefined && WHEN_FIELDS.has(field))) return null;
  return named.includes('location') ? 'dateAndPlace' : 'date';
}


/**
 * A label that gives one person two offices with a slash (`Beheerder/notulist`, `Kassier/Protokoll`):
 * the meeting's own office among them (chair or secretary) is the field; none, or both, gives none.
 */
function slashedOffice(key: string, fields: ReadonlyMap<string, FieldName>): FieldName | null {
  if (key.length > 40 || !key.includes('/')) return null;
  const parts = key.split('/').map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === '' || part.includes(' '))) return null;
  const offices = parts.map((part) => fields.get(part)).filter((field) => field === 'chair' || field === 'secretary');
  return offices.length === 1 ? (offices[0] as FieldName) : null;
}

/** Whether a label of several words names a body by its members (`Board of Trustees`): its second last word joins them. */
function namesBody(key: string, vocabs: readonly Vocabulary[]): boolean {
  const words = key.split(' ');
  return words.length >= 3 && bodyJoins(vocabs).has(words[words.length - 2] as string);
}

/** The words that join a body to its members, of the vocabularies, made once. */
const bodyJoins = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => v.bodyOfMembers ?? [])));

/** Attendance words that open a heading of people without doubt: not the verb-like `present`. */
const headingPrefixes = oncePer((vocabs: readonly Vocabulary[]): Set<string> =>
  new Set(vocabs.flatMap((v) => [...v.attendance.present, ...v.attendance.absent]).filter((w) => w !== 'present')));

/** Fields whose label may open or close a longer label: the people and the agenda. */
const LIST_FIELDS = new Set<FieldName>(['agenda', 'participants', 'absent']);

/**
 * The field of a label of several words: one of people or the agenda at its end (`Hallituksen
 * jäsenet`) or of people at its start (`Anwesende Vorstände`, `Present, in order of arrival`,
 * `Aanwezigen tijdens het gesprek`), alternatives with a slash (`Puheenjohtaja/Demo vetäjä`), or a
 * role abbreviation in parentheses after an unknown word (`esittelijä (pj)`).
 */
function compoundField(key: string, label: string, fields: ReadonlyMap<string, FieldName>, prefixes: ReadonlySet<string> | null, vocabs: readonly Vocabulary[]): FieldName | null {
  const words = key.split(' ');
  const space = key.lastIndexOf(' ');
  if (space > 0) {
    const listed = listAtEnd(words, fields, label, vocabs);
    if (listed !== null) return listed;
    const suffixed = fields.get(key.slice(space + 1));
    // A line (not a heading: `## Grants approved` is a topic) naming a body's decision in the genitive
    // (`Barn- och utbildningsnämndens beslut`, `Des Vorstands Beschluss`); `Förslag till beslut` is its proposal.
    if (suffixed === 'decisions' && prefixes === null && words.length <= 4) {
      if (words.some((word) => fields.get(word) === 'proposal')) return 'proposal';
      if (/s$/u.test(words[words.length - 2] ?? '')) return 'decisions';
    }
  }
  const comma = key.indexOf(',');
  const head = comma > 0 ? key.slice(0, comma).trim() : null;
  if (head !== null && fields.get(head) && PEOPLE_LISTS.has(fields.get(head) as FieldName)) return fields.get(head) as FieldName;
  for (let n = Math.min(2, words.length - 1); n >= 1 && words.length <= 5; n--) {
    const prefix = words.slice(0, n).join(' ');
    const prefixed = fields.get(prefix);
    if (prefixed && PEOPLE_LISTS.has(prefixed) && (prefixes === null || prefixes.has(prefix))) return prefixed;
  }
  // Labels given as alternatives (`Scribe/Notes`, `Puheenjohtaja/Demo vetäjä`): the first part a label; a title that
  // ends in two (`Board Meeting Agenda/Minutes`) names the document, its words before the slash no label.
  if (key.includes('/')) {
    const first = fields.get((key.split('/')[0] as string).trim());
    if (first !== undefined) return first;
  }
  const paren = /\(([^()]{1,12})\)[\s:.*_]*$/.exec(label);
  // Only after a word that is no name: `esittelijä (pj)` is a label, `Kristian (kirjuri)` and `[KL] Kristian Lee (kirjuri)` are people.
  const inner = paren && !/^[\s[]*\p{Lu}/u.test(label) ? fields.get(normalizeLabel(paren[1] ?? '')) : undefined;
  return inner && ROLE_LABELS.has(inner) ? inner : null;
}

/**
 * A list of people or the agenda named by its own label after one or two words that say whose it
 * is (`Directors in attendance`, `Trustees not present`, `Members unable to attend`): the longest
 * such label at the end wins, so `not in attendance` is read whole and not as its last word.
 */
function listAtEnd(words: readonly string[], fields: ReadonlyMap<string, FieldName>, label: string, vocabs: readonly Vocabulary[]): FieldName | null {
  for (let tail = Math.min(4, words.length - 1); tail >= 1; tail--) {
    if (words.length - tail > 2) break;
    const field = fields.get(words.slice(-tail).join(' '));
    // `Uudet jäsenet`, `Eronneet jäsenet`, `Nya medlemmar`: a matter of membership, whose people join or leave, not those present.
    if (field && PEOPLE_LISTS.has(field) && words.slice(0, -tail).some((word) => wordSet(vocabs, 'membershipChanges').has(word))) return null;
    if (field && LIST_FIELDS.has(field)) return namedBefore(label, words.length - tail, vocabs) ? null : field;
  }
  return null;
}

/**
 * Whether the first `count` words of a label are a person's name rather than a group's: two
 * capitalised words, neither a body or group word nor a function word (`Jörgen Qwist Anmält
 * förhinder` is a person and their absence; `Board Members Not Present`, `Trustees not in
 * attendance` are labels, and so is `Vom Beirat anwesend`, whose first word is a preposition
 * with its article, capitalised as the label's first word).
 */
function namedBefore(label: string, count: number, vocabs: readonly Vocabulary[]): boolean {
  const head = label.trim().split(/\s+/u).slice(0, count);
  if (head.length < 2 || !head.every((word) => /^\p{Lu}/u.test(word))) return false;
  const groups = groupWords(vocabs);
  return !head.some((word) => {
    const folded = word.toLowerCase();
    return groups.has(folded) || groups.has(folded.replace(/s$/u, '')) || wordSet(vocabs, 'articles').has(folded) || wordSet(vocabs, 'titleTails').has(folded);
  });
}

/** The words of bodies and groups of people, lower-case, made once. */
const groupWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => [...v.bodies, ...v.groups]).map((w) => w.toLowerCase())));

const PEOPLE_LISTS = new Set<FieldName>(['participants', 'absent']);
const ROLE_LABELS = new Set<FieldName>(['chair', 'secretary', 'viceChair', 'checker', 'teller']);

/** Every label of the vocabularies and its field; the first vocabulary wins a label they share. */
/**
 * Each label word's field, the first vocabulary's reading first. A word that names the document in
 * a vocabulary before (Swedish `Protokoll`, the minutes themselves) is no label of a later one
 * (German `Protokoll:`, the minute-taker): `Protokoll` over a Swedish record names no secretary.
 */
const labelIndex = oncePer((vocabs: readonly Vocabulary[]): Map<string, FieldName> => {
  const index = new Map<string, FieldName>();
  const documents = new Set<string>();
  for (const vocab of vocabs) {
    for (const [field, words] of Object.entries(vocab.labels) as [FieldName, string[]][]) {
      for (const word of words) if (!index.has(word) && !documents.has(word)) index.set(word, field);
    }
    for (const word of vocab.documentWords) documents.add(word);
  }
  return index;
});

/** Lower case, without trailing colons, hashes, dots and a parenthetical remark. */
export function normalizeLabel(label: string): string {
  const bare = trimEndWhere(withoutPictographs(unspaced(label).toLowerCase().replaceAll('(s)', '')), isLabelTail);
  return trimEndWhere(withoutTrailingParen(bare), isLabelTail)
    .replace(/^[\s#*_]+/, '')
    .trim();
}

/** Blanks, colons (also the full-width `：`), dots, hashes, emphasis marks and the question mark of a pad's heading (`Who's here?`) after a label. */
function isLabelTail(code: number): boolean {
  return isBlank(code) || code === 0x3a || code === 0xff1a || code === 0x2e || code === 0x23 || code === 0x2a || code === 0x5f || code === 0x3f;
}

/**
 * The label a line starts with: a bold lead (`**Aika:** ...`, `**Aika**\t...`), `Label: value`, a
 * two-cell table row, a heading or line that is only a label, or an unmarked date or time label
 * followed by a date (`Aika 08.01.2025, klo 17:00`).
 */
export function readLabel(given: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  if (given.cells) return tableLabel(given, vocabs);
  const line = withoutDefinitionMark(given);
  const text = line.text;
  if (line.lead !== null && line.lead.length < text.length) {
    const field = fieldOf(line.lead, vocabs);
    const rest = text.slice(text.indexOf(line.lead) + line.lead.length);
    if (field && (line.lead.trimEnd().endsWith(':') || /^\s*[:\t]/.test(rest) || /^\s/.test(rest))) {
      return hit(line, field, rest.replace(/^\s*:?\s*/, ''), text.length - rest.length);
    }
  }
  const colon = text.indexOf(':');
  if (colon > 0 && colon <= 48) {
    const field = fieldOf(text.slice(0, colon), vocabs);
    if (field) return hit(line, field, text.slice(colon + 1).trim(), colon + 1);
  }
  const dashed = colon < 0 ? dashedPeopleLabel(line, vocabs) : null;
  if (dashed) return dashed;
  if (colon > 0 && colon <= 100 && line.kind !== 'heading') {
    const field = attendanceSentence(text.slice(0, colon), vocabs);
    if (field) return hit(line, field, text.slice(colon + 1).trim(), colon + 1);
  }
  // A sentence is no label: `Hyväksyttiin kokouksen työjärjestys.` ends in a label word but is a decision.
  const sentence = /\p{L}\.$/u.test(text) && text.includes(' ');
  // Nor is a roll call's `Ann Lee: present`: what stands before its colon is no label.
  const called = colon > 0 && colon < text.length - 1 && line.kind !== 'heading';
  const column = columnLabel(line, vocabs);
  if (column) return column;
  const whole = sentence || called ? null : fieldOf(text, vocabs, line.kind === 'heading');
  if (whole && (line.kind !== 'heading' || SECTION_FIELDS.has(whole)) && whole !== 'title') return hit(line, whole, '', text.length);
  return closingLabel(line, vocabs) ?? unmarkedLabel(line, vocabs);
}

/**
 * A label of people that closes a paragraph after sentences of its own (`Welcome, everyone! Please
 * add your name below. Attendees:`), as meeting templates open their roll call: the list is under
 * it. Only the last sentence is read, and only a label of people of three words at most counts.
 */
function closingLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  const text = line.text.trimEnd();
  if (line.kind !== 'paragraph' || !text.endsWith(':')) return null;
  const end = Math.max(text.lastIndexOf('. '), text.lastIndexOf('! '), text.lastIndexOf('? '));
  if (end < 0) return null;
  const last = text.slice(end + 2, -1).trim();
  // A label as such (`Roll call`, `Members present`), not a sentence that speaks of who came (`Läsnä olivat seuraavat edustajat`).
  const field = last.split(/\s+/).length <= 3 ? fieldOf(last, vocabs, false, true) : null;
  return field !== null && PEOPLE_LISTS.has(field) ? hit(line, field, '', text.length) : null;
}

/**
 * A label of people and its names after a dash between blanks, where minutes typed in a word
 * processor put the colon (`Present – Mark (Chair), Dorothy`, `2) Apologies - Robin, Les`): only a
 * list of people, and only names (a capital) after the dash, so a title and its text (`Budget – the
 * treasurer reported`) stay what they are.
 */
function dashedPeopleLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  if (line.kind === 'heading') return null;
  const dash = DASHED_LABEL.exec(line.text);
  const field = dash ? fieldOf(dash[1] ?? '', vocabs, false, true) : null;
  return dash && field !== null && PEOPLE_LISTS.has(field) ? hit(line, field, line.text.slice(dash[0].length), dash[0].length) : null;
}

/** A label of a few words, a dash between blanks, then a capital. */
const DASHED_LABEL = /^([\p{L}][\p{L} ]{0,30}?) [-–—] +(?=\p{Lu})/u;

/** A gap between a label and its value: a tab, or two blanks or more. */
const COLUMN_GAP = /\t| {2,}/;

/**
 * A form row as the text of a PDF or a form lays it out: a label, a gap of two blanks or a tab,
 * then its value (`Beslutande        Anna Berg`, `Plats och tid\tStadshuset`). The gap stands for
 * the column the label had; a single blank would make any sentence that opens with a label word one.
 */
function columnLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  if (line.kind !== 'paragraph' && line.kind !== 'code') return null;
  const gap = COLUMN_GAP.exec(line.text.slice(0, 50));
  // A full stop before the gap ends a sentence typed with two blanks after it (`Decisions.  We ...`): no column.
  if (!gap || gap.index === 0 || gap.index > 48 || /[.!?]$/u.test(line.text.slice(0, gap.index))) return null;
  const field = fieldOf(line.text.slice(0, gap.index), vocabs);
  const value = line.text.slice(gap.index + gap[0].length).trim();
  return field && field !== 'title' && value !== '' ? hit(line, field, value, gap.index + gap[0].length) : null;
}

/**
 * A Pandoc definition-list line (`:   Date: ...`) or a reStructuredText field (`:Ort: Raum 4`,
 * `:Anwesende:`), as Sphinx and docutils write a document's facts, read without its leading mark,
 * its place moved past it.
 */
function withoutDefinitionMark(line: Line): Line {
  const mark = /^:\s+/.exec(line.text) ?? /^:(?=\p{L}[^:]{0,40}:(?:\s|$))/u.exec(line.text);
  if (!mark || line.kind !== 'paragraph') return line;
  return { ...line, text: line.text.slice(mark[0].length), start: { line: line.start.line, column: line.start.column + mark[0].length } };
}

/** The parts of the minutes other than their people that a sentence before a colon may be about. */
const OTHER_PARTS: ReadonlySet<FieldName> = new Set(['agenda', 'actions', 'decisions', 'proposal']);

/**
 * The attendance field of a short sentence before a colon that speaks of who was there (`The
 * following people were present`, `Board members in attendance were`, `Nicht anwesend waren`):
 * absent words are tried first, so `not present` is absent.
 */
export function attendanceSentence(text: string, vocabs: readonly Vocabulary[]): FieldName | null {
  const words = text.trim().split(/\s+/);
  if (words.length > 10 || words.length < 2 || /\d/.test(text)) return null;
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\s'-]+/gu, ' ').replace(/\s+/g, ' ').trim()} `;
  const has = (list: readonly string[]): boolean => list.some((w) => lower.includes(` ${w} `));
  // A sentence about another part of the minutes speaks of the people only in passing (`The following agenda was distributed to attendees`).
  const fields = labelIndex(vocabs);
  if (words.some((word) => OTHER_PARTS.has(fields.get(word.toLowerCase()) as FieldName))) return null;
  if (vocabs.some((v) => has(v.attendance.absent))) return 'absent';
  if (vocabs.some((v) => has(v.attendance.present))) return 'participants';
  return null;
}

function tableLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  const cells = line.cells ?? [];
  if (cells.length !== 2) return null;
  // `| Present | Absent |` heads two columns: no label and its value.
  if (line.header && fieldOf(cells[1] ?? '', vocabs) !== null) return null;
  const field = fieldOf(cells[0] ?? '', vocabs);
  return field ? hit(line, field, cells[1] ?? '', (cells[0] ?? '').length + 3) : null;
}

const TIMED = new Set<FieldName>(['date', 'time', 'start', 'end', 'dateAndPlace']);

function unmarkedLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  if (line.kind === 'tableRow' || line.text.length > 400) return null;
  // Dates and times are written with digits: a line without any can only lead with a label of people (two words or more).
  const timed = /\d/.test(line.text);
  // A list item never starts with an unmarked label, and one without a digit ends with no time either: its words are not split.
  if (line.kind === 'listItem' && !timed) return null;
  const words = line.text.split(/\s+/);
  const longest = line.kind === 'listItem' ? 0 : Math.min(4, words.length - 1);
  // Whole labels first, longest first (`Saapuvilla olleet jäsenet Markku ...`), then the shortest label that opens a longer one (`Present were Ann ...`).
  const shortest = timed ? 1 : 2;
  for (let n = longest; n >= shortest; n--) {
    const found = leadingLabel(line, words, n, true, timed, vocabs);
    if (found) return found;
  }
  for (let n = shortest; n <= longest; n++) {
    const found = leadingLabel(line, words, n, false, timed, vocabs);
    if (found) return found;
  }
  for (let n = timed ? Math.min(3, words.length - 1) : 0; n >= 1; n--) {
    const value = words.slice(0, words.length - n).join(' ');
    // `19.00 alkoi`, not `§ 1 Mötets öppnande`: the time needs its minutes. A short time with its minutes is looked for before the label after it.
    if (value.length > 24 || !/\d[:.]\d{2}/.test(value)) continue;
    const field = fieldOf(words.slice(words.length - n).join(' '), vocabs);
    if ((field === 'start' || field === 'end') && findTimes(value, vocabs, true)) return hit(line, field, value, 0);
  }
  return null;
}

/** The label made of the first `n` words of a line without a mark, when a value fit for it follows. */
function leadingLabel(line: Line, words: readonly string[], n: number, exact: boolean, timed: boolean, vocabs: readonly Vocabulary[]): LabelHit | null {
  // A line without a digit can lead only with a label of people, and only a paragraph, before a name in capitals (the test
  // on the value below): any other line's first words are not looked up, as most lines of prose are not.
  if (!timed && (line.kind !== 'paragraph' || !/^\p{Lu}\p{Ll}/u.test(words[n] ?? ''))) return null;
  // A longer label goes on in lower case (`Present were`); a capital starts the value (`Läsnä Aino Aalto`).
  if (!exact && words.slice(1, n).some((w) => /^\p{Lu}/u.test(w))) return null;
  const field = fieldOf(words.slice(0, n).join(' '), vocabs, false, exact);
  if (field === null) return null;
  const value = words.slice(n).join(' ');
  // An unmarked start or end is followed by its time (`Started 7.05 pm`, `Alkoi klo 18.05`), not by a sentence that holds a number later (`Starting next month, dues rise to 12 euros`).
  if ((field === 'start' || field === 'end') && findTimes(words.slice(n, n + 3).join(' '), vocabs, true) === null) return null;
  if (TIMED.has(field) && timed && readable(field, value, vocabs) && value.length < 160) {
    return hit(line, field, value, line.text.length - value.length);
  }
  if ((field === 'participants' || field === 'absent') && n >= 2 && line.kind === 'paragraph' && /^\p{Lu}\p{Ll}/u.test(value)) {
    return hit(line, field, value, line.text.length - value.length);
  }
  return null;
}

function readable(field: FieldName, value: string, vocabs: readonly Vocabulary[]): boolean {
  if (field === 'date') return findFullDate(value, vocabs) !== null;
  return findTimes(value, vocabs, true) !== null || (field === 'dateAndPlace' && findFullDate(value, vocabs) !== null);
}

function hit(line: Line, field: FieldName, value: string, offset: number): LabelHit {
  const column = line.start.line === line.end.line ? Math.min(line.start.column + Math.max(0, offset), line.end.column) : line.start.column;
  return { field, value: value.trim(), valueStart: { line: line.start.line, column } };
}
