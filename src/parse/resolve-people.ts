import { fold } from '../lang/match.js';
import type { Participant } from '../model/participant.js';

/**
 * The full participant name that a written name refers to: the full name, a first name, a surname
 * or a Finnish or Swedish inflected form of one (`Minnalle`, `Isan`, `Männikön`), case- and
 * diacritic-insensitively. Null when no participant, or more than one, fits.
 */
export function resolvePerson(written: string, participants: readonly (Pick<Participant, 'name'> & { handle?: string | null | undefined })[]): string | null {
  if (written.startsWith('@')) {
    const byHandle = participants.filter((p) => p.handle !== undefined && p.handle !== null && fold(p.handle) === fold(written));
    return byHandle.length === 1 ? (byHandle[0] as Pick<Participant, 'name'>).name : participants.some((p) => p.name === written) ? written : null;
  }
  const target = fold(written).trim();
  if (target === '') return null;
  const exact = participants.filter((p) => fold(p.name) === target);
  if (exact.length === 1) return (exact[0] as Pick<Participant, 'name'>).name;
  const words = target.split(/\s+/);
  const candidates = participants.filter((p) => words.every((w) => nameParts(p.name).some((part) => part === w)));
  if (candidates.length === 1) return (candidates[0] as Pick<Participant, 'name'>).name;
  if (candidates.length > 1) return null;
  if (words.length !== 1) return null;
  const word = words[0] as string;
  const inflected = participants.filter((p) => nameParts(p.name).some((part) => isInflection(word, part)));
  if (inflected.length === 1) return (inflected[0] as Pick<Participant, 'name'>).name;
  if (!/^\p{L}{2,3}$/u.test(word)) return null;
  const initials = participants.filter((p) => fold(p.name).split(/[\s_-]+/).map((w) => w.charAt(0)).join('') === word);
  return initials.length === 1 ? (initials[0] as Pick<Participant, 'name'>).name : null;
}

/** The folded parts of a name: words, and the halves of hyphenated words ("phoebe-jean" gives "phoebe" too). */
export function nameParts(name: string): string[] {
  const words = fold(name).replace(/[_()]/g, ' ').split(/\s+/).filter(Boolean);
  return [...words, ...words.flatMap((w) => (w.includes('-') ? w.split('-') : []))];
}

/** Whether `word` is `name` with a case ending, allowing consonant gradation (`männikön` of `männikkö`). */
export function isInflection(word: string, name: string): boolean {
  if (name.length < 3 || word.length <= name.length - 1) return false;
  for (const stem of stems(name)) {
    if (!word.startsWith(stem)) continue;
    const ending = word.slice(stem.length).replace(/^[:']/, '');
    if (ENDINGS.has(ending)) return true;
  }
  return false;
}

/** A name and its weak-grade stems: `männikkö` gives `männikö` (as in `Männikön`), `tuomimäki` gives `tuomimäe`. */
function stems(name: string): string[] {
  const out = [name];
  const doubled = /([kpt])\1([aeiouyäö])$/u.exec(name);
  if (doubled) out.push(name.slice(0, doubled.index) + (doubled[1] ?? '') + (doubled[2] ?? ''));
  if (/ki$/.test(name)) out.push(`${name.slice(0, -2)}e`);
  if (/nen$/.test(name)) out.push(`${name.slice(0, -3)}se`);
  if (/[aeiouyäö]$/.test(name)) out.push(name.slice(0, -1));
  return out;
}

/** Case endings of Finnish and Swedish names (after the stem), and the possessive `s` of English. */
const ENDINGS = new Set(
  ('n a ä ta tä lla llä lta ltä lle ssa ssä sta stä an än en in on un yn hin han hen ksi na nä kin nkin lle:kin lta:kin ' +
    's ’s ns lle n:kin a:n n:lle n:ltä n:lta jen iden itten ille illa ilta e en:').split(' '),
);
