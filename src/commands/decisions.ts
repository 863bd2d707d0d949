import { Command, Option } from 'commander';
import type { DecisionFilters } from '../decisions/filter-decisions.js';
import { ExitCode, errorLine, type ExitState, type Io } from '../io.js';
import { say, type Locale } from '../messages/index.js';
import type { Language } from '../model/meeting.js';
import type { DecisionRecord } from '../report/decision-record.js';
import { archiveLoad, deliverReport, isProblems, isRendered, reportMemo, unlessConfigError, type ArchiveFlags, type Rendered } from './archive-report.js';
import { cacheOptions } from './cache-options.js';
import { jobsOption } from './jobs-option.js';
import type { LoadActionsOptions, LoadProblem } from './load-meetings.js';
import { localeOfRun, localeOption } from './locale-option.js';
import type { RunMemo } from './memoize-run.js';
import { collect, isoDate, nonBlank } from './option-values.js';
import { tableSettings, type TableSettings } from './output-layout.js';

/** The output formats of `minutes decisions`. */
export const decisionFormats = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
type Format = (typeof decisionFormats)[number];

interface DecisionsOptions extends ArchiveFlags {
  since?: string;
  until?: string;
  grep?: string;
  item?: string[];
  lang?: Language;
  format: Format;
  output?: string;
  locale?: Locale;
  color: boolean;
}

/** `minutes decisions`: the decision register of a minutes archive. */
export function createDecisionsCommand(io: Io, exit: ExitState): Command {
  const date = (flags: string, description: string) => new Option(flags, description).argParser(isoDate);
  const command = new Command('decisions')
    .description('List every decision across minutes files, in meeting order: the decision register.')
    .argument('[paths...]', 'files, folders (.md, .markdown, .txt inside) or globs; - for standard input; default .')
    .addOption(date('--since <date>', 'meetings on or after DATE (YYYY-MM-DD)'))
    .addOption(date('--until <date>', 'meetings on or before DATE'))
    .option('--grep <text>', "decision or its agenda item's title contains TEXT (any case, accents optional)", (value: string) => nonBlank('--grep', value))
    .option('--item <number>', 'decisions under agenda item NUMBER or its sub-items (3 also lists 3.1; repeatable: any of)', (value: string, previous: string[] | undefined) => collect(nonBlank('--item', value), previous))
    .addOption(new Option('--lang <code>', 'meetings whose minutes are in this language (as detected)').choices(['fi', 'en', 'sv', 'de', 'nl']))
    .addOption(new Option('--format <format>', 'output format').choices(decisionFormats).default('table'))
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('--ignore <glob>', 'leave out files and folders matching GLOB (repeatable)', collect)
    .addOption(localeOption())
    .option('--no-color', 'no colour even on a terminal');
  for (const option of cacheOptions()) command.addOption(option);
  return command
    .addOption(jobsOption())
    .addHelpText('after', `
Decisions are listed by meeting date (undated meetings last), then path, then line. Unlike
\`parse\` and \`actions\`, --lang here selects meetings: the language of each file is still detected.

Exit codes: 0 done, 1 an unreadable file, 2 usage error.

Examples:
  minutes decisions minutes/
  minutes decisions --grep budjetti --since 2024-01-01 minutes/
  minutes decisions --item 5 --format csv -o decisions.csv minutes/
  minutes decisions --format markdown 'minutes/2019-*.md' > register.md
`)
    .action(async (paths: string[], options: DecisionsOptions) => {
      const locale = localeOfRun(options, io);
      const { since, until } = options;
      if (since !== undefined && until !== undefined && since > until) {
        io.stderr.write(errorLine(say(locale, 'actions.since-after-until', { since, until })));
        exit.code = ExitCode.failure;
        return;
      }
      const { memoizeRun } = await import('./memoize-run.js');
      const load = archiveLoad(io, options, { locale });
      const settings = tableSettings(io, options, locale);
      // Every decision across the files; with the cache on, kept for a run over the same files.
      const found: RunMemo<Found> = {
        name: 'decisions: records',
        compute: (taskIo) => foundDecisions(paths, { ...load, io: taskIo }),
        pack: (value) => value,
        unpack: (stored) => (isFound(stored) ? stored : null),
      };
      const render = async ({ records, problems }: Found): Promise<Rendered> => {
        const { filterDecisions, sortDecisions } = await import('../decisions/index.js');
        return { text: await format(sortDecisions(filterDecisions(records, filtersOf(options))), options.format, settings), problems };
      };
      const name = JSON.stringify(['decisions: report', options.format, filtersOf(options), settings]);
      const rendered = await unlessConfigError(memoizeRun(paths, load, reportMemo(name, found, render, isRendered)), io, exit);
      if (rendered !== null) await deliverReport(rendered, options.output, { io, exit, locale });
    });
}

/** Every decision across the files, in input order, and the files that could not be read. */
interface Found {
  records: DecisionRecord[];
  problems: LoadProblem[];
}

/** Load every file and keep its decisions only, meeting by meeting, so that a run over thousands of files holds no whole meetings. */
async function foundDecisions(paths: string[], options: LoadActionsOptions): Promise<Found> {
  const { loadMeetings } = await import('./load-meetings.js');
  const { toDecisionRecords } = await import('../decisions/index.js');
  const records: DecisionRecord[] = [];
  const { problems } = await loadMeetings(paths, { ...options, keepText: false, onMeeting: (loaded) => void records.push(...toDecisionRecords([loaded])) });
  return { records, problems };
}

/** A cheap check of a value read back from the cache: the shape of `Found`, each record's place and meeting. */
function isFound(value: unknown): value is Found {
  const { records, problems } = (value ?? {}) as Partial<Record<keyof Found, unknown>>;
  return (
    isProblems(problems) &&
    Array.isArray(records) &&
    records.every((record: Partial<DecisionRecord> | null) => typeof record?.text === 'string' && typeof record.path === 'string' && typeof record.position === 'object' && typeof record.meeting === 'object' && record.meeting !== null)
  );
}

function filtersOf(options: DecisionsOptions): DecisionFilters {
  const { since, until, grep, item, lang } = options;
  return { since, until, grep, items: item, language: lang };
}

async function format(records: DecisionRecord[], as: Format, settings: TableSettings): Promise<string> {
  const report = await import('../report/index.js');
  switch (as) {
    case 'json':
      return report.formatDecisionsJson(records);
    case 'ndjson':
      return report.formatDecisionsNdjson(records);
    case 'csv':
      return report.formatDecisionsCsv(records);
    case 'markdown':
      return report.formatDecisionsMarkdown(records);
    default:
      return report.formatDecisionsTable(records, settings);
  }
}
