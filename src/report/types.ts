import type { Locale } from '../messages/index.js';
import type { ActionItem } from '../model/action-item.js';
import type { Severity } from '../model/diagnostic.js';
import type { Position } from '../model/position.js';

/** One sighting of an action in one meeting's minutes. */
export interface Sighting {
  path: string;
  date: string | null;
  status: ActionItem['status'];
  line: number;
}

/** An action item with the meeting it comes from, as `minutes actions` lists it (its cue is `parse --explain`'s). */
export interface ActionRecord extends Omit<ActionItem, 'cue'> {
  /** The file's path as given on the command line (or found under a folder given there). */
  path: string;
  meeting: { date: string | null; title: string | null };
  /** Title of the agenda item that holds the action, or null. */
  itemTitle: string | null;
  /** Every sighting of the same task across meetings, oldest first. */
  history: Sighting[];
  /** Whether the due range ended before today. */
  overdue: boolean;
}

/** One finding of `minutes validate`, in the shape of a vfile message. */
export interface ValidationMessage {
  path: string;
  ruleId: string;
  severity: Severity;
  /** A sentence of the form "Unexpected ..., expected ...", in the locale it was checked in. */
  message: string;
  start: Position;
  end: Position;
}

/** Options every formatter takes. */
export interface FormatOptions {
  /** Colour level: 0 none, 1-3 as chalk counts them. */
  color: 0 | 1 | 2 | 3;
  /** Terminal width for wrapping, or 0 for none. */
  width: number;
  /** The language of headings, labels and summaries (default English); data is never translated. */
  locale?: Locale;
}
