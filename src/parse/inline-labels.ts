import type { FieldName, Vocabulary } from '../lang/types.js';
import { oncePer } from '../lang/once-per.js';
import { fieldOf } from './read-label.js';
import { isBlank, trimEndWhere } from './trim.js';

/**
 * A header label that stands inside a line, after a blank, as text flattened from a PDF or a word
 * processor runs the fields of a form together (`... Present: Ann Lee, Bo Chan In attendance: Ida
 * Voss (Clerk) Apologies: Tom Hill 1. Welcome ...`), with its value up to the next such label.
 */
export interface InlineLabel {
  field: FieldName;
  /** Where the label's first word starts in the text. */
  labelAt: number;
  /** Where the value starts (after the colon) and ends, as offsets in the text. */
  valueAt: number;
  valueEnd: number;
  value: string;
}

/** The fields a label inside a line may open: the people, their roles, and the meeting's time and place. */
export const INLINE_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>([
  'participants', 'absent', 'chair', 'secretary', 'viceChair', 'checker', 'teller', 'date', 'time', 'start', 'end', 'location', 'dateAndPlace',
]);

/** Header fields sit at the top of the text: only so far into a run-on line are labels looked for (it bounds the work, too). */
const REACH = 3000;

/** A label has four words at most, so its look-back before the colon is bounded. */
const MOST_WORDS = 4;
const LOOK_BACK = 60;

/** The fields a line runs together after its start: where the value at `from` ends (with `lead`, a label's value at the line's start), the labels after it, and where the body starts. */
export interface RunOn {
  /** Where the value that starts at `from` (a label's at the line's start) ends: before the first label inside the line or an agenda item. */
  leadEnd: number;
  labels: InlineLabel[];
  /** Where text that is no field's value starts (an agenda item, the sentence after the last list), or null when the fields fill the line. */
  bodyAt: number | null;
}

/**
 * The labels inside a text from offset `from` on, each with its value. A label is a word or a few
 * words of the vocabularies before a colon, after a blank: its first word capitalised and the
 * rest in lower case (`In attendance:`, `Niet aanwezig m.b.:`), or all in capitals (`IN
 * ATTENDANCE:`), so a name before it (`Bo Chan In attendance:`) stays a name and a colon inside a
 * sentence (`We discussed three things:`) opens nothing. A value ends at the next label of any
 * field, at the end of its sentence, or at a number that opens an agenda item (`1. Opening`).
 */
export function runOnFields(text: string, vocabs: readonly Vocabulary[], from = 1, lead = false): RunOn {
  const found: { field: FieldName; labelAt: number; valueAt: number }[] = [];
  const end = Math.min(text.length, REACH);
  for (let colon = text.indexOf(':', from); colon > 0 && colon < end; colon = text.indexOf(':', colon + 1)) {
    const floor = found.length > 0 ? (found[found.length - 1] as { valueAt: number }).valueAt : from;
    const last = found[found.length - 1];
    const label = labelBefore(text, colon, floor, vocabs) ?? (last && LISTS.has(last.field) ? captionBefore(text, colon, floor, last.field) : null);
    if (label !== null) found.push({ ...label, valueAt: colon + 1 });
  }
  // A form's labels without colons come first; a colon later on (`PÄÄTÖS:` in an item of the page) leaves them labels.
  if (vocabs[0]?.headingsInSentenceCase && !found.some((label) => INLINE_FIELDS.has(label.field))) found.unshift(...bareLabels(text, vocabs, from, Math.min(end, found[0]?.labelAt ?? end)));
  const first = found[0]?.labelAt ?? text.length;
  // The lead value is cut at an agenda item only: its further sentences (`Apologies were received from ...`) are read where it is read.
  const leadEnd = lead ? valueEndIn(text, { at: from, limit: first, sentences: false }, vocabs) : first;
  if (leadEnd < first) return { leadEnd, labels: [], bodyAt: leadEnd };
  const labels: InlineLabel[] = [];
  for (let k = 0; k < found.length; k++) {
    const hit = found[k] as { field: FieldName; labelAt: number; valueAt: number };
    const next = found[k + 1]?.labelAt ?? text.length;
    const valueEnd = valueEndIn(text, { at: hit.valueAt, limit: next, sentences: true }, vocabs);
    if (INLINE_FIELDS.has(hit.field)) labels.push({ ...hit, valueEnd, value: valueOf(text.slice(hit.valueAt, valueEnd)) });
    if (valueEnd < next) return { leadEnd, labels, bodyAt: valueEnd };
  }
  return { leadEnd, labels, bodyAt: null };
}

/** The fields a label without its colon may open inside a line: the meeting's time and place and who was there. */
const BARE_FIELDS: ReadonlySet<FieldName> = new Set<FieldName>(['date', 'time', 'location', 'participants', 'absent']);

/** A word a bare label may open with: a capital, then letters in lower case, or all in capitals (`LÄSNÄ`, `POISSA`, as a form's column of labels prints them). */
const BARE_WORD = /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u;

/**
 * The labels of a form flattened from a PDF, which writes its labels in a column of their own and
 * so without colons (`... PÖYTÄKIRJA 2/2024 Aika 8.1.2024 klo 18.00 Paikka Seurojentalo Läsnä Aino
 * Lehto, Pekka Salo`): one to three words of the vocabularies' labels of time, place or presence,
 * the first capitalised and the rest in lower case, after a blank. Two of different fields at
 * least, or one that captions a table of people (`headsTable`), or none: one such word is more
 * often a word of a sentence (`Paikka oli ahdas`). Only in
 * a language whose headings are in sentence case: where every main word is capitalised, a
 * capital tells no label from a word of a title (`Date and Place of the Next Meeting`).
 */
function bareLabels(text: string, vocabs: readonly Vocabulary[], from: number, end: number): { field: FieldName; labelAt: number; valueAt: number }[] {
  const words = [...text.slice(0, end).matchAll(/\S+/gu)].filter((m) => m.index >= from);
  const out: { field: FieldName; labelAt: number; valueAt: number }[] = [];
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as RegExpMatchArray & { index: number };
    if (!BARE_WORD.test(word[0]) || !/\s/u.test(text.charAt(word.index - 1))) continue;
    // The form's last section, those present who are neither members nor absent, captioned in capitals by a word for the others (`LÄSNÄ ... POISSA ... MUUT Aino Lehto ...`); a title in capitals (`MUUT ASIAT`) is none.
    if (/^\p{Lu}+$/u.test(word[0]) && othersCaptions(vocabs).has(word[0].toLowerCase()) && !/^\p{Lu}{2,}/u.test(words[k + 1]?.[0] ?? '')) {
      out.push({ field: 'participants', labelAt: word.index, valueAt: word.index + word[0].length });
      continue;
    }
    for (let span = Math.min(3, words.length - k); span >= 1; span--) {
      const parts = words.slice(k, k + span).map((w) => w[0]);
      if (parts.slice(1).some((w) => !/^\p{Ll}+$/u.test(w))) continue;
      const field = fieldOf(parts.join(' '), vocabs, false, true);
      if (field === null || !BARE_FIELDS.has(field)) continue;
      const last = words[k + span - 1] as RegExpMatchArray & { index: number };
      out.push({ field, labelAt: word.index, valueAt: last.index + last[0].length });
      k += span - 1;
      break;
    }
  }
  return new Set(out.map((label) => label.field)).size >= 2 || out.some((label) => headsTable(text, label.valueAt, vocabs)) ? out : [];
}

/** The vocabularies' one-word words for the others (`muut`, `övriga`), in lower case, made once. */
const othersCaptions = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> =>
  new Set(vocabs.flatMap((v) => v.othersWords).filter((w) => !w.includes(' '))));

/**
 * Whether a label is the caption of a table of people, its columns' heads right after it
 * (`Osallistujat Nimi Tehtävä Lisätiedot Läsnä ...`, `Deltagare Namn Funktion ...`): a form's table
 * flattened from a PDF, whose caption is a label even where it is the form's only one.
 */
function headsTable(text: string, at: number, vocabs: readonly Vocabulary[]): boolean {
  const next = /^\s+(\p{L}+)\s/u.exec(text.slice(at, at + 40))?.[1];
  return next !== undefined && headsNameColumn(next, vocabs);
}

/** Whether a word heads the column of names of a table of people (`Nimi`, `Name`, `Namn`). */
export function headsNameColumn(word: string, vocabs: readonly Vocabulary[]): boolean {
  const lower = word.toLowerCase();
  return vocabs.some((v) => v.personColumns[0] === lower);
}

/** The longest label that ends at a colon and starts after a blank at `floor` or later, or null. */
function labelBefore(text: string, colon: number, floor: number, vocabs: readonly Vocabulary[]): { field: FieldName; labelAt: number } | null {
  const start = Math.max(floor, colon - LOOK_BACK);
  const before = text.slice(start, colon);
  // Words end at blanks; the colon follows the last without a blank (`Present:`, not `Present :` in prose).
  if (before === '' || /\s$/u.test(before)) return null;
  const blanks: number[] = [];
  for (let i = before.length - 1; i >= 0 && blanks.length < MOST_WORDS; i--) if (before.charCodeAt(i) === 0x20) blanks.push(i);
  for (let n = blanks.length; n >= 1; n--) {
    const at = start + (blanks[n - 1] as number) + 1;
    const words = text.slice(at, colon).split(' ');
    const shape = labelShape(words);
    if (shape === null) continue;
    // A label in title case (`In Attendance:`) is read only as written in the vocabularies: `Brown In Attendance` is a name and a label.
    const field = fieldOf(words.join(' '), vocabs, false, shape === 'title');
    if (field !== null && field !== 'title') return { field, labelAt: wordsOfSameField(text, { at, floor: Math.max(floor, start) }, field, vocabs) };
  }
  return null;
}

/** Fields whose list may go on under a caption of its own. */
const LISTS: ReadonlySet<FieldName> = new Set<FieldName>(['participants', 'absent']);

/**
 * A caption that names a group inside a list of people, as a line ending in a colon does over its
 * names (`... Bo Chan On behalf of the school: Ida Voss, Tom Hill`, `Namens het bestuur: ...`): a
 * capitalised word and one to four in lower case, a name after the colon. Its names go on with the
 * list's own field; the caption is no name.
 */
function captionBefore(text: string, colon: number, floor: number, field: FieldName): { field: FieldName; labelAt: number } | null {
  if (!/^\s\p{Lu}/u.test(text.slice(colon + 1, colon + 3))) return null;
  let at = colon;
  for (let n = 0; n < 5; n++) {
    const space = text.lastIndexOf(' ', at - 1);
    if (space < floor) return null;
    const word = text.slice(space + 1, at);
    if (word === '' || /[\d()]/u.test(word)) return null;
    at = space + 1;
    // One capitalised word is a caption only right after the list's label, its value still empty: the heads of two columns side by side (`Members: Deputies: Lee, Ann ...`).
    if (/^\p{Lu}/u.test(word)) return n >= 1 || text.slice(floor, at).trim() === '' ? { field, labelAt: at } : null;
    if (!/^\p{Ll}/u.test(word)) return null;
    at = space;
  }
  return null;
}

/**
 * Where a label starts with the label words of its own field written before it (`Present Members:`
 * is one label, not `Present` left over after the last field), one word at a time, four at most.
 */
function wordsOfSameField(text: string, label: { at: number; floor: number }, field: FieldName, vocabs: readonly Vocabulary[]): number {
  let at = label.at;
  for (let n = 0; n < MOST_WORDS && at - 1 > label.floor; n++) {
    const space = text.lastIndexOf(' ', at - 2);
    const from = Math.max(space + 1, label.floor);
    const word = text.slice(from, at - 1);
    if (space + 1 < label.floor || labelShape([word]) === null || fieldOf(word, vocabs, false, true) !== field) break;
    at = from;
  }
  return at;
}

/**
 * How a label's words are written: a capitalised first word with the rest in lower case
 * (`plain`), all in capitals (`IN ATTENDANCE`, plain too), every word capitalised (`title`), or
 * null for anything else (a first word in lower case, a digit, a comma, an empty word).
 */
function labelShape(words: readonly string[]): 'plain' | 'title' | null {
  // A comma or a semicolon ends what came before (`Uwe Kern; entschuldigt:`): no label spans one.
  if (words.some((word) => word === '' || /[\d,;]/u.test(word))) return null;
  if (!/^\p{Lu}/u.test(words[0] as string)) return null;
  if (words.every((word) => !/\p{Ll}/u.test(word))) return 'plain';
  if (words.slice(1).every((word) => !/^\p{Lu}/u.test(word))) return 'plain';
  return words.every((word) => /^\p{Lu}/u.test(word)) ? 'title' : null;
}

/**
 * Where a value from `at` ends before `limit`: at the end of its first sentence (a stop and a
 * capital after it, not after an initial or an abbreviation) or before a number that opens an
 * agenda item (` 1. Opening`, ` 2) Budget`, ` § 3 Ekonomi`), outside parentheses, so `(from item 3)`
 * keeps its list going.
 */
function valueEndIn(text: string, span: { at: number; limit: number; sentences: boolean }, vocabs: readonly Vocabulary[]): number {
  const { at, limit, sentences } = span;
  let depth = 0;
  for (let i = at; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x28) depth++;
    else if (code === 0x29) depth = Math.max(0, depth - 1);
    else if (depth === 0 && code === 0x20 && opensItem(text, i + 1, limit, vocabs)) return i;
    else if (sentences && depth === 0 && (code === 0x2e || code === 0x21 || code === 0x3f) && endsSentence(text, i, at, vocabs)) return i + 1;
  }
  return limit;
}

/**
 * A number of one or two digits (or `§` and one) with a stop or a bracket, a blank and a capital,
 * or a word of the language that leads into an item's number (`TOP 1`, `Agendapunt 2`): an agenda
 * item opens at `i`; not a day before its month (`12. März 2025`).
 */
function opensItem(text: string, i: number, limit: number, vocabs: readonly Vocabulary[]): boolean {
  const marker = /^(\p{Lu}\p{L}{1,19}) \d{1,2}\b/u.exec(text.slice(i, Math.min(limit, i + 26)));
  if (marker) return markerWords(vocabs).has((marker[1] as string).toLowerCase());
  const head = text.slice(i, Math.min(limit, i + 8));
  if (!/^(?:§\s?\d{1,2}\.?|\d{1,2}[.)])\s\p{Lu}/u.test(head)) return false;
  const word = /^\p{L}+/u.exec(text.slice(text.indexOf(' ', i) + 1, Math.min(limit, i + 24)))?.[0]?.toLowerCase() ?? '';
  return !monthNames(vocabs).has(word);
}

/** The words that lead into an agenda item's number (`TOP 1`, `Agendapunt 2`, `Item 3`), lower case, made once. */
const markerWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.agendaMarkers).map((m) => m.toLowerCase())));

/** The names of the months of the vocabularies, lower case, made once. */
const monthNames = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.months.flat()).map((m) => m.toLowerCase())));

/** Whether the stop at `i` ends a sentence: blanks and a capital follow, and the word before is no initial and no abbreviation. */
function endsSentence(text: string, i: number, floor: number, vocabs: readonly Vocabulary[]): boolean {
  if (!/^\s\p{Lu}/u.test(text.slice(i + 1, i + 3))) return false;
  const space = text.lastIndexOf(' ', i);
  const word = text.slice(Math.max(floor, space + 1, i - 20), i).replace(/^\P{L}+/u, '').toLowerCase();
  return word.length > 1 && !shortWords(vocabs).has(word) && !STOPPED_SHORT.test(word);
}

/**
 * An abbreviation of a compound, short parts each cut with a stop (`puh.joht.` for puheenjohtaja,
 * `stv.vors.`, `v.d.`): its last stop ends no sentence, as in a roster's office column flattened
 * into one line (`Virta Anna valtuuston puh.joht. Koivu Elsa`).
 */
const STOPPED_SHORT = /^(?:\p{L}{1,4}\.)+\p{L}{1,4}$/u;

/** Abbreviations and titles of the vocabularies, whose stop ends no sentence (`Dr. Kapoor`), made once. */
const shortWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => [...v.abbreviations, ...(v.honorifics ?? [])])));

/** A value without the blanks around it and the commas and semicolons that joined it to the next field. */
export function valueOf(text: string): string {
  return trimEndWhere(text.trim(), (code) => isBlank(code) || FIELD_SEPARATORS.has(code));
}

/** What a line of several fields sets between them (`Chair: Ann Lee · Notes: Bo Park`, `| `, `; `, ` – `), left off a value's end. */
const FIELD_SEPARATORS: ReadonlySet<number> = new Set([0x2c, 0x3b, 0xb7, 0x7c, 0x2022, 0x2013, 0x2014, 0x2f]);

/**
 * The text of a run-on line before its first field (`Minutes of the meeting held on 3 March 2025 at
 * the Village Hall` before `Present: ...`), where a sentence about the meeting is read; the whole
 * text when no field stands inside it.
 */
export function headBeforeFields(text: string, vocabs: readonly Vocabulary[]): string {
  const first = runOnFields(text, vocabs).labels[0];
  return first === undefined ? text : text.slice(0, first.labelAt).trimEnd();
}
