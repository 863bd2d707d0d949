import type { Root } from 'mdast';
import { detectLanguage } from '../lang/detect.js';
import { fold } from '../lang/match.js';
import { vocabularies } from '../lang/index.js';
import type { Vocabulary } from '../lang/types.js';
import type { Language, Meeting } from '../model/meeting.js';
import type { RosterPerson } from '../model/roster-person.js';
import { decode } from './decode.js';
import { findActions } from './find-actions.js';
import { findDecisions } from './find-decisions.js';
import { converterMarkdown } from './converter-markdown.js';
import { htmlPage } from './html-page.js';
import { parseToml } from './parse-toml.js';
import { parseYaml } from './parse-yaml.js';
import { readHeader } from './read-header.js';
import { resolveRoster } from './resolve-roster.js';
import { splitAgenda, type AgendaDraft } from './split-agenda.js';
import { toBlocks } from './to-blocks.js';
import { chunkTrees } from './to-tree.js';
import { toUnits } from './to-units.js';
import { isBlank } from './trim.js';
import { splitAtItemLines } from './item-lines.js';
import type { Line } from './types.js';
import { unflatten } from './unflatten.js';
import { textTables } from './text-tables.js';

/** Options of `parseMinutes`. */
export interface ParseOptions {
  /** The file's path, echoed in `source.path`. */
  path?: string | null;
  /** The language, instead of detecting it. */
  language?: Language;
  /** Characters per independently parsed chunk (default 32 KiB); smaller only to test chunking. */
  chunkSize?: number;
  /**
   * The roster (`people` of `.minutesrc.json`): participants and owners who are one of these
   * people get the roster's name once the meeting's own participant list has been used (see `resolveRoster`).
   */
  roster?: readonly RosterPerson[];
}

/**
 * Read one meeting's minutes (text, or bytes in UTF-8, UTF-16 or Windows-1252) into the typed
 * model: header, participants, agenda, decisions and actions, with the people of a roster given
 * their canonical names when one is given. Never throws on content; throws a
 * `DecodeError` only for bytes that are not text.
 */
export function parseMinutes(input: string | Uint8Array, options: ParseOptions = {}): Meeting {
  const { text: decoded, encoding } = decode(input);
  const page = htmlPage(decoded) ?? converterMarkdown(decoded);
  const text = page?.text ?? decoded;
  let first: Root | null = null;
  const blocks = toBlocks(
    (function* () {
      for (const chunk of chunkTrees(text, options.chunkSize)) {
        first ??= chunk.tree;
        yield chunk;
      }
    })(),
    text,
  );
  const language = options.language ?? detectLanguage(text);
  const { all: vocabs, main } = vocabularyOrder(language);
  const lines = textTables(splitAtItemLines(unflatten(blocks, main[0] as Vocabulary), main), vocabs);
  const frontMatter = readFrontMatter(first);
  const header = readHeader(lines, frontMatter.data, vocabs, text, options.path ?? null);
  const drafts = splitAgenda(lines, header, vocabs);
  const itemOf = itemIndex(lines.length, drafts);
  const agendaLines = new Set(drafts.filter((d) => !d.hasBody).map((d) => d.from));
  const context = { lines, header, drafts, itemOf, agendaLines, vocabs: main, allVocabs: vocabs, proper: properNouns(lines) };
  const units = toUnits(lines, header, context.vocabs, new Set(drafts.filter((d) => d.hasBody).map((d) => d.from)), runOnTitles(lines, drafts));
  const decisions = findDecisions(context, units);
  const actions = findActions(context, units, decisions);
  const { preamble, notes } = outsideText(lines, drafts, itemOf, frontMatter.raw);
  const read: Meeting = {
    schemaVersion: 1,
    source: { path: options.path ?? null, language, encoding },
    title: header.title,
    date: header.date,
    ...(header.endDate !== null ? { endDate: header.endDate } : {}),
    startTime: header.startTime,
    endTime: header.endTime,
    location: header.location,
    participants: header.participants,
    agenda: drafts.map((draft) => ({
      number: draft.number,
      title: draft.title,
      presenter: draft.presenter,
      ...(draft.reference !== undefined ? { reference: draft.reference } : {}),
      text: draft.hasBody ? bodyText(lines, draft) : '',
      position: draft.position,
      ...(draft.hasBody && lines[draft.to - 1] ? { end: (lines[draft.to - 1] as Line).end } : {}),
    })),
    decisions,
    actions,
    preamble,
    notes,
    fields: header.fields,
    diagnostics: header.diagnostics,
  };
  const meeting = clampPositions(decoded, page === null ? read : pageLines(read, page.origin));
  return options.roster === undefined ? meeting : resolveRoster(meeting, options.roster);
}

/** The places of a meeting read from a web page's text (see `htmlPage`), moved to the page's own lines. */
function pageLines(meeting: Meeting, origin: readonly number[]): Meeting {
  for (const place of positionsOf(meeting)) place.line = origin[place.line - 1] ?? place.line;
  return meeting;
}

function positionsOf(meeting: Meeting): { line: number; column: number }[] {
  return [
    ...meeting.participants.map((p) => p.position),
    ...meeting.agenda.flatMap((a) => [a.position, a.end]),
    ...meeting.decisions.map((d) => d.position),
    ...meeting.actions.map((a) => a.position),
    ...meeting.diagnostics.flatMap((d) => [d.position, d.end]),
    ...Object.values(meeting.fields).flatMap((f) => [f.position, f.end]),
  ].filter((place): place is { line: number; column: number } => place !== undefined && place !== null);
}

/**
 * Keep every position inside the file: a safety net for places computed from joined or unmarked
 * text (a sentence found inside a paragraph that spans lines), never a change to a correct one.
 */
function clampPositions(text: string, meeting: Meeting): Meeting {
  const lengths = text.split('\n').map((line) => line.length);
  const clamp = (position: { line: number; column: number }): void => {
    position.line = Math.min(Math.max(1, position.line), lengths.length);
    position.column = Math.min(Math.max(1, position.column), (lengths[position.line - 1] ?? 0) + 1);
  };
  for (const place of positionsOf(meeting)) clamp(place);
  return meeting;
}

/**
 * A capitalised word right after a blank, a comma or a parenthesis, the only places where
 * `properNouns` can accept one (its test needs the text before to end so): that character, and the
 * word. Scanning for these is several times cheaper than for every capital.
 */
const CAPITALISED = /[\s,(](\p{Lu}[\p{L}\p{M}'’-]*)/gu;

/** A lower-case word or a comma or bracket just before a name. */
const AFTER_LOWER_WORD = /(?:^|\s)\p{Ll}[\p{L}'’-]*\s+$|[,(]\s*$/u;

/** Words written with a capital letter after a lower-case word or a comma: proper nouns, most likely names. */
function properNouns(lines: readonly Line[]): Set<string> {
  const out = new Set<string>();
  for (const line of lines) {
    if (line.kind === 'code' || line.kind === 'html') continue;
    for (const match of line.text.matchAll(CAPITALISED)) {
      const index = match.index + 1;
      if (!mayFollowWord(line.text, index)) continue;
      const before = line.text.slice(Math.max(0, index - 40), index);
      if (AFTER_LOWER_WORD.test(before)) out.add(fold(match[1] ?? ''));
    }
  }
  return out;
}

/**
 * A cheap test before the regular expression in `properNouns`, false only where that cannot match:
 * the text before `index` ends in neither blanks nor a comma or parenthesis, or the character before
 * the blanks is plainly no word's end (a full stop, a digit, a colon: ASCII, but no letter, `'`, `-`).
 */
function mayFollowWord(text: string, index: number): boolean {
  let end = index;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end === 0) return false;
  const code = text.charCodeAt(end - 1);
  if (code === 0x2c || code === 0x28) return true;
  if (end === index) return false;
  return code >= 0x80 || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x27 || code === 0x2d;
}

const orders = new Map<Language, { all: Vocabulary[]; main: Vocabulary[] }>();

/** The vocabularies in the order a meeting in `language` consults them, made once per language so caches keyed on them hold. */
function vocabularyOrder(language: Language): { all: Vocabulary[]; main: Vocabulary[] } {
  let order = orders.get(language);
  if (!order) {
    const first = vocabularies[language];
    const rest = Object.values(vocabularies).filter((v) => v !== first && v.code !== 'en');
    const all = language === 'en' ? [first, ...rest] : [first, vocabularies.en, ...rest];
    order = { all, main: all.slice(0, 2) };
    orders.set(language, order);
  }
  return order;
}

function readFrontMatter(tree: Root | null): { data: Record<string, unknown> | null; raw: string } {
  const node = tree?.children[0];
  // Hugo and Zola sites write TOML between `+++` fences where others write YAML between `---`.
  if ((node?.type as string | undefined) === 'toml') {
    const value = (node as unknown as { value: string }).value;
    return { data: parseToml(value), raw: value };
  }
  if (node?.type !== 'yaml') return { data: null, raw: '' };
  try {
    const data: unknown = parseYaml(node.value);
    return { data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null, raw: node.value };
  } catch {
    return { data: null, raw: node.value };
  }
}

function itemIndex(count: number, drafts: readonly AgendaDraft[]): number[] {
  const out = new Array<number>(count).fill(-1);
  drafts.forEach((draft, i) => {
    for (let j = draft.from; j < draft.to; j++) out[j] = i;
  });
  return out;
}

function bodyText(lines: readonly Line[], draft: AgendaDraft): string {
  return lines.slice(draft.from + 1, draft.to).map((l) => l.text).join('\n');
}

function outsideText(lines: readonly Line[], drafts: readonly AgendaDraft[], itemOf: readonly number[], frontMatter: string): { preamble: string; notes: string } {
  // Items of an agenda list keep the list's order, which need not be the order of their lines.
  let first = lines.length;
  for (const draft of drafts) first = Math.min(first, draft.from);
  const preamble = [frontMatter, ...lines.slice(0, first).filter((_, i) => itemOf[i] === -1).map((l) => l.text)].filter(Boolean).join('\n');
  const notes = lines.slice(first).filter((_, i) => itemOf[first + i] === -1).map((l) => l.text).join('\n');
  return { preamble, notes };
}

/**
 * The lines of items whose title runs on into the notes on the same line (`4.FOOTPATH SIGNS. Two
 * signs have fallen.`, `5. Ekonomi. Sara gör inköp.`): such a line still opens the item's lines, but
 * is read as sentences, the notes' own, not as a title alone.
 */
function runOnTitles(lines: readonly Line[], drafts: readonly AgendaDraft[]): Set<number> {
  const out = new Set<number>();
  for (const draft of drafts) {
    if (!draft.hasBody || draft.title === '') continue;
    const text = lines[draft.from]?.text ?? '';
    const at = text.indexOf(draft.title);
    if (at >= 0 && RUNS_ON.test(text.slice(at + draft.title.length))) out.add(draft.from);
  }
  return out;
}

/** A sentence after a title on its line: a stop or colon, then a word in a capital and more words. */
const RUNS_ON = /^[^.:]{0,40}[.:]\s+\p{Lu}\p{L}*\s+\S/u;
