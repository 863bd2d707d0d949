import { fold } from '../lang/match.js';
import { oncePer } from '../lang/once-per.js';
import type { Vocabulary } from '../lang/types.js';
import type { DateRange } from '../model/date-range.js';
import { isoDate } from './calendar.js';
import { includesAny, wordsOf } from './cues.js';
import { scanDates } from './read-dates.js';
import type { Line } from './types.js';

/** The most words of a line that only names the next meeting (`Date of next meeting:`), which looks for the date below it. */
const NAME_ONLY = 4;

/** How many lines after a line that names the next meeting its date may stand on (`## Nästa möte` / `Tisdag 14 oktober kl 18`). */
const DATE_BELOW = 2;

/**
 * The date of the next meeting the minutes set (`Next meeting: 17 September 2025`, `Seuraava kokous
 * pidetään 13.12.`, `## Nästa möte` / `Tisdag 14 oktober`): the first date after the meeting's own in
 * a line that names the next meeting, or in one of the two lines under it when that line holds no
 * date. A date without its year takes the meeting's, or the next year's when it would fall before
 * the meeting. Null when the minutes name none, or the meeting has no date to count from.
 */
export function nextMeetingDate(lines: readonly Line[], meetingDate: string | null, vocabs: readonly Vocabulary[]): string | null {
  if (meetingDate === null) return null;
  const phrases = nextMeetingPhrases(vocabs);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    if (line.text.length > 400 || !includesAny(fold(line.text), phrases)) continue;
    for (let j = k; j < Math.min(lines.length, k + DATE_BELOW + 1); j++) {
      const date = laterDate((lines[j] as Line).text, meetingDate, vocabs);
      if (date !== null) return date;
      // Only a line that says no more than the phrase (`## Nästa möte`, `Next meeting:`) looks below it.
      if (j === k && wordsOf(line.text).length > NAME_ONLY) break;
    }
  }
  return null;
}

/** The first date in a text after `meetingDate`, its year supplied where the text leaves it out; or null. */
function laterDate(text: string, meetingDate: string, vocabs: readonly Vocabulary[]): string | null {
  const year = Number(meetingDate.slice(0, 4));
  for (const hit of scanDates(text, vocabs)) {
    const iso = hit.year !== null ? isoDate(hit.year, hit.month, hit.day) : (isoDate(year, hit.month, hit.day) ?? '') > meetingDate ? isoDate(year, hit.month, hit.day) : isoDate(year + 1, hit.month, hit.day);
    if (iso !== null && iso > meetingDate) return iso;
  }
  return null;
}

/**
 * A task's deadline at the next meeting (`report back at the next meeting`, `till nästa möte`, `bis
 * zur nächsten Sitzung`, `seuraavaan kokoukseen mennessä`): the date the minutes set for that
 * meeting, with the words that name it; null when the task names no such meeting or no date is set.
 */
export function nextMeetingDue(text: string, nextDate: string | null, vocabs: readonly Vocabulary[]): DateRange | null {
  if (nextDate === null) return null;
  const folded = fold(text);
  for (const phrase of deadlinePhrases(vocabs)) {
    const at = folded.indexOf(phrase);
    if (at >= 0 && !/\p{L}/u.test(folded.charAt(at - 1)) && !/\p{L}/u.test(folded.charAt(at + phrase.length))) return { text: text.slice(at, at + phrase.length), start: nextDate, end: nextDate };
  }
  return null;
}

/** The phrases that name the next meeting, folded, once per list of vocabularies. */
const nextMeetingPhrases = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.nextMeeting.map(fold)));

/** The phrases that set a task's deadline at the next meeting, folded, longest first; once per list of vocabularies. */
const deadlinePhrases = oncePer((vocabs: readonly Vocabulary[]): string[] => vocabs.flatMap((v) => v.nextMeetingDeadlines.map(fold)).sort((a, b) => b.length - a.length));
