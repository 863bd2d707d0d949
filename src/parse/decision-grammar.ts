import { anyMatches, fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { Participant } from '../model/participant.js';
import { gather, hasWord, isWord, wordsOf } from './cues.js';
import { ownerKind } from './owner-kinds.js';
import { resolvePerson } from './resolve-people.js';
import { isBlank, trimEndWhere } from './trim.js';

/** A text without the blanks, colons and the other characters `drop` names at its end, in time linear in what it removes. */
export function trimEndOf(text: string, drop: string): string {
  return trimEndWhere(text, (code) => isBlank(code) || drop.includes(String.fromCharCode(code)));
}

/**
 * The body and its decision verb when a sentence has the deciding body as subject ("the board
 * approved", "Hallitus päätti", "Styrelsen beslutade", "Der Vorstand beschließt"): the verb within
 * two words after the body's word, or right before it when the verb comes second in an inverted
 * clause ("Daraufhin beschließt der Vorstand", "Efter diskussion beslutade mötet"). Null when the
 * sentence holds none.
 */
export function bodyDecides(words: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  const bodies = gather(vocabs, 'bodies');
  const verbs = gather(vocabs, 'bodyVerbs');
  const heads = compoundHeads(vocabs);
  // Where the participle closes the clause, an object may stand between the body and its verb
  // (`von der Versammlung zur Kassenwartin gewählt`).
  const reach = vocabs[0]?.verbFinalClauses === true ? 4 : 2;
  for (let i = 0; i < words.length; i++) {
    if (!isWord(words[i] as string, bodies) && !closesCompound(words[i] as string, heads)) continue;
    for (let k = i + 1; k <= i + reach && k < words.length; k++) {
      if (isWord(words[k] as string, verbs)) return `${words[i]} ${words[k]}`;
    }
    for (let k = i - 1; k >= i - 2 && k > 0; k--) {
      if (isWord(words[k] as string, verbs) && !attributive(words, k, vocabs)) return `${words[k]} ${words[i]}`;
    }
    const joined = i <= 1 && (i === 0 || isWord(words[0] as string, gather(vocabs, 'articles'))) ? joinedVerb(words, i, verbs, vocabs) : null;
    if (joined !== null) return joined;
  }
  return null;
}

/**
 * A verb of deciding joined by `and` to the verb of the body that opens the sentence, later in it
 * (`The board discussed the offer and approved it`, `Hallitus keskusteli asiasta ja päätti ...`,
 * `Styrelsen diskuterade frågan och beslutade att ...`): `and` and the verb, or null. The verb is
 * written whole, as the vocabulary has it, not by its stem, and no word of voting (`candidates (and
 * votes)` names a list, not what the body did).
 */
function joinedVerb(words: readonly string[], body: number, verbs: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  const ands = gather(vocabs, 'and');
  const votes = gather(vocabs, 'voteWords');
  for (let k = body + 3; k <= body + 12 && k < words.length; k++) {
    const word = words[k] as string;
    if (verbs.includes(word) && !votes.includes(word) && ands.includes(words[k - 1] as string)) return `${words[k - 1]} ${word}`;
  }
  return null;
}

/**
 * A verb of deciding whose particle closes its clause (`De vergadering stelt de notulen vast.`,
 * `Der Vorstand legt den Termin fest`): the verb, then within eight words its particle as the
 * clause's last word (before a stop, a comma, `en`/`und` or the end). Null when the sentence holds none.
 * The verb as written is the answer; the words between are the object.
 */
export function separableDecides(words: readonly string[], text: string, vocabs: readonly Vocabulary[]): string | null {
  const entries = separables(vocabs);
  if (entries.length === 0) return null;
  const clauseEnds = clauseLastWords(text);
  for (let i = 0; i < words.length; i++) {
    for (const { verb, particle } of entries) {
      if (words[i] !== verb) continue;
      for (let k = i + 2; k <= i + 9 && k < words.length; k++) {
        if (words[k] === particle && clauseEnds.has(k)) return words[i] as string;
      }
    }
  }
  return null;
}

/** The separable decision verbs of the vocabularies as folded verb and particle, made once. */
const separables = oncePer((vocabs: readonly Vocabulary[]): { verb: string; particle: string }[] =>
  vocabs.flatMap((v) => v.separableDecisions).map((entry) => {
    const [verb = '', particle = ''] = entry.split('…').map((part) => fold(part).trim());
    return { verb, particle };
  }).filter((e) => e.verb !== '' && e.particle !== ''));

/** The indexes (in `wordsOf(text)`) of the words that end a clause: before a stop, a comma, a semicolon or the text's end. */
function clauseLastWords(text: string): Set<number> {
  const out = new Set<number>();
  let index = -1;
  // A stop or comma after a digit is part of a number (`am 5. Mai`, `881,61 €`), no clause's end.
  for (const piece of text.split(/(?<=[;:!?]|(?<!\d)[.,])/u)) {
    const count = wordsOf(piece).length;
    if (count === 0) continue;
    index += count;
    out.add(index);
  }
  return out;
}

/**
 * The body nouns long enough to close a compound, of Swedish, German and Dutch, which join compounds
 * freely. English writes them apart; Finnish lists its compound bodies (`kunnanhallitus`), and its
 * present tense after a body (`Tarkastuslautakunta päättää ...`) states a proposal or a competence.
 */
const compoundHeads = oncePer((vocabs: readonly Vocabulary[]): string[] =>
  vocabs.filter((v) => v.code === 'sv' || v.code === 'de' || v.code === 'nl').flatMap((v) => v.bodies).filter((b) => !b.endsWith('*') && !b.includes(' ') && b.length >= 5));

/**
 * Whether a word is a compound whose head (its last part, as in Swedish, German and Dutch) names a
 * body: `fritidsnämnden`, `byggnadsnämnden`, `kerkbestuur`, `Gemeindevorstand`.
 */
function closesCompound(word: string, heads: readonly string[]): boolean {
  return word.length >= 8 && heads.some((head) => word.length >= head.length + 3 && word.endsWith(head));
}

/**
 * An auxiliary and the decision verb within three words after it: a passive decision ("the minutes
 * were read and approved", "das Protokoll wurde einstimmig genehmigt", "het voorstel werd aangenomen"), or null.
 * A passive whose subject is the body itself (`we have been approved`) records another's decision.
 * Where the participle closes the clause (Dutch, German), subject and adverbs may stand between,
 * however many (`Der Antrag auf Erhöhung der Beiträge wird nach kurzer Aussprache abgelehnt`,
 * `Na de opening werden alle verslagen goedgekeurd.`): `farPassive` reads those.
 */
export function passiveDecides(words: readonly string[], vocabs: readonly Vocabulary[], text?: string): string | null {
  const auxiliaries = gather(vocabs, 'auxiliaries');
  const verbs = gather(vocabs, 'bodyVerbs');
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isWord(words[i] as string, auxiliaries)) continue;
    if (decidedAbout(words, i + 1, vocabs)) continue;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      if (isWord(words[k] as string, verbs)) return words.slice(i, k + 1).join(' ');
    }
  }
  return text !== undefined && vocabs[0]?.verbFinalClauses === true ? farPassive(words, text, vocabs) : null;
}

/**
 * In a language that closes its clause with the participle, an auxiliary of the act (`wird`,
 * `wurde`; `wordt`, `werd`) and a decision verb as the last word of the auxiliary's clause, however
 * far after it: the passive of the body's verdict. One of a state or a perfect (`Die Rollen sind
 * seit Mai festgelegt`, `Eerst zijn de taken ... vastgesteld`) reports; a participle in a clause of
 * its own (`..., ob er angenommen wurde`) is no verdict either.
 */
function farPassive(words: readonly string[], text: string, vocabs: readonly Vocabulary[]): string | null {
  const acts = gather(vocabs, 'actPassive');
  const verbs = gather(vocabs, 'bodyVerbs');
  const clauseEnds = clauseLastWords(text);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isWord(words[i] as string, acts) || decidedAbout(words, i + 1, vocabs)) continue;
    const end = clauseEndAfter(clauseEnds, i);
    if (end > i + 3 && isWord(words[end] as string, verbs)) return `${words[i]} … ${words[end]}`;
  }
  return null;
}

/** The index of the last word of the clause that holds word `i`, or -1. */
function clauseEndAfter(ends: ReadonlySet<number>, i: number): number {
  let best = -1;
  for (const end of ends) if (end >= i && (best === -1 || end < best)) best = end;
  return best;
}

/**
 * Whether the decision word at `at` is a passive whose subject is the body itself (`We have been
 * approved for a grant`, `wir wurden angenommen`): an auxiliary right before it and a first-person
 * plural pronoun among the three words before it. Others decided about the body; it decided nothing.
 */
export function decidedAbout(words: readonly string[], at: number, vocabs: readonly Vocabulary[]): boolean {
  if (at < 2 || !hasWord([words[at - 1] as string], gather(vocabs, 'auxiliaries'))) return false;
  return hasWord(words.slice(Math.max(0, at - 4), at - 1), gather(vocabs, 'wePronouns'));
}

/**
 * Whether the decision word at `at` stands between an article and the noun it qualifies, an
 * adjective rather than a verb (`Notulen van de besloten vergadering`, `the approved budget is
 * online`): the article right before it and a word after it that is no stop word, no "that" and no
 * "and". An article with nothing after it is an object pronoun (`Het bestuur heeft het besloten.`).
 */
export function attributive(words: readonly string[], at: number, vocabs: readonly Vocabulary[]): boolean {
  const next = words[at + 1];
  if (at < 1 || next === undefined || !hasWord([words[at - 1] as string], gather(vocabs, 'articles'))) return false;
  return !hasWord([next], [...gather(vocabs, 'stopwords'), ...gather(vocabs, 'thatWords'), ...gather(vocabs, 'and')]);
}

/**
 * Whether a sentence owes a decision rather than records one: a decision verb's participle between a
 * modal and the infinitive of the passive (`Im Juni muss festgelegt werden, welches ...`, `Er moet
 * nog besloten worden`) says the decision is still to be taken, work for later, no decision of the meeting.
 */
export function owedDecision(words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const cues = gather(vocabs, 'decisionCues');
  for (let at = 1; at + 1 < words.length; at++) {
    if (!hasWord([words[at + 1] as string], gather(vocabs, 'modalPassives')) || !anyMatches([words[at] as string], cues)) continue;
    if (hasWord(words.slice(Math.max(0, at - 4), at), gather(vocabs, 'passiveModals'))) return true;
  }
  return false;
}

/** The capitalised word a text ends in, before any blanks or commas, or undefined. */
function lastName(text: string): string | undefined {
  const trimmed = trimEndOf(text, ',');
  let start = trimmed.length;
  while (start > 0 && /[\p{L}\p{M}'’-]/u.test(trimmed.charAt(start - 1))) start--;
  const word = trimmed.slice(start);
  return /^\p{Lu}/u.test(word) ? word : undefined;
}

/**
 * Whether a person of the meeting is the subject of the decision verb that made a sentence a
 * decision ("Michael agreed to check the alias"), or an office that agreed to do a thing ("The Chair
 * agreed to ..."): a person's promise or view, not the body's decision. Only active verbs of deciding count (`bodyVerbs`); a passive (`valittiin`) names its
 * object after it, and a body (`the board agreed`) is no person.
 */
export function personDecides(text: string, cueWords: string, vocabs: readonly Vocabulary[], participants: readonly Participant[]): boolean {
  const verb = wordsOf(cueWords).find((w) => isWord(w, gather(vocabs, 'bodyVerbs')));
  if (verb === undefined) return false;
  const at = text.toLowerCase().indexOf(verb);
  if (at <= 0) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  // `He agreed that ...`, `She also agreed to ...`: a pronoun of one person, right before the verb or one word before it.
  const pronouns = gather(vocabs, 'personPronouns');
  if (wordsOf(before).slice(-2).some((w) => pronouns.includes(w))) return true;
  const name = lastName(before);
  // `Proposal from Ann approved`, `Voorstel van Piet aangenomen`, `Antrag von Jonas angenommen`: the name is the proposal's author, the proposal what was decided.
  if (name !== undefined && hasWord(wordsOf(before).slice(-4, -2), gather(vocabs, 'proposalCues'))) return false;
  const next = wordsOf(text.slice(at + verb.length))[0];
  const toDo = next !== undefined && isWord(next, gather(vocabs, 'ownerLinks'));
  // `Niall elected unopposed`, `Ann Lee re-elected treasurer`: the name before a word of choosing is who was chosen, by the body.
  if (!toDo && isWord(verb, gather(vocabs, 'choosingWords'))) return false;
  // An office that agrees to do a thing is one person too (`The Treasurer agreed to ...`), whoever holds it;
  // an office that finds or confirms a thing (`Ordföranden fann mötet behörigt utlyst`) speaks for the meeting.
  const office = (): boolean => toDo && ownerKind(before.trim().split(/\s+/).slice(-2).join(' '), vocabs)?.kind === 'role';
  if (name === undefined || (resolvePerson(name, participants) === null && !office() && !addressed(before, vocabs))) return false;
  // `Chair Lind tabled consideration of the minutes`: what the chair puts off, the meeting puts off.
  if (presides(before, name, vocabs, participants) && vocabs.some((v) => (v.presidingActs ?? []).includes(verb))) return false;
  // Several people who agree on a thing (`Alice and Bob agreed that ...`) settle it; agreeing to do one (`... agreed to send`) is their task.
  const joined = hasWord(wordsOf(before).slice(-3, -1), gather(vocabs, 'and'));
  return !joined || toDo;
}

/**
 * Whether the person named last before a verb presides: the chair's title stands right before the
 * name (`Chair Lind`, `President Ortiz`), or the meeting's list of those present gives them the chair.
 */
function presides(before: string, name: string, vocabs: readonly Vocabulary[], participants: readonly Participant[]): boolean {
  const words = wordsOf(before);
  const title = words[words.length - 1 - wordsOf(name).length];
  if (title !== undefined && vocabs.some((v) => (v.roles.chair ?? []).includes(title))) return true;
  const full = resolvePerson(name, participants);
  return participants.some((p) => p.name === full && p.roles.includes('chair'));
}

/**
 * Whether the name a text ends in is written with a form of address or a member's title right
 * before it (`Member Okafor`, `Councillor Reyes`, `Dr. Lind`): public minutes name their members so,
 * by surname alone, and the title makes the surname a person's even when no list of those present
 * gives it.
 */
function addressed(before: string, vocabs: readonly Vocabulary[]): boolean {
  const words = wordsOf(before);
  const title = words[words.length - 2];
  return title !== undefined && hasWord([title], gather(vocabs, 'honorifics'));
}

/** A speaker's prefix in chat-style or scribed minutes (`EA: ...`, `Matt Garrish: ...`, `mk: ...`, `@k900: ...`) and the words after it. */
const SPEAKER = /^(@?\p{L}[\p{L}\d_.'’ -]{0,30}):\s+(\S.*)$/u;

/**
 * What a speaker said, when the sentence is a speaker's line: the prefix names a participant, is
 * initials in capitals (`AWB`), a lower-case handle (`mk`) or an `@` handle (`@K900`). Null for any other sentence, also for
 * labels such as `Decision:`, which `markers` lists.
 */
export function spoken(text: string, markers: readonly string[], participants: readonly Participant[]): string | null {
  if (!text.includes(':')) return null;
  const match = SPEAKER.exec(text);
  if (!match) return null;
  const who = (match[1] ?? '').trim();
  if (markers.includes(fold(who))) return null;
  // A handle (`@k900`) names a person as it stands.
  const speaker = /^@[\p{L}\d_.-]+$/u.test(who) || /^\p{Lu}{2,4}$/u.test(who) || /^[a-z][a-z\d_]{1,15}$/.test(who) || resolvePerson(who, participants) !== null;
  return speaker ? (match[2] ?? '') : null;
}

/**
 * Whether a sentence opens a proposal not yet decided (`Proposed: ...`, `Ehdotus: ...`,
 * `Förslag att ...`): its first word is a proposal word and no outcome (`hyväksyttiin`, `bifölls`)
 * follows in it, nor a decision verb joined to it by `and` (`Föreslogs och beslutades att ...`,
 * `Proposed and agreed that ...`): the proposal and its adoption in one breath.
 */
export function isProposed(words: readonly string[], vocabs: readonly Vocabulary[]): boolean {
  const first = words[0];
  if (first === undefined || !isWord(first, gather(vocabs, 'proposalCues'))) return false;
  if (gather(vocabs, 'and').includes(words[1] ?? '') && isWord(words[2] ?? '', gather(vocabs, 'decisionCues'))) return false;
  return !hasWord(words.slice(1), gather(vocabs, 'carried'));
}

/**
 * The choice a clause opens with and no subject before it (`Going with the three-part format`,
 * `Redis vs. Memcached: going with Redis`): the notes' short way to write what the meeting settled
 * on, at the start of the sentence or after a topic's colon. Null when the text holds none.
 */
export function chosen(text: string, vocabs: readonly Vocabulary[]): string | null {
  const openers = choiceOpeners(vocabs);
  if (openers.length === 0) return null;
  const colon = text.indexOf(': ');
  for (const clause of colon > 0 && colon <= 80 ? [text, text.slice(colon + 2)] : [text]) {
    // An opener is a few short words: the clause's head holds them and the word after them.
    const words = wordsOf(clause.slice(0, OPENER_REACH));
    const opener = openers.find((o) => o.words.every((w, k) => words[k] === w) && words.length > o.words.length);
    if (opener !== undefined) return opener.phrase;
  }
  return null;
}

/** How many characters at a clause's start are read for a choice opener and a word after it. */
const OPENER_REACH = 80;

/** The choice openers of the vocabularies with their words, made once. */
const choiceOpeners = oncePer((vocabs: readonly Vocabulary[]): { phrase: string; words: readonly string[] }[] =>
  vocabs.flatMap((v) => v.choiceOpeners ?? []).map((phrase) => ({ phrase, words: wordsOf(phrase) })));

/** How many words after its opener the verb of an election written office first may stand. */
const OFFICE_REACH = 16;

/**
 * The verb of an election that fronts the office or the task (`Till ordinarie revisorer på ett år
 * vardera nyväljs Eva Ek och Bo Falk`, `Att jämte ordföranden justera dagens protokoll valdes Eva
 * Ek`, `Zum 1. Vorsitzenden wurde Jan Roth, zur 2. Vorsitzenden Ida Berg gewählt`): minutes of
 * annual meetings record their elections so, the office first and the verb after it as far as
 * the office takes words, past the reach of the other cues. The verb as written in lower case, or
 * null when the sentence opens otherwise or no verb of electing follows within `OFFICE_REACH` words.
 */
export function officeFirst(words: readonly string[], vocabs: readonly Vocabulary[]): string | null {
  const { openers, verbs } = officeFirstWords(vocabs);
  if (!openers.has(words[0] ?? '')) return null;
  for (let k = 1; k < words.length && k <= OFFICE_REACH; k++) if (verbs.has(words[k] as string)) return words[k] as string;
  return null;
}

/** The openers and verbs of office-first elections of the vocabularies, made once. */
const officeFirstWords = oncePer((vocabs: readonly Vocabulary[]): { openers: Set<string>; verbs: Set<string> } => ({
  openers: new Set(vocabs.flatMap((v) => v.officeFirst.openers)),
  verbs: new Set(vocabs.flatMap((v) => v.officeFirst.verbs)),
}));

/** The most words a sentence closed by its cue of deciding holds: a subject and the cue, not a report. */
const LONGEST_CLOSED = 14;

/**
 * The cue of deciding that closes a sentence of one clause (`Budgeten på 500 kr för hosting
 * godkändes.`, `Budget for the hosting next year approved.`), however long the subject before it:
 * the language puts its verb second, after the whole subject, or the note drops the auxiliary. No
 * comma, no word of a clause (`att`, `that`, a relative pronoun), no auxiliary, modal, negation, report
 * verb or other cue before it, nothing after it: those make another clause, a state or a report
 * (`Anna sa att budgeten godkändes`, `Vi följer planen som antogs 2019`).
 */
export function closingCue(words: readonly string[], text: string, vocabs: readonly Vocabulary[]): string | null {
  if (words.length < 3 || words.length > LONGEST_CLOSED || /[,;:?]/u.test(text)) return null;
  const last = words[words.length - 1] as string;
  const cues = gather(vocabs, 'decisionCues');
  if (!anyMatches([last], cues)) return null;
  const before = words.slice(0, -1);
  const barred = closedBars(vocabs);
  return before.some((w) => barred.has(w) || anyMatches([w], cues)) ? null : last;
}

/** The words that keep a closing cue from closing the sentence's one clause, made once per list of vocabularies. */
const closedBars = oncePer((vocabs: readonly Vocabulary[]): ReadonlySet<string> =>
  new Set([...gather(vocabs, 'resolutionClauses'), ...gather(vocabs, 'relativePronouns'), ...gather(vocabs, 'auxiliaries'), ...gather(vocabs, 'passiveModals'), ...gather(vocabs, 'reportWords'), ...vocabs.flatMap((v) => v.negations ?? [])].filter((w) => !w.includes(' '))));

