import { collectInputs } from '../input/collect-inputs.js';
import { readInputs } from '../input/read-inputs.js';
import type { Io } from '../io.js';
import type { Language, Meeting } from '../model/meeting.js';
import { decode } from '../parse/decode.js';
import { parseMinutes } from '../parse/parse-minutes.js';

/** One minutes file read and parsed, with its decoded text for rules that look at the words. */
export interface LoadedMeeting {
  path: string;
  text: string;
  meeting: Meeting;
}

/** A file that could not be read or is not text: one line naming it and the problem. */
export interface LoadProblem {
  path: string;
  message: string;
}

/** Options of `loadMeetings`. */
export interface LoadOptions {
  io: Io;
  ignore?: string[];
  language?: Language;
  /** Called for each meeting as soon as it is parsed, in input order. */
  onMeeting?: (loaded: LoadedMeeting) => void;
}

/**
 * Collect the files named by paths, folders and globs, read them concurrently, and parse each.
 * Problems (missing, unreadable, binary) are returned, never thrown, so one bad file stops nothing.
 * A progress line goes to stderr when it is a terminal and there are many files.
 */
export async function loadMeetings(paths: string[], options: LoadOptions): Promise<{ meetings: LoadedMeeting[]; problems: LoadProblem[] }> {
  const { io } = options;
  const collected = await collectInputs(paths, { cwd: io.cwd, ...(options.ignore ? { ignore: options.ignore } : {}) });
  const problems: LoadProblem[] = [...collected.problems];
  const meetings: LoadedMeeting[] = [];
  const showProgress = io.stderr.isTTY && collected.files.length >= 200;
  const progress = (done: number, total: number): void => {
    if (showProgress && (done % 100 === 0 || done === total)) io.stderr.write(`\r\x1b[Kreading ${done}/${total} files`);
  };
  for await (const result of readInputs(collected.files, { cwd: io.cwd, stdin: () => io.readStdin(), onProgress: progress })) {
    if ('error' in result) {
      problems.push({ path: result.path, message: result.error });
      continue;
    }
    try {
      const { text } = decode(result.bytes);
      const loaded = { path: result.path, text, meeting: parseMinutes(text, { path: result.path === '-' ? null : result.path, ...(options.language ? { language: options.language } : {}) }) };
      meetings.push(loaded);
      options.onMeeting?.(loaded);
    } catch (error) {
      problems.push({ path: result.path, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (showProgress) io.stderr.write('\r\x1b[K');
  return { meetings, problems };
}
