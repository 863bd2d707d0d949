import type { Cue } from '../model/cue.js';
import type { Position } from '../model/position.js';
import { findPhrase, gather, hasLetter, hasWord, wordCount, wordSet, wordsOf } from './cues.js';
import { trimEndOf } from './decision-grammar.js';
import { proposalLabels, stripProposal } from './decision-markers.js';
import { procedureOnly, terseVerdict } from './decision-votes.js';
import type { OutcomeScope } from './decision-scope.js';
import type { FindContext } from './find-context.js';
import { valueLines } from './read-header.js';
import { opensWording, type Unit } from './to-units.js';
import type { Line } from './types.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** What the finder knows while it walks the units. */
export interface Scan {
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
export interface Found {
  text: string;
  cue: Cue;
  start?: Position;
  /** The decisions a formula gives one each to the numbered resolutions after it, when it does (see `numberedResolutions`). */
  parts?: Found[];
}

/**
 * A marker alone on its line (`Beslut:`) with the decisions on the lines after it in the same
 * paragraph (`att godkänna ...`, `att välja ...`): one decision per line. Any other decision as found.
 */
export function separateLines(scan: Scan, index: number, found: Found): Found[] {
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

/**
 * The clauses of a resolution after its formula (`Mötet beslutade`, `Nämnden beslutar`): the units
 * right after it that open with a clause word (`att hålla ...`, `att Sara ansvarar ...`), in its
 * paragraph or in the paragraphs that follow under the same heading, each one decision. Null when
 * the formula is a whole sentence (it ends in a stop, or holds its clause) or no clause follows.
 */
export function clausesAfter(scan: Scan, index: number, found: Found): Found[] | null {
  const clauses = wordSet(scan.context.vocabs, 'resolutionClauses');
  const unit = scan.units[index] as Unit;
  // An entry under a heading of decisions (`Decision:` / `* Ask speakers ...`) is a decision of its own, no formula over clauses.
  if (clauses.size === 0 || found.cue.kind === 'section' || /[.!?]\s*$/u.test(unit.text) || wordsOf(unit.text).some((w) => clauses.has(w))) return null;
  const out: Found[] = [];
  for (let k = index + 1; k < scan.units.length; k++) {
    const next = scan.units[k] as Unit;
    if (!opensWording(next, clauses, scan.context.vocabs) || scan.headings[next.line] !== scan.headings[unit.line]) break;
    scan.taken.add(k);
    out.push({ text: trimEndOf(next.text, ',;'), cue: found.cue, start: next.start });
  }
  if (out.length > 0) resultAfter(scan, index + out.length);
  return out.length > 0 ? out : null;
}

/**
 * The result of a resolution written after its clauses and naming it only as `the motion` (`The
 * Motion on being put to the meeting was carried unanimously.`, then `Carried`): no decision of its
 * own. The units right after the last clause, under the same heading, that open with such a name and
 * hold a word of carrying, or say no more than a verdict, are taken.
 */
function resultAfter(scan: Scan, last: number): void {
  const anaphors = gather(scan.context.vocabs, 'proposalAnaphors');
  const carried = gather(scan.context.allVocabs, 'carried');
  for (let k = last + 1; k <= last + 2 && k < scan.units.length; k++) {
    const unit = scan.units[k] as Unit;
    if (scan.headings[unit.line] !== scan.headings[(scan.units[last] as Unit).line]) return;
    const lettered = wordsOf(unit.text).filter(hasLetter);
    const named = anaphors.some((phrase) => phrase.includes(' ') && phrase.split(' ').every((p, n) => lettered[n] === p));
    if (!(named && hasWord(lettered, carried)) && !(lettered.length <= 2 && terseVerdict(unit.text, scan.context.allVocabs) !== null)) return;
    scan.taken.add(k);
  }
}

/** Whether a text names a motion by a word of proposing (`Antrag`, `proposal`, `ehdotus`, `förslag`, `voorstel`). */
function namesMotion(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text);
  return proposalLabels(vocabs).some((label) => !label.includes(' ') && label.length > 3 && words.includes(label));
}

/** The decision's text: a list it introduces is added to it, a terse verdict takes the proposal before it. */
export function withContext(scan: Scan, index: number, body: string, cue: Cue): Found | null {
  const unit = scan.units[index] as Unit;
  const colon = /[:：]\s*$/u.test(body);
  const entries = colon || weAgreed(body, scan.context.vocabs) ? listAfter(scan, index) : [];
  if (colon || entries.length > 0) {
    // The body's vote set out under the motion already taken as a decision (`Beschluss: ...` / `Der Vorstand stimmt wie folgt ab:` /
    // counts / `Der Antrag wurde angenommen.`) is that decision's vote: its closing verdict names the motion only again.
    if (scan.decided.has(index - 1) && voteUnder(scan, index - 1) !== null) return null;
    const formula = trimEndOf(unit.text, ':：');
    const text = entries.length > 0 ? `${formula}: ${entries.map((e) => e.text).join('; ')}` : unit.text;
    const separate = numberedResolutions(entries) || (weAgreed(formula, scan.context.vocabs) && clauseEntries(entries));
    return { text, cue, ...(separate ? { parts: entries.map((e) => ({ text: `${formula}: ${e.text}`, cue, start: e.start })) } : {}) };
  }
  const lettered = wordsOf(body).filter((w) => /\p{L}/u.test(w));
  // A vote's label right under a decision (`Beschluss: ...` / `Abstimmungsergebnis: einstimmig`) gives that decision's vote.
  if (cue.kind === 'marker' && voteLabel(cue.words, scan) && scan.decided.has(index - 1) && sameTopic(scan, (scan.units[index - 1] as Unit).line, unit.line)) return null;
  // Who moved and seconded it and how it went, right under the resolution (`RESOLVED that ...` / `Proposed Cllr Ash, seconded Cllr Lee, carried.`), is its vote.
  if (cue.kind === 'vote' && scan.decided.has(index - 1) && sameTopic(scan, (scan.units[index - 1] as Unit).line, unit.line) && procedureOnly(body, scan.context.allVocabs)) return null;
  if (cue.kind === 'section' && lettered.length <= 4) {
    const topic = topicOf(scan, unit.line);
    if (topic !== null && (scan.context.lines[scan.headings[unit.line] ?? 0] as Line).text === cue.words) return { text: `${topic}: ${unit.text}`, cue };
  }
  // A verdict on `this proposal` (`Dieser Vorschlag wurde einstimmig angenommen`) names its matter only by the proposal before it.
  // So does one that decides as it was put (`Styrelsen beslutade enligt förslaget`).
  const anaphoric = cue.kind !== 'marker' && (refersToProposal(lettered, scan.context.vocabs) || asPutOnly(body, lettered, scan.context.vocabs));
  // So does a vote that says no more than its counts and outcome (`Abstimmung: 2 Ja / 5 Nein / 1 Enthaltung – abgelehnt.`).
  const terse = anaphoric || (lettered.length <= 3 && (cue.kind !== 'grammar' || hasWord(lettered, gather(scan.context.allVocabs, 'carried')))) || (cue.kind === 'vote' && resultOnly(lettered, false, scan.context.allVocabs));
  if (!terse) return { text: unit.text, cue };
  // A verdict on the proposal looks past the counts of its vote (`Ja: 16` / `Nein: 0`) to the proposal.
  let back = index - 1;
  while (anaphoric && back > index - 4 && back > 0 && countOnly(scan.units[back] as Unit, scan.context.allVocabs)) back--;
  // A verdict under its label alone (`Päätösehdotus` / `... valitaan ...` / `Päätös` / `Hyväksyttiin.`) adopts the proposal above the label.
  if (back > 0 && decisionLabelAlone(scan, scan.units[back] as Unit) && (scan.units[back - 1] as Unit).section === 'proposal') back--;
  const previous = scan.units[back];
  // What stands under another heading or agenda item is no part of this one's discussion, nor is the document's title.
  const before = previous !== undefined && sameTopic(scan, previous.line, unit.line) && !isDocumentTitle(scan, previous) ? previous : undefined;
  // A verdict on the proposal right after the proposal already taken as a decision is part of that decision.
  if (anaphoric && before !== undefined && scan.decided.has(back)) return null;
  // The count or result of a vote right after the decision it decided is part of that decision.
  if (cue.kind === 'vote' && before !== undefined && scan.decided.has(index - 1) && resultOnly(lettered, before.block === unit.block, scan.context.allVocabs)) return null;
  // A vote right after a labelled proposal beside it (`- Beschlussvorlage: ...` / `- Abstimmung: 5/0/2`) decides that proposal, not the item both stand under.
  const labelled = before === undefined || before.parentText !== unit.parentText || scan.decided.has(back) ? null : stripProposal(before.text, scan.context.allVocabs);
  if (labelled !== null && labelled !== before!.text && (cue.kind === 'vote' || terseVerdict(body, scan.context.allVocabs) !== null)) return { text: `${labelled} — ${body}`, cue };
  // An entry under a list item (`- New logo` / `  - Approved`, `- §2 Dagordning` / `  - Godkändes`) decides that item, named without its number.
  if (unit.parentText !== null) return { text: `${unit.parentText.replace(ITEM_NUMBER, '')} — ${body}`, cue };
  // Only a verdict or a vote takes the proposal before it; a statement of its own (`Tabled until May`) stands alone.
  // A vote under a title that names the motion (`3.3 Antrag Hochschulsport, Zuschuss 800 EUR` / `Abstimmung: 2 Ja / 5 Nein – abgelehnt`) decides that motion.
  const motionTitle = before !== undefined && cue.kind === 'vote' && scan.titles.has(before.line) && namesMotion(before.text, scan.context.allVocabs);
  if (before !== undefined && !scan.decided.has(back) && (!scan.titles.has(before.line) || motionTitle) && (anaphoric || cue.kind === 'vote' || terseVerdict(body, scan.context.allVocabs) !== null)) {
    const proposal = stripProposal(before.text, scan.context.allVocabs);
    const near = before.block === unit.block || before.kind === 'item' || findPhrase(before.text, gather(scan.context.vocabs, 'motions')) !== null;
    if (anaphoric || motionTitle || proposal !== before.text || before.section === 'proposal' || (cue.kind !== 'marker' && near)) return { text: `${proposal.replace(ITEM_NUMBER, '')} — ${body}`, cue };
  }
  // Else a verdict that opens its line decides the item it stands under (`## 2. Previous minutes` / `Approved.`).
  const verdict = terseVerdict(body, scan.context.allVocabs);
  const title = verdict === null || verdict.toLowerCase() !== lettered[0] ? null : titleAbove(scan, unit.line);
  return { text: title !== null && !wordsOf(unit.text).some((w) => wordsOf(title).includes(w)) ? `${title}: ${unit.text}` : unit.text, cue };
}

/**
 * The closing verdict of the body's vote set out right under a decision in the same topic (`Beschluss:
 * ...` / `Der Vorstand stimmt wie folgt ab:` / counts / `Der Antrag wurde angenommen.`): a line that
 * introduces a list ending in a verdict that names the motion only again. The verdict, or null.
 */
export function voteUnder(scan: Scan, index: number): string | null {
  const unit = scan.units[index] as Unit;
  const next = scan.units[index + 1];
  if (next === undefined || !/[:：]\s*$/u.test(next.text) || !sameTopic(scan, unit.line, next.line)) return null;
  const verdict = listAfter(scan, index + 1).at(-1);
  return verdict !== undefined && refersToProposal(wordsOf(verdict.text).filter((w) => /\p{L}/u.test(w)), scan.context.vocabs) ? trimEndOf(verdict.text, '.') : null;
}

/** Whether a unit is a label of the decisions alone on its line (`Päätös`, `Beslut:`), which heads the verdict under it. */
function decisionLabelAlone(scan: Scan, unit: Unit): boolean {
  const label = scan.context.header.labels.get(unit.line);
  return label !== undefined && label.field === 'decisions' && label.value === '' && (scan.context.lines[unit.line] as Line).text.trim() === unit.text;
}

/**
 * Whether a unit is only the count of a vote: words of voting and numbers (`Ja: 16`, `**Enthaltung:
 * 1**`), or no letter at all (`5/0/1`, a tally of signs `(+,-,o)`).
 */
function countOnly(unit: Unit, vocabs: FindContext['allVocabs']): boolean {
  const words = wordsOf(unit.text);
  const votes = gather(vocabs, 'voteWords');
  return words.every((w) => /^\d+$/u.test(w) || hasWord([w], votes));
}

/**
 * Whether a verdict's subject is only the proposal before it, named again by a demonstrative or its
 * noun right before an auxiliary (`Dieser Vorschlag wurde einstimmig angenommen`, `The proposal was
 * carried`, `Dies wurde beschlossen`) or before the verdict's own verb where the passive is one
 * word (`Förslaget bifölls`, `Ehdotus hyväksyttiin`); a count of the vote may stand first
 * (`Enthaltung: 1 Der Antrag wird angenommen`).
 */
function refersToProposal(lettered: readonly string[], vocabs: FindContext['vocabs']): boolean {
  const anaphors = gather(vocabs, 'proposalAnaphors');
  if (anaphors.length === 0) return false;
  const votes = gather(vocabs, 'voteWords');
  let from = 0;
  while (from < lettered.length && hasWord([lettered[from] as string], votes)) from++;
  const auxiliaries = wordSet(vocabs, 'auxiliaries');
  const verdicts = wordSet(vocabs, 'carried');
  // A proposal named by whose it is (`der Antrag des Vorstands`, `der Antrag von Herrn Weber`) is that one, not simply the one before.
  const owned = wordSet(vocabs, 'titleTails');
  const named = (at: number, closing: boolean): boolean => anaphors.some((phrase) => {
    const parts = phrase.split(' ');
    const next = lettered[at + parts.length] ?? '';
    return parts.every((p, k) => lettered[at + k] === p) && (auxiliaries.has(next) || verdicts.has(next) || (closing && !owned.has(next) && verdicts.has(lettered[lettered.length - 1] ?? '')));
  });
  if (named(from, false)) return true;
  // The finite verb may stand second, after what is put first (`Somit ist der Antrag angenommen`, `Nach kurzer Diskussion wird der
  // Antrag mit 29 Ja-Stimmen angenommen`), as German, Dutch and Swedish order a clause: the subject follows the verb, the verdict closes the clause.
  for (let verb = from + 1; verb <= from + FIRST_PLACE_WORDS && verb < lettered.length; verb++) {
    if (auxiliaries.has(lettered[verb - 1] ?? '')) return false;
    if (auxiliaries.has(lettered[verb] ?? '')) return named(verb + 1, true);
  }
  return false;
}

/** The most words put before the finite verb of a clause in the second place (`Nach kurzer Diskussion wird ...`). */
const FIRST_PLACE_WORDS = 3;

/**
 * Whether a verdict says no more than its subject and verb (three words at most, articles aside) and
 * that the matter is decided as it was put (`Styrelsen beslutade enligt förslaget`, `The board
 * agreed as proposed`, `Hallitus päätti hyväksyä ehdotuksen mukaisesti`): the matter is the proposal
 * before it.
 */
function asPutOnly(body: string, lettered: readonly string[], vocabs: FindContext['vocabs']): boolean {
  const phrase = findPhrase(body, gather(vocabs, 'asProposed'));
  if (phrase === null) return false;
  const stopwords = wordSet(vocabs, 'stopwords');
  return lettered.filter((word) => !stopwords.has(word)).length - phrase.split(' ').filter((word) => !stopwords.has(word)).length <= 3;
}

/**
 * Whether a short vote is only the result of the decision before it: outcome words alone (`Approved
 * unanimously.`), or in the same paragraph one word more (`Motion carried.`). What names its own
 * subject or object in a paragraph of its own (`Pöytäkirja hyväksyttiin.`, `Kassören beviljades
 * arvode.`) is a decision of its own.
 */
function resultOnly(lettered: readonly string[], sameBlock: boolean, vocabs: FindContext['allVocabs']): boolean {
  const outcome = [...gather(vocabs, 'carried'), ...gather(vocabs, 'voteWords'), ...gather(vocabs, 'decisionCues')];
  const others = lettered.filter((w) => !hasWord([w], outcome)).length;
  return others === 0 || (sameBlock && others === 1);
}

/** Whether a marker is the label of a vote's result (`Abstimmungsergebnis`, `Vote`), not of a decision. */
function voteLabel(marker: string, scan: Scan): boolean {
  return hasWord(wordsOf(marker.toLowerCase()), gather(scan.context.allVocabs, 'voteWords'));
}

/** Whether a unit is the line the header took the document's title from. */
function isDocumentTitle(scan: Scan, unit: Unit): boolean {
  const title = scan.context.header.title;
  return title !== null && unit.line === firstBodyLine(scan) && unit.text.startsWith(title);
}

/** The first line of the document that holds text. */
function firstBodyLine(scan: Scan): number {
  return scan.context.lines.findIndex((line) => line.text.trim() !== '');
}

/** Whether two lines stand under the same heading and in the same agenda item. */
function sameTopic(scan: Scan, a: number, b: number): boolean {
  return scan.headings[a] === scan.headings[b] && scan.context.itemOf[a] === scan.context.itemOf[b];
}

/** The title of the agenda item a line stands in, or else the heading it stands under, or null. */
export function titleAbove(scan: Scan, line: number): string | null {
  const item = scan.context.drafts[scan.context.itemOf[line] ?? -1];
  const heading = scan.headings[line];
  if (item !== undefined && (heading === undefined || item.from >= heading)) return item.title;
  return heading === undefined ? null : (scan.context.lines[heading] as Line).text;
}

/** The most entries of a list a decision takes into its text. */
const MAX_ENTRIES = 12;

/** An entry of the list after a decision's colon: its text, where it starts, and whether it is numbered. */
interface Entry {
  text: string;
  start: Position;
  numbered: boolean;
}

/**
 * Whether the entries after a decision formula's colon are its resolutions one by one, as the
 * dictum of a council or board numbers them (`Gedeputeerde Staten besluiten:` / `1. het plan vast te
 * stellen;` / `2. de geheimhouding op te heffen.`): two or more numbered entries, each a clause of
 * three words or more. Bullets or short entries (`1. Opening`) are one decision's details.
 */
function numberedResolutions(entries: readonly Entry[]): boolean {
  return entries.length >= 2 && entries.every((e) => e.numbered && letteredCount(e.text) >= 3);
}

/** How many words of a text hold a letter. */
function letteredCount(text: string): number {
  return wordsOf(text).filter(hasLetter).length;
}

/**
 * Whether a formula is the first person plural of deciding and nothing more (`We agreed`, `Vi
 * bestämde`, `Sovittiin`, `Wir haben beschlossen`), with or without its colon: it heads the list
 * under it, whose entries are what the group settled, one decision each where each is a clause
 * (see `clauseEntries`).
 */
function weAgreed(formula: string, vocabs: readonly Vocabulary[]): boolean {
  const said = wordsOf(formula).join(' ');
  return gather(vocabs, 'weDecided').includes(said);
}

/** Whether a list's entries are two or more, each a clause of four words or more (`Release on Friday after the tests`), not details of one thing (`10 €`, `Anna Berg`). */
function clauseEntries(entries: readonly Entry[]): boolean {
  return entries.length >= 2 && entries.every((e) => letteredCount(e.text) >= 4);
}

/** The top-level entries of the list right after a unit that ends in a colon; they become part of its decision. */
function listAfter(scan: Scan, index: number): Entry[] {
  const { lines } = scan.context;
  const unit = scan.units[index] as Unit;
  const covered = new Set(valueLines(lines, unit.line));
  const entries: Entry[] = [];
  let depth = -1;
  for (let k = index + 1; k < scan.units.length; k++) {
    const next = scan.units[k] as Unit;
    if (!covered.has(next.line)) break;
    const line = lines[next.line] as Line;
    if (depth < 0) depth = line.listDepth;
    scan.taken.add(k);
    if (line.listDepth === depth && entries.length < MAX_ENTRIES) entries.push({ text: next.text.replace(/[.;]\s*$/u, ''), start: next.start, numbered: line.ordinal !== null });
  }
  return entries;
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
    // The minutes' title over a `## Päätökset` of the whole meeting names no topic.
    if ((lines[h] as Line).depth < depth) return (lines[h] as Line).start.line === scan.context.header.fields.title?.position.line ? null : (lines[h] as Line).text;
    if (h === 0) break;
  }
  return null;
}

/** An item number before a line's words (`2.1 `, `§ 3 `). */
const ITEM_NUMBER = /^[\s§#]*\d{1,3}(?:\.\d{1,3})*[.)]?\s+/u;

/** A `label: value` line (`sihteeri: Aino`, `Kassenwart: Paul`, `esittelijä (pj): Riku`). */
const LABEL_VALUE = /^[^:：()]{1,40}(?:\s?\([^()]{1,20}\))?[:：]\s*\S/u;

/**
 * A decision verb or label alone on its line (`2.1 Valitaan`, `Elected:`, `Gewählt:`) followed in
 * the same paragraph or list item by `role: name` lines: one decision per line, each with the verb
 * before it (`Valitaan sihteeri: Aino`). Null for any other unit; the units of those lines are marked taken.
 */
export function headedLines(scan: Scan, index: number, isCue: (word: string) => boolean): Found[] | null {
  const { lines } = scan.context;
  const unit = scan.units[index] as Unit;
  const first = lines[unit.line] as Line;
  const head = trimEndOf(first.text.replace(ITEM_NUMBER, ''), ':：*_');
  // Most units open with a sentence of many words: counted to two, not split whole.
  if (wordCount(head, 2) !== 1 || !isCue(wordsOf(head)[0] as string)) return null;
  const out: Found[] = [];
  let last = unit.line;
  for (let j = unit.line + 1; j < lines.length && (lines[j] as Line).block === first.block && LABEL_VALUE.test((lines[j] as Line).text); j++) {
    out.push({ text: `${head} ${(lines[j] as Line).text}`, cue: { kind: 'grammar', words: head }, start: (lines[j] as Line).start });
    last = j;
  }
  if (out.length === 0) return null;
  // The lines taken may be units of their own (a paragraph split at its labels) or part of this one (a list item).
  for (let k = index + 1; k < scan.units.length && (scan.units[k] as Unit).block === unit.block && (scan.units[k] as Unit).start.line <= (lines[last] as Line).start.line; k++) scan.taken.add(k);
  return out;
}

/** The office words of the vocabularies, lower case, made once per list of vocabularies. */
const officeWordsOf = oncePer((vocabs: FindContext['vocabs']): string[] => vocabs.flatMap((v) => v.electedAs.offices.flatMap((o) => o.words.map((w) => w.toLowerCase()))));

/**
 * The officers a lead of choosing introduces, one decision each (`Valittiin kokoukselle:` /
 * `puheenjohtajaksi Aino Lehto` / `sihteeriksi Pekka Salo` gives `Valittiin kokoukselle puheenjohtajaksi
 * Aino Lehto`, ...): the lead ends in a colon and holds a verb of choosing, and each unit after it
 * that opens with an office is one entry, however the list was indented. Null when no entry follows.
 */
export function electedEntries(scan: Scan, index: number): Found[] | null {
  const unit = scan.units[index] as Unit;
  if (!/[:：]\s*$/u.test(unit.text) || unit.text.length > 120) return null;
  const verbs = new Set(scan.context.vocabs.flatMap((v) => v.electedAs.verbs));
  if (verbs.size === 0 || !wordsOf(unit.text.toLowerCase()).some((w) => verbs.has(w))) return null;
  const offices = officeWordsOf(scan.context.vocabs);
  const lead = trimEndOf(unit.text, ':：');
  const out: Found[] = [];
  for (let k = index + 1; k < scan.units.length; k++) {
    const next = scan.units[k] as Unit;
    const lower = next.text.toLowerCase();
    if (!offices.some((o) => lower.startsWith(`${o} `)) || scan.headings[next.line] !== scan.headings[unit.line]) break;
    scan.taken.add(k);
    out.push({ text: `${lead} ${next.text.replace(/[.;]\s*$/u, '')}`, cue: { kind: 'grammar', words: lead.trim().split(/\s+/u)[0] ?? lead }, start: next.start });
  }
  return out.length > 0 ? out : null;
}
