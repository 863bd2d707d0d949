import { oncePer } from '../lang/once-per.js';
import type { FieldName, Vocabulary } from '../lang/types.js';
import type { Position } from '../model/position.js';
import { findFullDate, findTimes } from './read-dates.js';
import { isBlank, trimEndWhere, withoutTrailingParen } from './trim.js';
import type { Line } from './types.js';

/** A field label found at the start of a line, with the value written after it on the same line. */
export interface LabelHit {
  field: FieldName;
  /** The value on the same line, or '' when the value follows on the next lines. */
  value: string;
  valueStart: Position;
}

const SECTION_FIELDS = new Set<FieldName>(['participants', 'absent', 'date', 'time', 'start', 'end', 'location', 'agenda', 'actions', 'decisions', 'proposal', 'chair', 'secretary']);

/** The field a label names in any of the vocabularies (`Osallistujat:`, `**Present**`, `Scribe(s)`), or null. */
export function fieldOf(label: string, vocabs: readonly Vocabulary[]): FieldName | null {
  if (label.length > 120) return null;
  const key = normalizeLabel(label);
  if (key === '' || key.length > 48) return null;
  const fields = labelIndex(vocabs);
  // A numbered line is a label of people or of the agenda only as a whole (`2. Läsnäolijat`); `2.2 Uudet jäsenet` is an agenda item.
  if (key.charCodeAt(0) >= 0x30 && key.charCodeAt(0) <= 0x39) {
    const bare = fields.get(key.replace(/^[\d.)\s]+/, ''));
    return bare === 'agenda' || bare === 'participants' || bare === 'absent' ? bare : null;
  }
  const field = fields.get(key);
  if (field) return field;
  // A label of two or three words may end in a label of the agenda or of people (`Hallituksen jäsenet`).
  const space = key.lastIndexOf(' ');
  if (space < 0) return null;
  const suffixed = fields.get(key.slice(space + 1));
  if ((suffixed === 'agenda' || suffixed === 'participants' || suffixed === 'absent') && key.split(' ').length <= 3) return suffixed;
  return null;
}

/** Every label of the vocabularies and its field; the first vocabulary wins a label they share. */
const labelIndex = oncePer((vocabs: readonly Vocabulary[]): Map<string, FieldName> => {
  const index = new Map<string, FieldName>();
  for (const vocab of vocabs) {
    for (const [field, words] of Object.entries(vocab.labels) as [FieldName, string[]][]) {
      for (const word of words) if (!index.has(word)) index.set(word, field);
    }
  }
  return index;
});

/** Lower case, without trailing colons, hashes, dots and a parenthetical remark. */
export function normalizeLabel(label: string): string {
  const bare = trimEndWhere(label.toLowerCase().replaceAll('(s)', ''), isLabelTail);
  return trimEndWhere(withoutTrailingParen(bare), isLabelTail)
    .replace(/^[\s#*_]+/, '')
    .trim();
}

/** Blanks, colons (also the full-width `：`), dots, hashes and emphasis marks after a label. */
function isLabelTail(code: number): boolean {
  return isBlank(code) || code === 0x3a || code === 0xff1a || code === 0x2e || code === 0x23 || code === 0x2a || code === 0x5f;
}

/**
 * The label a line starts with: a bold lead (`**Aika:** ...`, `**Aika**\t...`), `Label: value`, a
 * two-cell table row, a heading or line that is only a label, or an unmarked date or time label
 * followed by a date (`Aika 08.01.2025, klo 17:00`).
 */
export function readLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  if (line.cells) return tableLabel(line, vocabs);
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
  const whole = fieldOf(text, vocabs);
  if (whole && (line.kind !== 'heading' || SECTION_FIELDS.has(whole)) && whole !== 'title') return hit(line, whole, '', text.length);
  return unmarkedLabel(line, vocabs);
}

function tableLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  const cells = line.cells ?? [];
  if (cells.length !== 2) return null;
  const field = fieldOf(cells[0] ?? '', vocabs);
  return field ? hit(line, field, cells[1] ?? '', (cells[0] ?? '').length + 3) : null;
}

const TIMED = new Set<FieldName>(['date', 'time', 'start', 'end']);

function unmarkedLabel(line: Line, vocabs: readonly Vocabulary[]): LabelHit | null {
  if (line.kind === 'tableRow' || line.text.length > 400) return null;
  const words = line.text.split(/\s+/);
  // Dates and times are written with digits: a line without any can only lead with a label of people (two words or more).
  const timed = /\d/.test(line.text);
  // A list item never starts with an unmarked label.
  const longest = line.kind === 'listItem' ? 0 : Math.min(4, words.length - 1);
  for (let n = longest; n >= (timed ? 1 : 2); n--) {
    const field = fieldOf(words.slice(0, n).join(' '), vocabs);
    if (field === null) continue;
    const value = words.slice(n).join(' ');
    if (TIMED.has(field) && timed && readable(field, value, vocabs) && value.length < 160) {
      return hit(line, field, value, line.text.length - value.length);
    }
    if ((field === 'participants' || field === 'absent') && n >= 2 && line.kind === 'paragraph' && /^\p{Lu}\p{Ll}/u.test(value)) {
      return hit(line, field, value, line.text.length - value.length);
    }
  }
  for (let n = timed ? Math.min(3, words.length - 1) : 0; n >= 1; n--) {
    const field = fieldOf(words.slice(words.length - n).join(' '), vocabs);
    if (field !== 'start' && field !== 'end') continue;
    const value = words.slice(0, words.length - n).join(' ');
    if (value.length <= 24 && findTimes(value, vocabs, true)) return hit(line, field, value, 0);
  }
  return null;
}

function readable(field: FieldName, value: string, vocabs: readonly Vocabulary[]): boolean {
  return field === 'date' ? findFullDate(value, vocabs) !== null : findTimes(value, vocabs, true) !== null;
}

function hit(line: Line, field: FieldName, value: string, offset: number): LabelHit {
  const column = line.start.line === line.end.line ? Math.min(line.start.column + Math.max(0, offset), line.end.column) : line.start.column;
  return { field, value: value.trim(), valueStart: { line: line.start.line, column } };
}
