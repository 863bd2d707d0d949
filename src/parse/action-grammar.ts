import { anyMatches, fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import { asWritten, findPhrase, gather, wordSet, wordsOf } from './cues.js';
import { headingOwners, nameShaped } from './action-owners.js';
import type { FindContext } from './find-context.js';
import { readDue } from './read-due.js';
import { oneOf, splitLead, splitNames } from './read-owners.js';
import { initialsOwner, resolvePerson } from './resolve-people.js';
import type { Unit } from './to-units.js';

/**
 * An item under a heading or an item that names one person (`### Chris Beeler`, `- Chris`, a
 * round of updates) whose clause opens with a link and no subject (`Will meet with Anna this week`,
 * `Progress on icons, will meet with Chris`): that person's task. The person must be a participant
 * when the minutes list them. A link to a state (`will be done soon`) is none.
 */
export function headingPromise(unit: Unit, text: string, context: FindContext): { owners: string[]; words: string } | null {
  if (unit.kind !== 'item') return null;
  const rest = fold(text);
  const links = gather(context.vocabs, 'speakerLinks');
  const link = links.find((l) => startsClause(rest, l) && !rest.includes(`${l} be `));
  if (link === undefined) return null;
  const known = (name: string): boolean => resolvePerson(name, context.header.participants) !== null;
  const listed = context.header.participants.length >= 2;
  const person = (names: string[] | null): names is string[] => names !== null && names.length === 1 && names.every((n) => known(n) || (!listed && nameShaped(n, context, false)));
  const parent = unit.parentText === null ? null : splitNames(unit.parentText, context.vocabs, known);
  if (unit.parentText !== null) return person(parent) ? { owners: parent, words: asWritten(text, link) } : null;
  const heading = headingOwners(unit, context);
  return person(heading) ? { owners: heading, words: asWritten(text, link) } : null;
}

/** Whether a folded text opens with the words, or has them after a comma or semicolon (`..., will meet`). */
function startsClause(folded: string, words: string): boolean {
  return folded.startsWith(`${words} `) || folded.includes(`, ${words} `) || folded.includes(`; ${words} `);
}

/** The passive task verb a sentence opens with (`Luodaan ...`), or holds together with a deadline; null when none. */
export function passiveTask(text: string, context: FindContext): string | null {
  const passive = passiveOf(text, context);
  if (passive === null) return null;
  const words = wordsOf(text);
  if (words[0] !== undefined && passive(words[0])) return words[0];
  const verb = words.find(passive);
  return verb !== undefined && readDue(text, context.header.date, context.vocabs) !== null ? verb : null;
}

/** A date to read times against only to tell whether a text names one. */
const ANY_DATE = '2001-01-01';

/**
 * The passive a sentence opens with when no deadline stands in it (`Luodaan galleria wikiin`,
 * `Keskitytään nyt selkeyteen`): Finnish minutes write what the group settles on doing as the
 * passive, the `we` of spoken Finnish, and only a time makes it a task to be done by then. Null
 * when the sentence opens otherwise, with a passive of weighing (`Mietitään ...`), or names a time.
 */
export function groupPassive(text: string, context: FindContext): string | null {
  const passive = passiveOf(text, context);
  const first = passive === null ? undefined : wordsOf(text)[0];
  if (first === undefined || !passive!(first) || context.vocabs[0]?.weighingPassives.includes(first) === true) return null;
  // Any time counts, even one the meeting's date cannot place (`perjantaina` in minutes without a date).
  if (readDue(text, context.header.date ?? ANY_DATE, context.vocabs) !== null) return null;
  return first;
}

/**
 * Whether a word is a passive of doing in the minutes' language: a passive ending, not a verb of
 * deciding, not one of the meeting's own proceedings (`Käsitellään jäsenten asiat`, `Todetaan
 * läsnäolijat`: reports, no tasks). Null when the text holds no passive ending at all.
 */
function passiveOf(text: string, context: FindContext): ((word: string) => boolean) | null {
  const endings = context.vocabs[0]?.passiveEndings ?? [];
  // A word with a passive ending holds it in the lower-case text: without one, no word needs a look.
  const lower = text.toLowerCase();
  if (!endings.some((e) => lower.includes(e))) return null;
  const cues = gather(context.vocabs, 'decisionCues');
  const reports = wordSet(context.vocabs, 'reportWords');
  // A case with a possessive suffix ends so too (`pyynnöstään`, `osaltaan`): a noun, no passive.
  const cases = context.vocabs[0]?.possessiveCaseEndings ?? [];
  return (word: string): boolean => word.length > 5 && endings.some((e) => word.endsWith(e)) && !cases.some((e) => word.endsWith(e)) && !oneOf(word, cues) && !reports.has(word);
}

/** A language's present passives of a deed as their words (`kontakt tas`: `kontakt`, `tas`), split once. */
const deedPassiveWords = oncePer((deeds: readonly string[]): string[][] => deeds.map((d) => d.split(' ')));

/**
 * The present passive of a deed a sentence holds wherever it stands (`Kontakt tas med kommunen`,
 * `Väghyvling beställs genom Olles försorg`): Swedish minutes write what is to be done so, and a
 * verb-second clause puts the verb after what is fronted. The passive as written, or null. None
 * where its clause (up to a comma or a colon) holds a negation or a word of none anywhere (`beställs
 * inte`, `Inget material köps in`, `i år beställs inget`); where a word that opens a dependent clause
 * stands before it in its clause (`Viggo föreslog att lokalen bokas`, `Det diskuterades om grus
 * beställs`, `Material som köps in`): what is proposed, asked or described is not set; nor where
 * the sentence holds a standing word (`uppdateras automatiskt`, `hämtas som vanligt`): a routine.
 */
export function presentDeedPassive(text: string, context: FindContext): string | null {
  const deeds = context.vocabs[0]?.presentDeedPassives;
  if (deeds === undefined || deeds.length === 0) return null;
  const words = wordsOf(text);
  if (holdsStandingWord(text, context.vocabs)) return null;
  const { negations, opens } = deedPassiveBars(context.vocabs);
  const barred = barredWords(text, words, negations, opens);
  for (const parts of deedPassiveWords(deeds)) {
    for (let i = words.indexOf(parts[0] as string); i >= 0; i = words.indexOf(parts[0] as string, i + 1)) {
      if (!parts.every((part, k) => words[i + k] === part) || barred[i] === true) continue;
      return asWritten(text, parts.join(' '));
    }
  }
  return null;
}

/**
 * For each of the text's words (as `wordsOf` splits them), whether a present passive there is barred:
 * its clause (up to a comma, semicolon or colon) holds a negation, or a word that opens a dependent
 * clause stands before it in the clause. One pass over the clauses.
 */
function barredWords(text: string, words: readonly string[], negations: ReadonlySet<string>, opens: ReadonlySet<string>): boolean[] {
  const barred: boolean[] = [];
  let at = 0;
  for (const piece of text.split(/[,;:]/u)) {
    const count = wordsOf(piece).length;
    const clause = words.slice(at, at + count);
    const negated = clause.some((w) => negations.has(w));
    let opened = false;
    for (const word of clause) {
      barred.push(negated || opened);
      opened ||= opens.has(word);
    }
    at += count;
  }
  return barred;
}

/** What bars a present passive of a deed from being a task (see `presentDeedPassive`), gathered once per list of vocabularies. */
const deedPassiveBars = oncePer((vocabs: readonly Vocabulary[]): { negations: ReadonlySet<string>; opens: ReadonlySet<string> } => {
  const that = new Set(gather(vocabs, 'thatWords'));
  // The words after the modal in a negated modal (`inte` of `ska inte`, `aldrig` of `ska aldrig`; not `att` of `kommer inte att`).
  const negated = gather(vocabs, 'negatedModals').flatMap((m) => m.split(' ').slice(1)).filter((w) => !that.has(w));
  return {
    negations: new Set([...negated, ...vocabs.flatMap((v) => v.noneSubjects ?? [])].map(fold)),
    opens: new Set([...vocabs.flatMap((v) => [...(v.subordinators ?? []), ...(v.conditionals ?? [])]), ...gather(vocabs, 'relativePronouns'), ...that]),
  };
});

/** The standing words of the vocabularies (`jatkossa*`, `som vanligt`), made once per list of vocabularies. */
const standingWords = oncePer((vocabs: readonly Vocabulary[]): readonly string[] => vocabs.flatMap((v) => v.standingWords ?? []));

/**
 * Whether a sentence holds a standing word, by stem where it ends in `*` (`jatkossa*`: `jatkossakin`),
 * or a phrase of them (`som vanligt`, `tästä eteenpäin`): a standing rule or a routine, nothing to
 * be done once.
 */
export function holdsStandingWord(text: string, vocabs: readonly Vocabulary[]): boolean {
  const standing = standingWords(vocabs);
  return standing.length > 0 && (anyMatches(wordsOf(text), standing) || findPhrase(text, standing) !== null);
}

/** A language's passive modals as their words (`zal worden`: `zal`, `worden`), split once. */
const modalWords = oncePer((modals: readonly string[]): string[][] => modals.map((m) => m.split(' ')));

/**
 * A modal with a passive after it, a task nobody is named for (`ett kalkylark ska läggas upp`,
 * `er zal een bord gemaakt worden`, `das Protokoll muss verschickt werden`): the modal and the
 * passive as written, or null. The passive is a word with a passive ending of the language (or a
 * passive auxiliary) among the eight words after the modal; a verb of being or of reporting
 * (`ska finnas`) is none. A sentence that opens with a condition of the language (`Mocht ...`,
 * `Indien ...`) says what would be done, not what is to be.
 */
export function modalPassive(text: string, context: FindContext): string | null {
  const vocab = context.vocabs[0];
  if (vocab === undefined || vocab.passiveModals.length === 0) return null;
  const words = wordsOf(text);
  // A contingency, not a task (`Mocht dit niet helpen, dan zullen er maatregelen worden genomen`): the sentence opens with a condition.
  if ((vocab.conditionals ?? []).includes(words[0] ?? '')) return null;
  const reports = wordSet(context.vocabs, 'reportWords');
  const modals = modalWords(vocab.passiveModals);
  for (let i = 0; i < words.length; i++) {
    const modal = modals.find((parts) => parts.every((part, k) => words[i + k] === part));
    if (modal === undefined || describesNoun(words, i, vocab.relativePronouns) || (toldOrAsked(words, i, context.vocabs) && !personAgentAfter(text, words, i, context))) continue;
    const from = i + modal.length;
    for (const word of words.slice(from, from + 8)) {
      const passive = vocab.modalPassives.some((e) => word === e || (e.length <= 3 && word.length > e.length + 2 && word.endsWith(e)));
      if (passive && !reports.has(word)) return asWritten(text, words.slice(i, words.indexOf(word, from) + 1).join(' '));
      if (reports.has(word) && !vocab.modalPassives.includes(word)) break;
    }
  }
  return null;
}

/** How many words before a modal the verb of telling or the word of a question may stand. */
const TOLD_REACH = 16;

/**
 * Whether the modal at `at` stands in what a verb of telling passes on (`Olle påpekade att taket
 * behöver ses över`, `Hanna berättade att skolgården ska rustas upp`) or in an indirect question
 * (`Styrelsen diskuterade om det ska genomföras 2026`): a verb of telling and its opener, or a
 * verb of saying or weighing and a word that opens a question, before it in the sentence. Someone's news or a question weighed is
 * no task the meeting sets.
 */
function toldOrAsked(words: readonly string[], at: number, vocabs: readonly Vocabulary[]): boolean {
  const whether = wordSet(vocabs, 'whetherWords');
  const reports = wordSet(vocabs, 'reportWords');
  // The clause the modal stands in: its last words before it, so that a long run of text costs no more per modal.
  for (let k = Math.max(0, at - TOLD_REACH); k < at; k++) {
    const word = words[k] as string;
    // The question's word right after a verb of saying or weighing (`diskuterade om`, `discussed whether`); `ett anslag om` is about a thing.
    if (whether.has(word) && k > 0 && reports.has(words[k - 1] as string)) return true;
    if (k + 1 < at && vocabs.some((v) => v.hearsay !== undefined && v.hearsay.verbs.includes(word) && v.hearsay.openers.includes(words[k + 1] as string))) return true;
  }
  return false;
}

/**
 * Whether the news passed on names who is to do it after the modal, the passive's agent a person
 * (`moet worden schoongemaakt door Piet`): then the task stands.
 */
function personAgentAfter(text: string, words: readonly string[], at: number, context: FindContext): boolean {
  const agents = wordSet(context.vocabs, 'passiveAgents');
  // The agent a person: a name (`door Piet`), not a body (`av kommunen`).
  const named = (k: number): boolean => /^\p{Lu}/u.test(asWritten(text, words[k + 1] as string)) || wordSet(context.vocabs, 'personPronouns').has(words[k + 1] as string);
  return words.slice(at + 1, at + 1 + TOLD_REACH).some((w, n) => agents.has(w) && words[at + n + 2] !== undefined && named(at + n + 1));
}

/**
 * The passive infinitive of a task nobody is named for (`A letter to be sent to the council`,
 * `Quotes for the boiler to be obtained`, `The hall is to be painted`), as the language's
 * `infinitivePassive` reads it: the auxiliary among the first words, after a subject with no word of
 * need, wish, report or likelihood (`this needs to be fixed` states a need, `ISO requires the text
 * to be ...` a rule), and a participle of a deed
 * after it, not one of a state or of news awaited (`to be confirmed`, `to be based on`). The
 * auxiliary and the participle as written, or null. A question is none.
 */
export function infinitivePassive(text: string, context: FindContext): string | null {
  const shape = context.vocabs[0]?.infinitivePassive;
  if (shape === undefined || text.includes('?')) return null;
  const words = wordsOf(text);
  const told = context.vocabs[0]?.hearsay?.verbs ?? [];
  const limit = Math.min(words.length - 1, shape.within);
  for (let i = 1; i < limit; i++) {
    const aux = shape.auxiliary.find((a) => a.split(' ').every((part, k) => words[i + k] === part));
    if (aux === undefined) continue;
    // The subject alone before it: no word of need, wish, report or telling among its words, and no comma
    // (`the minutes, to be approved in July` describes the noun before it).
    if (words.slice(0, i).some((w) => shape.governors.includes(w) || told.includes(w)) || commaBefore(text, aux)) return null;
    // News told by someone (`The post office is to be closed, the clerk reported.`) is no task of the meeting: a verb of telling after the last comma.
    const comma = text.lastIndexOf(',');
    if (comma >= 0 && wordsOf(text.slice(comma + 1)).some((w) => told.includes(w))) return null;
    const at = i + aux.split(' ').length;
    const word = words[at];
    if (word === undefined) return null;
    if (shape.notDeeds.some((n) => n === word || (n.includes(' ') && words.slice(at, at + n.split(' ').length).join(' ') === n))) return null;
    const participle = isParticiple(word, shape);
    return participle ? asWritten(text, words.slice(i, at + 1).join(' ')) : null;
  }
  return null;
}

/** Whether a word is a participle of the language's passive infinitive: one it lists, or one with its ending (`moved`). */
export function isParticiple(word: string, shape: { participles: readonly string[]; endings: readonly string[] }): boolean {
  return shape.participles.includes(word) || shape.endings.some((e) => word.length > e.length + 2 && word.endsWith(e));
}

/** Whether a comma stands before the first place the words `aux` are written. */
function commaBefore(text: string, aux: string): boolean {
  const at = text.toLowerCase().indexOf(` ${aux} `);
  return at > 0 && text.lastIndexOf(',', at) >= 0;
}

/**
 * Whether the modal at `at` stands in a relative clause late in a sentence (`identifierade vi fyra
 * områden som ska utredas`, `registret, som kommer att användas`): a relative pronoun at most two
 * words before it, after four words or more of the sentence. Such a clause says what a noun is
 * for; a note that opens with its noun (`Bänkar som ska målas`) may still be the task itself.
 */
function describesNoun(words: readonly string[], at: number, relatives: readonly string[]): boolean {
  for (let k = Math.max(4, at - 3); k < at; k++) if (relatives.includes(words[k] as string)) return true;
  return false;
}

/** The first-person promises of the vocabularies, folded as the text they are looked for in (`lähetän` reads `lahetan`); once per list of vocabularies. */
export const foldedPromises = oncePer((vocabs: readonly Vocabulary[]): string[] => gather(vocabs, 'selfTasks').map(fold));

/**
 * The speakers of a promise in chat-style minutes and the promise's words, or null: a first-person
 * promise after any speaker's label (`mk: I will ...`), or a link after the label of one or more
 * people (`Michelle: will send ...`, `John/Matt: needs to ...`, `DH: Let me ask ...`), where the
 * label must name participants or read as names. The promise may open a later clause of the
 * speaker's note, after a semicolon or a spaced dash (`Christoph: asked for it; will share later`,
 * `Paris: ask Michelle to attend; taking as an action`). A label before a spaced dash (`Steve -
 * will open an issue`) is a speaker's only when it names participants: a topic is written so too
 * (`Budget - will be final in May`). Initials after a participant's first name (`Tim SC`) name them.
 */
export function selfTask(text: string, context: FindContext): { speakers: string[]; words: string } | null {
  const match = /^([\p{L}@][\p{L}\d_.@/&+ -]{0,30}?)\s?:\s+(\S.*)$/u.exec(text);
  const dashed = match ? null : speakerDash(text);
  const written = match?.[1] ?? dashed?.names;
  const said = match?.[2] ?? dashed?.rest;
  if (written === undefined || said === undefined) return null;
  const resolve = (name: string): string => resolvePerson(name, context.header.participants) ?? resolvePerson(withoutInitials(name), context.header.participants) ?? name;
  const known = (name: string): boolean =>
    resolvePerson(name, context.header.participants) !== null || resolvePerson(withoutInitials(name), context.header.participants) !== null || initialsOwner(name, context.header.participants) !== null;
  for (const [k, clause] of clausesOf(said).entries()) {
    const rest = fold(clause).replace(/’/g, "'");
    const promise = foldedPromises(context.vocabs).find((p) => rest.startsWith(`${p} `) || rest === p);
    if (promise !== undefined && (!written.includes(' ') || known(written)) && (match !== null || known(written))) return { speakers: [resolve(written)], words: `${written}: ${promise}` };
    // A later clause opens with a verb's link, not with a preposition (`thanks, to the team` joins no task).
    const link = gather(context.vocabs, 'speakerLinks').find((p) => rest.startsWith(`${p} `) && !rest.startsWith(`${p} be `) && (k === 0 || !prepositions(context.vocabs).has(p)));
    if (link === undefined) continue;
    // `To summarize, ...`, `To be clear, ...`: an infinitive of a word or two before a comma frames what is said, no promise.
    if (link === 'to' && rest.split(' ').length <= 3 && said.startsWith(`${clause},`)) continue;
    const names = splitNames(written, context.vocabs, known, true);
    if (!names || !names.every((n) => known(n) || (match !== null && (n.startsWith('@') || nameShaped(n, context, false))))) return null;
    return { speakers: names.map(resolve), words: `${written}: ${asWritten(clause, link)}` };
  }
  return null;
}

/** A speaker's note cut into its clauses at semicolons, commas and spaced dashes (`asked for it; will share later`, `for designs, will send a draft`). */
function clausesOf(text: string): string[] {
  return text.split(/[;,]\s*|\s[-–—]\s/u).map((c) => c.trim()).filter((c) => c !== '');
}

/** The words that lead a goal or a time (`to`, `for`, `before`): prepositions, whatever else they link. */
const prepositions = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> => new Set(vocabs.flatMap((v) => v.nextMeetingLeads ?? [])));

/** The names and the note of a line that opens with a label and a spaced dash (`Steve - will open an issue`), or null. */
function speakerDash(text: string): { names: string; rest: string } | null {
  const lead = splitLead(text);
  return lead !== null && !text.slice(0, lead.names.length + 1).includes(':') && lead.names.length <= 30 ? lead : null;
}

/** A name without the initials written after a first name (`Tim SC`, `Josh R.`): the first name, or the name as it is. */
export function withoutInitials(name: string): string {
  const initials = /^(\p{Lu}\p{Ll}+) \p{Lu}{1,3}\.?$/u.exec(name);
  return initials ? (initials[1] as string) : name;
}
