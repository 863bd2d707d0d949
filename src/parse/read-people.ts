import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';

/** A person as written in a participant list. */
export interface PersonEntry {
  name: string;
  organization: string | null;
  roles: string[];
  handle: string | null;
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'af', 'la', 'le', 'bin', 'al', 'da', 'di', 'du', 'del', 'ten', 'ter', 'zu', 'y']);

/**
 * The people in a participant list's text. `oneEach` says the text is one list item, so commas
 * separate the name from its organisation and role (`Marcus Palenius, puheenjohtaja`); otherwise
 * commas separate people (`Läsnä: A, B, C`). Organisation and role may also stand in parentheses
 * or after a dash. Words that are no name (`kaikki`, a sentence) give nobody.
 */
export function readPeople(text: string, oneEach: boolean, vocabs: readonly Vocabulary[]): PersonEntry[] {
  const clean = text.replace(/^\s*\[[ xX]\]\s*/, '').replace(/[.;]\s*$/, '').trim();
  if (clean === '' || clean === '-' || clean.length > 400) return [];
  const parts = splitTopLevel(clean, oneEach ? /[;]/ : /[,;]|\s(?:and|ja|och|und|en|sekä)\s/);
  const people: PersonEntry[] = [];
  for (const part of parts) {
    const segments = oneEach ? splitTopLevel(part, /,/) : [part];
    const [head = '', ...rest] = segments;
    const role = roleOf(head, vocabs);
    const previous = people[people.length - 1];
    if (role !== null && previous && rest.length === 0) {
      previous.roles.push(role);
      continue;
    }
    const leadingRole = role === null ? splitLeadingRole(head, vocabs) : null;
    if (leadingRole && previous) previous.roles.push(leadingRole.role);
    const person = readPerson(leadingRole ? leadingRole.rest : head, vocabs);
    for (const person_ of person) {
      for (const extra of rest) addDetail(person_, extra, vocabs);
      people.push(person_);
    }
  }
  return people;
}

function readPerson(raw: string, vocabs: readonly Vocabulary[]): PersonEntry[] {
  let text = raw.trim();
  const entry: PersonEntry = { name: '', organization: null, roles: [], handle: null };
  const paren = /\(([^()]*)\)\s*$/.exec(text);
  if (paren) {
    text = text.slice(0, paren.index).trim();
    for (const detail of (paren[1] ?? '').split(',')) addDetail(entry, detail, vocabs);
  }
  const dash = /\s[-–—]\s/.exec(text);
  const detail = dash ? text.slice(dash.index + 3) : '';
  if (dash && detail !== '' && !/[\n\r\u2028\u2029]/.test(detail)) {
    text = text.slice(0, dash.index).trim();
    addDetail(entry, detail, vocabs);
  }
  const handle = /(^|\s)(@[\w.-]+(?:\/[\w.-]+)?)\s*$/.exec(text);
  if (handle) {
    entry.handle = handle[2] ?? null;
    text = text.slice(0, handle.index).trim();
  }
  text = text.replace(/\p{Cf}/gu, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  if (text === '' && entry.handle) return [{ ...entry, name: entry.handle }];
  if (!isName(text)) return [];
  const words = text.split(' ');
  if (words.length >= 4 && words.length % 2 === 0 && words.every((w) => /^\p{Lu}/u.test(w))) {
    const pairs: PersonEntry[] = [];
    for (let i = 0; i < words.length; i += 2) pairs.push({ name: `${words[i]} ${words[i + 1]}`, organization: null, roles: [], handle: null });
    Object.assign(pairs[0] as PersonEntry, { organization: entry.organization, roles: entry.roles });
    return pairs;
  }
  return [{ ...entry, name: text }];
}

/** Whether a string reads as a person's name: one to five capitalised words (particles allowed). */
export function isName(text: string): boolean {
  if (text.length < 2 || text.length > 60 || /[/:|=<>\d!?]/.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 6) return false;
  return words.every((w) => /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u.test(w) || PARTICLES.has(w)) && /^[\p{Lu}\p{Lo}]/u.test(text);
}

function addDetail(entry: PersonEntry, raw: string, vocabs: readonly Vocabulary[]): void {
  const detail = raw.trim();
  if (detail === '') return;
  const role = roleOf(detail, vocabs);
  if (role !== null) entry.roles.push(role);
  else if (!/^(saapui|poistui|arrived|left|proxy)/i.test(detail)) entry.organization = entry.organization === null ? detail : `${entry.organization}, ${detail}`;
}

/** The role a word or abbreviation names (`pj.` gives "chair"), or null. */
export function roleOf(text: string, vocabs: readonly Vocabulary[]): string | null {
  const word = text.trim().toLowerCase();
  const bare = word.replace(/\.$/, '');
  const index = roleIndex(vocabs);
  const exact = index.get(word);
  const stripped = index.get(bare);
  const first = exact && stripped ? (exact.rank <= stripped.rank ? exact : stripped) : (exact ?? stripped);
  return first?.role ?? null;
}

interface RoleEntry {
  role: string;
  /** The place of the role's word list among all the lists, vocabulary by vocabulary: the first list wins. */
  rank: number;
}

/** Every role word of the vocabularies with the first role list that holds it, made once per list of vocabularies. */
const roleIndex = oncePer((vocabs: readonly Vocabulary[]): Map<string, RoleEntry> => {
  const index = new Map<string, RoleEntry>();
  let rank = 0;
  for (const vocab of vocabs) {
    for (const [role, words] of Object.entries(vocab.roles)) {
      for (const word of words) if (!index.has(word)) index.set(word, { role, rank });
      rank++;
    }
  }
  return index;
});

function splitLeadingRole(text: string, vocabs: readonly Vocabulary[]): { role: string; rest: string } | null {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const role = roleOf(words.slice(0, n).join(' '), vocabs);
    if (role) return { role, rest: words.slice(n).join(' ') };
  }
  return null;
}

const globals = new Map<string, RegExp>();

/** The global version of a separator, made once. */
function globalOf(separator: RegExp): RegExp {
  const key = `${separator.source}/${separator.flags}`;
  let global = globals.get(key);
  if (!global) {
    global = new RegExp(separator.source, separator.flags.includes('g') ? separator.flags : `${separator.flags}g`);
    globals.set(key, global);
  }
  return global;
}

/** Split at a separator that stands outside parentheses. */
export function splitTopLevel(text: string, separator: RegExp): string[] {
  // Most texts (a single name) hold no separator at all: one part, found without splitting.
  if (text.search(separator) < 0) {
    const part = text.trim();
    return part === '' ? [] : [part];
  }
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  const global = globalOf(separator);
  if (!/[([]/.test(text)) return text.split(global).map((s) => s.trim()).filter(Boolean);
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    opens.push(depth);
  }
  for (const match of text.matchAll(global)) {
    if ((opens[match.index] ?? 0) > 0) continue;
    out.push(text.slice(start, match.index));
    start = match.index + match[0].length;
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}
