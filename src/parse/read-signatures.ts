import type { Vocabulary } from '../lang/types.js';
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
}

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
