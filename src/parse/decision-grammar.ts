import { fold } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import { gather, hasWord, wordsOf } from './cues.js';
import { resolvePerson } from './resolve-people.js';

/**
 * The body and its decision verb when a sentence has the deciding body as subject ("the board
 * approved", "Hallitus päätti", "Styrelsen beslutade", "Der Vorstand beschließt"): the verb within
 * two words after the body's word, or right before it when the verb comes second in an inverted
 * clause ("Daraufhin beschließt der Vorstand", "Efter diskussion beslutade mötet"). Null when the
 * sentence holds none.
 */
export function bodyDecides(words: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  const bodies = gather(vocabs, 'bodies');
  const verbs = gather(vocabs, 'bodyVerbs');
  for (let i = 0; i < words.length; i++) {
    if (!hasWord([words[i] as string], bodies)) continue;
    for (let k = i + 1; k <= i + 2 && k < words.length; k++) {
      if (hasWord([words[k] as string], verbs)) return `${words[i]} ${words[k]}`;
    }
    for (let k = i - 1; k >= i - 2 && k > 0; k--) {
      if (hasWord([words[k] as string], verbs)) return `${words[k]} ${words[i]}`;
    }
  }
  return null;
}

/** A capitalised word right before a position, and the blanks or comma between. */
const NAME_BEFORE = /(\p{Lu}[\p{L}\p{M}'’-]*)[\s,]*$/u;

/**
 * Whether a person of the meeting is the subject of the decision verb that made a sentence a
 * decision ("Michael agreed to check the alias"): a person's promise or view, not the body's
 * decision. Only active verbs of deciding count (`bodyVerbs`); a passive (`valittiin`) names its
 * object after it, and a body (`the board agreed`) is no person.
 */
export function personDecides(text: string, cueWords: string, vocabs: readonly Vocabulary[], participants: readonly Participant[]): boolean {
  const verb = wordsOf(cueWords).find((w) => hasWord([w], gather(vocabs, 'bodyVerbs')));
  if (verb === undefined) return false;
  const at = text.toLowerCase().indexOf(verb);
  if (at <= 0) return false;
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  return name !== undefined && resolvePerson(name, participants) !== null;
}

/** A speaker's prefix in chat-style or scribed minutes (`EA: ...`, `Matt Garrish: ...`, `mk: ...`) and the words after it. */
const SPEAKER = /^(\p{L}[\p{L}\d_.'’ -]{0,30}):\s+(\S.*)$/u;

/**
 * What a speaker said, when the sentence is a speaker's line: the prefix names a participant, is
 * initials in capitals (`AWB`) or a lower-case handle (`mk`). Null for any other sentence, also for
 * labels such as `Decision:`, which `markers` lists.
 */
export function spoken(text: string, markers: readonly string[], participants: readonly Participant[]): string | null {
  if (!text.includes(':')) return null;
  const match = SPEAKER.exec(text);
  if (!match) return null;
  const who = (match[1] ?? '').trim();
  if (markers.includes(fold(who))) return null;
  const speaker = /^\p{Lu}{2,4}$/u.test(who) || /^[a-z][a-z\d_]{1,15}$/.test(who) || resolvePerson(who, participants) !== null;
  return speaker ? (match[2] ?? '') : null;
}

/**
 * Whether a sentence opens a proposal not yet decided (`Proposed: ...`, `Ehdotus: ...`,
 * `Förslag att ...`): its first word is a proposal word and no outcome (`hyväksyttiin`, `bifölls`)
 * follows in it.
 */
export function isProposed(words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const first = words[0];
  if (first === undefined || !hasWord([first], gather(vocabs, 'proposalCues'))) return false;
  return !hasWord(words.slice(1), gather(vocabs, 'carried'));
}
