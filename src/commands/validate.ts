import { Command, InvalidArgumentError, Option } from 'commander';
import type { RuleSetting } from '../config/config-schema.js';
import type { ValidateFilesResult } from '../validate/validate-files.js';
import type { ValidationMessage } from '../report/types.js';
import { colorLevel, ExitCode, type ExitState, type Io, errorLine } from '../io.js';
import { unlessConfigError } from './archive-report.js';
import { cacheOptions, cacheSettings, type CacheFlags } from './cache-options.js';
import { jobsOption } from './jobs-option.js';
import { localeOfRun, localeOption } from './locale-option.js';
import { say, type Locale } from '../messages/index.js';
import { writeOutput } from './write-output.js';
import type { Language } from '../model/meeting.js';

const formats = ['stylish', 'json', 'github', 'sarif', 'junit'] as const;
const settings: readonly string[] = ['error', 'warn', 'info', 'off'];

/** The options of `minutes validate` as commander hands them over. */
interface ValidateOptions extends CacheFlags {
  format: (typeof formats)[number];
  color: boolean;
  strict?: boolean;
  maxWarnings?: number;
  rule?: Array<[string, RuleSetting]>;
  config?: string;
  output?: string;
  ignore?: string[];
  lang?: Language;
  locale?: Locale;
  jobs?: number;
}

/** `minutes validate`: check minutes files against the rules, with CI-native output. */
export function createValidateCommand(io: Io, exit: ExitState): Command {
  const command = new Command('validate')
    .description('Check minutes files: dates, weekdays, numbering, owners; CI-native output.')
    .argument('[paths...]', 'files, folders, globs, or - for standard input (default: the current folder)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(formats).default('stylish'))
    .option('--strict', 'fail (exit 1) on warnings too')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', count)
    .option('--rule <id=severity>', 'set a rule to error, warn, info or off (repeatable)', collectRule)
    .option('-c, --config <file>', 'use this configuration for every file instead of searching for one')
    .option('-o, --output <file>', 'write the report to a file instead of standard output')
    .option('--ignore <glob>', 'leave out files matching a glob (repeatable)', collect)
    .addOption(new Option('--lang <code>', 'language instead of configuration or detection').choices(['fi', 'en', 'sv', 'de', 'nl']))
    .addOption(localeOption())
    .option('--no-color', 'no colour even on a terminal');
  for (const option of cacheOptions()) command.addOption(option);
  command
    .addOption(jobsOption())
    .addHelpText('after', `
Exit codes: 0 no errors (warnings allowed), 1 errors (or warnings with --strict or over
--max-warnings), 2 usage, unreadable input or malformed configuration.

Examples:
  minutes validate minutes/
  minutes validate --format github 'minutes/**/*.md'
  minutes validate --strict --rule action-due-missing=warn minutes/2024-*.md
  minutes validate --format sarif -o minutes.sarif minutes/`);
  return command.action(async (paths: string[], options: ValidateOptions) => {
    const { ruleIds } = await import('../validate/rules/index.js');
    const unknown = (options.rule ?? []).find(([id]) => !ruleIds.includes(id));
    const locale = localeOfRun(options, io);
    if (unknown !== undefined) command.error(say(locale, 'validate.unknown-rule', { id: unknown[0], ids: ruleIds.join(', ') }), { exitCode: ExitCode.failure, code: 'minutes.unknownRule' });
    exit.code = await runValidate(paths, { ...options, locale }, io);
  });
}

async function runValidate(paths: string[], options: ValidateOptions & { locale: Locale }, io: Io): Promise<ExitCode> {
  const { memoizeRun } = await import('./memoize-run.js');
  const load = {
    io,
    ignore: options.ignore ?? [],
    ...(options.lang ? { language: options.lang } : {}),
    cache: cacheSettings(options),
  };
  // The whole report; with the cache on, kept for a run over the same files and configuration.
  const result = await unlessConfigError(memoizeRun(paths, { ...load, configFile: options.config }, {
    name: JSON.stringify(['validate: report', options.rule ?? [], options.config ?? null, options.locale]),
    compute: async (loadIo, _memoized, run) => {
      const { validateFiles } = await import('../validate/validate-files.js');
      // When some files changed, the messages of the others are taken from the last run.
      const memo = run.perFile({ name: JSON.stringify(['validate: messages by file', options.rule ?? [], options.config ?? null, options.locale]), unpack: (stored) => (isMessages(stored) ? stored : null) });
      // validateFiles takes no --jobs; loadMeetings reads MINUTES_JOBS when it is not given one.
      const env = options.jobs === undefined ? loadIo.env : { ...loadIo.env, MINUTES_JOBS: String(options.jobs) };
      return validateFiles(paths, {
        ...load,
        io: { ...loadIo, env },
        rules: Object.fromEntries(options.rule ?? []),
        locale: options.locale,
        ...(options.config === undefined ? {} : { configFile: options.config }),
        memo,
        collected: run.collected,
      });
    },
    pack: (value) => value,
    unpack: (stored) => (isReport(stored) ? stored : null),
  }), io, { code: ExitCode.ok });
  // A malformed configuration has been said in one line.
  if (result === null) return ExitCode.failure;
  const { sayReason } = await import('../input/describe-error.js');
  for (const problem of result.problems) io.stderr.write(errorLine(`${problem.path}: ${sayReason(problem.message, options.locale)}`));
  const { formatReport } = await import('../validate/format-report.js');
  const color = options.output === undefined ? colorLevel(io.stdout, io.env, options.color) : 0;
  const report = await formatReport(result, { format: options.format, color, locale: options.locale });
  if (!(await writeOutput(report, options.output, io, options.locale))) return ExitCode.failure;
  if (result.problems.length > 0) return ExitCode.failure;
  return verdict(result.messages, options, io);
}

/** 1 when there are errors, or warnings under `--strict` or past `--max-warnings`; else 0. */
function verdict(messages: ReadonlyArray<{ severity: string }>, options: ValidateOptions & { locale: Locale }, io: Io): ExitCode {
  const warnings = messages.filter((message) => message.severity === 'warn').length;
  if (messages.some((message) => message.severity === 'error')) return ExitCode.problems;
  if (options.strict && warnings > 0) return ExitCode.problems;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(errorLine(say(options.locale, 'validate.too-many-warnings', { count: warnings, max: options.maxWarnings })));
    return ExitCode.problems;
  }
  return ExitCode.ok;
}


/** Whether a value read back from the cache has the shape of what validateFiles returns. */
function isReport(value: unknown): value is ValidateFilesResult {
  if (typeof value !== 'object' || value === null) return false;
  const { files, messages, problems } = value as Partial<Record<keyof ValidateFilesResult, unknown>>;
  return Array.isArray(files) && Array.isArray(messages) && Array.isArray(problems);
}

/** Whether a value read back from the cache has the shape of one file's messages. */
function isMessages(value: unknown): value is ValidationMessage[] {
  return Array.isArray(value) && value.every((message) => typeof message === 'object' && message !== null && typeof (message as { ruleId?: unknown }).ruleId === 'string');
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function collectRule(value: string, previous: Array<[string, RuleSetting]> | undefined): Array<[string, RuleSetting]> {
  const match = /^([a-z][a-z0-9-]*)[=:](\w+)$/.exec(value.trim());
  if (!match || !settings.includes(match[2] ?? '')) {
    throw new InvalidArgumentError('expected id=severity, with severity error, warn, info or off (--rule weekday-mismatch=warn)');
  }
  return [...(previous ?? []), [match[1] as string, match[2] as RuleSetting]];
}

function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('expected a whole number of 0 or more');
  return Number(value);
}
