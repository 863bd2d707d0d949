import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Cue } from '../model/cue.js';
import type { Decision } from '../model/decision.js';
import { asWritten, findPhrase, gather, hasWord, leadingCue, leadingCueWord, textKey, wordsOf } from './cues.js';
import type { FindContext } from './parse-minutes.js';
import { subjectOwners } from './read-owners.js';
import { resolvePerson } from './resolve-people.js';
import type { Unit } from './to-units.js';

/**
 * The decisions of a meeting: sentences that open with a decision verb (`Päätettiin`,
 * `Hyväksyttiin`, `Beslöts`), hold a decision phrase (`it was agreed`, `motion carried`), start
 * with a marker (`RESOLVED:`, `Päätös:`), stand in a decisions section, or are carried motions in a
 * motion table. A terse verdict (`Beslut: Attsats bifalles`) takes the proposal before it as its text.
 */
export function findDecisions(context: FindContext, units: readonly Unit[]): Decision[] {
  const decisions: Decision[] = [];
  const seen = new Set<string>();
  units.forEach((unit, index) => {
    const found = decisionText(unit, units[index - 1], context);
    if (found === null) return;
    const { text, cue } = found;
    const key = textKey(text.replace(/^[^:]{1,40}:\s*/, ''));
    if (seen.has(key)) return;
    seen.add(key);
    const item = context.drafts[context.itemOf[unit.line] ?? -1];
    decisions.push({ id: `D${decisions.length + 1}`, item: item?.number ?? null, text, position: unit.start, cue });
  });
  return decisions;
}

/** A decision's text and what made it one. */
interface Found {
  text: string;
  cue: Cue;
}

function decisionText(unit: Unit, previous: Unit | undefined, context: FindContext): Found | null {
  if (unit.section === 'proposal' || unit.text.length < 3) return null;
  if (unit.cells) return motionRow(unit, context);
  const marker = leadingMarker(unit.text, decisionMarkers(context.allVocabs));
  const marked = marker?.rest ?? null;
  const cue = marker ? { kind: 'marker' as const, words: marker.marker } : decisionCue(unit, context);
  if (!cue || isProposed(unit.text) || promisedByPeople(unit.text, context)) return null;
  const body = marked ?? unit.text;
  if (wordsOf(body).length > 3) return { text: unit.text, cue };
  const verdict = marked !== null || hasWord(wordsOf(body), gather(context.allVocabs, 'carried'));
  if (!verdict) return null;
  const proposal = previous ? stripMarker(previous.text, context) : null;
  const text = previous && proposal !== null && (proposal !== previous.text || previous.section === 'proposal') ? `${proposal} — ${body}` : unit.text;
  return { text, cue };
}

/** What makes an unmarked sentence a decision: a leading decision verb, a phrase, a weak cue with its word, or its section. */
function decisionCue(unit: Unit, context: FindContext): Cue | null {
  const { vocabs } = context;
  const words = wordsOf(unit.text);
  const verb = leadingCueWord(words, gather(vocabs, 'decisionCues'), 4);
  if (verb !== null) return { kind: 'grammar', words: asWritten(unit.text, verb) };
  const phrase = findPhrase(unit.text, gather(vocabs, 'decisionPhrases'));
  if (phrase !== null) return { kind: 'phrase', words: asWritten(unit.text, phrase) };
  const weak = weakCue(words, vocabs);
  if (weak !== null) return { kind: 'grammar', words: asWritten(unit.text, weak) };
  if (unit.section === 'decisions' && !hasWord(words.slice(0, 4), gather(vocabs, 'reportWords'))) return { kind: 'section', words: unit.sectionLabel ?? 'decisions' };
  return null;
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

interface WeakCues {
  /** Every weak cue, to pass over most sentences in one look. */
  any: string[];
  /** Each cue as a one-entry list, with the words it needs. */
  cues: { cue: string[]; needs: string[] }[];
}

/** The weak decision cues of the vocabularies, made once per list of vocabularies. */
const weakCues = oncePer((vocabs: readonly Vocabulary[]): WeakCues => {
  const all = vocabs.flatMap((v) => v.weakDecisionCues);
  return { any: all.map((w) => w.cue), cues: all.map((w) => ({ cue: [w.cue], needs: w.needs })) };
});

/** The decision labels and `Label:` cues of the vocabularies, and the English markers, made once per list of vocabularies. */
const decisionMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] =>
  vocabs
    .flatMap((v) => [...(v.labels.decisions ?? []), ...v.decisionCues.filter((c) => c.endsWith(':')).map((c) => c.slice(0, -1))])
    .concat(['resolved', 'resolution', 'decision', 'agreed', 'decided']),
);

/** A leading marker and the text after it. */
const LEADING_MARKER = /^[\s*_>]*(\p{L}+(?: \p{L}+){0,4})\s*(?:#?\d+\s*)?[:：]\s*(\S.*)?$/u;

/** The text after a leading marker such as `RESOLUTION #2:` or `Päätös:`, or null. */
export function markerRest(text: string, markers: readonly string[]): string | null {
  return leadingMarker(text, markers)?.rest ?? null;
}

/** A leading marker as written (`RESOLUTION`) and the text after it, or null. */
function leadingMarker(text: string, markers: readonly string[]): { marker: string; rest: string } | null {
  // Most sentences hold no colon at all: they need no regular expression.
  if (!text.includes(':') && !text.includes('：')) return null;
  const match = LEADING_MARKER.exec(text);
  const marker = match?.[1] ?? '';
  if (!match || marker.length < 3 || marker.length > 30) return null;
  const rest = (match[2] ?? '').trim();
  return markers.includes(fold(marker).trim()) && rest !== '' ? { marker, rest: rest.replace(/(?<![*_])[*_]+$/, '').trim() } : null;
}

function stripMarker(text: string, context: FindContext): string {
  return markerRest(text, proposalLabels(context.allVocabs)) ?? text;
}

/** The proposal labels of the vocabularies, gathered once per list of vocabularies. */
const proposalLabels = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.labels.proposal ?? []));

function isProposed(text: string): boolean {
  return /^[\s*_>]*(proposed|proposal|ehdotus|förslag)\b/i.test(text);
}

function motionRow(unit: Unit, context: FindContext): Found | null {
  const cells = unit.cells ?? [];
  const carried = gather(context.allVocabs, 'carried');
  const outcome = cells.slice(1).find((cell) => carried.includes(fold(cell).trim()));
  if (!outcome || cells.length < 2) return null;
  return { text: `${cells[0]} — ${outcome}`, cue: { kind: 'vote', words: outcome } };
}
