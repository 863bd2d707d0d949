import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { includesAny } from './cues.js';
import { isName } from './read-people.js';
import type { RoleClaim } from './read-roles.js';
import type { Line } from './types.js';

/** How many lines at the end of the minutes a signature block is looked for in. */
const TAIL = 8;

/**
 * The roles of the people who sign the minutes at their end, as association and board minutes
 * close: the chair and the secretary put their names over their roles (`Karla Menge` /
 * `Vorsitzende`), or name and role on one line, the two signatures side by side (`Karla Menge,
 * Vorsitzende      Jonas Weber, Schriftführer`). A signature is the person's word that they held
 * the role, so it claims it as a label does, below an explicit label.
 */
export function signatureRoles(lines: readonly Line[], claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  const roles = roleWords(vocabs);
  const tail = lines.slice(-TAIL).filter((l) => l.kind === 'paragraph' && l.quoteDepth === 0);
  tail.forEach((line, k) => {
    // `Karla Menge, Vorsitzende      Jonas Weber, Schriftführer`: each column a name and its role.
    for (const column of line.text.split(/\s{3,}|\t+/u)) {
      const comma = column.lastIndexOf(',');
      if (comma < 0) continue;
      claim(column.slice(0, comma).trim(), roles.get(column.slice(comma + 1).trim().toLowerCase()), claims);
    }
    // `Bernadette Fritzsch` / `Schriftführerin`: a name, and its role alone on the next line.
    const next = tail[k + 1];
    if (next !== undefined) claim(line.text.trim(), roles.get(next.text.trim().toLowerCase()), claims);
  });
  for (const line of lines) if (line.kind === 'paragraph' && line.quoteDepth === 0 && line.text.length >= RUN_ON_LINE) runOnSignatures(line.text, roles, claims, vocabs);
}

/** A line this long may be a page flattened from a PDF, its signatures run on inside it; a shorter one is a line a writer typed. */
const RUN_ON_LINE = 200;

/** How many words after the caption the signatures of a flattened page are read in. */
const SIGNATURE_WORDS = 12;

/**
 * The signatures of a page flattened from a PDF, run on after their caption inside a line
 * (`Allekirjoitukset Puheenjohtaja Aino Lehto Pöytäkirjanpitäjä Ville Virta`, or with each name
 * before its role: `Allekirjoitukset Aino Lehto Puheenjohtaja Ville Virta Pöytäkirjanpitäjä`). The
 * page's columns put every signature alike, so the first one tells the order: a role right after
 * the caption puts each role before its name, a name of two words and then a role puts each name
 * before. Two roles or more in a row are the captions of the columns, the names in a row under
 * them, one each in order. A name is two capitalised words; anything else after the caption reads no signature.
 */
function runOnSignatures(text: string, roles: ReadonlyMap<string, string>, claims: RoleClaim[], vocabs: readonly Vocabulary[]): void {
  const captions = captionWords(vocabs);
  // Most long lines hold no caption at all: one pass over the line says so before it is read word by word.
  if (!includesAny(text.toLowerCase(), captionList(vocabs))) return;
  let from = -1;
  for (const word of text.matchAll(/\S+/gu)) {
    if (captions.has(word[0].toLowerCase())) {
      from = word.index + word[0].length;
      break;
    }
  }
  if (from < 0) return;
  const after = text.slice(from, from + 400);
  const words = (after.match(/\S+/gu) ?? []).slice(0, SIGNATURE_WORDS).map((w) => w.replace(/[,:;]$/u, ''));
  const role = (k: number): string | undefined => roles.get((words[k] ?? '').toLowerCase());
  const name = (k: number): string | null => {
    const parts = words.slice(k, k + 2);
    return parts.length === 2 && parts.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && roles.get(w.toLowerCase()) === undefined) ? parts.join(' ') : null;
  };
  const roleFirst = role(0) !== undefined;
  // The captions of the columns in a row of their own, the names in a row under them (`Allekirjoitus
  // Puheenjohtaja Sihteeri Aino Lehto Ville Virta`): each name goes with the caption in its place.
  let heads = 0;
  while (role(heads) !== undefined) heads++;
  if (heads >= 2) {
    const names = Array.from({ length: heads }, (_, k) => name(heads + 2 * k));
    // Only a full row of names is read: one missing, the row may be laid out otherwise.
    if (names.every((who) => who !== null)) names.forEach((who, k) => claim(who as string, role(k), claims));
    return;
  }
  if (!roleFirst && (name(0) === null || role(2) === undefined)) return;
  for (let k = 0; k < words.length; k++) {
    const held = role(k);
    if (held === undefined) continue;
    const who = roleFirst ? name(k + 1) : k >= 2 ? name(k - 2) : null;
    if (who !== null) claim(who, held, claims);
  }
}

/** The signature captions of the vocabularies, in lower case, made once. */
const captionWords = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(captionList(vocabs)));

/** `captionWords` as a list, for `includesAny`. */
const captionList = oncePer((vocabs: readonly Vocabulary[]): readonly string[] => vocabs.flatMap((v) => v.signatureCaptions ?? []).map((w) => w.toLowerCase()));

/** Claim a role for a full name (two words or more: a signature is written out), at most one per role. */
function claim(name: string, role: string | undefined, claims: RoleClaim[]): void {
  if (role === undefined || name.split(' ').length < 2 || !isName(name) || claims.some((c) => c.role === role && c.strength >= 1)) return;
  claims.push({ role, names: [name], strength: 1 });
}

/** The chair and secretary words of the vocabularies (`vorsitzende`, `schriftführerin`), each with its role. */
function roleWords(vocabs: readonly Vocabulary[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const vocab of vocabs) {
    for (const role of ['chair', 'secretary'] as const) for (const word of vocab.roles[role] ?? []) if (word.length > 3 && !out.has(word)) out.set(word, role);
  }
  return out;
}
