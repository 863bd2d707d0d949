import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Cue } from '../model/cue.js';
import type { Decision } from '../model/decision.js';
import type { Position } from '../model/position.js';
import { asWritten, findPhrase, gather, hasWord, leadingCue, leadingCueWord, textKey, wordsOf } from './cues.js';
import { bodyDecides, isProposed, passiveDecides, personDecides, spoken, trimEndOf } from './decision-grammar.js';
import { outcomeScopes, type OutcomeScope } from './decision-scope.js';
import { closingVerdict, consentIn, motionAt, voteCount } from './decision-votes.js';
import type { FindContext } from './parse-minutes.js';
import { valueLines } from './read-header.js';
import { subjectOwners } from './read-owners.js';
import { resolvePerson } from './resolve-people.js';
import type { Unit } from './to-units.js';
import type { Line } from './types.js';

/**
 * The decisions of a meeting: sentences that start with a marker (`RESOLVED:`, `Päätös:`,
 * `#agreed`), record a motion that was seconded or carried or a vote count, record consent without
 * objection, open with a decision verb (`Päätettiin`, `Beslöts`), have the body as subject of a
 * decision verb (`the board approved`), are first-person plural decisions (`we agreed`), hold a
 * decision phrase (`it was agreed`), stand in an outcome section (`## Conclusion`, `**Beschluss:**`),
 * or are carried motions in a motion table. A terse verdict (`Beslut: Attsats bifalles`) takes the
 * proposal before it as its text; a decision that ends in a colon takes the list after it.
 */
export function findDecisions(context: FindContext, units: readonly Unit[]): Decision[] {
  const scan: Scan = { context, units, scopes: outcomeScopes(context.lines, context.allVocabs), taken: new Set(), decided: new Set(), titles: titleLines(context), headings: headingOf(context.lines) };
  const decisions: Decision[] = [];
  const seen = new Set<string>();
  units.forEach((unit, index) => {
    if (scan.taken.has(index)) return;
    const found = decisionAt(scan, index);
    if (found === null) return;
    for (const { text, cue, start } of separateLines(scan, index, found)) {
      let key = textKey(text.replace(/^[^:]{1,40}:\s*/, ''));
      // A terse outcome (`Resolution: Obsoletion.`) repeats under other topics as a decision of its own.
      if (key.split(' ').length < 4) key += `@${scan.headings[unit.line] ?? -1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      scan.decided.add(index);
      const item = context.drafts[context.itemOf[unit.line] ?? -1];
      decisions.push({ id: `D${decisions.length + 1}`, item: item?.number ?? null, text, position: start ?? unit.start, cue });
    }
  });
  return decisions;
}

/**
 * A marker alone on its line (`Beslut:`) with the decisions on the lines after it in the same
 * paragraph (`att godkänna ...`, `att välja ...`): one decision per line. Any other decision as found.
 */
function separateLines(scan: Scan, index: number, found: Found): Found[] {
  const { lines } = scan.context;
  const unit = scan.units[index] as Unit;
  const first = lines[unit.line] as Line;
  if (found.cue.kind !== 'marker' || !/^\P{L}*\p{L}[^:：]{0,40}[:：]\s*$/u.test(first.text)) return [found];
  const out: Found[] = [];
  for (let j = unit.line + 1; j < lines.length && (lines[j] as Line).block === first.block; j++) {
    const line = lines[j] as Line;
    if (unit.text.includes(line.text) && wordsOf(line.text).length > 0) out.push({ text: line.text, cue: found.cue, start: line.start });
  }
  return out.length > 1 ? out : [found];
}

/** What the finder knows while it walks the units. */
interface Scan {
  context: FindContext;
  units: readonly Unit[];
  scopes: readonly (OutcomeScope | undefined)[];
  /** Units read as part of another decision (a list it introduced, the seconding of a motion). */
  taken: Set<number>;
  /** Units already taken as decisions. */
  decided: Set<number>;
  /** Lines that hold an agenda item's title, with the title. */
  titles: ReadonlyMap<number, string>;
  /** For each line, the index of the heading it stands under, or undefined. */
  headings: readonly (number | undefined)[];
}

/** A decision's text, what made it one, and where it starts when not where its unit does. */
interface Found {
  text: string;
  cue: Cue;
  start?: Position;
}

function decisionAt(scan: Scan, index: number): Found | null {
  const { context, units } = scan;
  const unit = units[index] as Unit;
  if (unit.text.length < 3 || isTitle(scan, unit)) return null;
  if (unit.cells) return tableDecision(scan, unit);
  const markers = decisionMarkers(context.allVocabs);
  if (leadingMarker(unit.text, actionMarkers(context.allVocabs)) !== null) return null;
  const marker = leadingMarker(unit.text, markers);
  if (marker) return withContext(scan, index, marker.rest, { kind: 'marker', words: marker.marker });
  // Under a proposal only a marked decision or the vote on it is decided.
  if (unit.section === 'proposal') return null;
  const motion = motionAt(units, index, context.vocabs, (k) => sameMotion(scan, index, k));
  if (motion) {
    for (const k of motion.parts) scan.taken.add(k);
    return motion.failed ? null : { text: motion.text, cue: motion.cue };
  }
  const line = context.lines[unit.line] as Line;
  const found = sentenceCue(scan, unit, line);
  if (found === null || rejected(scan, unit, line, found)) return null;
  return withContext(scan, index, unit.text, found.cue);
}

/**
 * Whether a later unit may still belong to the motion of unit `index`: the same paragraph or list
 * item, the next entries of the same list (`- Moved: Ann`, `- Seconded: Bo`, `- Carried`), or a
 * terse line of four words or fewer under the same heading (`Carried 5-0.`).
 */
function sameMotion(scan: Scan, index: number, k: number): boolean {
  const unit = scan.units[index] as Unit;
  const next = scan.units[k] as Unit;
  if (next.block === unit.block) return true;
  if (scan.headings[next.line] !== scan.headings[unit.line]) return false;
  const a = scan.context.lines[unit.line] as Line;
  const b = scan.context.lines[next.line] as Line;
  return (a.kind === 'listItem' && b.kind === 'listItem' && a.listDepth === b.listDepth) || wordsOf(next.text).filter((w) => /\p{L}/u.test(w)).length <= 4;
}

/** A sentence's cue and whether it is only a commitment (`let's`), which a speaker merely proposes. */
interface SentenceCue {
  cue: Cue;
  hedged: boolean;
}

/** What makes an unmarked sentence a decision, strongest evidence first, or null. */
function sentenceCue(scan: Scan, unit: Unit, line: Line): SentenceCue | null {
  const { vocabs } = scan.context;
  const text = unit.text.replaceAll('’', "'");
  const words = wordsOf(text);
  const grammar = (w: string): SentenceCue => ({ cue: { kind: 'grammar', words: asWritten(text, w) }, hedged: false });
  const count = voteCount(text, vocabs);
  if (count !== null) return { cue: { kind: 'vote', words: count }, hedged: false };
  // A speaker's `Agreed.` answers a speaker: no verdict of the meeting.
  const verdict = () => (spoken(text, decisionMarkers(scan.context.allVocabs), scan.context.header.participants) === null ? closingVerdict(text, vocabs) : null);
  const consent = consentIn(text, vocabs) ?? verdict();
  if (consent !== null) return { cue: { kind: 'vote', words: consent }, hedged: false };
  const we = findPhrase(text, gather(vocabs, 'weDecided'));
  if (we !== null) return grammar(we);
  const verb = leadingCueWord(words, gather(vocabs, 'decisionCues'), 4);
  if (verb !== null) return grammar(verb);
  const body = bodyDecides(words, vocabs);
  if (body !== null) return grammar(body);
  const passive = passiveDecides(words, vocabs);
  if (passive !== null) return grammar(passive);
  const weak = weakCue(words, vocabs);
  if (weak !== null) return grammar(weak);
  const phrase = findPhrase(text, gather(vocabs, 'decisionPhrases'));
  if (phrase !== null) return { cue: { kind: 'phrase', words: asWritten(text, phrase) }, hedged: false };
  const will = findPhrase(text, gather(vocabs, 'weWill'));
  if (will !== null) return { cue: { kind: 'grammar', words: asWritten(text, will) }, hedged: true };
  const scope = scan.scopes[unit.line];
  if (scope && entryOf(scope, unit, line, words, vocabs)) return { cue: { kind: 'section', words: scope.label }, hedged: false };
  return null;
}

/**
 * The topic an outcome heading concludes (`## Object.observe` above `#### Conclusions`), to name a
 * terse entry (`No stage 3`) by it: the nearest heading above the outcome heading at a higher level.
 */
function topicOf(scan: Scan, line: number): string | null {
  const { lines } = scan.context;
  const own = scan.headings[line];
  if (own === undefined) return null;
  const depth = (lines[own] as Line).depth;
  for (let h = scan.headings[own - 1]; h !== undefined; h = scan.headings[h - 1]) {
    if ((lines[h] as Line).depth < depth) return (lines[h] as Line).text;
    if (h === 0) break;
  }
  return null;
}

/** Whether a unit under an outcome heading is one of its entries: a top-level entry, no report, and under a soft label not open. */
function entryOf(scope: OutcomeScope, unit: Unit, line: Line, words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  // Fewer than three words under a heading are a signature or a place name, not an outcome.
  if ((line.kind === 'listItem' && line.listDepth > scope.depth) || words.length < 3) return false;
  if (hasWord(words.slice(0, 4), gather(vocabs, 'reportWords'))) return false;
  return !scope.soft || findPhrase(unit.text, gather(vocabs, 'pending')) === null;
}

/** Whether a sentence with a cue is still no decision: a question, a quotation, a proposal, a person's promise, a speaker's suggestion. */
function rejected(scan: Scan, unit: Unit, line: Line, { cue, hedged }: SentenceCue): boolean {
  const { context } = scan;
  const participants = context.header.participants;
  if (/\?\s*$/u.test(unit.text)) return true;
  if (line.quoteDepth > 0 && cue.kind !== 'vote') return true;
  if (isProposed(wordsOf(unit.text), context.allVocabs) || markerRest(unit.text, proposalLabels(context.allVocabs)) !== null) return true;
  if (promisedByPeople(unit.text, context)) return true;
  if (cue.kind !== 'section' && personDecides(unit.text, cue.words, context.vocabs, participants)) return true;
  if (cue.kind === 'vote') return false;
  const markers = decisionMarkers(context.allVocabs);
  const said = spoken(unit.text, markers, participants);
  // A speaker's `Agreed.` answers a speaker; a `let's` in a speaker's paragraph proposes.
  if (said !== null && wordsOf(said).length <= 3) return true;
  return hedged && (said !== null || spoken(blockStart(context.lines, unit.line), markers, participants) !== null);
}

/** The text of the first line of the block that holds a line: where a speaker's name stands. */
function blockStart(lines: readonly Line[], index: number): string {
  let j = index;
  const block = (lines[index] as Line).block;
  while (j > 0 && (lines[j - 1] as Line).block === block) j--;
  return (lines[j] as Line).text;
}

/** The decision's text: a list it introduces is added to it, a terse verdict takes the proposal before it. */
function withContext(scan: Scan, index: number, body: string, cue: Cue): Found | null {
  const unit = scan.units[index] as Unit;
  if (/[:：]\s*$/u.test(body)) {
    const entries = listAfter(scan, index);
    return { text: entries.length > 0 ? `${trimEndOf(unit.text, ':：')}: ${entries.join('; ')}` : unit.text, cue };
  }
  const lettered = wordsOf(body).filter((w) => /\p{L}/u.test(w));
  if (cue.kind === 'section' && lettered.length <= 4) {
    const topic = topicOf(scan, unit.line);
    if (topic !== null && (scan.context.lines[scan.headings[unit.line] ?? 0] as Line).text === cue.words) return { text: `${topic}: ${unit.text}`, cue };
  }
  const terse = lettered.length <= 3 && (cue.kind !== 'grammar' || hasWord(lettered, gather(scan.context.allVocabs, 'carried')));
  const previous = scan.units[index - 1];
  // The count or result of a vote right after the decision it decided is part of that decision.
  if (terse && cue.kind === 'vote' && scan.decided.has(index - 1) && previous?.block !== undefined) return null;
  if (!terse || previous === undefined || scan.decided.has(index - 1)) return { text: unit.text, cue };
  const proposal = stripMarker(previous.text, scan.context);
  const near = previous.block === unit.block || previous.kind === 'item' || findPhrase(previous.text, gather(scan.context.vocabs, 'motions')) !== null;
  if (proposal !== previous.text || previous.section === 'proposal' || (cue.kind !== 'marker' && near)) return { text: `${proposal} — ${body}`, cue };
  return { text: unit.text, cue };
}

/** The most entries of a list a decision takes into its text. */
const MAX_ENTRIES = 12;

/** The top-level entries of the list right after a unit that ends in a colon; they become part of its decision. */
function listAfter(scan: Scan, index: number): string[] {
  const { lines } = scan.context;
  const unit = scan.units[index] as Unit;
  const covered = new Set(valueLines(lines, unit.line));
  const entries: string[] = [];
  let depth = -1;
  for (let k = index + 1; k < scan.units.length; k++) {
    const next = scan.units[k] as Unit;
    if (!covered.has(next.line)) break;
    const line = lines[next.line] as Line;
    if (depth < 0) depth = line.listDepth;
    scan.taken.add(k);
    if (line.listDepth === depth && entries.length < MAX_ENTRIES) entries.push(next.text.replace(/[.;]\s*$/u, ''));
  }
  return entries;
}

/** Whether a unit is an agenda item's title (`**4. Hyväksytään työjärjestys**`): the item, not what it decided. */
function isTitle(scan: Scan, unit: Unit): boolean {
  const title = scan.titles.get(unit.line);
  if (title === undefined) return false;
  const line = scan.context.lines[unit.line] as Line;
  return line.bold || scan.context.agendaLines.has(unit.line) || fold(unit.text).includes(fold(title).slice(0, 40));
}

/** The lines of the agenda items' titles, with each title: as headings or in an agenda list, they name what is to be decided. */
function titleLines(context: FindContext): Map<number, string> {
  const out = new Map<number, string>();
  for (const draft of context.drafts) out.set(draft.from, draft.title);
  for (const line of context.agendaLines) if (!out.has(line)) out.set(line, (context.lines[line] as Line).text);
  return out;
}

/** For each line, the index of the last heading before it. */
function headingOf(lines: readonly Line[]): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(lines.length);
  let last: number | undefined;
  lines.forEach((line, index) => {
    if (line.kind === 'heading') last = index;
    out[index] = last;
  });
  return out;
}

/** Whether the sentence opens with participants who agreed to do something: their task, not the meeting's decision. */
function promisedByPeople(text: string, context: FindContext): boolean {
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null;
  return subjectOwners(text, context.vocabs, known).some((m) => m.index === 0 && m.linked === true && m.owners.every(known));
}

/** The weak decision cue (`Todettiin`) among the first words when the rest holds a word it needs (`päätösvaltaiseksi`), or null. */
function weakCue(words: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  const { any, cues } = weakCues(vocabs);
  if (!leadingCue(words, any, 6)) return null;
  for (const w of cues) {
    const word = leadingCueWord(words, w.cue, 6);
    if (word !== null && hasWord(words, w.needs)) return word;
  }
  return null;
}

/** The weak decision cues of the vocabularies, made once per list of vocabularies: all at once and each with the words it needs. */
const weakCues = oncePer((vocabs: readonly Vocabulary[]): { any: string[]; cues: { cue: string[]; needs: string[] }[] } => {
  const all = vocabs.flatMap((v) => v.weakDecisionCues);
  return { any: all.map((w) => w.cue), cues: all.map((w) => ({ cue: [w.cue], needs: w.needs })) };
});

/** The decision and outcome labels and the `Label:` cues of the vocabularies, folded, made once per list of vocabularies. */
const decisionMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] =>
  vocabs.flatMap((v) => [...(v.labels.decisions ?? []), ...v.outcomeLabels, ...v.decisionCues.filter((c) => c.endsWith(':')).map((c) => c.slice(0, -1))]).map(fold),
);

/** The action markers of the vocabularies (`ACTION:`, `AP:`): a line they open is a task, never a decision. */
const actionMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.actionMarkers).map(fold));

/** A leading marker (`RESOLUTION #2:`, `Beschluss (einstimmig):`, `DECISION – `) and the text after it. */
const LEADING_MARKER = /^(\p{L}+(?: \p{L}+){0,4})(?: ?\([^()]{0,40}\))?\s*(?:#?\p{N}[\p{N}./-]{0,15}\s*)?(?:[:：]|[-–—](?=\s))\s*(\S.*)?$/u;

/** What may stand before a marker: a few bullets, arrows or emoji (`→`, `✅`, `**`), and an item number (`3.`). */
const BEFORE_MARKER = /^[^\p{L}\p{N}]{0,6}(?:\d{1,3}[.)])?/u;

/** A MeetBot command (`#agreed ...`, `#decided ...`) and the text after it. */
const MEETBOT = /^#(\p{L}+)\s+(\S.*)$/u;

/** The text after a leading marker such as `RESOLUTION #2:` or `Päätös:`, or null. */
export function markerRest(text: string, markers: readonly string[]): string | null {
  return leadingMarker(text, markers)?.rest ?? null;
}

/** A leading marker as written (`RESOLUTION`, `#agreed`) and the text after it, or null. */
function leadingMarker(text: string, markers: readonly string[]): { marker: string; rest: string } | null {
  if (text.startsWith('#')) {
    const bot = MEETBOT.exec(text);
    return bot && markers.includes(fold(bot[1] ?? '')) ? { marker: `#${bot[1]}`, rest: (bot[2] ?? '').trim() } : null;
  }
  // Most sentences hold no colon or dash at all: they need no regular expression.
  if (!/[:：\-–—]/u.test(text)) return null;
  const match = LEADING_MARKER.exec(text.slice(BEFORE_MARKER.exec(text)?.[0].length ?? 0).trimStart());
  const marker = match?.[1] ?? '';
  if (!match || marker.length < 2 || marker.length > 30) return null;
  const rest = (match[2] ?? '').trim();
  return markers.includes(fold(marker).trim()) && rest !== '' ? { marker, rest: rest.replace(/(?<![*_])[*_]+$/, '').trim() } : null;
}

function stripMarker(text: string, context: FindContext): string {
  return markerRest(text, proposalLabels(context.allVocabs)) ?? text;
}

/** The proposal labels of the vocabularies, gathered once per list of vocabularies. */
const proposalLabels = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.labels.proposal ?? []));

/** Cells that hold nothing decided (`-`, `n/a`, `none`). */
const EMPTY_CELL = /^[\s\-–—/.?]*$|^(?:n\/?a|none|ei|ingen|keine|geen|nein|no)\.?$/iu;

/**
 * A table row's decision: the cell under a decision column (`| Topic | Decision |`), the value of a
 * two-cell row labelled `Decision`, every row of a table in an outcome section, or a motion carried
 * in a motion table.
 */
function tableDecision(scan: Scan, unit: Unit): Found | null {
  const cells = unit.cells ?? [];
  const markers = decisionMarkers(scan.context.allVocabs);
  const column = (unit.columns ?? []).findIndex((c) => markers.includes(fold(c).trim()));
  const cell = cells[column]?.trim() ?? '';
  if (column >= 0 && !EMPTY_CELL.test(cell)) {
    const terse = wordsOf(cell).length < 4 && column > 0 && cells[0];
    return { text: terse ? `${cells[0]}: ${cell}` : cell, cue: { kind: 'table', words: (unit.columns ?? [])[column] ?? '' } };
  }
  if (cells.length === 2 && markers.includes(fold(cells[0] ?? '').trim()) && !EMPTY_CELL.test(cells[1] ?? '')) {
    return { text: (cells[1] ?? '').trim(), cue: { kind: 'marker', words: cells[0] ?? '' } };
  }
  const scope = scan.scopes[unit.line];
  if (scope && column < 0 && wordsOf(cells.join(' ')).length >= 3) return { text: cells.filter((c) => !EMPTY_CELL.test(c)).join(' — '), cue: { kind: 'section', words: scope.label } };
  return motionRow(unit, scan.context);
}

function motionRow(unit: Unit, context: FindContext): Found | null {
  const cells = unit.cells ?? [];
  const carried = gather(context.allVocabs, 'carried');
  const outcome = cells.slice(1).find((cell) => carried.includes(fold(cell).trim()));
  if (!outcome || cells.length < 2) return null;
  return { text: `${cells[0]} — ${outcome}`, cue: { kind: 'vote', words: outcome } };
}
