import { createConfigFinder } from '../config/config-finder.js';
import { isIgnoredByConfig } from '../config/config-ignores.js';
import { loadMeetings, type CacheSetting, type LoadedMeeting, type LoadProblem } from '../commands/load-meetings.js';
import type { Io } from '../io.js';
import type { Locale } from '../messages/index.js';
import type { Language } from '../model/meeting.js';
import type { RosterPerson } from '../model/roster-person.js';
import { parseMinutes } from '../parse/parse-minutes.js';
import type { ValidationMessage } from '../report/types.js';
import { resolveSeverities, type Severities } from './severities.js';
import { validateMeeting } from './validate-meeting.js';

/** Options of `validateFiles`. */
export interface ValidateFilesOptions {
  io: Io;
  /** Globs of files to leave out (`--ignore`), relative to `io.cwd`. */
  ignore?: string[];
  /** The language of every file (`--lang`), over configuration and detection. */
  language?: Language;
  /** Severities from `--rule`, over every configuration. */
  rules?: Severities;
  /** A configuration file for every input (`--config`), instead of searching upward from each. */
  configFile?: string;
  /** Reuse parse results of unchanged files (`--cache`, `--cache-location`). */
  cache?: CacheSetting;
  /** The language of the findings (default English). */
  locale?: Locale;
}

/** What `validateFiles` found: the files checked, their messages in file order, and unreadable inputs. */
export interface ValidateFilesResult {
  files: string[];
  messages: ValidationMessage[];
  problems: LoadProblem[];
}

/**
 * Read the minutes named by paths, folders and globs, and check each with the configuration
 * found upward from it (or the one given): files its `ignore` globs match are skipped, its
 * `language` is used unless `--lang` is, its severities apply under `--rule`, its roster names the
 * people (and is what `participant-unknown` checks against). Unreadable inputs are
 * returned as problems; malformed configuration throws a `ConfigError`.
 */
export async function validateFiles(paths: string[], options: ValidateFilesOptions): Promise<ValidateFilesResult> {
  const { io } = options;
  const configs = createConfigFinder({ cwd: io.cwd, configFile: options.configFile, readFile: io.readFile });
  // A malformed --config file is an error before any file is read, even when there is none.
  if (options.configFile !== undefined) await configs.find(options.configFile);
  const files: string[] = [];
  const messages: ValidationMessage[] = [];
  const check = async (file: LoadedMeeting): Promise<void> => {
    const config = await configs.find(file.path);
    if (config !== null && file.path !== '-' && isIgnoredByConfig(file.path, { cwd: io.cwd, loaded: config })) return;
    const roster = config?.config.people ?? [];
    const meetingFile = options.language === undefined ? inLanguage(file, { language: config?.config.language, roster }) : file;
    files.push(file.path);
    const severities = resolveSeverities(config?.config ?? null, options.rules);
    messages.push(...validateMeeting(meetingFile, { severities, roster, ...(options.locale ? { locale: options.locale } : {}) }));
  };
  // Each meeting is checked as it comes, in order, and then let go: over a large archive only the
  // files in flight are held, not every meeting and its text. The first failure (a malformed
  // configuration) is thrown once loading is over, never left unhandled.
  let checked: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  const loaded = await loadMeetings(paths, {
    io,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.language ? { language: options.language } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    locale: options.locale,
    configs,
    onMeeting: (file) => {
      checked = checked.then(() => (failure === null ? check(file) : undefined)).catch((error: unknown) => void (failure ??= { error }));
    },
  });
  await checked;
  if (failure !== null) throw (failure as { error: unknown }).error;
  return { files, messages, problems: loaded.problems };
}

/** The meeting parsed again in the configured language (its people named by the roster again), when detection chose another. */
function inLanguage(file: LoadedMeeting, config: { language: Language | undefined; roster: readonly RosterPerson[] }): LoadedMeeting {
  const { language, roster } = config;
  if (language === undefined || file.meeting.source.language === language) return file;
  return { ...file, meeting: parseMinutes(file.text, { path: file.meeting.source.path, language, roster }) };
}
