import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { findPhrase, gather, isWord, wordsOf } from './cues.js';
import { trimEndOf } from './decision-grammar.js';
import { ITEM_NUMBER_ALONE, valueLines } from './read-header.js';
import { withoutPictographs } from './trim.js';
import type { Line } from './types.js';

/** The outcome section a line stands under. */
export interface OutcomeScope {
  /** The heading or label as written (`Conclusion/resolution`, `Päätös`). */
  label: string;
  /** Whether the label only names an outcome (`Outcome`, `Ergebnis`), not a decision: open entries are left out. */
  soft: boolean;
  /** The list depth of the section's shallowest entries: deeper entries are details of theirs. */
  depth: number;
  /** Whether a sentence announced the list (`Volgende afspraken zijn gemaakt:`) rather than a label heading it. */
  announced: boolean;
  /**
   * The file's lines the section holds, where it ends inside its paragraph (a label set inside a
   * wrapped paragraph): a sentence read from a later line of that paragraph stands outside it.
   */
  rows?: ReadonlySet<number>;
}

/**
 * For each line, the outcome section it stands under, or undefined. An outcome section is a heading
 * of any level that names a conclusion (`Decisions`, `Conclusion/resolution`, `Päätökset`,
 * `Beschluss`, `Besluiten`) or states one (`Grants approved`), or a line that is only such a label
 * (`**Decision:**`, `Beslut:`) with the list or paragraph after it. A heading's section ends at the
 * next heading, at a rule, or at the first paragraph after its list (remarks that follow the
 * conclusions are no part of them).
 */
export function outcomeScopes(lines: readonly Line[], vocabs: readonly Vocabulary[]): (OutcomeScope | undefined)[] {
  const out: (OutcomeScope | undefined)[] = new Array(lines.length);
  lines.forEach((line, index) => {
    if (line.kind === 'code' || line.kind === 'html' || line.kind === 'tableRow' || line.text.length > 80) return;
    const opens = index === 0 || (lines[index - 1] as Line).block !== line.block;
    // Text wrapped by hand or exported from PDF sets a label on a line of its own inside the paragraph, after the sentence before it.
    const inside = !opens && line.kind === 'paragraph' && /[.!?]$/u.test((lines[index - 1] as Line).text.trim());
    const label = outcomeLabel(line, vocabs, opens || inside);
    if (label === null) return;
    const covered = line.kind === 'heading' ? headingScope(lines, index) : inside ? untilSubheading(lines, index) : valueLines(lines, index);
    let depth = Infinity;
    for (const j of covered) if ((lines[j] as Line).kind === 'listItem') depth = Math.min(depth, (lines[j] as Line).listDepth);
    const scope: OutcomeScope = { label: trimEndOf(line.text, ':：'), soft: label.soft, depth, announced: label.announced === true };
    if (inside) scope.rows = new Set(covered.map((j) => (lines[j] as Line).start.line));
    for (const j of covered) out[j] = scope;
  });
  return out;
}

/**
 * The lines after a label set inside its paragraph, as text wrapped by hand or exported from PDF
 * sets it (`Beslut` / `Nämnden beslutar` / `att godkänna ...` / `att uppdra ...`): the sentence
 * under it, wrapped over lines, and the clauses that go on from it in lower case (`att ...`), up
 * to the line that ends it. What follows in capitals is the item's notes or its next sub-heading
 * (`Reservation`, `Janne saapui kokoukseen.`), and a number alone (`§ 4`) opens the next item.
 */
function untilSubheading(lines: readonly Line[], index: number): number[] {
  const out: number[] = [];
  const block = (lines[index] as Line).block;
  for (let j = index + 1; j < lines.length && (lines[j] as Line).block === block; j++) {
    const text = (lines[j] as Line).text.trim();
    if (ITEM_NUMBER_ALONE.test(text) || /^§\s?\d/u.test(text)) break;
    if (out.length > 0 && /[.!?]$/u.test((lines[j - 1] as Line).text.trim()) && !/^\p{Ll}/u.test(text)) break;
    out.push(j);
  }
  return out;
}

/** The lines after a heading up to the next heading, a rule, or a paragraph after its list. */
function headingScope(lines: readonly Line[], index: number): number[] {
  const out: number[] = [];
  let listed = false;
  for (let j = index + 1; j < lines.length; j++) {
    const line = lines[j] as Line;
    // A heading below ends the section too: topics under a `Decision points` heading hold their own discussion.
    if (line.kind === 'heading' || line.kind === 'thematicBreak') break;
    if (line.kind === 'listItem') listed = true;
    else if (listed && line.listDepth === 0 && line.kind === 'paragraph') break;
    out.push(j);
  }
  return out;
}

/** Separators between the parts of a compound label (`Conclusion/resolution`, `Decisions & outcomes`). */
const PARTS = /[/&,+]| and | ja | och | und | en /u;

/** A leading number of an item (`3.`, `2.1`, `§ 4`) before a label. */
const NUMBER = /^[\s§#]*\d{1,3}(?:\.\d{1,3})*[.)]?\s+/u;

/** Whether a line is only an outcome label, and whether it is a soft one; null when it is none. */
function outcomeLabel(line: Line, vocabs: readonly Vocabulary[], opens: boolean): { soft: boolean; announced?: true } | null {
  const text = withoutPictographs(line.text.trim());
  // Short of a colon or bold, only the plain first line of a paragraph may be a label (`plainLabel`): any other line is passed over unfolded.
  if (line.kind !== 'heading' && !/[:：]$/u.test(text) && !line.bold && !(opens && line.kind === 'paragraph' && line.quoteDepth === 0 && line.listDepth === 0)) return null;
  const bare = fold(trimEndOf(text.replace(NUMBER, ''), ':：.*_#')).trim();
  if (bare === '') return null;
  const { strong, soft } = labelSets(vocabs);
  if (line.kind !== 'heading') {
    // A label of its own line: bold as a whole, ending in a colon with nothing after it, or a
    // decision label as the plain first line of its paragraph (`Päätös`, `Päätös Lautakunta`).
    if (!/[:：]$/u.test(text) && !line.bold) return opens && plainLabel(line, bare, strong, vocabs) ? { soft: false } : null;
  }
  const parts = bare.split(PARTS).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length > 0 && parts.every((p) => strong.has(p) || soft.has(p))) return { soft: parts.every((p) => soft.has(p)) };
  if (line.kind !== 'heading' && /[:：]$/u.test(text) && announcesDecisions(trimEndOf(text, ':：*_'), strong, vocabs)) return { soft: false, announced: true };
  // A short heading that states its outcome (`Grants approved`, `Hyväksytyt laskut` is not one: the verb must close it).
  const words = wordsOf(bare);
  if (line.kind === 'heading' && words.length >= 2 && words.length <= 4 && isWord(words[words.length - 1] as string, gather(vocabs, 'carried'))) return { soft: false };
  return null;
}

/**
 * Whether a line ending in a colon announces the decisions listed under it: a word that announces a
 * list before a decision label (`Volgende besluiten genomen na stemming:`, `The following decisions
 * were made:`). A line that is a decision by its own words (`Mötet beslutade följande:`,
 * `Följande beslut fattades:`) takes its list into its text instead. Ten words at most, and none
 * of a matter left open or of a proposal (`Volgende besluiten moeten nog genomen worden:`,
 * `Följande förslag till beslut:` list none).
 */
function announcesDecisions(text: string, strong: ReadonlySet<string>, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text);
  if (words.length < 2 || words.length > 10) return false;
  for (const open of ['pending', 'undecided', 'passiveModals', 'proposalCues'] as const) if (findPhrase(text, gather(vocabs, open)) !== null) return false;
  const announcer = announcerSpan(words, vocabs);
  if (announcer === null) return false;
  return words.slice(announcer.end).some((word) => strong.has(fold(word)) && namesDeciding(word, vocabs));
}

/**
 * Whether a label word is a word of deciding or an inflection of one (`besluiten` of `besluit`,
 * `decisions` of `decision`, `beslut`): agreements (`afspraken`) list arrangements and tasks as often.
 */
function namesDeciding(word: string, vocabs: readonly Vocabulary[]): boolean {
  return gather(vocabs, 'decisionCues').some((cue) => {
    const stem = cue.replace(/[*:]$/u, '');
    return stem.length >= 4 && !stem.includes(' ') && word.startsWith(stem);
  });
}

/** Where the first word or phrase that announces a list stands among the words: its first index and the index after it, or null. */
function announcerSpan(words: readonly string[], vocabs: readonly Vocabulary[]): { start: number; end: number } | null {
  const announcers = gather(vocabs, 'listAnnouncers').map((phrase) => wordsOf(phrase));
  for (let i = 0; i < words.length; i++) {
    for (const phrase of announcers) {
      if (phrase.length > 0 && phrase.every((word, k) => words[i + k] === word)) return { start: i, end: i + phrase.length };
    }
  }
  return null;
}

/**
 * Whether a plain line is a decision label over the lines after it, as municipal minutes lay out an
 * item (`Päätös` over what was decided, `Päätös Ympäristölautakunta` naming the deciding body): the
 * first line of its paragraph, the label alone or followed by one word that names a body.
 */
function plainLabel(line: Line, bare: string, strong: ReadonlySet<string>, vocabs: readonly Vocabulary[]): boolean {
  if (line.kind !== 'paragraph' || line.quoteDepth > 0 || line.listDepth > 0) return false;
  const words = bare.split(' ');
  if (genitiveLabel(words, strong, vocabs)) return true;
  if (!strong.has(words[0] as string) || words.length > 2) return false;
  return words.length === 1 || namesBody(words[1] as string, vocabs);
}

/**
 * Whether a label names the body whose decision it heads in the genitive before it, as Swedish
 * municipal minutes do (`Kommunstyrelsens beslut`, `Nämndens beslut`, `Barn- och utbildningsnämndens
 * beslut`): the label word last, a body with the genitive `s` before it, and before that only the
 * first parts of a shared compound (`Barn- och`).
 */
function genitiveLabel(words: readonly string[], strong: ReadonlySet<string>, vocabs: readonly Vocabulary[]): boolean {
  if (words.length < 2 || words.length > 4 || !strong.has(words[words.length - 1] as string)) return false;
  const owner = words[words.length - 2] as string;
  if (!owner.endsWith('s') || !namesBody(owner.slice(0, -1), vocabs, true)) return false;
  return words.slice(0, -2).every((word, k, all) => (k === all.length - 1 ? isWord(word, gather(vocabs, 'and')) : word.endsWith('-')));
}

/** Whether a word names a deciding body, alone (`hallitus`) or as the last part of a compound (`ympäristölautakunta`). */
function namesBody(word: string, vocabs: readonly Vocabulary[], folded = false): boolean {
  const bodies = gather(vocabs, 'bodies').filter((b) => !b.endsWith('*') && !b.includes(' ')).map((b) => (folded ? fold(b) : b));
  return bodies.some((body) => word === body || (body.length >= 5 && word.length >= body.length + 3 && word.endsWith(body)));
}

/** The decision labels and the softer outcome labels of the vocabularies, folded, made once per list of vocabularies. */
const labelSets = oncePer((vocabs: readonly Vocabulary[]): { strong: ReadonlySet<string>; soft: ReadonlySet<string> } => ({
  strong: new Set(vocabs.flatMap((v) => v.labels.decisions ?? []).map(fold)),
  soft: new Set(vocabs.flatMap((v) => v.outcomeLabels).map(fold)),
}));
