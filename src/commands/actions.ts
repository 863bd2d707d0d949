import { Command, Option } from 'commander';
import type { ActionFilters } from '../actions/filter-actions.js';
import type { ActionSort } from '../actions/sort-actions.js';
import { ExitCode, type ExitState, type Io, errorLine } from '../io.js';
import { archiveLoad, deliverReport, isProblems, isRendered, reportMemo, unlessConfigError, type Rendered } from './archive-report.js';
import { cacheOptions, type CacheFlags } from './cache-options.js';
import { jobsOption } from './jobs-option.js';
import { localeOfRun, localeOption } from './locale-option.js';
import { say, type Locale } from '../messages/index.js';
import { collect, isoDate, nonBlank } from './option-values.js';
import { tableSettings, type TableSettings } from './output-layout.js';
import type { Language } from '../model/meeting.js';
import type { RosterPerson } from '../model/roster-person.js';
import type { LoadActionsOptions, LoadProblem } from './load-meetings.js';
import type { RunMemo } from './memoize-run.js';
import type { ActionRecord } from '../report/types.js';

/** The output formats of `minutes actions`. */
export const actionFormats = ['table', 'json', 'ndjson', 'csv', 'markdown', 'ics'] as const;
type Format = (typeof actionFormats)[number];

interface ActionsOptions extends CacheFlags {
  owner?: string[];
  unassigned?: boolean;
  status: 'open' | 'done' | 'all';
  dueBefore?: string;
  dueAfter?: string;
  overdue?: boolean;
  today?: string;
  since?: string;
  until?: string;
  grep?: string;
  sort: ActionSort;
  format: Format;
  output?: string;
  ignore?: string[];
  failOnOverdue?: boolean;
  lang?: Language;
  locale?: Locale;
  color: boolean;
  jobs?: number;
}

/** `minutes actions`: pending tasks across a minutes archive. */
export function createActionsCommand(io: Io, exit: ExitState): Command {
  const date = (flags: string, description: string) => new Option(flags, description).argParser(isoDate);
  const command = new Command('actions')
    .description('List action items across minutes files, by owner and deadline.')
    .argument('[paths...]', 'files, folders (.md, .markdown, .txt inside) or globs; - for standard input; default .')
    .option('--owner <name>', 'actions of this person: full, first or last name, any case, accents or ending, or a roster alias or handle (repeatable: any of)', (value: string, previous: string[] | undefined) => collect(nonBlank('--owner', value), previous))
    .option('--unassigned', 'actions that name nobody (with --owner: either)')
    .addOption(new Option('--status <status>', 'open, done or all').choices(['open', 'done', 'all']).default('open'))
    .addOption(date('--due-before <date>', 'due range ends before DATE (YYYY-MM-DD)'))
    .addOption(date('--due-after <date>', 'due range ends after DATE'))
    .option('--overdue', 'open actions whose due range ended before today')
    .addOption(date('--today <date>', "today's date, for --overdue and the overdue marks (default: the system date)"))
    .addOption(date('--since <date>', 'meetings on or after DATE'))
    .addOption(date('--until <date>', 'meetings on or before DATE'))
    .option('--grep <text>', 'task text contains TEXT (any case, accents optional)', (value: string) => nonBlank('--grep', value))
    .addOption(new Option('--sort <key>', 'order: due, meeting or owner').choices(['due', 'meeting', 'owner']).default('due'))
    .addOption(new Option('--format <format>', 'output format').choices(actionFormats).default('table'))
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('--ignore <glob>', 'leave out files and folders matching GLOB (repeatable)', collect)
    .option('--fail-on-overdue', 'exit 1 when any listed action is overdue')
    .addOption(new Option('--lang <code>', 'language instead of detecting it').choices(['fi', 'en', 'sv', 'de', 'nl']))
    .addOption(localeOption())
    .option('--no-color', 'no colour even on a terminal');
  for (const option of cacheOptions()) command.addOption(option);
  return command
    .addOption(jobsOption())
    .addHelpText('after', `
The same task seen in a later meeting (same owners, similar text) is listed once, with the status
of its latest sighting; --format json lists every sighting in "history".

Owners who are people of the roster (\`people\` in .minutesrc.json) carry its name; --owner also
finds them by an alias or handle the roster lists.

Exit codes: 0 done, 1 an unreadable file or (with --fail-on-overdue) an overdue action, 2 usage
error or malformed configuration.

Examples:
  minutes actions --owner Minna minutes/
  minutes actions --overdue --fail-on-overdue --format markdown minutes/
  minutes actions --status all --since 2024-01-01 --format csv -o actions.csv minutes/
  minutes actions --format ics -o tasks.ics 'minutes/2019-*.md'
`)
    .action(async (paths: string[], options: ActionsOptions) => {
      const locale = localeOfRun(options, io);
      const conflict = contradiction(options, locale);
      if (conflict !== null) {
        io.stderr.write(errorLine(conflict));
        exit.code = ExitCode.failure;
        return;
      }
      const { memoizeRun } = await import('./memoize-run.js');
      const { filterActions, isOverdue, packRecords, sortActions, unpackRecords } = await import('../actions/index.js');
      const today = options.today ?? localDate(new Date());
      const load = archiveLoad(io, options, { locale, language: options.lang });
      const settings = { today, ...tableSettings(io, options, locale) };
      // Every task across the files, merged; with the cache on, kept for a run over the same files.
      const tasks: RunMemo<Tasks> = {
        name: 'actions: merged tasks',
        compute: (taskIo) => mergedTasks(paths, { ...load, io: taskIo }, today),
        pack: ({ merged, problems, people }) => ({ merged: packRecords(merged), problems, people }),
        unpack: (stored) => {
          const { merged, problems, people } = stored as { merged?: unknown; problems?: unknown; people?: unknown };
          const records = unpackRecords(merged);
          return records === null || !isProblems(problems) || !isPeople(people) ? null : { merged: records, problems, people };
        },
      };
      // The report made from them: whether a task is overdue is the one thing a value stored on another day changes.
      const render = async ({ merged, problems, people }: Tasks): Promise<Report> => {
        for (const record of merged) record.overdue = isOverdue(record, today);
        const records = sortActions(filterActions(merged, { ...filtersOf(options), roster: people }), options.sort);
        return { text: await format(records, options, { ...settings, people }), problems, overdue: records.some((record) => record.overdue) };
      };
      // The report itself is kept too, for the same options on the same day: a warm run then only
      // writes it out. Not for ics, whose DTSTAMP is the moment of the run.
      const report =
        options.format === 'ics'
          ? memoizeRun(paths, load, tasks).then(render)
          : memoizeRun(paths, load, reportMemo(JSON.stringify(['actions: report', options.format, options.sort, filtersOf(options), settings]), tasks, render, isReport));
      // A malformed configuration (its roster names the owners) is one line and exit 2, as for validate.
      const rendered = await unlessConfigError(report, io, exit);
      if (rendered === null || !(await deliverReport(rendered, options.output, { io, exit, locale }))) return;
      if (options.failOnOverdue === true && rendered.overdue) exit.code = ExitCode.problems;
    });
}

/** Load every file's actions and merge the sightings of each task (see `mergeSightings`). */
async function mergedTasks(paths: string[], options: LoadActionsOptions, today: string): Promise<Tasks> {
  const { loadActions } = await import('./load-meetings.js');
  const { mergeSightings, toRecords } = await import('../actions/index.js');
  const { meetings, problems, people } = await loadActions(paths, options);
  return { merged: mergeSightings(toRecords(meetings, { today }), { today }), problems, people };
}

/** Every task across the files, merged, the files that could not be read, and the people of the rosters that named the owners. */
interface Tasks {
  merged: ActionRecord[];
  problems: LoadProblem[];
  people: RosterPerson[];
}

/** A report as `minutes actions` writes it: its text, the files it could not read, and whether any task listed is overdue. */
interface Report extends Rendered {
  overdue: boolean;
}

function isReport(value: unknown): value is Report {
  return isRendered(value) && typeof (value as Partial<Report>).overdue === 'boolean';
}

/** A roster read back from the cache: a list of people, each with a name. */
function isPeople(value: unknown): value is RosterPerson[] {
  return Array.isArray(value) && value.every((person: unknown) => typeof person === 'object' && person !== null && typeof (person as RosterPerson).name === 'string');
}

function filtersOf(options: ActionsOptions): ActionFilters {
  const { owner, unassigned, status, dueBefore, dueAfter, overdue, since, until, grep } = options;
  return { owners: owner, unassigned, status, dueBefore, dueAfter, overdue, since, until, grep };
}

/** Options that together can list nothing, said in one line in `locale`; null when they agree. */
function contradiction(options: ActionsOptions, locale: Locale): string | null {
  const { since, until, dueAfter, dueBefore } = options;
  if (since !== undefined && until !== undefined && since > until) return say(locale, 'actions.since-after-until', { since, until });
  if (dueAfter !== undefined && dueBefore !== undefined && dueAfter >= dueBefore) return say(locale, 'actions.due-after-not-before', { after: dueAfter, before: dueBefore });
  if (options.overdue === true && options.status === 'done') return say(locale, 'actions.overdue-done');
  return null;
}

/** The local calendar date of a moment, ISO. */
function localDate(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

async function format(
  records: ActionRecord[],
  options: ActionsOptions,
  settings: TableSettings & { today: string; people: readonly RosterPerson[] },
): Promise<string> {
  const report = await import('../report/index.js');
  switch (options.format) {
    case 'json':
      return report.formatActionsJson(records);
    case 'ndjson':
      return report.formatActionsNdjson(records);
    case 'csv':
      return report.formatActionsCsv(records);
    case 'markdown':
      return report.formatActionsMarkdown(records);
    case 'ics':
      return report.formatActionsIcs(records, { now: new Date(), people: settings.people });
    default:
      return report.formatActionsTable(records, settings);
  }
}

