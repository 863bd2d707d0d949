/** English names used in messages, which are in English whatever the minutes' language. */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The English name of a month, 1-12. */
export function monthName(month: number): string {
  return months[month - 1] ?? `month ${month}`;
}

/** The English name of a weekday, Monday = 0. */
export function weekdayName(day: number): string {
  return weekdays[day] ?? `day ${day}`;
}
