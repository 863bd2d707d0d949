import type { Decision } from '../model/decision.js';
import type { Language } from '../model/meeting.js';

/** A decision with the meeting it was taken in, as `minutes decisions` lists it (its cue is `parse --explain`'s). */
export interface DecisionRecord extends Omit<Decision, 'cue'> {
  /** The file's path as given on the command line (or found under a folder given there); `-` for standard input. */
  path: string;
  /** The meeting's date and title, and the language its minutes were read in. */
  meeting: { date: string | null; title: string | null; language: Language };
  /** Title of the agenda item that holds the decision, or null. */
  itemTitle: string | null;
}
