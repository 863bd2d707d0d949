import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { resolvePerson } from './resolve-people.js';

/** The decision and outcome labels and the `Label:` cues of the vocabularies, folded, made once per list of vocabularies. */
export const decisionMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] =>
  vocabs.flatMap((v) => [...(v.labels.decisions ?? []), ...v.outcomeLabels, ...v.decisionCues.filter((c) => c.endsWith(':')).map((c) => c.slice(0, -1))]).map(fold),
);

/** The action markers of the vocabularies (`ACTION:`, `AP:`): a line they open is a task, never a decision. */
export const actionMarkers = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.actionMarkers).map(fold));

/**
 * Whether a heading is one task: an action marker with a capital, a colon, and a participant who does it with the deed
 * after (`##### Actie: Pieter agendeert ...`, `### Action: Ann to send the slides`), as pads set a task in a heading to
 * make it stand out. A topic that only opens with the word (`## Action: Climate plan review`, `## Aufgabe: Neubau der
 * Turnhalle`) or names who is responsible (`#### Verantwortlich: Jan Schmidt`) is none.
 */
export function opensTaskHeading(text: string, vocabs: readonly Vocabulary[], participants: readonly { name: string }[]): boolean {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 24 || !/^\p{Lu}/u.test(text) || !actionMarkers(vocabs).includes(fold(text.slice(0, colon).trim()))) return false;
  const words = text.slice(colon + 1).trim().split(/\s+/u);
  // The doer is a participant by one or two words of their name; two words or more of the deed follow.
  return [1, 2].some((n) => words.length >= n + 2 && resolvePerson(words.slice(0, n).join(' '), participants) !== null && /^\p{Ll}/u.test(words[n] as string));
}

/**
 * A leading marker (`RESOLUTION #2:`, `Beschluss (einstimmig):`, `DECISION – `) and the text after it.
 * A numbered marker may close with its number's dot before a capital (`Päätös 2. Aiheiksi ...`), as an
 * item with several decisions numbers them.
 */
const LEADING_MARKER = /^(\p{L}+(?: \p{L}+){0,4})(?: ?\([^()]{0,40}\))?\s*(?:(?:#?\p{N}[\p{N}./-]{0,15}\s*)?(?:[:：]|[-–—](?=\s))|#?\p{N}{1,2}\.(?=\s+\p{Lu}))\s*(\S.*)?$/u;

/**
 * What may stand before a marker: the time stamp and the speaker of a chat log (`[12:03] <alice>`),
 * a few bullets, arrows or emoji (`→`, `✅`, `**`), and an item number (`3.`).
 */
const BEFORE_MARKER = /^[^\p{L}\p{N}]{0,6}(?:\d{1,3}[.)])?/u;

/** The time stamp and the speaker that open a line of a chat log (`[12:03] <alice> `). */
const LOG_PREFIX = /^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s{1,3})?(?:<[^<>\s]{1,30}>\s{1,3})?/u;

/** A MeetBot command (`#agreed ...`, `#decided ...`) and the text after it. */
const MEETBOT = /^#(\p{L}+)\s+(\S.*)$/u;

/** The text after a leading marker such as `RESOLUTION #2:` or `Päätös:`, or null. */
export function markerRest(text: string, markers: readonly string[]): string | null {
  return leadingMarker(text, markers)?.rest ?? null;
}

/** A leading marker as written (`RESOLUTION`, `#agreed`) and the text after it, or null. */
export function leadingMarker(written: string, markers: readonly string[]): { marker: string; rest: string } | null {
  const text = written.slice(LOG_PREFIX.exec(written)?.[0].length ?? 0);
  if (text.startsWith('#')) {
    const bot = MEETBOT.exec(text);
    return bot && markers.includes(fold(bot[1] ?? '')) ? { marker: `#${bot[1]}`, rest: (bot[2] ?? '').trim() } : null;
  }
  // Most sentences hold no colon or dash at all: they need no regular expression.
  if (!/[:：\-–—]|\p{N}\.\s/u.test(text)) return null;
  const match = LEADING_MARKER.exec(text.slice(BEFORE_MARKER.exec(text)?.[0].length ?? 0).trimStart());
  const marker = match?.[1] ?? '';
  if (!match || marker.length < 2 || marker.length > 30) return null;
  const rest = (match[2] ?? '').trim();
  return markers.includes(fold(marker).trim()) && rest !== '' ? { marker, rest: rest.replace(/(?<![*_])[*_]+$/, '').trim() } : null;
}

/** The arrows that open an outcome line after a discussion (`=> ...`, `→ ...`, `⇒ ...`, `-> ...`). */
const ARROWS = ['=>', '⇒', '→', '⟶', '-->', '->'];

/**
 * The arrow that opens an outcome line and the text after it (`=> The club keeps its venue`,
 * `→ Festen hålls i maj`), or null: notes write the conclusion of the lines above after an arrow;
 * a line of several such arrows is a trail of links, no conclusion.
 */
export function outcomeArrow(text: string): { arrow: string; rest: string } | null {
  const trimmed = text.trimStart();
  const arrow = ARROWS.find((a) => trimmed.startsWith(a));
  if (arrow === undefined) return null;
  const rest = trimmed.slice(arrow.length).trim();
  // A trail of pages (`-> Meetings -> Board Minutes -> 2014-01-23`) leads through a site, to no outcome.
  return rest === '' || rest.includes(` ${arrow} `) ? null : { arrow, rest };
}

/**
 * The participant an outcome after an arrow opens with before a verb in lower case (`=> Bo does the
 * newsletter`, `→ Anna Berg ordnar lokalen`): the notes hand the point to that person, a task and
 * no decision of the meeting. Null when the rest opens otherwise.
 */
export function arrowedPerson(rest: string, known: (name: string) => boolean): string | null {
  const match = ARROWED_NAME.exec(rest);
  if (!match) return null;
  const first = match[1] as string;
  const full = match[2] === undefined ? null : `${first} ${match[2]}`;
  if (full !== null && PERSON_THEN_VERB.test(rest.slice(full.length)) && known(full)) return full;
  return PERSON_THEN_VERB.test(rest.slice(first.length)) && known(first) ? first : null;
}

/** One or two capitalised words that open a text. */
const ARROWED_NAME = /^(\p{Lu}[\p{L}'’-]*)(?: (\p{Lu}[\p{L}'’-]*))?/u;

/** A blank and a word in lower case: the verb after a subject. */
const PERSON_THEN_VERB = /^ \p{Ll}/u;

/** A text without the proposal label it starts with (`Att: ...`, `Ehdotus: ...`). */
export function stripProposal(text: string, vocabs: readonly Vocabulary[]): string {
  return markerRest(text, proposalLabels(vocabs)) ?? text;
}

/** The proposal labels of the vocabularies, folded as `leadingMarker` compares them (`Förslag:`), gathered once per list of vocabularies. */
export const proposalLabels = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.labels.proposal ?? []).map(fold));

