import { say, type Locale, type MessageId } from '../messages/index.js';

/** Names of months and weekdays in messages, in the language of the messages whatever the minutes' language. */

/** The name of a month, 1-12, in a locale (English by default). */
export function monthName(month: number, locale: Locale = 'en'): string {
  const id = `month.${month}`;
  return isName(id) ? say(locale, id) : `month ${month}`;
}

/** The name of a weekday, Monday = 0, in a locale (English by default). */
export function weekdayName(day: number, locale: Locale = 'en'): string {
  const id = `weekday.${day}`;
  return isName(id) ? say(locale, id) : `day ${day}`;
}

/** Whether an id is that of a month's or weekday's name (no placeholders). */
function isName(id: string): id is Extract<MessageId, `month.${string}` | `weekday.${string}`> {
  return /^(?:month\.(?:[1-9]|1[0-2])|weekday\.[0-6])$/.test(id);
}
