import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { withoutPresenceMark } from './presence-marks.js';
import { withoutHonorifics } from './resolve-people.js';
import { withoutTrailingParen } from './trim.js';
import { byFirstWord, gather, wordSet } from './cues.js';

/** A person as written in a participant list. */
export interface PersonEntry {
  name: string;
  organization: string | null;
  roles: string[];
  handle: string | null;
  /** Initials, a call sign, a user id or a nickname written beside the name, or null. */
  alias?: string | null;
  /** Marked absent beside the name (`Bo Chan – excused`, `Eva Lind (frånvarande)`). */
  absent?: boolean;
}

/** How to read a participant list's text. */
export interface PeopleOptions {
  /** The text is one list item: commas separate the name from its organisation and role. */
  oneEach: boolean;
  /** A lone user id or nickname (`xy352`, `tsw`) counts as a person, as it does in a list of people. */
  nicks?: boolean;
  /**
   * Text laid out in columns and run together (a list exported from PDF): a part that is no name
   * gives the full name at its end (`poistui 17:41 Susanna Halla-aho` gives Susanna Halla-aho).
   */
  loose?: boolean;
}

const PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'af', 'la', 'le', 'bin', 'al', 'da', 'di', 'du', 'del', 'ten', 'ter', 'zu', 'y', 'el', 'ibn', 'dos', 'das', 'des', "'t"]);

/**
 * The people in a participant list's text. `oneEach` says the text is one list item, so commas
 * separate the name from its organisation and role (`Marcus Palenius, puheenjohtaja`); otherwise
 * commas separate people (`Läsnä: A, B, C`). Organisation and role may also stand in parentheses,
 * brackets or after a dash; initials before a colon (`AB: Alice Brown`) or in parentheses, and a
 * nickname after a slash, are kept as the alias. Words that are no name (`kaikki`, a sentence, a
 * group such as `Client`) give nobody.
 */
export function readPeople(text: string, oneEach: boolean | PeopleOptions, vocabs: readonly Vocabulary[]): PersonEntry[] {
  const options: PeopleOptions = typeof oneEach === 'boolean' ? { oneEach } : oneEach;
  // A dash may open the list after its label as a bullet would (`Present: - Ann Lee, Bo Chan`), or set right before the first name (`Present: –Cllr. Ann Lee; ...`).
  const clean = withoutLinks(text).replace(/^\s*\[[ xX]\]\s*/, '').replace(/^\s*[-–—•](?:\s+|(?=\p{Lu}))/u, '').replace(/[.;]\s*$/, '').trim();
  // A long text is prose, not people, unless commas come as often as names do (a paragraph of fifty names).
  if (clean === '' || clean === '-' || (clean.length > 400 && clean.split(',').length < clean.length / 60)) return [];
  const grouped = officeGroups(clean, options, vocabs);
  if (grouped !== null) return grouped;
  const joinedOffice = officeOfTwo(clean, vocabs);
  if (joinedOffice !== null) return [joinedOffice];
  // Semicolons between people leave the commas to the details of each (`Ann Lee, Chair; Bo Chan, Acme`).
  const each = options.oneEach || detailsBetweenSemicolons(clean, vocabs);
  const listed = (mentions(clean) ?? slashed(clean, vocabs) ?? splitTopLevel(clean, each ? /[;]/ : PEOPLE_SEPARATORS)).flatMap((part) => byAddress(part, vocabs));
  const parts = surnamesFirst(each ? listed : listed.flatMap(afterParens).map(withoutHeadCount), each && !options.oneEach).map((part) => withoutPresenceMark(withoutGroupLabel(withoutOrdinal(part), vocabs), vocabs));
  const people: PersonEntry[] = [];
  // A list that gives a person's office after their name and a colon (`Ann Lee: voorzitter`, `Bo Chan: Treasurer`) gives each part so.
  const officesAfterNames = parts.some((part) => holdsOffice(nameThenDetail(part, vocabs)?.detail ?? '', vocabs));
  let rolesLead: boolean | null = null;
  // An office between commas before its holder (`..., and, in the Chair, Mr Cole`) is the next person's.
  let held: { role: string; at: number } | null = null;
  for (const part of parts) {
    if (held !== null && people.length > held.at) {
      (people[held.at] as PersonEntry).roles.push(held.role);
      held = null;
    }
    const inOffice = officeHeld(part, vocabs);
    if (inOffice !== null) {
      held = { role: inOffice, at: people.length };
      continue;
    }
    const segments = each ? splitTopLevel(part, /,/) : [part];
    const [head = '', ...rest] = segments;
    const labelled = rest.length === 0 ? roleLabelled(head, vocabs) : null;
    if (labelled !== null) {
      people.push(labelled);
      continue;
    }
    const named = officesAfterNames && rest.length === 0 ? nameThenDetail(head, vocabs) : null;
    const namedPerson = named === null ? [] : readPerson(named.name, vocabs, false);
    if (named !== null && namedPerson.length === 1) {
      addDetail(namedPerson[0] as PersonEntry, named.detail, vocabs, named.name);
      people.push(...namedPerson);
      continue;
    }
    const glued = rest.length === 0 ? gluedRole(head, vocabs) : null;
    const gluedPerson = glued === null ? [] : readPerson(glued.text, vocabs, options.nicks ?? false);
    if (glued !== null && gluedPerson.length === 1) {
      (gluedPerson[0] as PersonEntry).roles.push(glued.role);
      people.push(...gluedPerson);
      continue;
    }
    const role = roleOf(head, vocabs);
    // An office after its article (`Der Tagungsleiter, Paul Kern, eröffnet ...`, `The chair`) names the office, no person.
    if (officeWithArticle(head, vocabs)) continue;
    const previous = people[people.length - 1];
    if (role !== null && previous && rest.length === 0) {
      previous.roles.push(role);
      continue;
    }
    // An organisation after a person in a list of names (`Vic Rowan, Parks Department`) is theirs, and no one;
    // a name before a dash (`Ann Lee - Acme Inc`) makes the part a person with their organisation.
    // Only the first of fields parted by slashes or bars is the name (`Jane Doe | Acme Corp`).
    if (isOrganisation(fieldsOf(head)?.[0] ?? head, vocabs) && !/\s[-–—]\s/.test(head)) {
      if (previous && !each && rest.length === 0) previous.organization ??= head;
      continue;
    }
    // A name with its role after it in lower case (`Aho Ossi puheenjohtaja`) is that person, whatever else the role word ends.
    const roled = rest.length === 0 && role === null ? withTrailingRole(head, vocabs, options.nicks ?? false) : [];
    if (roled.length > 0) {
      people.push(...roled);
      continue;
    }
    // So is an office (`Eve Ng, Executive Director`, `Anna Aho, toiminnanjohtaja`): the person's detail.
    if (previous && rest.length === 0 && (isJobTitle(head, vocabs) || isCompoundTitle(head, vocabs))) {
      addDetail(previous, head, vocabs);
      continue;
    }
    const office = role === null && rest.length === 0 ? leadingOffice(head, vocabs) : null;
    const officer = office === null ? [] : readPerson(office.rest, vocabs, false);
    if (office !== null && officer.length === 1) {
      (officer[0] as PersonEntry).roles.push(office.role);
      people.push(...officer);
      continue;
    }
    // A role before a name belongs to the name before it in a list run together from columns (`Aino
    // Aalto, puheenjohtaja Eero Ek`), unless the list opens with one: then roles lead their names
    // (`Director Dan Evans, Recording Secretary Eve Fox`).
    const leadingRole = role === null ? splitLeadingRole(head, vocabs) : null;
    rolesLead ??= leadingRole !== null && people.length === 0;
    // English writes an office before a name as its title, with a capital: after `and` it leads that name (`Ann Lee and Clerk
    // Liz Atkinson`); after a comma it may end the name before, a line run on into the next (`Ann Lee, Chair` / `Bo Chan`).
    const leads = rolesLead || (leadingRole !== null && /^\p{Lu}/u.test(head) && titlesLeadNames(vocabs) && afterAnd(clean, head, vocabs));
    if (leadingRole && previous && !leads) previous.roles.push(leadingRole.role);
    // Lower-case words after the role say whose office it is (`Daan Vos, voorzitter gemeenteraad`): no one's name.
    if (leadingRole && previous && !leads && /^\p{Ll}/u.test(leadingRole.rest)) continue;
    let person = readPerson(withoutLead(leadingRole ? leadingRole.rest : head, vocabs), vocabs, options.nicks ?? false);
    // Words in lower case before a full name lead to it (`hallituksen jäsenet Aino Lehto`, `lisäksi cives Eero Aho`): a group, a status, "also".
    if (person.length === 0 && (options.loose || /^\p{Ll}/u.test(head))) person = trailingName(head, vocabs);
    if (leadingRole && leads && person.length === 1) (person[0] as PersonEntry).roles.push(leadingRole.role);
    for (const person_ of person) {
      for (const extra of rest) addDetail(person_, extra, vocabs);
      people.push(person_);
    }
  }
  if (held !== null && people.length > held.at) (people[held.at] as PersonEntry).roles.push(held.role);
  return people;
}

/**
 * Whether the minutes' language sets an office before a name as a title, capitalised (`Clerk Liz Atkinson`,
 * `Treasurer Bo Chan`): one that writes its nouns in lower case (no noun suffixes to tell them) and capitalises
 * the main words of a heading. Elsewhere a capital opens any noun (German) or a cell of a table flattened from
 * a page (`Aino Aalto, Puheenjohtaja Eero Ek`), where the office is the name's before it.
 */
function titlesLeadNames(vocabs: readonly Vocabulary[]): boolean {
  const primary = vocabs[0];
  return primary !== undefined && !primary.headingsInSentenceCase && primary.nounSuffixes.length === 0;
}

/** Whether a part of a list follows a joining word in its text (`Ann Lee and Clerk Liz Atkinson`, `... & Clerk ...`). */
function afterAnd(text: string, part: string, vocabs: readonly Vocabulary[]): boolean {
  return ['&', ...gather(vocabs, 'and')].some((and) => text.includes(` ${and} ${part}`));
}

/**
 * A full name, a colon and the person's detail (`Ann Lee: Treasurer`, `Bo Chan: voorzitter`), the
 * reverse of a role's label (`Chair: Ann Lee`): a name of two words or more, no office, before the
 * first colon. Null for any other part.
 */
function nameThenDetail(part: string, vocabs: readonly Vocabulary[]): { name: string; detail: string } | null {
  const colon = part.indexOf(':');
  if (colon <= 0) return null;
  const name = part.slice(0, colon).trim();
  const detail = part.slice(colon + 1).trim();
  if (detail === '' || !name.includes(' ') || !isName(name)) return null;
  if (roleOf(name, vocabs) !== null || splitLeadingRole(name, vocabs) !== null || trailingRole(name, vocabs) !== null || isGroup(name, vocabs)) return null;
  return { name, detail };
}

/** Whether a part is a full name, a colon and an office (`Ann Lee: voorzitter`): a person, not a group's label before its names. */
export function nameWithOffice(part: string, vocabs: readonly Vocabulary[]): boolean {
  return holdsOffice(nameThenDetail(part, vocabs)?.detail ?? '', vocabs);
}

/**
 * Whether a person's detail, up to its first comma, is an office (`voorzitter`, `Union President (Chair)`).
 * The words outside the parentheses must be the office: after a group's label come names, perhaps with
 * offices in parentheses (`City Library: Dee Fox (Director)`), and a name is no office.
 */
function holdsOffice(detail: string, vocabs: readonly Vocabulary[]): boolean {
  const first = splitTopLevel(detail, /,/)[0] ?? '';
  const office = first.replace(/\([^()]*\)/gu, ' ').trim();
  return office !== '' && (roleOf(office, vocabs) !== null || splitLeadingRole(office, vocabs) !== null || trailingRole(office, vocabs) !== null || isJobTitle(office, vocabs));
}

/**
 * A name with its office joined to it by a hyphen, as a typed list glues them (`Ann Lee-Chairman (AL)`,
 * `Bo Chan-Vice Chairman`): the words after the first hyphen between a small letter and a capital that are
 * an office of the vocabularies, the words before it a name of two words or more (a double surname,
 * `Ann Lee-Smith`, has no office after its hyphen). Null for any other part.
 */
function gluedRole(part: string, vocabs: readonly Vocabulary[]): { text: string; role: string } | null {
  const paren = part.indexOf('(');
  const body = (paren >= 0 ? part.slice(0, paren) : part).trimEnd();
  const tail = paren >= 0 ? ` ${part.slice(paren)}` : '';
  // The first such hyphen whose rest is an office splits them, so an office with a hyphen of its own stays whole (`Bo Chan-Vice-Chair`).
  for (let at = body.indexOf('-'); at > 0; at = body.indexOf('-', at + 1)) {
    if (!/\p{Ll}/u.test(body.charAt(at - 1)) || !/\p{Lu}/u.test(body.charAt(at + 1))) continue;
    const name = body.slice(0, at);
    const role = roleOf(body.slice(at + 1), vocabs) ?? labelledRole(body.slice(at + 1), vocabs);
    if (role !== null) return name.trim().includes(' ') ? { text: name + tail, role } : null;
  }
  return null;
}

/** The meeting role a label of the vocabularies names (`Co-Chair`, `Vice-Chair`), or null. */
function labelledRole(text: string, vocabs: readonly Vocabulary[]): string | null {
  const word = text.trim().toLowerCase();
  for (const [field, role] of [['chair', 'chair'], ['viceChair', 'vice-chair'], ['secretary', 'secretary']] as const) if (vocabs.some((v) => (v.labels[field] ?? []).includes(word))) return role;
  return null;
}

/** The role of a part that is an office after the words that say it is held (`in the Chair`), or null. */
function officeHeld(part: string, vocabs: readonly Vocabulary[]): string | null {
  const text = part.trim().toLowerCase();
  for (const vocab of vocabs) {
    for (const lead of vocab.inOffice ?? []) if (text.startsWith(`${lead} `)) return roleOf(text.slice(lead.length + 1).trim(), vocabs);
  }
  return null;
}

/** The words of the vocabularies for `and`, made once. */
const andWords = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set([...vocabs.flatMap((v) => v.and), '&']));

/**
 * The one person of a text that opens with an office of two offices joined by `and` and then a
 * name (`Parish Clerk and RFO A B Lane`, `Clerk & RFO Mrs Ann Lee`: one officer holds both), with
 * its role; or null. Such an office is a phrase of the vocabularies; the `and` in it parts no names.
 */
export function officeOfTwo(text: string, vocabs: readonly Vocabulary[]): PersonEntry | null {
  const words = text.split(' ');
  const joiner = words.findIndex((word) => andWords(vocabs).has(word.toLowerCase()));
  if (joiner < 1 || joiner > 3) return null;
  for (let n = Math.min(joiner + 3, words.length - 1); n > joiner + 1; n--) {
    const role = roleOf(words.slice(0, n).join(' '), vocabs);
    if (role === null) continue;
    const people = readPerson(words.slice(n).join(' '), vocabs, false);
    if (people.length !== 1) return null;
    (people[0] as PersonEntry).roles.push(role);
    return people[0] as PersonEntry;
  }
  return null;
}

/**
 * A part without the name of the group it opens (`Board: Ann Lee`, `bestuur: Mark de Vries`,
 * `including the board: Ann Lee`): attendance written by groups puts each group's name before a
 * colon and its members after it. The name is group words only (a group noun, an organisation
 * noun or a plural office, with articles and the words that lead to names); initials before a
 * colon (`AB: Alice Brown`) are the person's own and stay.
 */
function withoutGroupLabel(part: string, vocabs: readonly Vocabulary[]): string {
  const match = GROUP_LABEL.exec(part);
  if (match === null) return part;
  const words = (match[1] as string).toLowerCase().split(' ');
  const names = (word: string): boolean => groupNouns(vocabs).has(word) || organisationNouns(vocabs).has(word) || pluralOffice(word, vocabs) !== null;
  const fillers = leadWords(vocabs);
  return words.some(names) && words.every((word) => fillers.has(word) || names(word)) ? part.slice(match[0].length) : part;
}

/**
 * An entry of a roll that names the office before a colon and its holder after it (`Vorsitzender:
 * Karl Berg` after `Anwesend:`, `Voorzitter: de heer J. de Vries`), as a roll sets the meeting's
 * officers first: that person, with the office as a role. Null where the words before the colon
 * are no office or the words after it no one person.
 */
function roleLabelled(part: string, vocabs: readonly Vocabulary[]): PersonEntry | null {
  const match = ROLE_LABEL.exec(part);
  if (match === null) return null;
  const role = roleOf(match[1] as string, vocabs);
  if (role === null) return null;
  const person = readPerson(part.slice(match[0].length), vocabs, false);
  if (person.length !== 1) return null;
  (person[0] as PersonEntry).roles.push(role);
  return person[0] as PersonEntry;
}

/** One or two words and a colon before the rest: the office a roll names before its holder. */
const ROLE_LABEL = /^(\p{L}[\p{L}.-]*(?: \p{L}[\p{L}.-]*)?)\s?:\s+(?=\S)/u;

/** One to three words and a colon before a capital: the name of a group before its members. */
const GROUP_LABEL = /^(\p{L}+(?: \p{L}+){0,2}):\s+(?=\p{Lu})/u;

/** The articles and the words that lead to names (`the`, `including`), which a group's name may hold. */
const leadWords = oncePer((vocabs: readonly Vocabulary[]): Set<string> =>
  new Set(vocabs.flatMap((v) => [...v.stopwords, ...(v.namesLeads ?? []).filter((lead) => !lead.includes(' '))])));

/**
 * The people of a list written in groups under plural offices, the groups parted by semicolons
 * (`Trustees Smith, Lee and Chen; Director Evans`, `Councillors Ann Lee and Bo Chan`): each group
 * a list of names whose commas part people, each name holding the office of the plural's singular.
 * Null when no group opens with a plural office before a capitalised word.
 */
function officeGroups(text: string, options: PeopleOptions, vocabs: readonly Vocabulary[]): PersonEntry[] | null {
  if (text.includes(':')) return null;
  const groups = splitTopLevel(text, /;/);
  const offices = groups.map((group) => {
    const [first = '', second = ''] = group.split(/\s+/, 2);
    return /^\p{Lu}/u.test(second) ? pluralOffice(first, vocabs) : null;
  });
  if (offices.every((office) => office === null)) return null;
  // The groups under no office keep the reading of a list parted by semicolons (`Ann Lee, Chair; Bo Chan, Acme`).
  const others = groups.filter((_, i) => offices[i] === null).join('; ');
  const other = { ...options, oneEach: options.oneEach || detailsBetweenSemicolons(others, vocabs) };
  const names = { ...options, oneEach: false };
  return groups.flatMap((group, i) => {
    const office = offices[i];
    if (office === null || office === undefined) return readPeople(group, other, vocabs);
    const people = readPeople(group.slice(group.search(/\s/)).trim(), names, vocabs);
    if (office !== '') for (const person of people) if (!person.roles.includes(office)) person.roles.push(office);
    return people;
  });
}

/**
 * The role a capitalised word before a group of names gives each (`Trustees` gives director), ''
 * for an office that is no role of ours (`Councillors`) or a word of attendance (`Guests`,
 * `Gäster`); null when the word is no plural of an office and no word of attendance.
 */
function pluralOffice(word: string, vocabs: readonly Vocabulary[]): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const lower = word.toLowerCase();
  const singular = lower.endsWith('s') ? lower.slice(0, -1) : null;
  const role = singular === null ? null : roleOf(singular, vocabs);
  if (role !== null) return role;
  const office = singular !== null && vocabs.some((vocab) => vocab.jobTitles?.includes(singular));
  return office || vocabs.some((vocab) => vocab.labels.participants?.includes(lower)) ? '' : null;
}

/**
 * The parts of a list part where a comma was left out after details in parentheses (`Ann Lee (AL)
 * Bo Chan (BC)`): a closing parenthesis and a capitalised word start the next part, and so does an
 * initial before a capital (`P Ashby (Chair) L Carew (Vice-Chair)`, as councils write their members).
 */
function afterParens(part: string): string[] {
  if (!part.includes(')')) return [part];
  const out: string[] = [];
  let from = 0;
  let depth = 0;
  for (let i = 0; i < part.length; i++) {
    if (part[i] === '(') depth++;
    else if (part[i] === ')' && depth > 0 && --depth === 0 && NEXT_NAME.test(part.slice(i + 1, i + 6))) {
      out.push(part.slice(from, i + 1).trim());
      from = i + 1;
    }
  }
  out.push(part.slice(from).trim());
  return out.filter((p) => p !== '');
}

/** The start of a name after a closing parenthesis: a capitalised word, or an initial (with or without its dot) before a capital. */
const NEXT_NAME = /^\s+\p{Lu}(?:\p{Ll}|\.?\s\p{Lu})/u;

/**
 * A part without the head count written after the last name (`Colin Sampson 1 member of the
 * public`): a number and the words in lower case after it.
 */
function withoutHeadCount(part: string): string {
  const words = part.split(' ');
  let k = words.length - 1;
  while (k > 0 && /^\p{Ll}/u.test(words[k] as string)) k--;
  return k > 0 && k < words.length - 1 && /^\d+$/.test(words[k] as string) ? words.slice(0, k).join(' ') : part;
}

/** Whether a text of two to four words ends in a noun that ends a job title (`Office Manager`); a name and a detail after a dash (`Ann Lee - Chair`) is none. */
function isJobTitle(text: string, vocabs: readonly Vocabulary[]): boolean {
  if (/\s[-–—]\s/.test(text)) return false;
  const words = text.trim().toLowerCase().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && jobTitles(vocabs).has(words[words.length - 1] as string);
}

/**
 * Whether a text is one word in lower case that is a noun ending a job title, alone (`rehtori`) or
 * ending a compound (`toiminnanjohtaja`, `kaupunginsihteeri`): an office, never a person, who is
 * written capitalised.
 */
function isCompoundTitle(text: string, vocabs: readonly Vocabulary[]): boolean {
  const word = text.trim();
  if (!/^\p{Ll}[\p{L}-]*$/u.test(word)) return false;
  for (const noun of jobTitles(vocabs)) if ((word === noun || word.length > noun.length + 2) && word.endsWith(noun)) return true;
  return false;
}

/**
 * A person whose role word follows the name in lower case, as Finnish lists of members write it
 * (`Aho Ossi puheenjohtaja`, `Lehtonen Mari 1. varapuheenjohtaja`), with that role; or none.
 */
function withTrailingRole(text: string, vocabs: readonly Vocabulary[], nicks: boolean): PersonEntry[] {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(2, words.length - 2); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    // The office may follow the name joined by a word of its own, capitalised as German writes nouns (`Karl Ott als Vorsitzender`).
    const joined = words.length - n - 1 >= 2 && wordSet(vocabs, 'roleAs').has((words[words.length - n - 1] as string).toLowerCase());
    if (!joined && !/^[\p{Ll}\d]/u.test(tail)) continue;
    const role = roleOf(tail, vocabs);
    if (role === null) continue;
    const people = readPerson(words.slice(0, joined ? -n - 1 : -n).join(' '), vocabs, nicks);
    if (people.length !== 1) return [];
    (people[0] as PersonEntry).roles.push(role);
    return people;
  }
  return [];
}

/** Whether a text is an article and a role word (`Der Tagungsleiter`, `Die Vorsitzende`, `The Chair`). */
function officeWithArticle(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = text.trim().split(/\s+/);
  return words.length === 2 && vocabs.some((v) => v.articles.includes((words[0] as string).toLowerCase())) && roleOf(words[1] as string, vocabs) !== null;
}

/** The forms of address of the vocabularies, folded (`dhr.`, `mevrouw`, `heer`, `mr`), made once. */
export const addresses = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.honorifics).map((h) => fold(h))));

/** The articles of the vocabularies (`de` of `de heer`), folded, made once. */
const addressArticles = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.articles).map((a) => fold(a))));

/** The fewest words of a part that may hold two people each after a form of address (`mw. A. Lee dhr. B. Chan`). */
const LEAST_ADDRESSED_WORDS = 5;

/**
 * A part of a list cut before each form of address that opens a name, where two or more stand in it
 * with no comma between: a council's or a board's list of members set one a line in a PDF's column
 * and run together when the page was flattened (`de heer J. Jansen de heer P. de Vries mevrouw A.
 * Bakker`): the part opens with a form, and each name has one. A form right after another (`de heer
 * dr. J. Jansen`) opens no name of its own, and the article before one (`de heer`) goes with it. Any
 * other part is left whole.
 */
function byAddress(part: string, vocabs: readonly Vocabulary[]): string[] {
  const words = part.trim().split(/\s+/u);
  if (words.length < LEAST_ADDRESSED_WORDS) return [part];
  const forms = addresses(vocabs);
  const articles = addressArticles(vocabs);
  const starts: number[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!forms.has(fold(words[k] as string)) || (k > 0 && forms.has(fold(words[k - 1] as string)))) continue;
    starts.push(k > 0 && articles.has(fold(words[k - 1] as string)) ? k - 1 : k);
  }
  // Such a list opens with a form of address, one before each name: words before the first are an office's or a place's (`District Councillor ...`).
  if (starts.length < 2 || starts[0] !== 0) return [part];
  // The label of the next group or office at a name's end (`de heer J. Jansen Griffier:`) is the next name's; a label alone names no one.
  return starts.map((from, n) => words.slice(from, starts[n + 1] ?? words.length).join(' ').replace(TRAILING_LABEL, '')).filter((piece) => piece !== '');
}

/** A label at the end of a piece or the whole of it: a capitalised word, at most three words in lower case, a colon (`Griffier:`, `De leden:`). */
const TRAILING_LABEL = /(?:^|\s)\p{Lu}\p{Ll}*(?: \p{Ll}+){0,3}:$/u;

/**
 * What separates people in a list: commas, semicolons, bars and bullets, and a word for `and` of the
 * vocabularies between blanks (`and`, `och`, `samt`, `ja`, `sekä`, `und`, `en`, `&`; each vocabulary's
 * `and`), written out as a literal so that its linearity is checked with the others.
 */
const PEOPLE_SEPARATORS = /[,;·•|]|\s(?:and|ja|och|samt|und|en|sekä|&)[\s,]/;
/** Words in lower case before a capital (`hallituksen jäsenet ` of `hallituksen jäsenet Aino Lehto`). */
const LOWER_LEAD = /^(?:\p{Ll}[\p{L}-]*\s+)+(?=\p{Lu})/u;
/** The separators of names inside a part between semicolons: commas and "and" words. */
const NAME_SEPARATORS = /,|\s(?:and|ja|och|samt|und|en|sekä|&)\s/;

const jobTitles = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => v.jobTitles ?? [])));

/** Whether a text of two words or more ends in a noun that ends an organisation's name (`Parks Department`). */
function isOrganisation(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = text.trim().toLowerCase().split(/\s+/);
  return words.length >= 2 && words.length <= 6 && organisationNouns(vocabs).has(words[words.length - 1] as string);
}

/** The nouns that end an organisation's name, of the vocabularies, made once. */
const organisationNouns = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => v.organisationNouns ?? [])));

/** A part without the word that leads from a head count to the names (`including Ann Lee` gives Ann Lee). */
function withoutLead(text: string, vocabs: readonly Vocabulary[]): string {
  if (!/^\p{Ll}/u.test(text)) return text;
  const lower = text.toLowerCase();
  const lead = namesLeads(vocabs).find((word) => lower.startsWith(`${word} `));
  return lead === undefined ? text : text.slice(lead.length + 1).trimStart();
}

/** The words that lead from a head count to names, of the vocabularies, made once. */
const namesLeads = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.namesLeads ?? []));

/**
 * The names of a list that writes each surname first (`Lee, Ann; Chan, Bo`, as a register or a
 * sign-in sheet sorts them), given name first; other parts as they are. Every part, two or more,
 * must be one word, a comma and a given name (an initial and details in parentheses may follow).
 */
function surnamesFirst(parts: string[], betweenSemicolons: boolean): string[] {
  if (!betweenSemicolons || parts.length < 2 || !parts.every((part) => SURNAME_FIRST.test(part))) return parts;
  return parts.map((part) => givenNameFirst(part) ?? part);
}

/**
 * A name written surname first (`Berg, Anna`, `Lee-Hart, Ann B. (chair)`) turned given name first
 * (`Anna Berg`, `Ann B. Lee-Hart (chair)`), or null for a text of another shape. Only a list whose
 * every entry has this shape says the comma turns a name rather than parts a name from a detail.
 */
export function givenNameFirst(part: string): string | null {
  const text = part.trim();
  if (!SURNAME_FIRST.test(text)) return null;
  const comma = text.indexOf(',');
  const paren = text.indexOf(' (');
  const given = paren < 0 ? text.slice(comma + 1) : text.slice(comma + 1, paren);
  return `${given.trim()} ${text.slice(0, comma).trim()}${paren < 0 ? '' : text.slice(paren)}`;
}

/** `Lee, Ann`, `Lee-Hart, Ann B.`, `Berg, Anna (ordf.)`: a surname, a comma, a given name, perhaps an initial and details in parentheses. */
const SURNAME_FIRST = /^\p{Lu}[\p{L}'’-]+, ?\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.?)?(?: \([^()]*\))?$/u;

/**
 * The people of a list of mentions with no commas between them, as an editor's people chips come
 * out in plain text (`@Hannah Kim @Luis Ortega`): each mention one part. Null for other texts.
 */
function mentions(text: string): string[] | null {
  if (/[,;]/.test(text) || (text.match(/(?:^|\s)@\p{Lu}/gu) ?? []).length < 2) return null;
  return text.split(/\s(?=@)/).map((part) => part.trim()).filter(Boolean);
}

/**
 * Whether a list separates its people with semicolons and writes details after commas (`Ann Lee,
 * Chair; Bo Chan, Acme`): a semicolon between parts, and a part whose commas do not separate
 * full names (`Ann Lee, Bo Chan; Ida Voss` is three people).
 */
function detailsBetweenSemicolons(text: string, vocabs: readonly Vocabulary[]): boolean {
  const parts = splitTopLevel(text, /;/);
  if (parts.length < 2) return false;
  return parts.some((part) => {
    // A group's name before its members (`Board: Ann Lee (chair), Bo Chan`) and a detail in parentheses after a name leave the names to judge.
    // An "and" word parts the last two names as a comma does (`Ann Lee, Bo Chan ja Ida Voss; lisäksi Eve Fox`).
    const pieces = splitTopLevel(withoutGroupLabel(part.trim(), vocabs), NAME_SEPARATORS).map((piece) => withoutTrailingParen(piece).replace(LOWER_LEAD, '').trim());
    return pieces.length > 1 && !pieces.every((piece) => piece.includes(' ') && isName(piece) && !isJobTitle(piece, vocabs));
  });
}

/**
 * The names of a list written with slashes between them (`Alice Brown / Bob Chen / Carla Diaz`):
 * each part a name of two words or more; else null, and a slash gives the nickname after a name
 * (`Alice Brown / abrown`).
 */
function slashed(text: string, vocabs: readonly Vocabulary[]): string[] | null {
  if (!text.includes(' / ')) return null;
  const parts = text.split(' / ').map((part) => part.trim());
  // `Jane Doe / Acme Corp` is one person and the organisation in the next field.
  return parts.every((part) => part.includes(' ') && isName(part) && !isOrganisation(part, vocabs)) ? parts : null;
}

/** The full name (two words or more) that ends a text after details in lower case or digits. */
function trailingName(text: string, vocabs: readonly Vocabulary[]): PersonEntry[] {
  const words = text.trim().split(/\s+/);
  let start = words.length;
  while (start > 0 && /^\p{Lu}[\p{L}'’-]*$/u.test(words[start - 1] as string)) start--;
  if (words.length - start < 2 || start === 0 || /^\p{Lu}/u.test(words[start - 1] as string)) return [];
  return readPerson(words.slice(start).join(' '), vocabs, false);
}

/** The text without Markdown autolinks (`<https://...>`) and bare web addresses. */
export function withoutLinks(text: string): string {
  if (!text.includes('://') && !text.includes('<')) return text;
  return text.replace(/<[^<>\s]*>/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** One person's name with the details written around it, or null when the text names nobody. */
export function readName(raw: string, vocabs: readonly Vocabulary[], nicks = false): PersonEntry | null {
  const found = readPerson(withoutLinks(raw), vocabs, nicks);
  return found.length === 1 ? (found[0] as PersonEntry) : null;
}

function readPerson(raw: string, vocabs: readonly Vocabulary[], nicks: boolean): PersonEntry[] {
  let text = withoutEmails(raw).trim();
  const entry: PersonEntry = { name: '', organization: null, roles: [], handle: null };
  const initials = /^(\p{Lu}{1,4}):\s+(?=\p{Lu})/u.exec(text);
  if (initials) {
    entry.alias = initials[1] ?? null;
    text = text.slice(initials[0].length);
  }
  // Initials in brackets or before a dash, ahead of the name they stand for (`[AB] Alice Brown`, `AB - Alice Brown (Chair)`).
  const ahead = /^(?:\[(\p{Lu}{2,5}\p{Ll}?)\]\s*|(\p{Lu}{2,5}\p{Ll}?)\s[-–—]\s+)(?=\p{Lu})/u.exec(text);
  const alias = ahead?.[1] ?? ahead?.[2] ?? '';
  if (ahead && areInitials(alias, nameBefore(text.slice(ahead[0].length)))) {
    entry.alias = alias;
    text = text.slice(ahead[0].length);
  }
  // Initials before the name they stand for (`AB (Alice Brown)`, `AB (Alice Brown, Org)`): the name is in the parentheses.
  const before = /^(\p{Lu}{2,4})\s*\(([^(),]+)((?:,[^()]*)?)\)\s*$/u.exec(text);
  if (before && isName((before[2] ?? '').trim()) && areInitials(before[1] ?? '', (before[2] ?? '').trim())) {
    entry.alias = before[1] ?? null;
    for (const detail of (before[3] ?? '').split(',')) addDetail(entry, detail, vocabs);
    text = (before[2] ?? '').trim();
  }
  // A handle or user id with the name it stands for in parentheses (`@rvasquez (Rafael Vasquez)`, `alice (Alice Brown, Acme)`).
  const named = /^(@[\w.-]+|[\p{Ll}\d][\w.-]*)\s*\(([^(),]+)((?:,[^()]*)?)\)$/u.exec(text);
  const behind = (named?.[2] ?? '').trim();
  if (named && behind.includes(' ') && isName(behind)) {
    const id = named[1] ?? '';
    if (id.startsWith('@')) entry.handle = id;
    else entry.alias = id;
    for (const detail of (named[3] ?? '').split(',')) addDetail(entry, detail, vocabs);
    text = behind;
  }
  text = heldBy(text, entry, vocabs);
  text = withFieldsRead(text, entry, vocabs);
  // A dash before the organisation in parentheses (`Ann Lee - (Acme)`) is left behind by it.
  text = withoutParens(text, entry, vocabs).replace(/\s[-–—]$/, '');
  const dash = /\s[-–—]\s/.exec(text);
  const detail = dash ? text.slice(dash.index + 3) : '';
  if (dash && detail !== '' && !/[\n\r\u2028\u2029]/.test(detail)) {
    text = text.slice(0, dash.index).trim();
    // A role among details parted by slashes (`Ann Lee - Acme Ltd / Chair`) is the role; the rest stays
    // one detail as written (`Mackevision / Accenture`).
    const parts = detail.split(/\s\/\s/);
    const others = parts.filter((part) => roleOf(part, vocabs) === null);
    for (const part of parts) if (!others.includes(part)) addDetail(entry, part, vocabs);
    if (others.length > 0) addDetail(entry, others.join(' / '), vocabs);
    // `**Alice Brown** (Acme) - host`: the parentheses stood before the dash.
    text = withoutParens(text, entry, vocabs);
  }
  const slash = /\s\/\s*([\p{L}\d_.-]+)$/u.exec(text);
  if (slash) {
    entry.alias ??= slash[1] ?? null;
    text = text.slice(0, slash.index).trim();
  }
  const handle = /(^|\s)(@[\w.-]+(?:\/[\w.-]+)?)\s*$/.exec(text);
  if (handle) {
    entry.handle = handle[2] ?? null;
    text = text.slice(0, handle.index).trim();
  }
  text = text.replace(/[\p{Cf}\p{Extended_Pictographic}\p{Regional_Indicator}\u{FE0F}]/gu, '').replace(/_/g, ' ').replace(/\s+/g, ' ').replace(/(\p{L}{3})\.$/u, '$1').trim();
  // A mention of a full name (`@Hannah Kim`) is the name; a one-word handle stays a handle.
  if (text.startsWith('@') && text.includes(' ') && isName(text.slice(1))) text = text.slice(1);
  text = withoutTitles(text, vocabs);
  if (text === '' && entry.handle) return [{ ...entry, name: entry.handle }];
  if (isGroup(text, vocabs)) return [];
  if (!isName(text)) return nicks && isNick(text, vocabs) ? [{ ...entry, name: text }] : [];
  const words = text.split(' ');
  if (words.length >= 4 && words.length % 2 === 0 && words.every((w) => /^\p{Lu}/u.test(w) && !PARTICLES.has(w.toLowerCase()))) {
    const pairs: PersonEntry[] = [];
    for (let i = 0; i < words.length; i += 2) pairs.push({ name: `${words[i]} ${words[i + 1]}`, organization: null, roles: [], handle: null });
    Object.assign(pairs[0] as PersonEntry, { organization: entry.organization, roles: entry.roles });
    return pairs;
  }
  return [{ ...entry, name: text }];
}

/**
 * The name of an entry written as a row of fields parted by slashes or bars (`Jane Doe / Acme Corp
 * / @jdoe`, `Jane Doe | Acme Corp`), the other fields added to the entry as its details: a handle,
 * a user id (`jdoe`) as its alias, an organisation or a role. The text as it was when it has no
 * such fields or its first is no name (`Ann Lee - Acme Ltd / Chair` keeps its slash for the dash).
 */
function withFieldsRead(text: string, entry: PersonEntry, vocabs: readonly Vocabulary[]): string {
  const [name = '', ...fields] = fieldsOf(text) ?? [];
  if (fields.length === 0 || !isName(name)) return text;
  for (const field of fields) {
    if (/^[\p{Ll}\d][\p{Ll}\d_.-]*$/u.test(field) && roleOf(field, vocabs) === null) entry.alias ??= field;
    else addDetail(entry, field, vocabs);
  }
  return name;
}

/**
 * The fields of an entry written as a table row, parted by slashes or bars (`Jane Doe / Acme Corp /
 * @jdoe`, `Name | Affiliation`), or null when it has fewer than two.
 */
export function fieldsOf(text: string): string[] | null {
  if (!text.includes(' / ') && !text.includes(' | ')) return null;
  const fields = splitTopLevel(text, /\s[/|]\s/);
  return fields.length >= 2 ? fields : null;
}

/** A text without the details in parentheses or brackets at its end, each added to the entry (two at most: `Ann Lee (Acme) [chair]`). */
function withoutParens(raw: string, entry: PersonEntry, vocabs: readonly Vocabulary[]): string {
  let text = raw;
  for (let round = 0; round < 2; round++) {
    const paren = /[([]([^()[\]]*)[)\]]\s*$/.exec(text);
    if (!paren) break;
    text = text.slice(0, paren.index).trim();
    for (const detail of (paren[1] ?? '').split(',')) addDetail(entry, detail, vocabs, text);
  }
  return text;
}

/** The words of a text before its first detail in parentheses or after a comma (`Eva Fisk (Chair)` gives `Eva Fisk`). */
function nameBefore(text: string): string {
  const end = text.search(/[(,]/u);
  return (end < 0 ? text : text.slice(0, end)).trim();
}

/**
 * A text without the e-mail addresses written in it (`Ann Lee ann@example.org`): words with an `@`
 * inside, and the bracket left alone when the address in brackets held a link of its own
 * (`<ann@[example.org](https://example.org)>`, as wiki exports write it).
 */
function withoutEmails(text: string): string {
  if (!text.includes('@')) return text;
  return text.split(' ').filter((word) => !/[\w.+-]@/.test(word) && !/^[<>]+$/.test(word)).join(' ');
}

/**
 * A name without the courtesy or office titles before it: a title of the vocabularies among its
 * first two words before a name of two words or more (`Dr Sunita Kapoor`, `County Cllr D.
 * Harcourt`), then any titles of any language it still starts with (`Pfarrerin Ute Krüger`,
 * `kyrkoherde Anna Lundgren`, `Cllr Quayle`). An owner written so is resolved without them too
 * (resolve-people.ts).
 */
function withoutTitles(text: string, vocabs: readonly Vocabulary[]): string {
  const words = text.split(' ');
  // A title that is also initials, written otherwise than as the title (`CR Jones`), is the initials.
  const first = words[0] ?? '';
  if (vocabs.some((v) => (v.caseTitles ?? []).some((t) => t !== first && t.toLowerCase() === first.toLowerCase()))) return text;
  const titles = honorifics(vocabs);
  // A title of two words (`County Cllr`, `District Councillor`) before a name of one word or more.
  if (words.length >= 3 && titles.has(`${words[0]} ${words[1]}`.toLowerCase())) return words.slice(2).join(' ');
  let rest = text;
  for (let k = Math.min(1, words.length - 3); k >= 0; k--) {
    if (titles.has((words[k] as string).toLowerCase().replace(/\.$/, ''))) {
      rest = words.slice(k + 1).join(' ');
      break;
    }
  }
  const leading = fold(rest).split(' ').length - withoutHonorifics(fold(rest)).split(' ').length;
  return leading > 0 ? rest.split(' ').slice(leading).join(' ') : rest;
}

/** The courtesy and office titles of the vocabularies, made once. */
const honorifics = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => v.honorifics ?? [])));

/** The pronouns of the vocabularies, without blanks, made once. */
const pronounSets = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => v.pronouns ?? [])));

/** Whether a text names a group or a party (`Client`, `Team Aalst`, `kaikki`), not a person. */
export function isGroup(text: string, vocabs: readonly Vocabulary[]): boolean {
  const words = text.toLowerCase().split(' ');
  if (words.length === 1) return groupWords(vocabs).has(words[0] as string);
  return words.length === 2 && groupNouns(vocabs).has(words[0] as string) && roleOf(words[0] as string, vocabs) === null;
}

/**
 * The group nouns and everyone-words of the vocabularies, and the non-name words of the minutes'
 * own language and of English, made once. Another language's little words are names here: Finnish
 * `jos` (if) is Dutch Jos, Swedish `han` (he) is Dutch Han.
 */
const groupWords = oncePer((vocabs: readonly Vocabulary[]): Set<string> =>
  new Set([...vocabs.flatMap((v) => [...v.groupNouns, ...v.everyone]), ...vocabs.filter((v, k) => k === 0 || v.code === 'en').flatMap((v) => v.notNames)]));

/** The group nouns alone, which may open a group's name (`Team Gent`). */
const groupNouns = oncePer((vocabs: readonly Vocabulary[]): Set<string> => new Set(vocabs.flatMap((v) => v.groupNouns)));

/** The words a nickname cannot be: stop words, group words, role words and labels. */
const plainWords = oncePer((vocabs: readonly Vocabulary[]): Set<string> =>
  new Set(vocabs.flatMap((v) => [...v.stopwords, ...v.groupNouns, ...v.everyone, ...v.notNames, ...Object.values(v.roles).flat(), ...Object.values(v.labels).flat(), ...v.and])));

/** Whether a lone token reads as a nickname or user id (`tsw`, `xy352`, `mmccool`): one word, no common word of the languages. */
export function isNick(text: string, vocabs: readonly Vocabulary[]): boolean {
  // A user id is written in ASCII: a word in lower case with letters beyond it (`isännöitsijä`, `kassör`) is a word of the language.
  if (!/^[a-z\d][a-z\d_.-]{1,31}$/i.test(text) || /^[\d._-]+$/.test(text)) return false;
  // Lower case throughout, perhaps in parts joined by a hyphen, dot or underscore (`tanvi-s`, `j.doe`).
  if (!/\d/.test(text) && !/^[a-z]+(?:[-_.][a-z]+)*$/.test(text)) return false;
  // A meeting bot (`zodbot`, `meetbot`) takes part in the log, not in the meeting.
  return !plainWords(vocabs).has(text.toLowerCase()) && !/bot$/i.test(text);
}

/**
 * A person's entry without the ordinal of the office before it: German numbers the holders of an
 * office and writes the office, a capitalised noun or its abbreviation, before the name (`2. stellv.
 * Bürgermeister Frank Dreves`, `1. Vorsitzende Anna Berg`); the office words after it are read as
 * before. An ordinal before a lower-case word is left: Finnish writes the office after the name it
 * belongs to (`Hanna Peräaho, 1. varapuheenjohtaja`).
 */
function withoutOrdinal(part: string): string {
  return part.replace(/^\s*\d{1,2}\.\s+(?=\p{Lu}|\p{Ll}+\.\s)/u, '');
}

/**
 * The holder of a seat written after it in parentheses (`Chair (Ann Lee)`, `Team Member 3 (Leo
 * Park)`, `Client (Ida Berg)`): the rosters of teams and working groups name the part someone
 * plays first and the person after it. Only where the words before the parentheses are no name of
 * their own (an office, or words with a number or in lower case) and the words inside are a full
 * name: `Ann Lee (Acme)` keeps its organisation. An office before the name is the person's role.
 */
const HELD_BY = /^([^()]{2,40})\(([^(),]{3,60})\)$/u;

function heldBy(text: string, entry: PersonEntry, vocabs: readonly Vocabulary[]): string {
  const match = HELD_BY.exec(text);
  if (!match) return text;
  const seat = (match[1] ?? '').trim();
  const holder = (match[2] ?? '').trim();
  const role = roleOf(seat, vocabs);
  // `Nora Quist - (Lattice Labs)`: a dash before the parentheses parts a name from its organisation.
  if (!holder.includes(' ') || !isName(holder) || /[-–—]$/.test(seat) || (isName(seat) && role === null)) return text;
  if (role !== null && !entry.roles.includes(role)) entry.roles.push(role);
  return holder;
}

/** Whether a string reads as a person's name: one to five capitalised words (particles allowed). */
export function isName(text: string): boolean {
  if (text.length < 2 || text.length > 60 || /[/:|=<>\d!?]/.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 6) return false;
  return words.every((w) => /^[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]*$/u.test(w) || PARTICLES.has(w)) && /^[\p{Lu}\p{Lo}]/u.test(text);
}

function addDetail(entry: PersonEntry, raw: string, vocabs: readonly Vocabulary[], name = ''): void {
  const detail = raw.trim();
  if (detail === '') return;
  // A detail with its own note in parentheses (`Company Secretary (minutes)`): two details.
  const note = /^([^()]+)\(([^()]+)\)$/.exec(detail);
  if (note) {
    addDetail(entry, note[1] ?? '', vocabs, name);
    addDetail(entry, note[2] ?? '', vocabs, name);
    return;
  }
  // An office held before (`ehem. Vorsitzender`, `past president`, `oud-voorzitter`) is no office now, nor an organisation.
  if (formerOffice(detail, vocabs)) return;
  // Two offices parted by a slash (`secretaris/notulist`, `Kassierer/Schriftführer`): each one's.
  const offices = detail.includes('/') ? detail.split('/').map((part) => roleOf(part, vocabs)) : [];
  if (offices.length > 1 && offices.every((r) => r !== null)) {
    for (const office of offices) if (!entry.roles.includes(office as string)) entry.roles.push(office as string);
    return;
  }
  const role = roleOf(detail, vocabs) ?? splitLeadingRole(detail, vocabs)?.role ?? trailingRole(detail, vocabs);
  const mark = detail.toLowerCase().replace(/[.!]$/, '');
  // Pronouns (`she/her`) say how to address the person, a handle (`@amaraobi`) how to reach them: neither is an organisation.
  if (pronounSets(vocabs).has(mark.replace(/\s+/g, ''))) return;
  // How or how long the person took part (`remote`, `left early`) is no organisation either.
  if (vocabs.some((v) => (v.attendanceModes ?? []).includes(mark))) return;
  if (/^@[\w.-]+$/.test(detail)) {
    entry.handle ??= detail;
    return;
  }
  if (vocabs.some((v) => v.attendance.absent.includes(mark))) entry.absent = true;
  else if (vocabs.some((v) => v.attendance.present.includes(mark))) return;
  else if (role !== null) { if (!entry.roles.includes(role)) entry.roles.push(role); }
  else if (name !== '' && areInitials(detail, name)) entry.alias ??= detail;
  else if (/^\d+$/.test(detail)) return;
  else if (!/^(saapui|poistui|arrived|left|proxy)/i.test(detail)) entry.organization = entry.organization === null ? detail : `${entry.organization}, ${detail}`;
}

/** Whether a detail opens with a word that marks an office as held before (`former chair`, `ehem. Vorsitzender`, `ex-chair`), followed by the office. */
function formerOffice(detail: string, vocabs: readonly Vocabulary[]): boolean {
  const [first = '', ...rest] = detail.toLowerCase().split(/[\s-]+/);
  return rest.length > 0 && vocabs.some((v) => v.formerMarks.includes(first.replace(/\.$/, '')));
}

/**
 * Whether a detail is the initials of a name (`AWB` of Allen Wirfs-Brock): its first two letters start
 * words of the name in order. A small letter after the capitals is the second letter of the surname,
 * which tells two people of the same initials apart (`MLl` of Mia Lloyd).
 */
function areInitials(detail: string, name: string): boolean {
  if (!/^\p{Lu}{2,5}\p{Ll}?$/u.test(detail)) return false;
  const words = name.split(/[\s-]+/);
  const starts = words.map((w) => w.charAt(0).toUpperCase());
  const second = starts.indexOf(detail.charAt(1), 1);
  const small = /\p{Ll}$/u.test(detail) ? detail.slice(-1) : '';
  if (small !== '' && (words[words.length - 1] ?? '').charAt(1).toLowerCase() !== small) return false;
  return starts[0] === detail.charAt(0) && second > 0;
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

/**
 * Whether a word is a compound that ends in a role word of six letters or more, the office of the
 * body named before it (`Ausschussvorsitzende`, `Vereinsvorsitzender`): a role, never a name.
 */
export function isCompoundRole(word: string, vocabs: readonly Vocabulary[]): boolean {
  return compoundRoleOf(word, vocabs) !== null;
}

/** The role a compound ends in (`Ausschussvorsitzender` gives chair), or null. */
function compoundRoleOf(word: string, vocabs: readonly Vocabulary[]): string | null {
  const lower = word.toLowerCase();
  // Only the role words a compound can end in, and of those only the ones ending as the word does, are compared.
  for (const [role, entry] of compoundEnds(vocabs).get(lower.charAt(lower.length - 1)) ?? []) if (lower.length > role.length + 2 && lower.endsWith(role)) return entry.role;
  return null;
}

/** The role words of six letters or more without a blank (what a compound may end in), by their last character, in `roleIndex` order; once per list of vocabularies. */
const compoundEnds = oncePer((vocabs: readonly Vocabulary[]): Map<string, [string, RoleEntry][]> =>
  byFirstWord([...roleIndex(vocabs)].filter(([role]) => role.length >= 6 && !role.includes(' ')), ([role]) => role.charAt(role.length - 1)));

/**
 * The office a council's list writes before a name, one word or alternatives with a slash
 * (`Ausschussvorsitzender Eva Roth`, `Verwaltung/Protokollführer Jan Berg`), and the rest; or null.
 */
function leadingOffice(text: string, vocabs: readonly Vocabulary[]): { role: string; rest: string } | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 3) return null;
  for (const part of (words[0] as string).split('/')) {
    // A role word alone before a name is left to the reading of leading roles; one among alternatives is the office.
    const role = compoundRoleOf(part, vocabs) ?? (words[0] !== part ? roleOf(part, vocabs) : null);
    if (role !== null) return { role, rest: words.slice(1).join(' ') };
  }
  return null;
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

/**
 * The role a short detail ends in, the office of the body named before it (`Committee Secretary`,
 * `Board President`, `Executive Director`): its last two words or its last word, or null.
 */
function trailingRole(text: string, vocabs: readonly Vocabulary[]): string | null {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return null;
  return roleOf(words.slice(-2).join(' '), vocabs) ?? roleOf(words[words.length - 1] as string, vocabs);
}

/** A role word or phrase that a text starts with (`Taking notes this week`), and the rest. */
export function splitLeadingRole(text: string, vocabs: readonly Vocabulary[]): { role: string; rest: string } | null {
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
