import type { ActionRecord } from './types.js';

/** One owner's actions; `owner` is null for the actions that name nobody. */
export interface OwnerGroup {
  owner: string | null;
  records: ActionRecord[];
}

/**
 * Group actions by owner: owners in alphabetical order (English collation, case-insensitive),
 * an action with several owners under each of them, the unassigned group last; within a
 * group the records keep the order they came in.
 */
export function groupByOwner(records: readonly ActionRecord[]): OwnerGroup[] {
  const byOwner = new Map<string, ActionRecord[]>();
  const unassigned: ActionRecord[] = [];
  for (const record of records) {
    if (record.owners.length === 0) unassigned.push(record);
    for (const owner of new Set(record.owners)) {
      const list = byOwner.get(owner);
      if (list) list.push(record);
      else byOwner.set(owner, [record]);
    }
  }
  const groups: OwnerGroup[] = [...byOwner.keys()]
    .sort(compareNames)
    .map((owner) => ({ owner, records: byOwner.get(owner) ?? [] }));
  if (unassigned.length > 0) groups.push({ owner: null, records: unassigned });
  return groups;
}

/** Alphabetical, case-insensitive, ties broken by code units so the order is total. */
function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);
}
