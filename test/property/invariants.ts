import type { Meeting } from '../../src/model/meeting.js';
import type { Position } from '../../src/model/position.js';

/**
 * The invariants every parse must keep, shared by the property, corpus and hostile tests:
 * positions inside the file, and nothing lost. Each returns a list of human-readable problems
 * (empty when the invariant holds), so a failing case says what broke, where.
 */

/** The text as the parser sees it: BOM dropped, CRLF and CR made LF, split into lines. */
export function sourceLines(text: string): string[] {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n').split('\n');
}

/** Every position the model holds, with a name saying where it sits in the output. */
export function positionsOf(meeting: Meeting): Array<[string, Position]> {
  const out: Array<[string, Position]> = [];
  meeting.participants.forEach((p, i) => p.position && out.push([`participants[${i}].position`, p.position]));
  meeting.agenda.forEach((a, i) => {
    out.push([`agenda[${i}].position`, a.position]);
    if (a.end) out.push([`agenda[${i}].end`, a.end]);
  });
  meeting.decisions.forEach((d, i) => out.push([`decisions[${i}].position`, d.position]));
  meeting.actions.forEach((a, i) => out.push([`actions[${i}].position`, a.position]));
  meeting.diagnostics.forEach((d, i) => {
    out.push([`diagnostics[${i}].position`, d.position]);
    if (d.end) out.push([`diagnostics[${i}].end`, d.end]);
  });
  for (const [key, field] of Object.entries(meeting.fields)) {
    out.push([`fields.${key}.position`, field.position]);
    if (field.end) out.push([`fields.${key}.end`, field.end]);
  }
  return out;
}

/**
 * Positions outside the file: a line must be 1..number of lines, a column 1..that line's length
 * + 1 (UTF-16 code units, as mdast counts them; `length + 1` is the place just past the end).
 */
export function positionsOutside(meeting: Meeting, text: string): string[] {
  const lines = sourceLines(text);
  const problems: string[] = [];
  for (const [name, { line, column }] of positionsOf(meeting)) {
    const source = lines[line - 1];
    if (source === undefined || line < 1) problems.push(`${name} ${line}:${column} is past the last line (${lines.length})`);
    else if (column < 1 || column > source.length + 1) problems.push(`${name} ${line}:${column} is past the end of line ${line} (length ${source.length})`);
  }
  return problems;
}

/**
 * The strings of the output that can account for input text: every string value of the meeting
 * except those the parser makes up rather than copies from the input. Keys are left out (a word
 * "text" or "title" in the minutes must not be found in the key names), and so are numbers (a
 * "12" must not be found in a line number). Left out as made up: `source` (path, language,
 * encoding), ids, action status, diagnostic rule ids and severities, participants' roles (English
 * words such as "chair" read from "pj."), and the ISO forms of dates and times (`date`,
 * `startTime`, `endTime`, `due.start`, `due.end`): the words they were read from must be kept as
 * written elsewhere (`fields.*.text`, `due.text`, the preamble or an item's text).
 */
export function outputText(meeting: Meeting): string {
  const parts: string[] = [];
  const add = (value: string | null | undefined): void => {
    if (value !== null && value !== undefined) parts.push(value);
  };
  add(meeting.title);
  add(meeting.location);
  add(meeting.preamble);
  add(meeting.notes);
  for (const p of meeting.participants) {
    add(p.name);
    add(p.organization);
    add(p.handle);
  }
  for (const a of meeting.agenda) {
    add(a.number);
    add(a.title);
    add(a.presenter);
    add(a.reference);
    add(a.text);
  }
  for (const d of meeting.decisions) {
    add(d.item);
    add(d.text);
  }
  for (const a of meeting.actions) {
    add(a.item);
    a.owners.forEach(add);
    add(a.text);
    add(a.due?.text);
  }
  for (const d of meeting.diagnostics) add(d.message);
  for (const field of Object.values(meeting.fields)) add(field.text);
  return parts.join('\n').normalize('NFC');
}

/**
 * A character reference (`&amp;`, `&#228;`, `&#xE4;`). Markdown decodes them, so the letters of
 * the reference itself never reach the output (`K&auml;ytt&ouml;` becomes `Käyttö`): the
 * reference is markup, and it is cut out of the input line before the line is split into words.
 * It is replaced by a space rather than decoded, because inside code spans and blocks it is not
 * decoded; the letters on either side are then still required, as separate words.
 */
const characterReference = /&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/**
 * The number of an ordered list marker at the start of a line (`10. `, `  - 3) `, `> 2.`), after
 * block-quote marks and bullets. Markdown renumbers ordered lists (only the first number is ever
 * shown), and the parser keeps an item's number where it means something (`agenda[].number`);
 * elsewhere the digits of the marker are markup, like the `-` of a bullet, and are not required.
 * The letters after the marker are.
 */
const orderedMarker = /^(?:[ \t]*>)*[ \t]*(?:[-*+][ \t]+)*\d{1,9}[.)](?=[ \t]|$)/;

/** A word: a run of letters and digits. Everything else (marks, spaces, punctuation, controls) splits words. */
const word = /[\p{L}\p{N}]+/gu;

/**
 * The words of the input that the output lost. Nothing-lost is stated over words: for every
 * input line with a letter or digit, every word of it (a run of `\p{L}\p{N}` after NFC, at
 * least two characters) must occur, case-sensitively, in `outputText` (after NFC). What this
 * does not need to special-case, and why:
 * - Markdown marks (`*`, `_`, `#`, `|`, `>`, `-`, `[ ]`, backslash escapes, fences) are not
 *   letters or digits, so they split words and are never themselves required; `foo\*bar` needs
 *   `foo` and `bar`, which the parser keeps as `foo*bar`.
 * - Combining marks, zero-width and bidi controls split words too (they are not `\p{L}\p{N}`),
 *   so a parser that strips a zero-width space from a name still keeps both halves.
 * - A combining mark written after a Markdown mark (`kokous**\u0323`) lands on the last letter
 *   once the mark is removed (`kokouṣ`), and NFC then composes a letter the input did not have.
 *   So a word also counts as found when its NFD form occurs in the NFD form of the output: the
 *   same letters, each with at least the marks it had. Stripped diacritics are still caught
 *   (`Männikkö` is not found in `Mannikko` either way).
 * - One-character words are not required: list markers (`1.`), `x` in `[x]` and initials would
 *   otherwise be found anywhere by chance, which proves nothing.
 * What it does special-case: character references and the numbers of ordered list markers (above). What it deliberately does not: link
 * and image destinations (`[text](https://example.org/doc.pdf)`) are content, not markup: the
 * address is often the only pointer to the document discussed, so its words are required too.
 */
export function lostWords(meeting: Meeting, text: string): string[] {
  const output = outputText(meeting);
  const outputWords = new Set(Array.from(output.matchAll(word), (match) => match[0]));
  let decomposed: string | undefined;
  const found = (token: string): boolean => {
    if (outputWords.has(token) || output.includes(token)) return true;
    decomposed ??= output.normalize('NFD');
    return decomposed.includes(token.normalize('NFD'));
  };
  const lost: string[] = [];
  sourceLines(text).forEach((line, index) => {
    const plain = line.normalize('NFC').replace(characterReference, ' ').replace(orderedMarker, ' ');
    for (const match of plain.matchAll(word)) {
      const token = match[0];
      if ([...token].length < 2 || found(token)) continue;
      lost.push(`line ${index + 1}: "${token}" in ${JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}...` : line)}`);
    }
  });
  return lost;
}
