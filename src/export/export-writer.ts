import type { Meeting } from '../model/meeting.js';

/**
 * Where `minutes export` puts meetings as they are parsed, one at a time: a writer keeps no more
 * of a meeting than its format needs once `add` returns.
 */
export interface ExportWriter {
  /** Write one meeting under its id; throws when the output cannot be written. */
  add(meetingId: string, meeting: Meeting): void;
  /** Finish the output and put it in place; throws when it cannot be written. */
  finish(): Promise<void>;
  /** Give up, leaving any file that was there as it was. Never throws. */
  abort(): void;
}

/** Something text can be written to: standard output, or an `OutputFile` put in place by `commit`. */
export interface TextSink {
  write(text: string): void;
  commit?(): void;
  abort?(): void;
}
