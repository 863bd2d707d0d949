import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { splitNames } from './read-owners.js';
import { isBlank, trimEndWhere } from './trim.js';

/**
 * Whether a sentence only hands a matter to people, with no object of its own (`JC to arrange.`,
 * `JC & CG to arrange`, `Clerk to action`, `MB to source`): its owners, `to`, and one verb, or a
 * verb of taking a matter in hand that the vocabularies write without an object (`follow up`, `take
 * forward`). Such a sentence closes a minute whose earlier sentence states the matter (`PAT testing
 * needs to be done. JC to arrange.`).
 */
export function delegationOnly(text: string, owners: readonly string[], vocabs: readonly Vocabulary[], known: (name: string) => boolean): boolean {
  if (owners.length === 0) return false;
  // The blanks, stops and marks that may close it (`JC to arrange.`, `Clerk to action!`), cut in one scan from the end.
  const body = trimEndWhere(text, (code) => isBlank(code) || code === 0x2e || code === 0x21 || code === 0x3b || code === 0x2a || code === 0x5f);
  const link = lastLink(body, vocabs);
  if (link === null) return false;
  const { at, end } = link;
  // A verb the language writes with no object (`arrange`, `follow up`), or any one verb whose object is left out (`MB to source`).
  const verb = fold(body.slice(end)).trim();
  if (!objectless(vocabs).has(verb) && !/^\p{Ll}[\p{Ll}-]*$/u.test(verb)) return false;
  // The names before `to` are all the sentence says besides (`JC & CG`, `Clerk`, `The secretary`).
  const part = body.slice(0, at).trim();
  if (owners.length === 1 && known(part)) return true;
  const names = splitNames(part, vocabs, known);
  return names !== null && names.length === owners.length;
}

/** Where the last infinitive mark of the vocabularies (` to `) stands in a text, and where it ends; null when there is none. */
function lastLink(body: string, vocabs: readonly Vocabulary[]): { at: number; end: number } | null {
  let best: { at: number; end: number } | null = null;
  for (const v of vocabs) {
    for (const mark of v.infinitiveMarks ?? []) {
      const at = body.lastIndexOf(` ${mark} `);
      if (at > 0 && (best === null || at > best.at)) best = { at, end: at + mark.length + 2 };
    }
  }
  return best;
}

/** The folded verbs of `objectlessTasks`, gathered once per list of vocabularies. */
const objectless = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.objectlessTasks ?? []).map((v) => fold(v))));
