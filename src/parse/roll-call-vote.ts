import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { gather } from './cues.js';

/** A name of one to three capitalised words and the vote after it, at the start of a clause (`Smith aye`, `Ann Lee - yes`). */
const NAMED_VOTE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})(?:\s*[-–:]\s*|\s+)(\p{L}+)/u;

/**
 * A roll-call vote written name by name (`Smith aye, Lee aye, Chen nay`, `vote Ann yes, Bo yes`),
 * as small boards record each member's vote: the first named vote as written when two members or
 * more voted and the ayes outnumber the nays (the motion carried), else null. A clause may open
 * with a word of voting (`vote Smith aye`).
 */
export function rollCallVote(text: string, vocabs: readonly Vocabulary[]): string | null {
  const { yes, no } = votesOf(vocabs);
  if (yes.length === 0 || text.length > 2000) return null;
  // Most sentences hold no word of a vote for: they are passed over without being cut into clauses.
  const lower = text.toLowerCase();
  if (!yes.some((word) => lower.includes(word))) return null;
  const voteWords = gather(vocabs, 'voteWords');
  let ayes = 0;
  let nays = 0;
  let first: string | null = null;
  for (const raw of text.split(/[,;.]/)) {
    let clause = raw.trim();
    const lead = clause.split(/\s/, 1)[0] as string;
    if (voteWords.includes(lead.toLowerCase())) clause = clause.slice(lead.length).trimStart();
    const named = NAMED_VOTE.exec(clause);
    const vote = named?.[2]?.toLowerCase();
    if (vote === undefined) continue;
    if (yes.includes(vote)) ayes++;
    else if (no.includes(vote)) nays++;
    else continue;
    first ??= named?.[0] ?? null;
  }
  return ayes + nays >= 2 && ayes > nays ? first : null;
}

/** The words of a vote for and against of the vocabularies, once per list of vocabularies. */
const votesOf = oncePer((vocabs: readonly Vocabulary[]): { yes: string[]; no: string[] } => ({
  yes: vocabs.flatMap((v) => v.rollCallVotes.yes),
  no: vocabs.flatMap((v) => v.rollCallVotes.no),
}));
