import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** How an item is marked: a two-level number (`1.2`), a section (`§ 4`), a marker word and a number (`Punkt 3`, `Agendapunt 3`), a number and a stop (`3.`), or a number alone (`3`). */
export type MarkKind = 'outline' | 'section' | 'word' | 'stopped' | 'bare';

/** The kinds in the order a tie is settled: the more distinctive mark first. */
const KINDS: readonly MarkKind[] = ['outline', 'section', 'word', 'stopped', 'bare'];

/** One item's mark found inside a flattened paragraph. */
export interface MarkedStart {
  /** Where the mark starts. */
  at: number;
  /** Where the item's title starts, after the mark. */
  textAt: number;
  kind: MarkKind;
  /** The number (the first level of a two-level number). */
  major: number;
  /** The second level of a two-level number, else 0. */
  minor: number;
}

/** The last mark of a run, so a page after it goes on with the count. */
export interface MarkedCarry {
  kind: MarkKind;
  major: number;
  minor: number;
}

/**
 * A two-level number before a title (`1.2 Val av justerare`): not inside a longer number
 * (`2.1.3`), a date (`13.3. 2024`: a digit follows) or an amount (`1.200`: three digits).
 */
const OUTLINE = /(?<![\p{L}\p{N}.,])(\d{1,2})\.(\d{1,2})\.?(?= \p{Lu}\p{Ll})/gu;

/** A section before a title (`§ 4 Ekonomi`, `§4. Ekonomi`); a statute's clause (`§ 2 (1)`) has no capital after it. */
const SECTION = /(?<![\p{L}\p{N}])§ ?(\d{1,3})\.?(?= \p{Lu}\p{Ll})/gu;

/** A word and a number before a title (`Punkt 3 Ekonomi`, `Agendapunt 3: Rondvraag`): the word is a marker only if the language lists it. */
const WORDED = /(?<![\p{L}\p{N}])(\p{L}{2,24})\.? (\d{1,2})[.:]?(?= \p{Lu}\p{Ll})/gu;

/** A number and a stop before a title (`3. Ekonomi`), not part of a longer number or a date (`13. 3. 2024`: no capital follows). */
const STOPPED = /(?<![\p{L}\p{N}.,§])(\d{1,2})\.(?= \p{Lu}\p{Ll})/gu;

/** A number alone before a title (`3 Ekonomi`), as a page flattened from a PDF leaves a list's numbers. */
const BARE = /(?<![\p{L}\p{N}.,§])(\d{1,2})(?= \p{Lu}\p{Ll})/gu;

/** The most words a title standing alone, with no notes under it, runs to before the next mark (`1.1 Mötets öppnande 1.2 ...`). */
const BARE_TITLE = 8;

/** The fewest marks in a run that make a paragraph a flattened list of items. */
const RUN = 3;

/** The language's one-word markers of an item, folded (`punkt`, `ärende`, `agendapunt`). */
const markerWords = oncePer((vocab: Vocabulary): ReadonlySet<string> => new Set(vocab.agendaMarkers.filter((w) => !w.includes(' ')).map(fold)));

/**
 * The items of a paragraph flattened from a PDF or a web page whose marks lost their line breaks
 * (`... öppnade mötet. § 2 Val av justerare Till justerare valdes ... § 3 Dagordning ...`,
 * `... 1.1 Mötets öppnande 1.2 Val av ...`): a run of marks of one kind whose numbers go on the
 * count by one (a two-level number by one at its last level, or to the next first level's `.1`),
 * each at the paragraph's start, after a sentence's end, or right after the title of the item before
 * it where that item is a title alone. A run of fewer than three marks is none, unless it goes on
 * the count of the paragraph before (`carry`). Empty where no such run is found.
 */
export function markedStarts(text: string, vocab: Vocabulary, carry: MarkedCarry | null): MarkedStart[] {
  const found = candidates(text, vocab);
  let best: MarkedStart[] = [];
  for (const kind of KINDS) {
    const run = longestRun(text, found.filter((c) => c.kind === kind), carry?.kind === kind ? carry : null);
    if (run.length > best.length) best = run;
  }
  return best;
}

/** Every mark of each kind in the text, in order. */
function candidates(text: string, vocab: Vocabulary): MarkedStart[] {
  const out: MarkedStart[] = [];
  for (const m of text.matchAll(OUTLINE)) out.push({ at: m.index, textAt: m.index + m[0].length + 1, kind: 'outline', major: Number(m[1]), minor: Number(m[2]) });
  for (const m of text.matchAll(SECTION)) out.push({ at: m.index, textAt: m.index + m[0].length + 1, kind: 'section', major: Number(m[1]), minor: 0 });
  for (const m of text.matchAll(STOPPED)) out.push({ at: m.index, textAt: m.index + m[0].length + 1, kind: 'stopped', major: Number(m[1]), minor: 0 });
  for (const m of text.matchAll(BARE)) out.push({ at: m.index, textAt: m.index + m[0].length + 1, kind: 'bare', major: Number(m[1]), minor: 0 });
  const words = markerWords(vocab);
  for (const m of text.matchAll(WORDED)) {
    if (words.has(fold(m[1] as string))) out.push({ at: m.index, textAt: m.index + m[0].length + 1, kind: 'word', major: Number(m[2]), minor: 0 });
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Whether a mark goes on the count of the last mark of the page before. */
export function goesOn(carry: MarkedCarry | null, mark: MarkedStart): boolean {
  return carry !== null && carry.kind === mark.kind && nextKeys(carry).includes(key(mark.major, mark.minor));
}

/** The key a mark goes on a run by: its number, both levels. */
function key(major: number, minor: number): string {
  return `${major}.${minor}`;
}

/** The numbers that go on a count after a mark: the next one, and for a two-level number the first of the next level. */
function nextKeys(mark: { kind: MarkKind; major: number; minor: number }): string[] {
  return mark.kind === 'outline' ? [key(mark.major, mark.minor + 1), key(mark.major + 1, 1)] : [key(mark.major + 1, 0)];
}

/**
 * The longest run of marks going on the count. A run opens at any number (sections are numbered
 * through the year) or, for a two-level number, at a first `.1`; each run is kept by the numbers
 * that go on it, one look-up a mark whatever the paragraph's length.
 */
function longestRun(text: string, marks: readonly MarkedStart[], carry: MarkedCarry | null): MarkedStart[] {
  const runs: MarkedStart[][] = [];
  const open = new Map<string, MarkedStart[]>();
  let carried: MarkedStart[] | null = null;
  if (carry !== null) {
    carried = [];
    for (const k of nextKeys(carry)) open.set(k, carried);
    runs.push(carried);
  }
  for (const mark of marks) {
    const k = key(mark.major, mark.minor);
    let run = open.get(k);
    // A run going on the page before's count opens this paragraph wherever its first mark stands (after the page's running head).
    if (run !== undefined && !(run === carried && run.length === 0) && !placed(text, mark, run.at(-1))) run = undefined;
    if (run === undefined) {
      if (mark.kind === 'outline' && mark.minor !== 1) continue;
      if (!placed(text, mark, undefined)) continue;
      runs.push((run = []));
    } else {
      for (const stale of nextKeys(run.at(-1) ?? (carry as MarkedCarry))) if (open.get(stale) === run) open.delete(stale);
    }
    run.push(mark);
    for (const next of nextKeys(mark)) open.set(next, run);
  }
  let best: MarkedStart[] = [];
  for (const run of runs) if (run.length >= (run === carried ? 1 : RUN) && run.length > best.length) best = run;
  return best;
}

/**
 * Whether a mark stands where an item starts: at the paragraph's start, after a sentence's end
 * (`.`, `!`, `?`), or right after the item before it where that item is a short title and no more.
 */
function placed(text: string, mark: MarkedStart, before: MarkedStart | undefined): boolean {
  let end = mark.at;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end--;
  if (end === 0) return true;
  const last = text.charAt(end - 1);
  if (last === '.' || last === '!' || last === '?') return true;
  if (before === undefined || before.textAt > end || end - before.textAt > BARE_TITLE * 24) return false;
  const between = text.slice(before.textAt, end);
  return !/[.!?:;]/u.test(between) && between.split(' ').length <= BARE_TITLE;
}
