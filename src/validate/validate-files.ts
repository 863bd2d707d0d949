import type { FileMemo } from '../cache/file-memo.js';
import { createConfigFinder } from '../config/config-finder.js';
import { isIgnoredByConfig } from '../config/config-ignores.js';
import type { LoadedConfig } from '../config/load-config.js';
import type { CollectedInputs } from '../input/collect-inputs.js';
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
  /**
   * Each file's messages kept from an earlier run (`--cache`): a file whose bytes and settings
   * (configuration, `--rule`, `--lang`, locale) are those of its messages kept is not read again.
   */
  memo?: FileMemo<ValidationMessage[]>;
  /** The inputs already collected from the same paths and `ignore` (by `memoizeRun`): the folders are not walked again. */
  collected?: CollectedInputs | null;
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
  // Each file checked, or recalled from the memo, gives its messages; both come in file order.
  const checked = new Map<string, ValidationMessage[]>();
  const order: string[] = [];
  const settingsOf = settingsByConfig(options);
  const { memo } = options;
  const check = async (file: LoadedMeeting): Promise<void> => {
    const config = await configs.find(file.path);
    if (config !== null && file.path !== '-' && isIgnoredByConfig(file.path, { cwd: io.cwd, loaded: config })) return;
    const roster = config?.config.people ?? [];
    const meetingFile = options.language === undefined ? inLanguage(file, { language: config?.config.language, roster }) : file;
    const severities = resolveSeverities(config?.config ?? null, options.rules);
    const messages = validateMeeting(meetingFile, { severities, roster, ...(options.locale ? { locale: options.locale } : {}) });
    checked.set(file.path, messages);
    memo?.keep(file.path, settingsOf(config), messages);
  };
  // A file whose configuration cannot be read is never recalled: loading it says what is wrong.
  const recall = async (path: string): Promise<boolean> => {
    order.push(path);
    const config = await configs.find(path).catch(() => undefined);
    const messages = config === undefined || memo === undefined ? null : memo.recall(path, settingsOf(config));
    if (messages !== null) checked.set(path, messages);
    return messages !== null;
  };
  // Each meeting is checked as it comes, in order, and then let go: over a large archive only the
  // files in flight are held, not every meeting and its text. The first failure (a malformed
  // configuration) is thrown once loading is over, never left unhandled.
  let pending: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  const loaded = await loadMeetings(paths, {
    io,
    ...(options.ignore ? { ignore: options.ignore } : {}),
    ...(options.language ? { language: options.language } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    locale: options.locale,
    configs,
    ...(memo === undefined ? {} : { known: recall }),
    collected: options.collected,
    onMeeting: (file) => {
      if (memo === undefined) order.push(file.path);
      pending = pending.then(() => (failure === null ? check(file) : undefined)).catch((error: unknown) => void (failure ??= { error }));
    },
  });
  await pending;
  if (failure !== null) throw (failure as { error: unknown }).error;
  const files = order.filter((path) => checked.has(path));
  return { files, messages: files.flatMap((path) => checked.get(path) ?? []), problems: loaded.problems };
}

/**
 * What a file's messages depend on besides its bytes, its path and the code, as a string for the
 * memo: its configuration (roster, language, rules, requirements), `--rule`, `--lang` and the
 * locale. Made once a configuration: a run has a handful for thousands of files.
 */
function settingsByConfig(options: ValidateFilesOptions): (config: LoadedConfig | null) => string {
  const made = new Map<LoadedConfig | null, string>();
  return (config) => {
    let settings = made.get(config);
    if (settings === undefined) made.set(config, (settings = JSON.stringify([config?.config ?? null, options.rules ?? {}, options.language ?? null, options.locale ?? 'en'])));
    return settings;
  };
}

/** The meeting parsed again in the configured language (its people named by the roster again), when detection chose another. */
function inLanguage(file: LoadedMeeting, config: { language: Language | undefined; roster: readonly RosterPerson[] }): LoadedMeeting {
  const { language, roster } = config;
  if (language === undefined || file.meeting.source.language === language) return file;
  return { ...file, meeting: parseMinutes(file.text, { path: file.meeting.source.path, language, roster }) };
}
