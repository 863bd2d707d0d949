import { fold } from '../lang/match.js';
import type { Vocabulary } from '../lang/types.js';
import { wordSet } from './cues.js';
import { ownerKind } from './owner-kinds.js';
import { splitNames } from './read-owners.js';
import { trimEndWhere } from './trim.js';

/** Marks that may close a name and the clause after it. */
const CLAUSE_MARKS = '.,;:!?)';

/** The most characters after the preposition that the doers' names may take. */
const LONGEST_AGENT = 60;

/**
 * The doers a task written in the passive names after a preposition of the agent (`Fika ska
 * inhandlas av Sanna och Henrik`, `The hall is to be booked by Ann Lee`, `wordt geregeld door
 * Bram`): the names right after the last such preposition, every one of them a participant, up to
 * the first word in lower case that joins no names or a mark that ends the clause. Empty when no
 * preposition is followed by participants alone. A participant's name in the genitive (`genom Olle
 * Bergs försorg`) names that participant, and a role after the preposition (`genom ordföranden`)
 * is given as its word, for its holder.
 */
export function passiveAgents(text: string, vocabs: readonly Vocabulary[], known: (name: string) => boolean): string[] {
  const words = wordSet(vocabs, 'passiveAgents');
  if (words.size === 0) return [];
  const folded = fold(text);
  for (const found of [...folded.matchAll(/\p{L}+/gu)].reverse()) {
    if (!words.has(found[0])) continue;
    const after = text.slice(found.index + found[0].length, found.index + found[0].length + LONGEST_AGENT);
    const ahead = namesAhead(after, vocabs);
    const names = splitNames(ahead, vocabs, known);
    if (names !== null && names.every(known)) return names;
    // A name in the genitive before a noun of care (`genom Olle Bergs försorg`): the name without its `s`.
    const genitive = /^(.+\p{L})s$/u.exec(ahead)?.[1];
    if (genitive !== undefined && known(genitive)) return [genitive];
    // A role after the preposition (`genom ordföranden`, `door de secretaris`), as the role's word for its holder.
    const role = /^\s*(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(after);
    if (role?.[1] !== undefined && ownerKind(role[1], vocabs)?.kind === 'role') return [role[1]];
    if (role?.[2] !== undefined && wordSet(vocabs, 'articles').has(role[1] ?? '') && ownerKind(role[2], vocabs)?.kind === 'role') return [role[2]];
  }
  return [];
}

/**
 * The words at the start of a text that may be names: capitalised words and the words that join
 * names (`och`, `and`), up to the first other word or a mark that ends a clause.
 */
function namesAhead(text: string, vocabs: readonly Vocabulary[]): string {
  const joins = wordSet(vocabs, 'and');
  const taken: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const bare = trimEndWhere(word, (code) => CLAUSE_MARKS.includes(String.fromCharCode(code)));
    if (!/^\p{Lu}/u.test(bare) && !joins.has(bare)) break;
    taken.push(bare);
    if (bare !== word) break;
  }
  return taken.join(' ');
}
