import { anyMatches, fold, foldsToOneOf, startsWithPhrase } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Cue } from '../model/cue.js';
import type { Decision } from '../model/decision.js';
import type { Position } from '../model/position.js';
import { asWritten, findPhrase, gather, hasWord, leadingCue, leadingCueWord, letteredWords, textKey, wordSet, wordsOf } from './cues.js';
import { groupPassive, isParticiple } from './action-grammar.js';
import { attributive, bodyDecides, chosen, closingCue, decidedAbout, isProposed, officeFirst, owedDecision, passiveDecides, personDecides, separableDecides, spoken, trimEndOf } from './decision-grammar.js';
import { actionMarkers, arrowedPerson, decisionMarkers, leadingMarker, outcomeArrow, stripProposal } from './decision-markers.js';
import { outcomeScopes, type OutcomeScope } from './decision-scope.js';
import { cellPieces, htmlTables, isTaskColumn } from './decision-cells.js';
import { tableDecision } from './decision-tables.js';
import { clausesAfter, electedEntries, type Found, headedLines, type Scan, separateLines, titleAbove, voteUnder, withContext } from './decision-text.js';
import { readItemNumber, SUB_ITEM_MARK } from './agenda-number.js';
import { htmlBlock } from './agenda-table.js';
import { valueLines } from './header.js';
import { closingVerdict, consentIn, motionAt, moverOnly, nilLine, procedureOnly, terseVerdict, voteCount } from './decision-votes.js';
import type { FindContext } from './find-context.js';
import { headingOwners } from './action-owners.js';
import { subjectAtStart, trailingOwners } from './read-owners.js';
import { resolvePerson } from './resolve-people.js';
import type { Unit } from './to-units.js';
import { sentencesOf } from './read-attendance.js';
import type { Line } from './types.js';

export { markerRest } from './decision-markers.js';

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
  const take = (found: readonly Found[], line: number, at: Position, index: number, labelled = false): void => {
    for (const { text, cue, start } of found) {
      // Lines under one head differ in their labels (`sihteeri: Aino`, `tarkistaja: Aino`): those count.
      let key = textKey(labelled ? text : text.replace(/^[^:]{1,40}:\s*/, ''));
      // A terse outcome (`Resolution: Obsoletion.`) repeats under other topics as a decision of its own;
      // so does a motion worded alike under each report it accepts (`Motion to accept by Ann` under
      // `### Secretary's report` and again under `### Treasurer's report`).
      const item = context.drafts[context.itemOf[line] ?? -1];
      const terse = key.split(' ').length < 4;
      if (terse || cue.kind === 'vote') key += `@${scan.headings[line] ?? -1}`;
      // The same sentence under two numbered items (`De voorzitter concludeert dat het voorstel als hamerstuk ...`) settles each;
      // a labelled outcome repeated (`Resolution #1: ...` again in a summary at the end) is the same one, unless it is terse
      // (`130 § ...` / `Päätös: Merkittiin tiedoksi.`, `131 § ...` / the same, on a page without headings).
      if (item?.number != null && (terse || (cue.kind !== 'marker' && cue.kind !== 'section'))) key += `#${item.number}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (index >= 0) scan.decided.add(index);
      decisions.push({ id: '', item: item?.number ?? null, text, position: start ?? at, cue });
    }
  };
  units.forEach((unit, index) => {
    if (scan.taken.has(index)) return;
    if (unit.cells) {
      // A row of minutes written as a table is also its item's title; under a decision column, or
      // typed a decision in one of its cells, it holds what was decided too.
      const markers = decisionMarkers(context.allVocabs);
      const decidedColumn = [...(unit.columns ?? []), ...(unit.cells ?? [])].some((c) => foldsToOneOf(c, markers));
      const row = unit.text.length < 3 || (isTitle(scan, unit) && !decidedColumn) ? null : tableDecision(unit, scan.scopes[unit.line], context.allVocabs);
      take(row ? [row] : noteCells(scan, unit, unit.cells, unit.columns ?? []), unit.line, unit.start, index);
      return;
    }
    const headed = headedLines(scan, index, (word) => leadingCueWord([word], gather(context.vocabs, 'decisionCues'), 1) !== null || decisionMarkers(context.allVocabs).includes(word));
    if (headed !== null) return take(headed, unit.line, unit.start, index, true);
    const elected = electedEntries(scan, index);
    if (elected !== null) return take(elected, unit.line, unit.start, index, true);
    // A label alone (`Beslut:`) over att-clauses: each clause is decided.
    const labelled = isLabelAlone(scan, unit) ? clausesAfter(scan, index, { text: unit.text, cue: { kind: 'marker', words: trimEndOf(unit.text, ':：*_.') } }) : null;
    if (labelled !== null) return take(labelled, unit.line, unit.start, index);
    const found = decisionAt(scan, index);
    if (found !== null) take(found.parts ?? entryApart(scan, index, found) ?? clausesAfter(scan, index, found) ?? separateLines(scan, index, found), unit.line, unit.start, index);
  });
  for (const table of htmlTableLines(context.lines)) {
    for (const { columns, rows } of htmlTables(table.html)) {
      for (const cells of rows) take(noteCells(scan, table.unit, cells, columns), table.unit.line, table.unit.start, -1);
    }
  }
  decisions.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  decisions.forEach((decision, k) => (decision.id = `D${k + 1}`));
  return decisions;
}

/**
 * The decisions written in the notes cells of a table row (Markdown cells with their text, HTML
 * cells with their entries): every line, entry or sentence of a cell after the first (the first
 * names the topic) that reads as a decision, as it would in a paragraph. Task columns are left to
 * the actions. A terse verdict (`Approved`) is named by the row's topic.
 */
function noteCells(scan: Scan, unit: Unit, cells: readonly (string | readonly string[])[], columns: readonly string[]): Found[] {
  const { context } = scan;
  const line = context.lines[unit.line] as Line;
  const text = (cell: string | readonly string[] | undefined): string => (typeof cell === 'string' ? cell : (cell ?? []).join(' ')).trim();
  const written = text(cells[0]);
  // A topic cell that carries its item's number (`2. Begroting`) names the topic by its words.
  const numbered = readItemNumber(written, context.vocabs);
  const topic = numbered?.number ? numbered.title : written;
  // An agenda table's title cell names what is to be decided, not what was.
  const title = scan.titles.get(unit.line);
  const out: Found[] = [];
  cells.forEach((cell, k) => {
    if (k === 0 || (columns[k] !== undefined && isTaskColumn(columns[k] as string, context.allVocabs))) return;
    if (title !== undefined && fold(text(cell)) === fold(title)) return;
    for (const piece of typeof cell === 'string' ? cellPieces(cell) : cell) {
      const one: Unit = { ...unit, text: piece, kind: 'sentence', cells: null, columns: null };
      if (leadingMarker(piece, actionMarkers(context.allVocabs)) !== null) continue;
      const marker = leadingMarker(piece, decisionMarkers(context.allVocabs));
      const found = marker ? { cue: { kind: 'marker' as const, words: marker.marker }, hedged: false } : sentenceCue(scan, one, line);
      if (found === null || (!marker && rejected(scan, one, line, found))) continue;
      const said = marker ? marker.rest : piece;
      const terse = wordsOf(said).filter((w) => /\p{L}/u.test(w)).length <= 3 && topic !== '' && !fold(said).includes(fold(topic));
      out.push({ text: terse ? `${topic}: ${said}` : said, cue: found.cue });
    }
  });
  return out;
}

/** The HTML blocks that hold a table, each joined into one fragment, with a unit that stands for its first line. */
function htmlTableLines(lines: readonly Line[]): { html: string; unit: Unit }[] {
  const out: { html: string; unit: Unit }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const html = htmlBlock(lines, i);
    if (html === null || !html.toLowerCase().includes('<td')) continue;
    const unit: Unit = { text: '', start: line.start, line: i, kind: 'row', checked: null, struck: false, cells: null, columns: null, section: null, sectionLabel: null, parentText: null, block: line.block };
    out.push({ html, unit });
  }
  return out;
}

function decisionAt(scan: Scan, index: number): Found | null {
  const { context, units } = scan;
  const unit = units[index] as Unit;
  if (unit.text.length < 3 || isTitle(scan, unit)) return null;
  const markers = decisionMarkers(context.allVocabs);
  if (leadingMarker(unit.text, actionMarkers(context.allVocabs)) !== null) return null;
  const marker = leadingMarker(unit.text, markers) ?? boldLead(scan, unit, markers);
  if (marker) {
    const found = withContext(scan, index, marker.rest, { kind: 'marker', words: marker.marker });
    // The vote set out under a proposal marked as the decision (`Beschlussfassung: ...` / `Abstimmung:` / counts / `Der Antrag wurde angenommen.`) gives its result.
    const vote = found === null || found.parts !== undefined ? null : voteUnder(scan, index);
    return vote === null || found === null ? found : { ...found, text: `${trimEndOf(found.text, '.')} — ${vote}` };
  }
  const answer = answeredQuestion(scan, index);
  if (answer !== null) return answer;
  // A label alone on its line (`**Beslut**`, `Besluit`, `Nämndens beslut`) heads the decisions after it; it decides nothing itself.
  if ((isLabelAlone(scan, unit) || headsScope(scan, unit)) && !standsAlone(scan, unit)) return null;
  const label = context.header.labels.get(unit.line);
  if (unit.kind === 'line' && label?.value === '' && (label.field === 'decisions' || label.field === 'proposal') && unit.text === (context.lines[unit.line] as Line).text) return null;
  // Under a proposal only a marked decision or the vote on it is decided.
  if (unit.section === 'proposal') return null;
  const motion = motionAt(units, index, context.vocabs, (k) => sameMotion(scan, index, k));
  if (motion) {
    for (const k of motion.parts) scan.taken.add(k);
    if (motion.failed) return null;
    // `The minutes were approved. Proposed by Ann Lee, seconded by Bo Chan.`: the mover's sentence after a decision in its paragraph names who moved that decision.
    const previous = units[index - 1];
    if (motion.text === unit.text && moverOnly(unit.text, context.vocabs) && previous?.block === unit.block && scan.decided.has(index - 1)) return null;
    // `**Cart for Treasurer.**` / `Proposed by: Cart` / `Unanimously approved.`: the mover's line names who, the line before it what.
    const stated = motion.worded !== true && (moverOnly(unit.text, context.vocabs) || procedureOnly(unit.text, context.allVocabs)) ? statedBefore(scan, index) : null;
    return { text: stated === null ? motion.text : `${trimEndOf(stated, '.')} — ${motion.text}`, cue: motion.cue };
  }
  const line = context.lines[unit.line] as Line;
  const found = sentenceCue(scan, unit, line);
  if (found === null || rejected(scan, unit, line, found)) return unit.kind === 'item' ? (decidingSentences(scan, unit, line)[0] ?? null) : null;
  // `The board voted to accept the bid. Vote: 4 in favor, 0 opposed.`: the tally belongs to the decision before it.
  const before = units[index - 1];
  if (found.cue.kind === 'vote' && before?.block === unit.block && scan.decided.has(index - 1) && tallyOnly(unit.text, context.vocabs)) return null;
  // `Vote: 5 in favour, 0 against. The budget was approved.`: the tally is the count of the verdict after it.
  if (found.cue.kind === 'vote' && tallyOnly(unit.text, context.vocabs) && verdictAfter(scan, index)) return null;
  if (found.topic !== undefined) return { text: `${found.topic}: ${unit.text}`, cue: found.cue };
  return withContext(scan, index, unit.text, found.cue);
}

/**
 * A decision label set in bold as the run-in head of its line, with no colon after it (`**Decision**
 * Keep the 1.7 release as it is`, `**Resolution** Adopted as amended`): Markdown writes a label so
 * as often as with a colon, the bold doing the colon's work. The label as written and the text
 * after it, or null when the line opens otherwise or nothing follows the label.
 */
function boldLead(scan: Scan, unit: Unit, markers: readonly string[]): { marker: string; rest: string } | null {
  const lead = (scan.context.lines[unit.line] as Line).lead;
  if (lead === null || !unit.text.startsWith(lead)) return null;
  const marker = trimEndOf(lead, ':：.').trim();
  const rest = unit.text.slice(lead.length).trim();
  return rest !== '' && !/^[:：]/u.test(rest) && markers.includes(fold(marker)) ? { marker, rest } : null;
}

/**
 * What a motion whose own line only names its mover (`Proposed by: Cart`) proposed: the undecided
 * line before it under the same topic, or else the topic's title (`## Motion to adjourn`); null
 * when neither is there.
 */
function statedBefore(scan: Scan, index: number): string | null {
  const unit = scan.units[index] as Unit;
  const before = scan.units[index - 1];
  const near = before !== undefined && scan.headings[before.line] === scan.headings[unit.line] && scan.context.itemOf[before.line] === scan.context.itemOf[unit.line];
  if (near && !scan.decided.has(index - 1) && !scan.titles.has(before.line) && (scan.context.lines[before.line] as Line).kind !== 'heading') return before.text;
  return titleAbove(scan, unit.line);
}

/**
 * The sentences of a list entry of several that decide, each judged on its own as the sentences of
 * a paragraph are, by a cue of its own (not the section's, which the entry failed or gave whole).
 * So a question or a report beside a decision (`Ann asked if the count can be shared. It was
 * decided to track it in a ticket.`) does not undo it.
 */
function decidingSentences(scan: Scan, unit: Unit, line: Line): Found[] {
  const sentences = sentencesOf(unit.text, scan.context.vocabs);
  if (sentences.length < 2) return [];
  return sentences.flatMap((sentence) => {
    const one: Unit = { ...unit, text: sentence, kind: 'sentence' };
    const found = sentenceCue(scan, one, line);
    return found !== null && found.cue.kind !== 'section' && !rejected(scan, one, line, found) ? [{ text: sentence, cue: found.cue }] : [];
  });
}

/**
 * A list entry that a sentence's words made a decision, as the decisions of its sentences when two
 * or more decide on their own (`The minutes were approved. It was agreed to hold the AGM in May.`):
 * a paragraph would give two, and so does its entry. Null when fewer do, or when a vote or a
 * marker made the entry whole.
 */
function entryApart(scan: Scan, index: number, found: Found): Found[] | null {
  const unit = scan.units[index] as Unit;
  if (unit.kind !== 'item' || (found.cue.kind !== 'grammar' && found.cue.kind !== 'phrase')) return null;
  const apart = decidingSentences(scan, unit, scan.context.lines[unit.line] as Line);
  return apart.length >= 2 ? apart : null;
}

/** Whether the next sentence of the unit's paragraph or entry decides by its own words (`… Die neue Satzung ist damit beschlossen.`). */
function verdictAfter(scan: Scan, index: number): boolean {
  const unit = scan.units[index] as Unit;
  const next = scan.units[index + 1];
  if (next === undefined || next.block !== unit.block || tallyOnly(next.text, scan.context.vocabs)) return false;
  const line = scan.context.lines[next.line] as Line;
  const found = sentenceCue(scan, next, line);
  return found !== null && found.cue.kind !== 'section' && !rejected(scan, next, line, found);
}

/** Words that may stand between the numbers of a tally (`4 in favor, 0 opposed`). */
const TALLY_GLUE = new Set(['in', 'and', 'the', 'of', 'with', 'by', 'a', 'was', 'were', 'is', 'to']);

/** Whether a sentence is only a vote's tally or result (`Vote: 4 in favor, 0 opposed.`, `Carried 5-0.`): numbers, vote and outcome words. */
function tallyOnly(text: string, vocabs: readonly Vocabulary[]): boolean {
  const tally = [...gather(vocabs, 'voteWords'), ...gather(vocabs, 'carried')];
  return wordsOf(text).every((w) => /^[\d/–-]+$/u.test(w) || TALLY_GLUE.has(w) || hasWord([w], tally));
}

/**
 * Whether a decision word alone on its line is a verdict (`Agreed.`, `- Approved` with nothing under
 * it), not a label over the decisions after it: it ends a sentence, or no lines belong to it.
 */
function standsAlone(scan: Scan, unit: Unit): boolean {
  const end = trimEndOf(unit.text, '*_');
  const last = end.charAt(end.length - 1);
  if (last === ':' || last === '：' || terseVerdict(unit.text, scan.context.allVocabs) === null) return false;
  return last === '.' || last === '!' || valueLines(scan.context.lines, unit.line).length === 0;
}

/**
 * Whether a unit is the whole line of a plain label that heads the decisions on the lines after it
 * (`Kommunstyrelsens beslut` / what was decided). A line with a colon that decides by its own words
 * (`Följande beslut fattades:` / its list) is left to read as the decision it is.
 */
function headsScope(scan: Scan, unit: Unit): boolean {
  const line = scan.context.lines[unit.line] as Line;
  const next = scan.scopes[unit.line + 1];
  return next !== undefined && unit.text === line.text && !/[:：]\s*$/u.test(line.text) && next.label === line.text.trim();
}

/** Whether a unit is only a decision label (`Beslut:`, `**Besluit**`). */
function isLabelAlone(scan: Scan, unit: Unit): boolean {
  return foldsToOneOf(trimEndOf(unit.text, ':：*_.'), decisionMarkers(scan.context.allVocabs));
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
  if ((a.kind === 'listItem' && b.kind === 'listItem' && a.listDepth === b.listDepth) || listRightAfter(scan, index, k) || wordsOf(next.text).filter((w) => /\p{L}/u.test(w)).length <= 4 || subItemsTogether(scan, index, k)) return true;
  // `Public comment: None` between a motion and its result records nothing: the result is still the motion's.
  if (nilLine(next.text, scan.context.allVocabs)) return true;
  return k > index + 1 && nilLine((scan.units[k - 1] as Unit).text, scan.context.allVocabs) && sameMotion(scan, index, k - 1);
}

/**
 * Whether units `index` and `k` are sub-items of one outline item, each its own paragraph, with
 * only such sub-items between them (`III. Approval of Minutes` / `a. Motioned by: Ann Lee` / `b.
 * Seconded by: Bo Chen`): the parts of one motion, as a template sets them.
 */
function subItemsTogether(scan: Scan, index: number, k: number): boolean {
  for (let j = index; j <= k; j++) if (!SUB_ITEM_MARK.test((scan.units[j] as Unit).text)) return false;
  return true;
}

/**
 * Whether unit `k` is an entry of the list that comes right after the paragraph of unit `index`
 * (`Vote on the new sign.` / `- Vote: 5 in favor, 0 opposed` / `- Resolution: Vote passed`): every
 * unit between them is an entry of that list.
 */
function listRightAfter(scan: Scan, index: number, k: number): boolean {
  const { lines } = scan.context;
  if ((lines[(scan.units[index] as Unit).line] as Line).kind !== 'paragraph') return false;
  const depth = (lines[(scan.units[k] as Unit).line] as Line).listDepth;
  for (let j = index + 1; j <= k; j++) {
    const line = lines[(scan.units[j] as Unit).line] as Line;
    if (line.kind !== 'listItem' || line.listDepth !== depth) return false;
  }
  return true;
}

/** A sentence's cue and whether it is only a commitment (`let's`), which a speaker merely proposes. */
interface SentenceCue {
  cue: Cue;
  hedged: boolean;
  /** The title a terse sentence is read with, and named by (`Kokouksen päätösvaltaisuus: Todettiin.`). */
  topic?: string;
}

/** What makes an unmarked sentence a decision, strongest evidence first, or null. */
function sentenceCue(scan: Scan, unit: Unit, line: Line): SentenceCue | null {
  const { vocabs } = scan.context;
  const text = unit.text.includes('’') ? unit.text.replaceAll('’', "'") : unit.text;
  const words = wordsOf(text);
  const grammar = (w: string): SentenceCue => ({ cue: { kind: 'grammar', words: asWritten(text, w) }, hedged: false });
  const count = voteCount(text, vocabs);
  if (count !== null) return { cue: { kind: 'vote', words: count }, hedged: false };
  if (owedDecision(words, vocabs)) return null;
  // A speaker's `Agreed.` answers a speaker: no verdict of the meeting.
  const verdict = () => (spoken(text, decisionMarkers(scan.context.allVocabs), scan.context.header.participants) === null ? (closingVerdict(text, vocabs) ?? terseVerdict(text, vocabs)) : null);
  const consent = consentIn(text, vocabs) ?? verdict();
  if (consent !== null) return { cue: { kind: 'vote', words: consent }, hedged: false };
  // Under a person's own heading (`### Ann Lee`) a note of waiting is that person's plan, not the meeting's.
  const deferral = deferralLead(text, vocabs);
  if (deferral !== null && headingOwners(unit, scan.context) !== null) return null;
  if (deferral !== null) return grammar(deferral);
  const we = findPhrase(text, gather(vocabs, 'weDecided'));
  if (we !== null) return grammar(we);
  // The item's number a numbered minute opens with (`§ 12. Till ersättare på två år valdes ...`) is no word of its sentence.
  const said = /^\d+$/u.test(words[0] ?? '') ? words.slice(1) : words;
  const verb = leadingCueWord(said, gather(vocabs, 'decisionCues'), vocabs[0]?.decisionCueReach ?? 4);
  if (verb !== null && !decidedAbout(said, said.indexOf(verb), vocabs) && !decisionsReferred(said, said.indexOf(verb), vocabs) && !attributive(said, said.indexOf(verb), vocabs) && frontedCueHolds(said, said.indexOf(verb), vocabs)) return grammar(verb);
  const office = officeFirst(said, vocabs);
  if (office !== null && !decidedAbout(said, said.indexOf(office), vocabs)) return grammar(office);
  const joined = coordinatedCue(said, vocabs);
  if (joined >= 0 && !decidedAbout(said, joined, vocabs) && frontedCueHolds(said, joined, vocabs)) return grammar(said[joined] as string);
  const relative = closingRelative(said, vocabs);
  if (relative !== null) return grammar(relative);
  const body = bodyDecides(words, vocabs);
  if (body !== null) return grammar(body);
  const weak = weakCue(words, vocabs);
  if (weak !== null) return grammar(weak);
  // A terse `Todettiin.` or `gegeben` under `Kokouksen päätösvaltaisuus` / `Beschlussfähigkeit`: its title holds the word it needs.
  // A longer entry qualifies when the cue closes it, as a verb-final verdict does (`mit 2 von 3 Vorständen gegeben`).
  const title = entryVerdict(words, vocabs) ? titleAbove(scan, unit.line) : null;
  const titled = title === null ? null : weakCue(words, vocabs, wordsOf(title));
  if (titled !== null && title !== null) return { ...grammar(titled), topic: title };
  const phrase = findPhrase(text, gather(vocabs, 'decisionPhrases'));
  if (phrase !== null) return { cue: { kind: 'phrase', words: asWritten(text, phrase) }, hedged: false };
  const passive = passiveDecides(words, vocabs, text);
  if (passive !== null) return grammar(passive);
  const separable = separableDecides(words, text, vocabs);
  if (separable !== null) return grammar(separable);
  const closing = closingCue(said, text, vocabs);
  if (closing !== null) return grammar(closing);
  // What the group settles on doing, as a Finnish passive with no time and no doer named, outside a list of tasks.
  const settled = unit.section === 'actions' || unit.checked !== null || text.includes('(') ? null : groupPassive(text, scan.context);
  if (settled !== null) return { cue: { kind: 'grammar', words: asWritten(text, settled) }, hedged: true };
  const will = findPhrase(text, gather(vocabs, 'weWill'));
  if (will !== null) return { cue: { kind: 'grammar', words: asWritten(text, will) }, hedged: true };
  const choice = chosen(text, vocabs);
  if (choice !== null) return { cue: { kind: 'grammar', words: asWritten(text, choice) }, hedged: true };
  const held = scan.scopes[unit.line];
  const scope = held && (held.rows === undefined || held.rows.has(unit.start.line)) ? held : undefined;
  // An entry of an announced list that a participant opens (`Don werkt de lijst bij`) is a task agreed on, which the actions read.
  if (scope && entryOf(scope, unit, line, words, vocabs) && !(scope.announced && opensWithParticipant(scan, text))) return { cue: { kind: 'section', words: scope.label }, hedged: false };
  const arrow = outcomeArrow(text);
  if (arrow !== null && arrowedOutcome(scan, unit, arrow.rest)) return { cue: { kind: 'marker', words: arrow.arrow }, hedged: false };
  return null;
}

/**
 * Where a decision cue is the second of two verbs joined by the language's `and`, however far into
 * the sentence: minutes record the reading and the verdict of one matter in one sentence
 * (`Verksamhetsberättelsen lästes upp av Eva Ek och godkändes`, `The accounts were presented and
 * approved`, `Toimintakertomus esiteltiin ja hyväksyttiin`). -1 where no cue follows an `and`.
 */
function coordinatedCue(words: readonly string[], vocabs: readonly Vocabulary[]): number {
  const and = wordSet(vocabs, 'and');
  const cues = gather(vocabs, 'decisionCues');
  for (let i = 1; i + 1 < words.length; i++) {
    if (and.has(words[i] as string) && leadingCueWord(words.slice(i + 1, i + 2), cues, 1) !== null) return i + 1;
  }
  return -1;
}

/** How many words a relative clause of deciding may run on after its verb and still close the sentence. */
const RELATIVE_TAIL = 4;

/**
 * The cue of a short relative clause that closes the sentence, said of the thing the item took up
 * (`Genomgång av föregående protokoll, som godkänns av styrelsen`, `listan i slutet, som bordlades
 * till nästa gång`, `en översyn med ABF, vilket också beslutades`): the relative pronoun right before
 * the verb, or one word between. A clause that runs on, or names a date, an earlier meeting or a
 * meeting at all (`planen som antogs 2019`, `som godkändes på förra mötet`, `som antogs av
 * årsmötet`), recalls an older act. Null where none.
 */
function closingRelative(words: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  const relatives = wordSet(vocabs, 'relativePronouns');
  const cues = gather(vocabs, 'decisionCues');
  const meetings = gather(vocabs, 'meetingWords');
  for (let i = 1; i + 1 < words.length; i++) {
    if (!relatives.has(words[i] as string)) continue;
    const verb = leadingCueWord(words.slice(i + 1, i + 3), cues, 2);
    // A present passive of a language that writes one states a rule or a plan (`hallitukseen joka vuosi valitaan`: `joka` is also `every`).
    if (verb === null || gather(vocabs, 'passiveEndings').some((e) => verb.endsWith(e))) continue;
    const earlier = vocabs.flatMap((v) => v.heldEarlier.times);
    const tail = words.slice(words.indexOf(verb, i + 1) + 1);
    if (tail.length > RELATIVE_TAIL || tail.some((w) => /\d/u.test(w) || earlier.includes(w)) || anyMatches(tail, meetings)) return null;
    return verb;
  }
  return null;
}

/** How many words before it a decision cue stands in every language's main clause (`It was agreed`, `Kokous hyväksyi`). */
const NEAR_CUE = 4;

/**
 * Whether a cue records the body's act where it stands in its sentence. Finnish minutes record the
 * act in the past passive (`valittiin`, `hyväksyttiin`); the present passive opens a terse resolution
 * (`Hyväksytään esityslista.`) but after any word it states a rule or a plan (`Sääntöjen mukaan
 * hallitukseen valitaan 10-12 jäsentä`, `Hallitukseen valitaan vuosittain kuusi jäsentä`). A cue
 * past the first `NEAR_CUE` words still records the act where a language of free word order fronts
 * the office or the people chosen (`Pöytäkirjan tarkastajiksi ja ääntenlaskijoiksi valittiin ...`,
 * `Erovuoroisista Anna Aho ja Olli Oja valittiin jatkamaan`), unless a word before it opens a clause
 * of its own (`että`, `joka`): that clause reports another's act.
 */
function frontedCueHolds(words: readonly string[], at: number, vocabs: readonly Vocabulary[]): boolean {
  const verb = words[at] as string;
  if (at > 0 && gather(vocabs, 'passiveEndings').some((e) => verb.endsWith(e))) return false;
  // `Valberedningen föreslår omval av Eva`: a cue after a verb of proposing is what was proposed.
  if (at > 0 && hasWord(words.slice(0, at), gather(vocabs, 'proposingVerbs'))) return false;
  if (at < NEAR_CUE) return true;
  const opens = new Set([...gather(vocabs, 'thatWords'), ...gather(vocabs, 'relativePronouns')]);
  const infinitives = gather(vocabs, 'infinitivePrepositions');
  // A word that opens the sentence opens its subject or its fronted office, no clause reported
  // after another verb (`Att jämte ordföranden justera protokollet valdes Eva`, `Som kassör valdes
  // Bo`); after `till`, `att` marks the infinitive (`Till att justera protokollet valdes Eva`).
  return !words.slice(0, at).some((w, k) => k > 0 && opens.has(w) && !infinitives.includes(words[k - 1] as string));
}

/**
 * A yes written alone right after a question in the same paragraph or entry (`Vi kör på samma lokal
 * som i fjol? Ja.`): the question so answered is what was settled, as its text with the answer.
 * The question is the meeting's own (`we`, `vi`): a yes to a question of fact (`Did the documents
 * get filed? Yes!`) reports. Another answer (`Nee.`, `Kanske`) or none leaves the question open.
 */
function answeredQuestion(scan: Scan, index: number): Found | null {
  const unit = scan.units[index] as Unit;
  const affirmatives = gather(scan.context.vocabs, 'affirmatives');
  // The question and its answer in one entry (`- Nieuwe kast? Ja.`).
  const ours = (question: string): boolean => hasWord(wordsOf(question), gather(scan.context.vocabs, 'wePronouns'));
  const inline = /\?\s*(\p{L}+)[.!]?\s*$/u.exec(unit.text);
  if (inline !== null) return affirmatives.includes((inline[1] as string).toLowerCase()) && ours(unit.text) ? { text: unit.text, cue: { kind: 'grammar', words: inline[1] as string } } : null;
  // A question is no unit of its own: the line before the answer holds it.
  // The line before is tested first: the words of a unit are asked only where a question stands before it.
  const previous = scan.context.lines[unit.line - 1];
  if (previous === undefined || previous.block !== unit.block || !/\?\s*$/u.test(previous.text)) return null;
  const words = wordsOf(unit.text);
  if (words.length !== 1 || !affirmatives.includes(words[0] as string) || !ours(previous.text)) return null;
  return { text: `${previous.text} ${unit.text}`, cue: { kind: 'grammar', words: trimEndOf(unit.text, '.!') }, start: previous.start };
}

/** Whether a text opens with a participant (or a handle) as the subject of its verb. */
function opensWithParticipant(scan: Scan, text: string): boolean {
  const known = (name: string): boolean => name.startsWith('@') || resolvePerson(name, scan.context.header.participants) !== null;
  return subjectAtStart(text, scan.context.vocabs, known) !== null;
}

/**
 * Whether the words after an arrow state an outcome: three words or more, not in a list of tasks, and
 * not a task of a participant's (`=> Anna sends the invite`, which the actions read). Nor in the
 * agenda: it lists what the meeting is to take up, and an arrow there marks the step an item is up
 * for (`RFCs` / `→ FCP to Close`), whose outcome the minutes have yet to tell.
 */
function arrowedOutcome(scan: Scan, unit: Unit, rest: string): boolean {
  const { context } = scan;
  if (unit.section === 'actions' || unit.section === 'agenda' || wordsOf(rest).filter((w) => /\p{L}/u.test(w)).length < 3) return false;
  const known = (name: string): boolean => name.startsWith('@') || resolvePerson(name, context.header.participants) !== null;
  return subjectAtStart(rest, context.vocabs, known) === null && arrowedPerson(rest, known) === null;
}

/** Whether a unit under an outcome heading is one of its entries: a top-level entry, no report, and under a soft label not open. */
function entryOf(scope: OutcomeScope, unit: Unit, line: Line, words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  // Fewer than three words under a heading are a signature or a place name, not an outcome; a point of a list under a decisions heading is an entry of two words of two letters or more (`- Fee unchanged`, not `- N/A`; under `### Outcome`, `- Thanks all` is none).
  if ((line.kind === 'listItem' && line.listDepth > scope.depth) || (words.length < 3 && (line.kind !== 'listItem' || scope.soft || words.filter((w) => /\p{L}{2}/u.test(w)).length < 2))) return false;
  // Report words of the minutes' own language: a short word of another (Finnish `on`, `is`) is a preposition here.
  if (hasWord(words.slice(0, 4), vocabs[0]?.reportWords ?? [])) return false;
  return !scope.soft || findPhrase(unit.text, gather(vocabs, 'pending')) === null;
}

/** Whether a sentence with a cue is still no decision: a question, a quotation, a proposal, a person's promise, a speaker's suggestion. */
function rejected(scan: Scan, unit: Unit, line: Line, { cue, hedged }: SentenceCue): boolean {
  const { context } = scan;
  const participants = context.header.participants;
  if (/\?\s*$/u.test(unit.text) || askedAt(unit.text, cue.words) || asked(unit.text, cue.words, context.vocabs)) return true;
  // `No decision was made`, `Ei päätetty`, `Kein Beschluss`: the cue is negated.
  if (cue.kind !== 'section' && findPhrase(unit.text, gather(context.allVocabs, 'undecided')) !== null) return true;
  if (line.quoteDepth > 0 && cue.kind !== 'vote') return true;
  if (isProposed(wordsOf(unit.text), context.allVocabs) || stripProposal(unit.text, context.allVocabs) !== unit.text) return true;
  if (promisedByPeople(unit.text, context)) return true;
  // A `let's` that names its doers after a dash or in parentheses (`Let's open an issue - Ann or Bo to do`) is their task.
  if (hedged && trailingOwners(unit.text, context.vocabs, (name) => resolvePerson(name, participants) !== null) !== null) return true;
  if (cue.kind !== 'section' && personDecides(unit.text, cue.words, context.vocabs, participants)) return true;
  if (cue.kind === 'vote') return false;
  if (cue.kind !== 'section' && cue.kind !== 'marker' && (toldBefore(unit.text, cue.words, context.vocabs) || judgedPast(unit.text, cue.words, context.vocabs) || heldEarlier(unit.text, context.vocabs) || takenEarlier(unit.text, cue.words, context.vocabs) || toldOf(unit.text, cue.words, context.vocabs))) return true;
  if (cue.kind === 'phrase' && (conditional(unit.text, cue.words, context.vocabs) || possible(unit.text, cue.words, context.vocabs))) return true;
  if ((cue.kind === 'grammar' || cue.kind === 'phrase') && stillToBe(unit.text, cue.words, context.vocabs)) return true;
  if (cue.kind === 'phrase' && (proposedClause(unit.text, cue.words, context.vocabs) || !phraseHolds(unit.text, cue.words, context.vocabs))) return true;
  const markers = decisionMarkers(context.allVocabs);
  const said = spoken(unit.text, markers, participants);
  // A speaker's `Agreed.` answers a speaker; a `let's` in a speaker's paragraph proposes.
  if (said !== null && wordsOf(said).length <= 3) return true;
  return hedged && (said !== null || spoken(blockStart(context.lines, unit.line), markers, participants) !== null);
}

/**
 * Whether the cue stands in a question the unit goes on after (`Vraag of de procedures gevolgd zijn,
 * die wettelijk vastgesteld zijn? Zou gelijken op ...`): the first stop after the cue, before a blank
 * or the end, is a question mark. A stop of an abbreviation before it ends the look, as a sentence may.
 */
function askedAt(text: string, cue: string): boolean {
  const at = text.indexOf(cue);
  if (at < 0) return false;
  const stop = /[.!?](?=\s|$)/u.exec(text.slice(at + cue.length));
  return stop !== null && stop[0] === '?';
}

/**
 * Whether a decision phrase of the first person plural stands inverted after an auxiliary, as a
 * question asks (`Context: do we agree the feature is wanted`, `Have we decided on a venue`): the
 * question's mark is often left out of notes, its word order is not.
 */
function asked(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const said = wordsOf(phrase);
  if (!hasWord(said.slice(0, 1), gather(vocabs, 'wePronouns'))) return false;
  const words = wordsOf(text);
  const at = words.findIndex((_, i) => said.every((w, k) => words[i + k] === w));
  return at > 0 && hasWord([words[at - 1] as string], gather(vocabs, 'questionAuxiliaries'));
}

/**
 * Whether a decision's verb stands in the past perfect (`The council had previously agreed that
 * vehicles stay off the green`, `It had been agreed at the AGM`): an auxiliary of the past perfect
 * among the two words before the cue tells of a decision taken before this meeting, which the
 * minutes recall as background.
 */
function toldBefore(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const first = wordsOf(phrase)[0];
  if (first === undefined) return false;
  const words = wordsOf(text);
  const at = words.indexOf(first);
  return at > 0 && hasWord(words.slice(Math.max(0, at - 2), at), gather(vocabs, 'pluperfectAuxiliaries'));
}

/**
 * Whether an agreement judges what has been (`Members agreed that the party had been a success`,
 * `Medlemmarna var överens om att festen varit lyckad`): the clause after the cue's `that`, up to
 * its first stop or comma, holds the participle of `be`. A meeting decides what lies ahead; what
 * has been it can only judge.
 */
function judgedPast(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(phrase.toLowerCase());
  if (at < 0) return false;
  const that = wordSet(vocabs, 'thatWords');
  const said = wordsOf(phrase);
  const clause = wordsOf(lower.slice(at + phrase.length).split(/[.,;:!?]/u)[0] ?? '');
  if (!that.has(said[said.length - 1] ?? '') && !that.has(clause[0] ?? '')) return false;
  // A second that-clause (`... had been too slow and that a new host be chosen`) or a modal (`has been booked wrongly and must be
  // rebooked`) looks ahead; `been` in a relative clause (`anyone who has been a member`) describes a noun.
  // Nor does the record judged true (`agreed that the minutes had been a true record`): that approves the minutes.
  if (clause.slice(1).some((w) => that.has(w)) || clause.some((w) => aheadModals(vocabs).has(w)) || hasWord(clause, gather(vocabs, 'documentWords'))) return false;
  const relatives = new Set([...gather(vocabs, 'relativePronouns'), ...gather(vocabs, 'questionWords')]);
  const been = wordSet(vocabs, 'beenForms');
  // `been` before a participle is a passive (`has been moved to May`): what was done, decided here.
  const passive = (word: string | undefined): boolean => word !== undefined && vocabs.some((v) => v.infinitivePassive !== undefined && isParticiple(word, v.infinitivePassive));
  return clause.some((w, k) => been.has(w) && !passive(clause[k + 1]) && !clause.slice(Math.max(0, k - 3), k).some((r) => relatives.has(r)));
}

/** The modals that look ahead (`must`, `will`, `ska`, `muss`): the first words of the negated modals, copulas aside; once per list of vocabularies. */
const aheadModals = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => {
  const copulas = new Set(gather(vocabs, 'copulas'));
  return new Set(gather(vocabs, 'negatedModals').map((m) => m.split(' ')[0] as string).filter((w) => !copulas.has(w)));
});

/**
 * Whether a sentence ends by naming an earlier meeting as the place of its act (`Ilkka Salo
 * valittiin jahtipäälliköksi kesäkuun vuosikokouksessa.`, `This was agreed at the previous
 * meeting.`): a word that places the meeting earlier right before a meeting word in the case of a
 * place, among the sentence's last two words. The minutes recall what that meeting did; an earlier
 * meeting named inside the sentence (`Päätettiin muuttaa edellisessä kokouksessa tehtyä päätöstä`)
 * qualifies the thing decided now.
 */
function heldEarlier(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text).filter((w) => /\p{L}/u.test(w));
  const n = words.length;
  for (let k = Math.max(1, n - 2); k < n; k++) {
    const word = words[k] as string;
    if (!vocabs.some((v) => v.heldEarlier.meetings.some((m) => word.endsWith(m)))) continue;
    if (vocabs.some((v) => v.heldEarlier.times.includes(words[k - 1] as string))) return true;
  }
  return false;
}

/**
 * Whether the earlier meeting of `heldEarlier` follows the decision verb as the place of its act,
 * with only the language's small `links` between (`The parking rota agreed upon at the last meeting
 * still has gaps`, `It was decided in the previous meeting to ...`): that meeting decided, this one
 * recalls it. A meeting named after other words (`decided to amend the rule made at the last
 * meeting`) qualifies the thing decided now, and a language without `links` is not read so. An
 * earlier span of time in the meeting's place (`The county decided last year to ...`) dates the act
 * before this meeting just as well.
 */
function takenEarlier(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text);
  const span = cueSpan(words, wordsOf(phrase));
  if (span === null) return false;
  return vocabs.some(({ heldEarlier: { times, meetings, links, periods } }) => {
    if (links === undefined) return false;
    let k = span.end;
    while (k < words.length && links.includes(words[k] as string)) k++;
    if (!times.includes(words[k] ?? '')) return false;
    // `decided last year to ...`, `beslutade förra året att ...`: an earlier span of time right after the verb, with no word between, dates the act before this meeting; after a link it is the object (`approved the prior year accounts`).
    const next = words[k + 1] ?? '';
    return meetings.some((m) => next.endsWith(m)) || (k === span.end && (periods ?? []).includes(next));
  });
}

/**
 * Where a cue's words stand in a sentence's words: together (`were approved`), or its first and last
 * words apart when others come between (`Versammlung ... angenommen`). Null when the first is missing.
 */
function cueSpan(words: readonly string[], said: readonly string[]): { start: number; end: number } | null {
  const folded = said.map(fold);
  const whole = words.findIndex((_, i) => folded.every((w, k) => words[i + k] === w));
  if (whole >= 0) return { start: whole, end: whole + folded.length };
  const start = words.indexOf(folded[0] ?? '');
  if (start < 0) return null;
  const last = words.indexOf(folded[folded.length - 1] ?? '', start);
  return { start, end: last < 0 ? start + 1 : last + 1 };
}

/**
 * Whether a decision phrase stands in a clause a person proposes or advises (`Viggo föreslog att
 * punkten flyttas till nästa möte`, `Noor stelt voor dat het bestuur wordt gedechargeerd`): a verb
 * of proposing, then the word for `that`, before the phrase in its sentence. What was proposed is
 * not yet decided.
 */
function proposedClause(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const said = wordsOf(phrase);
  const proposing = gather(vocabs, 'proposingVerbs');
  const that = gather(vocabs, 'thatWords');
  for (const sentence of text.split(SENTENCE_END)) {
    const words = wordsOf(sentence);
    const at = cueSpan(words, said)?.start ?? -1;
    if (at < 0) continue;
    const verb = words.slice(0, at).findIndex((w) => proposing.includes(w));
    return verb >= 0 && words.slice(verb + 1, at).some((w) => that.includes(w));
  }
  return false;
}

/**
 * Whether a phrase that holds only in the passive (`passivePhrases`) has an `actPassive` auxiliary
 * at most `PASSIVE_REACH` words before it, and one that holds only until a meeting (`meetingPhrases`) has a meeting
 * word within three words after it. Any other phrase holds.
 */
function phraseHolds(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const key = wordsOf(phrase).join(' ');
  const kept = keptPhrases(vocabs);
  const passive = kept.passive.has(key);
  const meeting = kept.meeting.has(key);
  if (!passive && !meeting) return true;
  // The whole text, not its sentences: a date's period (`wird der 14. Juni ins Auge gefasst`) is no sentence's end.
  const words = wordsOf(text);
  const span = cueSpan(words, wordsOf(phrase));
  if (span === null) return true;
  if (passive && !words.slice(Math.max(0, span.start - PASSIVE_REACH), span.start).some((w) => gather(vocabs, 'actPassive').includes(w))) return false;
  const meetings = vocabs.flatMap((v) => v.heldEarlier.meetings);
  return !meeting || words.slice(span.end, span.end + 3).some((w) => meetings.some((m) => w.endsWith(m)));
}

/** The phrases that hold only in the passive and only until a meeting (see `phraseHolds`), as their words joined, made once per list of vocabularies. */
const keptPhrases = oncePer((vocabs: readonly Vocabulary[]): { passive: ReadonlySet<string>; meeting: ReadonlySet<string> } => ({
  passive: new Set(vocabs.flatMap((v) => v.passivePhrases ?? []).map((p) => wordsOf(p).join(' '))),
  meeting: new Set(vocabs.flatMap((v) => v.meetingPhrases ?? []).map((p) => wordsOf(p).join(' '))),
}));

/** How many words before a passive-only phrase its auxiliary may stand (`Als Termin wird Samstag, der 26.3., 14 Uhr, ins Auge gefasst`). */
const PASSIVE_REACH = 8;

/**
 * Whether a decision stands in what a person tells (`The treasurer reported that the council approved
 * the grant`, `Tom stated it was agreed to buy a mower`, `Anna berichtet, dass die Versammlung die
 * Satzung angenommen hat`, `Tom informiert: Der Stadtrat hat den Zuschuss beschlossen`): a verb of
 * telling before the decision's cue, opening its clause with the language's word for `that` or a
 * colon. The decision was taken elsewhere or earlier and passed on here. The meeting's own quorum,
 * which a chair states (`The chair stated that a quorum was present`), is this meeting's finding.
 */
function toldOf(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const said = wordsOf(phrase);
  if (hasWord(wordsOf(text), weakCues(vocabs).cues.flatMap((c) => c.needs))) return false;
  // Only the sentence the cue stands in: a report before it (`Ann reported the raffle raised $120. Motion: ...`) tells another thing.
  for (const sentence of text.split(SENTENCE_END)) {
    const words = wordsOf(sentence);
    const at = cueSpan(words, said)?.start ?? -1;
    if (at < 0) continue;
    const lower = sentence.toLowerCase();
    return at > 1 && vocabs.some(({ hearsay }) => {
      if (hearsay === undefined) return false;
      for (let h = 0; h < at; h++) {
        const verb = words[h] as string;
        if (hearsay.verbs.includes(verb) && (hearsay.openers.includes(words[h + 1] as string) || lower.includes(`${verb}:`))) return true;
      }
      return false;
    });
  }
  return false;
}

/** The end of a sentence inside a unit's text: a full stop, a mark of a question or an exclamation, or a semicolon, and the blanks after it. */
const SENTENCE_END = /(?<=[.!?;])\s+/u;

/**
 * Whether a decision phrase stands in a condition (`unless there is agreement that it should
 * change`, `if consensus is reached`): a conditional word of the language within the four words
 * before it.
 */
function conditional(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text);
  const said = wordsOf(phrase);
  const at = words.findIndex((_, i) => said.every((w, k) => words[i + k] === fold(w)));
  const conditions = vocabs.flatMap((v) => v.conditionals ?? []);
  return at > 0 && words.slice(Math.max(0, at - 4), at).some((w) => conditions.includes(w));
}

/**
 * Whether a modal of what may be stands right before the decision phrase (`the things that we can
 * all agree with`, `a date everyone could agree on`): a possibility or a wish, no verdict.
 */
function possible(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text);
  const said = wordsOf(phrase);
  const at = words.findIndex((_, i) => said.every((w, k) => words[i + k] === fold(w)));
  return at > 0 && gather(vocabs, 'possibilityModals').includes(words[at - 1] as string);
}

/**
 * Whether the cue's last word has the infinitive of the passive right after it (`Er dient
 * vastgesteld te worden dat ...`): what is still to be settled, no verdict.
 */
function stillToBe(text: string, cueWords: string, vocabs: readonly Vocabulary[]): boolean {
  const infinitives = gather(vocabs, 'passiveInfinitives');
  if (infinitives.length === 0) return false;
  const words = wordsOf(text);
  const last = wordsOf(cueWords).at(-1);
  const at = last === undefined ? -1 : words.indexOf(fold(last));
  return at >= 0 && infinitives.some((phrase) => wordsOf(phrase).every((w, k) => words[at + 1 + k] === w));
}

/** The text of the first line of the block that holds a line: where a speaker's name stands. */
function blockStart(lines: readonly Line[], index: number): string {
  let j = index;
  const block = (lines[index] as Line).block;
  // A speaker's name stands on a paragraph's first lines: a long paragraph is read no further back.
  while (j > 0 && index - j < 50 && (lines[j - 1] as Line).block === block) j--;
  return (lines[j] as Line).text;
}

/**
 * Whether the word for a decision at `at` is the noun after a preposition (`Uppföljning av
 * genomförandet av beslut i föregående protokoll`, `frågor om beslut`): decisions spoken of, taken
 * elsewhere, not one taken here.
 */
function decisionsReferred(words: readonly string[], at: number, vocabs: readonly Vocabulary[]): boolean {
  if (at < 1) return false;
  const word = words[at] as string;
  if (!vocabs.some((v) => (v.labels.decisions ?? []).includes(word))) return false;
  return vocabs.some((v) => v.stopwords.includes(words[at - 1] as string));
}

/**
 * Whether a unit is an agenda item's title (`**4. Hyväksytään työjärjestys**`): the item, not what
 * it decided. A topic written with its summary on the same line (`Budget: it was agreed to ...`)
 * says more than its title, and that may be decided.
 */
function isTitle(scan: Scan, unit: Unit): boolean {
  const title = scan.titles.get(unit.line);
  if (title === undefined) return false;
  if (outcomeBeside(title, scan.context.vocabs) || outcomeAfter(title, unit.text, scan.context.vocabs)) return false;
  if (wordsOf(unit.text).length > wordsOf(title).length + 3) return false;
  const line = scan.context.lines[unit.line] as Line;
  if (line.bold) return true;
  // A numbered minute written as a whole sentence (`2. The minutes of March were approved.`) records
  // what was done under its number; a title names a topic and ends with no full stop.
  if (minuteSentence(title, scan.context.vocabs) && (!scan.context.agendaLines.has(unit.line) || passedInList(title, scan.context.vocabs))) return false;
  return scan.context.agendaLines.has(unit.line) || fold(unit.text).includes(fold(title).slice(0, 40));
}

/**
 * Whether a unit goes on after its item's title with the outcome, after a colon or a spaced dash,
 * opening with a word of deciding (`1414 Minutes of the last meeting: approved.`, `Notulen: goedgekeurd`):
 * the line records a decision, it is no bare title.
 */
function outcomeAfter(title: string, text: string, vocabs: readonly Vocabulary[]): boolean {
  const at = text.toLowerCase().indexOf(title.toLowerCase());
  if (at < 0) return false;
  const rest = text.slice(at + title.length);
  const mark = /^\s*(?::|[-–—]\s)\s*/u.exec(rest);
  return mark !== null && opensWithVerdict(rest.slice(mark[0].length), vocabs);
}

/** Whether a text opens with a word of deciding within its first two words (`Angenommen`, `approved`, `We decided`). */
function opensWithVerdict(text: string, vocabs: readonly Vocabulary[]): boolean {
  return leadingCueWord(wordsOf(text), gather(vocabs, 'decisionCues'), 2) !== null;
}

/**
 * Whether an item of an agenda list carries its outcome after a spaced dash, opening with a word of
 * deciding (`Size of the committee - We decided not to set a limit`, `Kassenbericht – Angenommen`):
 * an agenda sent round again with what became of each item; the line records a decision, it is no
 * bare title.
 */
function outcomeBeside(title: string, vocabs: readonly Vocabulary[]): boolean {
  const dash = /\s[-–—]\s/.exec(title);
  if (dash === null) return false;
  return opensWithVerdict(title.slice(dash.index + dash[0].length), vocabs);
}

/**
 * Whether a title is a sentence: it ends with a full stop, and has five words or more, or a word of
 * deciding after its first (`§ 2 Dagordningen godkändes.`, `§ 3 Till sekreterare valdes Sören.`:
 * a short passive is a whole minute), or a weak cue with the word it needs (`§ 4 Mötet förklarades
 * behörigt utlyst.`). A first word may be the noun that names the topic (`Beslut om budget.`), and
 * so may that noun after a preposition (`Uppföljning av beslut`).
 */
function minuteSentence(title: string, vocabs: readonly Vocabulary[]): boolean {
  const cued = verdictIn(title, vocabs);
  if (!/[^.]\.$/.test(title.trim())) return cued && /[\p{L}\p{N})]$/u.test(title.trim());
  return wordsOf(title).length >= 5 || cued;
}

/**
 * Whether a title holds a word of deciding after its first (`Dagordningen godkändes`), or a weak cue
 * with the word it needs; the noun for decisions after a preposition names the topic (`§ 7
 * Uppföljning av beslut`): no verdict in it.
 */
function verdictIn(title: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(title);
  const rest = words.slice(1);
  const verb = leadingCueWord(rest, gather(vocabs, 'decisionCues'), words.length);
  return words.length >= 2 && ((verb !== null && !decisionsReferred(rest, rest.indexOf(verb), vocabs)) || weakCue(rest, vocabs) !== null);
}

/**
 * Whether a point of a numbered list read as the agenda is the minute itself: a sentence closed by
 * its full stop with a word of deciding after its first (` 2. Dagordningen godkändes.`, ` 3. Het
 * verslag wordt vastgesteld.`). An agenda sent before the meeting names its topics
 * (`Godkännande av dagordningen`); what was done under them is written only afterwards.
 */
function passedInList(title: string, vocabs: readonly Vocabulary[]): boolean {
  return /[^.]\.$/.test(title.trim()) && verdictIn(title, vocabs);
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
  const opening = subjectAtStart(text, context.vocabs, known);
  return opening !== null && opening.linked === true && opening.owners.every(known);
}

/**
 * The weak decision cue (`Todettiin`) among the first words when the rest, or the `context` it
 * stands under, holds a word it needs (`päätösvaltaiseksi`), or null.
 */
function weakCue(words: readonly string[], vocabs: readonly Vocabulary[], context: readonly string[] = []): string | null {
  const { any, cues } = weakCues(vocabs);
  if (!leadingCue(words, any, 6)) return context.length === 0 ? besideNeeded(words, vocabs) : null;
  for (const w of cues) {
    const word = leadingCueWord(words, w.cue, 6);
    if (word !== null && (hasWord(words, w.needs) || hasWord(context, w.needs))) return word;
  }
  return context.length === 0 ? besideNeeded(words, vocabs) : null;
}

/** How many words either side of a weak cue the word it needs stands in the formula they make together. */
const FORMULA_REACH = 3;

/** The most words of a sentence that holds the formula of a lawful meeting deep inside it. */
const FORMULA_SENTENCE = 40;

/**
 * A weak cue anywhere in a sentence with a word it needs at most `FORMULA_REACH` words away: the
 * two make the fixed formula minutes record the meeting's lawfulness with, wherever a long sentence
 * or a run-in title puts it (`Der Vorsitzende stellt fest, dass ... und dass Beschlussfähigkeit
 * vorliegt`, `Kokous oli ilmoitettu ajoissa ja todettiin näin lailliseksi ja päätösvaltaiseksi`,
 * `Efter uppropet ansågs mötet behörigt utlyst`). The cue's word, or null. As with
 * the strong cues, a Finnish present passive after the first word is the proposal's, not the act.
 */
function besideNeeded(words: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  // A run of more words is a page or a form flattened into one line (a cover page's boxes), no sentence.
  if (words.length > FORMULA_SENTENCE) return null;
  const { any, cues } = weakCues(vocabs);
  // Most sentences hold no weak cue at all: one pass over their words says so before any is looked at alone.
  if (!hasWord(words, any)) return null;
  const negations = vocabs.flatMap((v) => v.negations ?? []);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // A present passive past the first word states what the proposal puts (`Kokous todetaan laillisesti koollekutsutuksi`), no finding.
    if (!hasWord([word], any) || (i > 0 && gather(vocabs, 'passiveEndings').some((e) => word.endsWith(e)))) continue;
    const near = words.slice(Math.max(0, i - FORMULA_REACH), i + FORMULA_REACH + 1);
    // A formula negated beside its cue (`dat het quorum niet is behaald`) finds the opposite.
    if (hasWord(near, negations)) continue;
    if (cues.some((w) => hasWord([word], w.cue) && hasWord(near, w.needs))) return word;
  }
  return null;
}

/**
 * Whether a unit is short enough to be a verdict on the title it stands under: three words at most
 * (`Todettiin.`), or up to eight when a weak cue is its last word (`mit 2 von 3 Vorständen gegeben`).
 */
function entryVerdict(words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const lettered = letteredWords(words, 8);
  if (lettered === null) return false;
  if (lettered.length <= 3) return true;
  const last = lettered[lettered.length - 1];
  return lettered.length <= 8 && last !== undefined && hasWord([last], weakCues(vocabs).any);
}

/** The weak decision cues of the vocabularies, made once per list of vocabularies: all at once and each with the words it needs. */
const weakCues = oncePer((vocabs: readonly Vocabulary[]): { any: string[]; cues: { cue: string[]; needs: string[] }[] } => {
  const all = vocabs.flatMap((v) => v.weakDecisionCues);
  return { any: all.map((w) => w.cue), cues: all.map((w) => ({ cue: [w.cue], needs: w.needs })) };
});


/**
 * The lead that opens a clipped note of putting a matter off, its subject left out (`Will wait on the
 * survey before we decide`), as written, or null. A note that names who waits (`Ann will wait for
 * the quote`) opens otherwise and is that person's.
 */
function deferralLead(text: string, vocabs: readonly Vocabulary[]): string | null {
  const opening = text.trimStart();
  const folded = fold(opening.slice(0, 40));
  for (const v of vocabs) {
    const lead = startsWithPhrase(folded, v.deferralLeads ?? []);
    if (lead !== null) return opening.slice(0, lead.length);
  }
  return null;
}
