import { fold } from '../lang/match.js';
import type { ActionRecord, Sighting } from '../report/types.js';
import { contentWords } from './content-words.js';
import { isOverdue } from './is-overdue.js';

/** Options of `mergeSightings`. */
export interface MergeOptions {
  /** Today's date (ISO), to tell whether a merged task is overdue. */
  today: string;
  /** Least Dice coefficient of content words for two sightings to be one task (default 0.6). */
  threshold?: number;
}

interface Task {
  /** Index of the first sighting in the input, to keep the input order. */
  first: number;
  /** Creation order, which is chronological. */
  order: number;
  sightings: ActionRecord[];
  words: Set<string>;
  /** The words it is indexed under (its owners' index), each once. */
  indexed: Set<string>;
  /** The last record it was a candidate for, so that each record looks at it once. */
  seen: number;
}

/** Tasks by folded owners, then by word: the index prefix filtering looks candidates up in. */
type Index = Map<string, Map<string, Task[]>>;

/**
 * Merge the sightings of one task across meetings. Going through dated meetings oldest first, an
 * action joins an earlier task when it comes from another file, has the same owners (as sets,
 * folded) and similar text (Dice coefficient of `contentWords` at least `threshold`), and the task
 * is still open or the action closes it again; the most similar such task wins. A merged task is
 * its latest sighting, with that sighting's status, the latest due date any sighting gave, and a
 * `history` of every sighting oldest first. Actions of undated meetings are never merged.
 * Candidates come from an index of rare words (prefix filtering), so the work grows about linearly.
 */
export function mergeSightings(records: readonly ActionRecord[], options: MergeOptions): ActionRecord[] {
  const threshold = options.threshold ?? 0.6;
  const words = wordsOf(records);
  const rarity = documentFrequency(words);
  const tasks: Task[] = [];
  const index: Index = new Map();
  const ownerKeys = new Map<string, Array<{ owners: readonly string[]; key: string }>>();
  for (const i of chronological(records)) {
    const record = records[i] as ActionRecord;
    const ranked = byRarity(words[i] as string[], rarity);
    const prefix = ranked.slice(0, prefixLength(ranked.length, threshold));
    const owners = ownersKey(record.owners, ownerKeys);
    const mine = new Set(ranked);
    let task = record.meeting.date === null ? undefined : bestTask(record, mine, candidates(index.get(owners), prefix, i), threshold);
    if (task === undefined) {
      task = { first: i, order: tasks.length, sightings: [], words: mine, indexed: new Set(), seen: -1 };
      tasks.push(task);
    }
    task.sightings.push(record);
    task.words = mine;
    if (record.meeting.date !== null) addToIndex(index, owners, task, prefix);
  }
  return tasks.sort((a, b) => a.first - b.first).map((task) => toMerged(task.sightings, options.today));
}

/** `contentWords` of each record, computed once for each distinct text, due date and owners. */
function wordsOf(records: readonly ActionRecord[]): string[][] {
  const known = new Map<string, Array<{ due: string | null; owners: readonly string[]; words: string[] }>>();
  return records.map((record) => {
    const due = record.due === null ? null : record.due.text;
    let seen = known.get(record.text);
    if (seen === undefined) known.set(record.text, (seen = []));
    const found = seen.find((entry) => entry.due === due && sameStrings(entry.owners, record.owners));
    if (found !== undefined) return found.words;
    const words = contentWords(record);
    seen.push({ due, owners: record.owners, words });
    return words;
  });
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Record indices: dated meetings by date, then path, then line; undated ones after, in input order. */
function chronological(records: readonly ActionRecord[]): number[] {
  const dated: number[] = [];
  const undated: number[] = [];
  records.forEach((record, i) => (record.meeting.date === null ? undated : dated).push(i));
  const dates = records.map((record) => record.meeting.date ?? '');
  const paths = records.map((record) => record.path);
  const lines = records.map((record) => record.position.line);
  dated.sort((a, b) => compare(dates[a] as string, dates[b] as string) || compare(paths[a] as string, paths[b] as string) || (lines[a] as number) - (lines[b] as number) || a - b);
  return dated.concat(undated);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The owners folded, without repeats, sorted, as one string; computed once for each list of owners. */
function ownersKey(owners: readonly string[], known: Map<string, Array<{ owners: readonly string[]; key: string }>>): string {
  const first = owners[0] ?? '';
  let seen = known.get(first);
  if (seen === undefined) known.set(first, (seen = []));
  const found = seen.find((entry) => sameStrings(entry.owners, owners));
  if (found !== undefined) return found.key;
  const key = [...new Set(owners.map((owner) => fold(owner).trim()))].sort().join('\u0001');
  seen.push({ owners, key });
  return key;
}

function documentFrequency(lists: readonly string[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const list of lists) for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Words rarest first (ties in code-unit order), the order prefix filtering needs. */
function byRarity(words: readonly string[], rarity: ReadonlyMap<string, number>): string[] {
  return [...words].sort((a, b) => (rarity.get(a) ?? 0) - (rarity.get(b) ?? 0) || (a < b ? -1 : 1));
}

/** How many of the rarest words must be indexed so that two sets with Dice >= threshold share one. */
function prefixLength(size: number, threshold: number): number {
  const overlap = Math.max(1, Math.ceil((threshold * size) / (2 - threshold) - 1e-9));
  return Math.max(0, size - overlap + 1);
}

function addToIndex(index: Index, owners: string, task: Task, prefix: readonly string[]): void {
  let byWord = index.get(owners);
  if (byWord === undefined) index.set(owners, (byWord = new Map()));
  for (const word of prefix) {
    if (task.indexed.has(word)) continue;
    task.indexed.add(word);
    const tasks = byWord.get(word);
    if (tasks === undefined) byWord.set(word, [task]);
    else tasks.push(task);
  }
}

/** The tasks of these owners indexed under any of the words, each once (marked seen by record `visit`). */
function candidates(byWord: ReadonlyMap<string, Task[]> | undefined, prefix: readonly string[], visit: number): Task[] {
  const found: Task[] = [];
  if (byWord === undefined) return found;
  for (const word of prefix) {
    for (const task of byWord.get(word) ?? []) {
      if (task.seen === visit) continue;
      task.seen = visit;
      found.push(task);
    }
  }
  return found;
}

/**
 * The most similar task the record may join, the latest one on a tie; undefined if none. Which
 * wins does not depend on the order of the candidates.
 */
function bestTask(record: ActionRecord, words: Set<string>, tasks: readonly Task[], threshold: number): Task | undefined {
  let best: Task | undefined;
  let bestScore = threshold;
  for (const task of tasks) {
    const last = task.sightings.at(-1) as ActionRecord;
    if (last.path === record.path || (last.status === 'done' && record.status === 'open')) continue;
    const score = dice(words, task.words);
    if (score > bestScore || (score === bestScore && (best === undefined || task.order > best.order))) {
      best = task;
      bestScore = score;
    }
  }
  return best;
}

/** Dice coefficient of two word sets: 2|A∩B| / (|A| + |B|); 0 when both are empty. */
function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** One task from its sightings, oldest first: the latest sighting with the latest due and the full history. */
function toMerged(sightings: readonly ActionRecord[], today: string): ActionRecord {
  const latest = sightings.at(-1) as ActionRecord;
  if (sightings.length === 1) return latest;
  const due = [...sightings].reverse().find((s) => s.due !== null)?.due ?? null;
  const history = sightings.flatMap(historyOf);
  return Object.assign({}, latest, { due, history, overdue: isOverdue({ status: latest.status, due }, today) });
}

function historyOf(record: ActionRecord): Sighting[] {
  if (record.history.length > 0) return record.history;
  return [{ path: record.path, date: record.meeting.date, status: record.status, line: record.position.line }];
}
