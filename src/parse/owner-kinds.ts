import { matchesAny } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import { trimEndWhere } from './trim.js';

/** What a written owner stands for when it is no person's name: a group, or a role that a participant may hold. */
export type OwnerKind = { kind: 'group' } | { kind: 'role'; role: string } | null;

/**
 * Whether a written owner names a group (`the working group`, `hallitus`, `Styrelsen`, `der Vorstand`:
 * nobody in particular) or a role (`the chair`, `sihteeri`, `Kassören`, `die Vorsitzende`), or
 * neither (null). An article before the word (`the`, `der`, `het`) is allowed; inflected forms match
 * the stems of the vocabulary.
 */
export function ownerKind(written: string, vocabs: readonly Vocabulary[]): OwnerKind {
  const known = kindCache(vocabs);
  let kind = known.get(written);
  if (kind === undefined) {
    if (known.size >= 4096) known.clear();
    known.set(written, (kind = readKind(written, vocabs)));
  }
  return kind;
}

/** Recent answers of `ownerKind`, per list of vocabularies: the same names come back sentence after sentence. */
const kindCache = oncePer((_vocabs: readonly Vocabulary[]) => new Map<string, OwnerKind>());

function readKind(written: string, vocabs: readonly Vocabulary[]): OwnerKind {
  const words = trimEndWhere(written.trim().toLowerCase(), (code) => code === 0x2e || code === 0x3a).split(/\s+/);
  if (words.length > 1 && articleSet(vocabs).has(words[0] ?? '')) words.shift();
  if (words.length === 0 || words.length > 3) return null;
  const phrase = words.join(' ');
  const fits = (entries: readonly string[]): boolean => matchesAny(phrase, sameLength(entries, words.length));
  for (const vocab of vocabs) {
    for (const [role, stems] of Object.entries(vocab.ownerRoles)) if (fits(stems)) return { kind: 'role', role };
  }
  return vocabs.some((v) => fits(v.groups) || fits(v.everyone)) ? { kind: 'group' } : null;
}

/** The entries of a list that are `count` words long (so a stem of one word never matches a phrase of two). */
function sameLength(entries: readonly string[], count: number): readonly string[] {
  const byLength = lengthIndex(entries);
  return byLength.get(count) ?? NONE;
}

const NONE: readonly string[] = [];

/** The entries of a list by their number of words, made once per list. */
const lengthIndex = oncePer((entries: readonly string[]): Map<number, string[]> => {
  const out = new Map<number, string[]>();
  for (const entry of entries) {
    const count = entry.split(' ').length;
    out.set(count, [...(out.get(count) ?? []), entry]);
  }
  return out;
});

/** The articles of the vocabularies, as a set. */
const articleSet = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.articles)));

/** The one participant who holds a role in this meeting (`chair` gives the chair's name), or null when nobody or several do. */
export function holderOf(role: string, participants: readonly Pick<Participant, 'name' | 'roles'>[]): string | null {
  const holders = participants.filter((p) => p.roles.includes(role));
  return holders.length === 1 ? (holders[0] as Pick<Participant, 'name'>).name : null;
}
