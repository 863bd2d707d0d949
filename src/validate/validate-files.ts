import { basename } from 'node:path';
import { ConfigError } from '../config/config-error.js';
import { isIgnoredByConfig } from '../config/config-ignores.js';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import { parseJson } from '../config/parse-json.js';
import { loadMeetings, type CacheSetting, type LoadedMeeting, type LoadProblem } from '../commands/load-meetings.js';
import { describeError } from '../input/describe-error.js';
import type { Io } from '../io.js';
import type { Locale } from '../messages/index.js';
import type { Language } from '../model/meeting.js';
import { parseMinutes } from '../parse/parse-minutes.js';
import type { ValidationMessage } from '../report/types.js';
import { ruleIds } from './rules/index.js';
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
 * `language` is used unless `--lang` is, its severities apply under `--rule`. Unreadable inputs are
 * returned as problems; malformed configuration throws a `ConfigError`.
 */
export async function validateFiles(paths: string[], options: ValidateFilesOptions): Promise<ValidateFilesResult> {
  const { io } = options;
  const given = options.configFile === undefined ? undefined : await readConfigFile(options.configFile, io);
  const cache = new Map<string, LoadedConfig | null>();
  const files: string[] = [];
  const messages: ValidationMessage[] = [];
  const check = async (file: LoadedMeeting): Promise<void> => {
    const config = given ?? (await loadConfig(file.path === '-' ? 'stdin' : file.path, { knownRules: ruleIds, cache, cwd: io.cwd }));
    if (config !== null && file.path !== '-' && isIgnoredByConfig(file.path, { cwd: io.cwd, loaded: config })) return;
    const meetingFile = options.language === undefined ? inLanguage(file, config?.config.language) : file;
    files.push(file.path);
    const severities = resolveSeverities(config?.config ?? null, options.rules);
    messages.push(...validateMeeting(meetingFile, { severities, ...(options.locale ? { locale: options.locale } : {}) }));
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
    onMeeting: (file) => {
      checked = checked.then(() => (failure === null ? check(file) : undefined)).catch((error: unknown) => void (failure ??= { error }));
    },
  });
  await checked;
  if (failure !== null) throw (failure as { error: unknown }).error;
  return { files, messages, problems: loaded.problems };
}

/** The meeting parsed again in the configured language, when detection chose another. */
function inLanguage(file: LoadedMeeting, language: Language | undefined): LoadedMeeting {
  if (language === undefined || file.meeting.source.language === language) return file;
  return { ...file, meeting: parseMinutes(file.text, { path: file.meeting.source.path, language }) };
}

/** Read the configuration file given with `--config`: its own format, or the `minutes` key of a package.json. */
async function readConfigFile(file: string, io: Io): Promise<LoadedConfig> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(file));
  } catch (error) {
    throw new ConfigError({ file, reason: describeError(error) });
  }
  const json = parseJson(text, file);
  const { checkConfig } = await import('../config/parse-config.js');
  if (basename(file) !== 'package.json') return { path: file, config: checkConfig(json, { file, knownRules: ruleIds }) };
  const value = typeof json === 'object' && json !== null && 'minutes' in json ? json.minutes : {};
  return { path: file, config: checkConfig(value, { file, knownRules: ruleIds, prefix: 'minutes' }) };
}
