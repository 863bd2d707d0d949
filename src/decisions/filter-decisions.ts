import { fold } from '../lang/match.js';
import type { Language } from '../model/meeting.js';
import type { DecisionRecord } from '../report/decision-record.js';

/** Which decisions to keep; every filter given must hold. */
export interface DecisionFilters {
  /** Keep decisions of meetings on or after this ISO date. */
  since?: string | undefined;
  /** Keep decisions of meetings on or before this ISO date. */
  until?: string | undefined;
  /** Keep decisions whose text, or the title of whose agenda item, holds this, case- and diacritic-insensitively. */
  grep?: string | undefined;
  /** Keep decisions under any of these agenda item numbers (`3` also keeps `3.1`, `3.2`; `§ 3` and `3.` are `3`). */
  items?: readonly string[] | undefined;
  /** Keep decisions of meetings whose minutes are in this language (as detected, or as given when parsed). */
  language?: Language | undefined;
}

/**
 * Keep the decisions that pass every filter given, in their order. `since` and `until` include
 * their date and drop undated meetings; `items` drops decisions outside any numbered item.
 * No filter keeps everything.
 */
export function filterDecisions(records: readonly DecisionRecord[], filters: DecisionFilters): DecisionRecord[] {
  const { since, until, language } = filters;
  const needle = filters.grep === undefined ? '' : fold(filters.grep);
  const items = (filters.items ?? []).map(itemNumber).filter((number) => number !== '');
  return records.filter((record) => {
    const { date } = record.meeting;
    if ((since !== undefined || until !== undefined) && date === null) return false;
    if (date !== null && ((since !== undefined && date < since) || (until !== undefined && date > until))) return false;
    if (language !== undefined && record.meeting.language !== language) return false;
    if (items.length > 0 && !items.some((number) => isUnder(record.item, number))) return false;
    return needle === '' || fold(record.text).includes(needle) || (record.itemTitle !== null && fold(record.itemTitle).includes(needle));
  });
}

/** An item number as asked for, without a `§` before it or a dot or parenthesis after it: `§ 5` and `5.` are `5`. */
export function itemNumber(asked: string): string {
  let number = asked.trim();
  if (number.startsWith('§')) number = number.slice(1).trim();
  if (number.endsWith('§')) number = number.slice(0, -1).trim();
  if (number.endsWith('.') || number.endsWith(')')) number = number.slice(0, -1).trim();
  return number;
}

/** Whether an item number is `number` or one of its sub-items (`3.1` is under `3`; `31` is not). */
function isUnder(item: string | null, number: string): boolean {
  return item !== null && (item === number || item.startsWith(`${number}.`));
}
