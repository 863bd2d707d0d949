/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so no time zone can shift a day. */

/** Format a year, month (1-12) and day as an ISO date, or null when no such day exists. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parse an ISO date into its parts. */
export function parts(iso: string): { year: number; month: number; day: number } {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

/** Add days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parts(iso);
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return date.toISOString().slice(0, 10);
}

/** The weekday of an ISO date, Monday = 0 ... Sunday = 6. */
export function weekday(iso: string): number {
  const { year, month, day } = parts(iso);
  return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
}

/** The Monday of ISO week `week` of `year`. */
export function isoWeekMonday(year: number, week: number): string {
  const jan4 = isoDate(year, 1, 4) as string;
  return addDays(jan4, -weekday(jan4) + (week - 1) * 7);
}

/** The ISO week number and week-year of a date. */
export function isoWeek(iso: string): { year: number; week: number } {
  const thursday = addDays(iso, 3 - weekday(iso));
  const year = parts(thursday).year;
  const monday = isoWeekMonday(year, 1);
  return { year, week: Math.floor(daysBetween(monday, thursday) / 7) + 1 };
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
}

/** The last day of the month of a year and month (1-12). */
export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month)) as string;
}
