import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { DateRange } from '../model/date-range.js';
import { isoDate } from './calendar.js';
import { includesAny, wordsOf } from './cues.js';
import { scanDates } from './read-dates.js';
import type { Line } from './types.js';

/** The most words of a line that only names the next meeting (`Date of next meeting:`), which looks for the date below it. */
const NAME_ONLY = 5;

/**
 * The date of the next meeting the minutes set (`Next meeting: 17 September 2025`, `Seuraava kokous
 * pidetään 13.12.`, `## Nästa möte` / `Tisdag 14 oktober kl 18`): a line that opens by naming the next
 * meeting (after an article or an item's number at most, or as a label: `Date of next meeting:`) and holds one date after the meeting's
 * own, or, when it says no more than the name, the line right under it that opens with that date.
 * A date without its year takes the meeting's, or the next year's when it would fall before the
 * meeting. Null when the minutes name none, name two (`moves from 2 April to 16 April`), or the
 * meeting has no date to count from: no deadline is better than a wrong one.
 */
export function nextMeetingDate(lines: readonly Line[], meetingDate: string | null, vocabs: readonly Vocabulary[]): string | null {
  if (meetingDate === null) return null;
  const phrases = nextMeetingPhrases(vocabs);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    // A line that opens with the name, or a short one that holds it (`## 5. Date of next meeting`).
    if (line.text.length > 400 || !(opensWith(fold(line.text), phrases) || (wordsOf(line.text).length <= NAME_ONLY && includesAny(fold(line.text), phrases)))) continue;
    // Two dates in the line (`moves from 2 April to 16 April`, `1 mars (flyttat från 1 februari)`) leave the date in doubt.
    if (scanDates(line.text, vocabs).length > 1) return null;
    const dates = laterDates(line.text, meetingDate, vocabs);
    if (dates.length > 0) return dates[0] as string;
    // Only a line that says no more than the name (`## Nästa möte`, `Next meeting:`) looks to the line under it.
    const below = lines[k + 1];
    if (wordsOf(line.text).length > NAME_ONLY || below === undefined) continue;
    const under = laterDates(below.text, meetingDate, vocabs, true);
    if (under.length === 1) return under[0] as string;
  }
  return null;
}

/** Whether a folded line opens with one of the phrases, after an item's number or mark and an article at most (`7. Seuraava kokous`, `Die nächste Sitzung`). */
function opensWith(folded: string, phrases: readonly string[]): boolean {
  const text = folded.replace(/^[\s#*§>\d.):-]+/u, '');
  const words = text.split(/\s+/u);
  const rest = [text, words.slice(1).join(' ')];
  if (phrases.some((phrase) => rest.some((r) => r.startsWith(phrase)))) return true;
  // Or a label that ends with the name (`Date of next meeting: 16 May`, `Datum nächste Sitzung:`): two words before it at most, its colon after.
  return phrases.some((phrase) => {
    const at = text.indexOf(phrase);
    return at > 0 && text.slice(0, at).split(/\s+/u).filter(Boolean).length <= 2 && /^[\s*_]*:/u.test(text.slice(at + phrase.length));
  });
}

/** The dates in a text after `meetingDate`, each once, their year supplied where the text leaves it out; only one that opens the text where `first`. */
function laterDates(text: string, meetingDate: string, vocabs: readonly Vocabulary[], first = false): string[] {
  const year = Number(meetingDate.slice(0, 4));
  const out: string[] = [];
  for (const hit of scanDates(text, vocabs)) {
    // A date under the name opens its line, after a weekday at most (`Tisdag 14 oktober`), no label of another event (`Sommerfest: 20.06.`).
    if (first && (wordsOf(text.slice(0, hit.index)).length > 1 || text.slice(0, hit.index).includes(':'))) continue;
    const iso = hit.year !== null ? isoDate(hit.year, hit.month, hit.day) : (isoDate(year, hit.month, hit.day) ?? '') > meetingDate ? isoDate(year, hit.month, hit.day) : isoDate(year + 1, hit.month, hit.day);
    if (iso !== null && iso > meetingDate && !out.includes(iso)) out.push(iso);
  }
  return out;
}

/**
 * A task's deadline at the next meeting (`report back at the next meeting`, `till nästa möte`, `bis
 * zur nächsten Sitzung`, `seuraavaan kokoukseen mennessä`): the date the minutes set for that
 * meeting, with the words that name it; null when the task names no such meeting or no date is set.
 */
export function nextMeetingDue(text: string, nextDate: () => string | null, vocabs: readonly Vocabulary[]): DateRange | null {
  const folded = fold(text);
  for (const phrase of deadlinePhrases(vocabs)) {
    const at = folded.indexOf(phrase);
    if (at < 0 || /\p{L}/u.test(folded.charAt(at - 1)) || /\p{L}/u.test(folded.charAt(at + phrase.length))) continue;
    // The next meeting's date is looked for only once a task names that meeting.
    const date = nextDate();
    return date === null ? null : { text: text.slice(at, at + phrase.length), start: date, end: date };
  }
  return null;
}

/** The phrases that name the next meeting, folded, once per list of vocabularies. */
const nextMeetingPhrases = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.nextMeeting.map(fold)));

/** The phrases that set a task's deadline at the next meeting, folded, longest first; once per list of vocabularies. */
const deadlinePhrases = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.nextMeetingDeadlines.map(fold)).sort((a, b) => b.length - a.length));
