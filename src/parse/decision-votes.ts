import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Cue } from '../model/cue.js';
import { SUB_ITEM_MARK } from './agenda-number.js';
import { asWritten, findPhrase, gather, hasWord, isWord, leadingCueWord, letteredWords, wordCount, wordsOf } from './cues.js';
import { trimEndOf } from './decision-grammar.js';
import { rollCallVote } from './roll-call-vote.js';
import { opensWording, type Unit } from './to-units.js';

/** A motion the minutes record as seconded or carried: its text, its cue and the units that belong to it. */
export interface Motion {
  text: string;
  cue: Cue;
  /** Indices of the later units of the same motion (the seconding, the result): no decisions of their own. */
  parts: number[];
  /** Whether the motion failed, lapsed or was withdrawn: no decision at all. */
  failed: boolean;
  /** Whether its text is the wording set out after its record (`THAT ...`), which names what was decided. */
  worded?: boolean;
}

/** How many units after a motion may still tell its seconding and its result (`Moved:`, `Seconded:`, `Vote:`, `Result:`). */
const MOTION_REACH = 4;

/**
 * A motion in Robert's Rules form and the units after it that `near` accepts (the same paragraph,
 * the next entries of a list): "X moved that ... Y seconded. The motion carried." A motion counts
 * once it is seconded or carried (the minutes then record what the body decided); one that failed,
 * lapsed or was withdrawn does not.
 */
export function motionAt(units: readonly Unit[], index: number, vocabs: readonly Vocabulary[], near: (k: number) => boolean): Motion | null {
  const unit = units[index] as Unit;
  const phrase = findPhrase(unit.text, gather(vocabs, 'motions')) ?? movedThenSeconded(unit.text, vocabs);
  if (phrase === null) return null;
  const own = afterPhrase(unit.text, phrase);
  let seconded = findPhrase(unit.text, gather(vocabs, 'seconded')) !== null;
  let outcome: Unit | null = (seconded && outcomeFrom(own, 0, vocabs)) || closingOutcome(own, vocabs) || outcomeVerb(own, vocabs) ? unit : null;
  let failed = findPhrase(own, gather(vocabs, 'failed')) !== null;
  const parts: number[] = [];
  for (let k = index + 1; k <= index + MOTION_REACH && k < units.length; k++) {
    const next = units[k] as Unit;
    if (!near(k)) break;
    // `Moved by Ann Lee, seconded by Bo Chan.` names who moved this motion; another motion phrase starts the next one.
    const attribution = moverOnly(next.text, vocabs);
    if ((findPhrase(next.text, gather(vocabs, 'motions')) !== null || movedThenSeconded(next.text, vocabs) !== null) && !attribution) break;
    const words = wordsOf(next.text);
    const seconds = findPhrase(next.text, gather(vocabs, 'seconded')) !== null || attribution || secondingLabel(next.text, vocabs);
    const carried = hasWord(words, gather(vocabs, 'carried')) || voteCount(next.text, vocabs) !== null || findPhrase(next.text, gather(vocabs, 'consent')) !== null;
    const fails = findPhrase(next.text, gather(vocabs, 'failed')) !== null;
    // A motion has one result: a later sentence that carries something is a decision of its own,
    // unless the result so far is only its count (`Vote: 3 in favor, 0 opposed` / `Resolution: Vote passed`).
    if (carried && !seconds && !fails && outcome !== null && !countOnly(outcome.text, vocabs)) break;
    if (!seconds && !carried && !fails) {
      // Past a sentence of its own paragraph the motion may go on; past another block it has ended,
      // unless that block is a field that records nothing (`Public comment: None`) before the vote.
      if (next.block === unit.block || nilLine(next.text, vocabs)) continue;
      break;
    }
    parts.push(k);
    seconded ||= seconds;
    if (carried && !fails) outcome = next;
    failed ||= fails;
  }
  if (!seconded && outcome === null && !failed) return null;
  const result = outcome !== null && outcome !== unit && wordsOf(outcome.text).length <= 16 ? outcome.text : null;
  const wording = wordingAfter(units, index, parts, vocabs, near);
  const text = wording !== null ? (result === null ? wording : `${trimEndOf(wording, '.')} — ${result}`) : result === null ? unit.text : `${unit.text} — ${result}`;
  return { text, cue: { kind: 'vote', words: asWritten(unit.text, phrase) }, parts, failed, ...(wording !== null ? { worded: true } : {}) };
}

/**
 * The wording of a motion set out after its record (`Proposed by Cllr A and seconded by Cllr B.` /
 * `CARRIED: 8 for 2 abstentions.` / `THAT THE MINUTES ... BE ACCEPTED AS A TRUE RECORD.`), as councils
 * write a resolution under who moved it and how the vote went: the unit right after the motion's last
 * part that opens with a clause word of the language (`that`), with the units of its paragraph that go
 * on with it while it has not ended in a stop. Only where the record states no clause of its own. The
 * units read join `parts`; the wording, or null.
 */
function wordingAfter(units: readonly Unit[], index: number, parts: number[], vocabs: readonly Vocabulary[], near: (k: number) => boolean): string | null {
  const clauses = new Set(vocabs.flatMap((v) => v.resolutionClauses));
  if (clauses.size === 0 || wordsOf((units[index] as Unit).text).some((w) => clauses.has(w))) return null;
  let k = (parts.at(-1) ?? index) + 1;
  const first = units[k];
  if (first === undefined || !near(k) || !opensWording(first, clauses, vocabs) || wordsOf(first.text).length < 4) return null;
  const pieces = [first.text];
  parts.push(k);
  for (k++; k < units.length && !/[.!?]\s*$/u.test(pieces.at(-1) as string) && (units[k] as Unit).block === first.block && pieces.length < 4; k++) {
    pieces.push((units[k] as Unit).text);
    parts.push(k);
  }
  return pieces.join(' ');
}

/**
 * Whether a line is a field's label and a value that records nothing (`Public comment: None`,
 * `Wortmeldungen: keine.`, `Vragen: geen`): a public body takes comment on a motion before it votes,
 * and minutes record that none was made between the motion and its result.
 */
export function nilLine(text: string, vocabs: readonly Vocabulary[]): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 40 || !/\p{L}/u.test(text.slice(0, colon))) return false;
  const value = trimEndOf(text.slice(colon + 1).replaceAll('*', '').replaceAll('_', '').trim(), '.').trim().toLowerCase();
  return value !== '' && vocabs.some((v) => (v.nilValues ?? []).includes(value));
}

/**
 * Whether a line opens with the seconding written as a form's label, the word's stem before a colon
 * (`Second: Bo Chen`, `b. Seconded: Bo Chen`), as minutes typed on a template set the motion's parts
 * one a line: a stem of five letters or more that starts a single word of seconding.
 */
function secondingLabel(text: string, vocabs: readonly Vocabulary[]): boolean {
  const label = /^(\p{L}{5,})\s*[:：]/u.exec(text.trimStart().replace(SUB_ITEM_MARK, ''));
  if (label === null) return false;
  const stem = (label[1] as string).toLowerCase();
  return gather(vocabs, 'seconded').some((word) => !word.includes(' ') && word.startsWith(stem));
}

/** Whether a result is a count of votes without an outcome word (`Vote: 3 in favor, 0 opposed, 0 abstained`). */
function countOnly(text: string, vocabs: readonly Vocabulary[]): boolean {
  return voteCount(text, vocabs) !== null && !hasWord(wordsOf(text), gather(vocabs, 'carried'));
}

/** The words that say who moved a motion (`moved`, `proposed`), as a set made once per list of vocabularies. */
const moverWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.movers ?? [])));

/**
 * The word of moving in a sentence that names a mover and then a seconder with no motion phrase
 * (`Ann moved, Bo seconded, to table the item`): a motion all the same, when a name stands right
 * before the word (`did not record who moved or seconded it` names nobody). Null otherwise.
 */
function movedThenSeconded(text: string, vocabs: readonly Vocabulary[]): string | null {
  const words = wordsOf(text);
  const movers = moverWords(vocabs);
  const moved = words.findIndex((word) => movers.has(word));
  if (moved < 1 || findPhrase(words.slice(moved + 1).join(' '), gather(vocabs, 'seconded')) === null) return null;
  const mover = words[moved] as string;
  const at = text.toLowerCase().indexOf(` ${mover}`);
  const before = at < 0 ? '' : text.slice(text.lastIndexOf(' ', at - 1) + 1, at);
  return /^\p{Lu}/u.test(before) ? mover : null;
}

/**
 * Whether a sentence only names who moved (and seconded) a motion stated before it (`Moved by Ann
 * Lee, seconded by Bo Chan.`, `Motion by Ann, second by Bo.`): it opens with a mover phrase and
 * states no motion of its own (no `to` or `that` clause).
 */
export function moverOnly(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(text.replace(SUB_ITEM_MARK, ''));
  const movers = vocabs.flatMap((v) => v.movers ?? []);
  const opening = movers.find((phrase) => wordsOf(phrase).every((w, k) => words[k] === w));
  if (opening === undefined) return false;
  return !words.slice(wordsOf(opening).length).some((w) => w === 'to' || w === 'that');
}

/**
 * Whether a vote's line holds only its procedure: who moved and seconded and how it went (`Motion
 * to Approve: Ann Lee; Second: Bo Chan Motion Passes`, `Moved: Ann Lee, Seconded: Bo Chan, Carried`).
 * Its words are the vocabularies' words of moving, seconding, voting and outcomes, and names and
 * the motion's verb written with a capital (`Approve`); one word moves or seconds, one tells the
 * outcome. A motion with its matter in lower case (`Motion to adjourn by Ann`) or a seconder alone
 * (`Bo seconds`) is no such line. Such a line decides the proposal written before it.
 */
export function procedureOnly(body: string, vocabs: readonly Vocabulary[]): boolean {
  const written = body.split(/[^\p{L}'’/-]+/u).filter((w) => /\p{L}/u.test(w));
  if (written.length > 16) return false;
  const procedure = procedureWords(vocabs);
  if (!written.some((w) => procedure.moving.has(w.toLowerCase())) || !written.some((w) => procedure.outcomes.has(w.toLowerCase()))) return false;
  return written.every((w) => procedure.all.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
}

/** The single words of moving and seconding (`moved`, `motion`, `second`), and those with the words of votes and outcomes, once per list of vocabularies. */
const procedureWords = oncePer((vocabs: readonly Vocabulary[]): { moving: ReadonlySet<string>; outcomes: ReadonlySet<string>; all: ReadonlySet<string> } => {
  const phraseWords = (key: 'motions' | 'seconded'): string[] => gather(vocabs, key).flatMap((p) => p.toLowerCase().split(/\s+/));
  const moving = new Set([...phraseWords('motions'), ...phraseWords('seconded')].filter((w) => w.length > 3 || w === 'm/s' || w === 'm/s/c'));
  const outcomes = new Set(gather(vocabs, 'carried'));
  const all = new Set([...moving, ...outcomes, ...phraseWords('motions'), ...phraseWords('seconded'), ...gather(vocabs, 'voteWords'), ...gather(vocabs, 'decisionCues'), ...gather(vocabs, 'and')]);
  return { moving, outcomes, all };
});

/**
 * Whether a motion's own sentence goes on to its outcome as its verb, however long the motion
 * (`The motion to move the meeting to Tuesdays passed with six votes`, `Ann's motion to adjourn
 * carried`): an outcome word after the motion's first words, not after an article or `to` (`the
 * approved budget`, `to be adopted` tell a thing, not what became of the motion).
 */
function outcomeVerb(own: string, vocabs: readonly Vocabulary[]): boolean {
  return outcomeFrom(own, 2, vocabs);
}

/**
 * Whether an outcome word stands from word `from` on, not after an article, `to` or `be` (`that the
 * minutes be approved`, seconded in the same sentence, is the motion's wording, not its result).
 */
function outcomeFrom(own: string, from: number, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(own);
  const carried = gather(vocabs, 'carried');
  const articles = gather(vocabs, 'articles');
  for (let k = from; k < words.length; k++) {
    const before = words[k - 1] ?? '';
    if (isWord(words[k] as string, carried) && before !== 'to' && before !== 'be' && !articles.includes(before)) return true;
  }
  return false;
}

/** Whether a motion's own sentence records its outcome: a vote count or a closing outcome. */
function closingOutcome(text: string, vocabs: readonly Vocabulary[]): boolean {
  return voteCount(text, vocabs) !== null || closingVerdict(text, vocabs) !== null;
}

/**
 * The clause after a sentence's last colon, comma, dash or opening parenthesis when it is a short
 * outcome (`Motion to adopt the budget: carried`, `New logo - approved`, `Move to Tuesdays
 * (unanimous)`, `Uusi logo: hyväksytty`), as written; null for any other sentence.
 */
export function closingVerdict(text: string, vocabs: readonly Vocabulary[], noted = true): string | null {
  const clauses = trimEndOf(text, '.!)').replaceAll(' - ', ' — ').split(/[:;,—–(]/u);
  if (clauses.length <= 1) return null;
  const last = (clauses[clauses.length - 1] ?? '').trim();
  // A clause of more than four words is no verdict: counted to five, not split.
  const count = wordCount(last, 5);
  if (count > 0 && count <= 4 && hasWord(wordsOf(last), gather(vocabs, 'carried'))) return last;
  // A note in parentheses after the verdict that tells how the vote went (`– carried (Cllrs OC, AS abstained)`, `agreed (5-1)`):
  // the verdict stands before it. Another note (`approved by the district (notice dated 12 May)`) leaves it a report.
  const bare = trimEndOf(text, '. ');
  const open = noted && bare.endsWith(')') ? bare.lastIndexOf('(') : -1;
  const note = open > 0 ? bare.slice(open + 1, -1) : '';
  if (open > 0 && (/\d\s?[-–:/]\s?\d/u.test(note) || hasWord(wordsOf(note), gather(vocabs, 'voteWords')))) {
    const before = closingVerdict(bare.slice(0, open), vocabs, false);
    if (before !== null) return before;
  }
  return leadingVerdict(text, vocabs);
}

/**
 * A short outcome standing alone (`Approved.`, `Carried unanimously`, `Hyväksyttiin.`, `Godkändes.`,
 * `Akkoord.`): three words or fewer, one of them an outcome of a motion or a decision verb. Minutes
 * write it under the item or the proposal it decides. The outcome word as written, or null.
 */
export function terseVerdict(text: string, vocabs: readonly Vocabulary[]): string | null {
  if (/\?\s*$/u.test(text)) return null;
  const words = letteredWords(wordsOf(text), 3);
  if (words === null || words.length === 0) return null;
  const word = words.find((w) => hasWord([w], gather(vocabs, 'carried')) || leadingCueWord([w], gather(vocabs, 'decisionCues'), 1) !== null);
  return word === undefined ? null : asWritten(text, word);
}

/**
 * The verdict that opens what follows a topic's colon, with its conditions after it (`22 Birch Lane,
 * solar panels: approved with the condition that ...`, `Shed: denied; too large`), as written; null
 * when the text after the colon opens with anything else.
 */
function leadingVerdict(text: string, vocabs: readonly Vocabulary[]): string | null {
  const colon = text.indexOf(': ');
  if (colon <= 0 || colon > 80) return null;
  const after = text.slice(colon + 2).trim();
  const first = wordsOf(after)[0];
  return first !== undefined && hasWord([first], gather(vocabs, 'carried')) ? after.split(/[;,.]/u)[0]?.trim() ?? null : null;
}

/** The text after the first occurrence of a phrase (whole words, any case), or the whole text. */
function afterPhrase(text: string, phrase: string): string {
  const at = text.toLowerCase().indexOf(phrase.split(' ').pop() ?? phrase);
  return at < 0 ? text : text.slice(at);
}

/** Counts written as `7/0/1`, `5-2`, `4–0` or `12:3`: two or three numbers of up to three digits; `10:30 p.m.` is a time. */
const COUNT = /(?<![\d./:–-])\d{1,3} ?[-–/:] ?\d{1,3}(?: ?[-–/:] ?\d{1,3})?(?![\d/:–-]|\.\d| ?[aApP]\.?[mM]\b)/u;

/**
 * A vote count in a sentence, as written, or null: numbers beside vote words (`7 Ja-Stimmen, 0
 * Nein-Stimmen, 1 Enthaltung`, `yes: 5, no: 2`), or a count such as `5-2` or `7/0/1` in a sentence
 * that also holds a vote word (`by a vote of 4-0`, `äänin 5–2`).
 */
export function voteCount(text: string, vocabs: readonly Vocabulary[]): string | null {
  if (!/\d/.test(text)) return rollCallVote(text, vocabs);
  const words = wordsOf(text);
  const voteWords = gather(vocabs, 'voteWords');
  let pairs = 0;
  let first = -1;
  for (let i = 0; i < words.length; i++) {
    if (!/^\d{1,3}$/.test(words[i] as string)) continue;
    const before = i > 0 && isWord(words[i - 1] as string, voteWords);
    const after = i + 1 < words.length && (isWord(words[i + 1] as string, voteWords) || (i + 2 < words.length && isWord(words[i + 2] as string, voteWords) && words[i + 1] === 'in'));
    if (before || after) {
      pairs++;
      if (first < 0) first = i;
    }
  }
  if (pairs >= 2) return words.slice(first, first + 2).join(' ');
  const found = COUNT.exec(text);
  const count = found !== null && afterDateLead(text, found.index, vocabs) ? null : found;
  // A date (`12/3`) looks like a count: beside it the sentence must name a vote or its result, not only `for` or `no`.
  // ... or the word for the decision it counts: anywhere before a count of three (for, against, abstaining:
  // `Beschluss: Der Verein kauft ... (5:0:0)`), right before a count of two no clock reads (`Decision 4-1`, not `um 18:00`).
  const parts = count === null ? 0 : count[0].split(/[-–/:]/).length;
  const counted = count !== null && (parts > 2 ? hasWord(words, decisionNouns(vocabs)) : !count[0].includes(':') && countsDecision(words, count[0], vocabs));
  if (count === null || !(hasWord(words, longVoteWords(vocabs)) || hasWord(words, gather(vocabs, 'carried')) || counted)) return rollCallVote(text, vocabs);
  return count[0];
}

/** Whether the text before `at` ends with a word that introduces a date (`d.d.`, `dated`): what follows is the date. */
function afterDateLead(text: string, at: number, vocabs: readonly Vocabulary[]): boolean {
  const before = text.slice(Math.max(0, at - 16), at).toLowerCase().trimEnd();
  return gather(vocabs, 'dateLeads').some((lead) => before.endsWith(lead) && !/\p{L}/u.test(before.charAt(before.length - lead.length - 1)));
}

/** The consent phrase of a sentence (`no objections`, `Ei vastustettu`, `Keine Einwände`) as written, or null. */
export function consentIn(text: string, vocabs: readonly Vocabulary[]): string | null {
  const phrase = findPhrase(text, gather(vocabs, 'consent'));
  if (phrase === null) return null;
  // A question after objections asks for them; none is recorded yet.
  if (/\?\s*$/.test(text)) return null;
  // `Nobody objected, but we want the test results first`: the consent is taken back at once.
  if (contrastAfter(text, phrase, vocabs)) return null;
  return asWritten(text, phrase);
}

/** Whether a contrast word (`but`, `however`) follows a phrase within three words: what the phrase said is held back. */
function contrastAfter(text: string, phrase: string, vocabs: readonly Vocabulary[]): boolean {
  const contrast = vocabs.flatMap((v) => v.contrast ?? []);
  if (contrast.length === 0) return false;
  const words = wordsOf(text);
  const said = wordsOf(phrase);
  const at = words.findIndex((_, i) => said.every((w, k) => words[i + k] === w));
  return at >= 0 && words.slice(at + said.length, at + said.length + 3).some((w) => contrast.includes(w));
}

/** Whether the word for a decision stands right before a count, one word at most between (`Beschluss 5:0:0`, `Decision: 4-1`). */
function countsDecision(words: readonly string[], count: string, vocabs: readonly Vocabulary[]): boolean {
  const first = wordsOf(count)[0];
  const at = first === undefined ? -1 : words.indexOf(first);
  return at > 0 && words.slice(Math.max(0, at - 2), at).some((word) => decisionNouns(vocabs).includes(word));
}

/** The one-word labels of decisions of the vocabularies (`decision`, `Beschluss`, `päätös`), once per list of vocabularies. */
const decisionNouns = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => (v.labels.decisions ?? []).filter((w) => !w.includes(' '))));

/**
 * The vote words of four letters or more (`votes`, `äänin`, `Stimmen`): those that name a vote even
 * beside a date-like count. A vote word that is also a common word of a language (Dutch `voor`,
 * `tegen`: for, against, before) names no vote beside a figure (`Het overschot is 120-130 euro
 * per maand, zie voor de input ...`).
 */
const longVoteWords = oncePer((vocabs: readonly Vocabulary[]): string[] => {
  const common = new Set(gather(vocabs, 'stopwords'));
  return gather(vocabs, 'voteWords').filter((w) => w.length >= 4 && !common.has(w));
});
