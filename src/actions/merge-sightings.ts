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
  ownerKey: string;
  sightings: ActionRecord[];
  words: Set<string>;
}

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
  const words = records.map(contentWords);
  const rarity = documentFrequency(words);
  const tasks: Task[] = [];
  const index = new Map<string, Set<Task>>();
  for (const i of chronological(records)) {
    const record = records[i] as ActionRecord;
    const ranked = byRarity(words[i] as string[], rarity);
    const ownerKey = ownersKey(record.owners);
    const mine = new Set(ranked);
    let task = record.meeting.date === null ? undefined : bestTask(record, mine, candidates(index, ownerKey, ranked, threshold), threshold);
    if (task === undefined) {
      task = { first: i, order: tasks.length, ownerKey, sightings: [], words: mine };
      tasks.push(task);
    }
    task.sightings.push(record);
    task.words = mine;
    if (record.meeting.date !== null) addToIndex(index, task, ranked, threshold);
  }
  return tasks.sort((a, b) => a.first - b.first).map((task) => toMerged(task.sightings, options.today));
}

/** Record indices: dated meetings by date, then path, then line; undated ones after, in input order. */
function chronological(records: readonly ActionRecord[]): number[] {
  const indices = records.map((_, i) => i);
  return indices.sort((a, b) => {
    const x = records[a] as ActionRecord;
    const y = records[b] as ActionRecord;
    if (x.meeting.date === null || y.meeting.date === null) return x.meeting.date === null ? (y.meeting.date === null ? a - b : 1) : -1;
    return compare(x.meeting.date, y.meeting.date) || compare(x.path, y.path) || x.position.line - y.position.line || a - b;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ownersKey(owners: readonly string[]): string {
  return [...new Set(owners.map((owner) => fold(owner).trim()))].sort().join('\u0001');
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

function addToIndex(index: Map<string, Set<Task>>, task: Task, ranked: readonly string[], threshold: number): void {
  for (const word of ranked.slice(0, prefixLength(ranked.length, threshold))) {
    const key = `${task.ownerKey}\u0000${word}`;
    const tasks = index.get(key);
    if (tasks === undefined) index.set(key, new Set([task]));
    else tasks.add(task);
  }
}

function candidates(index: Map<string, Set<Task>>, ownerKey: string, ranked: readonly string[], threshold: number): Set<Task> {
  const found = new Set<Task>();
  for (const word of ranked.slice(0, prefixLength(ranked.length, threshold))) {
    for (const task of index.get(`${ownerKey}\u0000${word}`) ?? []) found.add(task);
  }
  return found;
}

/** The most similar task the record may join, the latest one on a tie; undefined if none. */
function bestTask(record: ActionRecord, words: Set<string>, tasks: Set<Task>, threshold: number): Task | undefined {
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
  return { ...latest, due, history, overdue: isOverdue({ status: latest.status, due }, today) };
}

function historyOf(record: ActionRecord): Sighting[] {
  if (record.history.length > 0) return record.history;
  return [{ path: record.path, date: record.meeting.date, status: record.status, line: record.position.line }];
}
