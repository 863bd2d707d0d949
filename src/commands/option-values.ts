import { InvalidArgumentError } from 'commander';

/** An option's value with something in it; an empty or blank one is a usage error, not a filter that lists nothing. */
export function nonBlank(flag: string, value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError(`expected some text, not an empty ${flag}.`);
  return value;
}

/** Commander's collector for a repeatable option. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** An option's ISO date, checked against the calendar; anything else is a usage error. */
export function isoDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (day === null || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD.');
  }
  return value;
}
